// 转换为 ccr 记录 (issue 11): the table at the cursor holds a hand-filled 沟通协调记录表; its recognised
// value cells are wrapped in the add-in's content controls in place — the text is not touched, only
// controls are added — and the record (with what it needs to be read back) goes to the caller to store.
// Two syncs: read the table at the cursor, then wrap every value cell and the table in one batch.
// Word's Undo removes the controls again; undoAdoption does the same from the pane.

import { type DocBlock } from "../domain/blocks";
import { adoptionCells, readAdoption, rereadAdopted, withAdoption, type AdoptedReading } from "../domain/adoption";
import { FORM_TITLE } from "../domain/fields";
import type { CcrRecord } from "../domain/record";
import { recogniseRecord, type Recognition } from "../domain/recognise";
import { fieldTag, isRecordId, newRecordId, parseTag, rootTag } from "../ooxml/tags";

/** What adoption needs of the office.js host: Word.run (the fake's run in tests). */
export interface WordRunner {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
}

export type AdoptResult =
  | { kind: "adopted"; record: CcrRecord & { id: string }; recognition: Recognition; wrapped: number }
  /** The cursor is not in a table. */
  | { kind: "no-table" }
  /** The table at the cursor does not read as a record form (too few of its labels). */
  | { kind: "not-a-form"; recognition: Recognition }
  /** The table is already inside a ccr record. */
  | { kind: "already"; recordId: string };

export interface AdoptOptions {
  /** New record ids (tests pass a fixed one). */
  readonly newId?: () => string;
}

/** Cell texts as Word gives them (paragraphs separated by \r) in the block model's form (\n). */
function tableBlock(values: readonly (readonly string[])[]): DocBlock {
  return { kind: "table", rows: values.map((row) => ({ cells: row.map((text) => ({ text: text.replace(/\r\n?|\v/g, "\n") })) })) };
}

/**
 * Recognises the table at the cursor and, when it is a record form, wraps each value cell in a
 * content control tagged ccr:<id>:<path> and the table in the record's root control ccr:<id>.
 */
export async function adoptFormAtCursor(word: WordRunner, options: AdoptOptions = {}): Promise<AdoptResult> {
  return word.run(async (context): Promise<AdoptResult> => {
    const selection = context.document.getSelection();
    const table = selection.parentTableOrNullObject;
    table.load("values");
    const parent = selection.parentContentControlOrNullObject;
    parent.load("tag");
    await context.sync();
    if (table.isNullObject) return { kind: "no-table" };
    const inRecord = parent.isNullObject ? undefined : parseTag(parent.tag)?.recordId;
    if (inRecord) return { kind: "already", recordId: inRecord };

    const blocks = [tableBlock(table.values)];
    const recognition = recogniseRecord(blocks);
    if (!recognition.isForm) return { kind: "not-a-form", recognition };
    const made = options.newId?.() ?? newRecordId();
    const id = isRecordId(made) ? made : newRecordId();
    const cells = adoptionCells(recognition, blocks, 0);
    for (const c of cells) {
      const control = table.getCell(c.row, c.cell).body.insertContentControl();
      control.tag = fieldTag(id, c.path);
      control.title = c.label;
      control.appearance = "BoundingBox";
    }
    const root = table.getRange("Whole").insertContentControl();
    root.tag = rootTag(id);
    root.title = FORM_TITLE.zh;
    root.appearance = "Hidden";
    await context.sync();
    const record = withAdoption({ ...recognition.record, id }, { source: "recognised", cells }) as CcrRecord & { id: string };
    return { kind: "adopted", record, recognition, wrapped: cells.length };
  });
}

/** Removes the controls adoption added (keeping every character of the text); returns how many. Two syncs. */
export async function undoAdoption(word: WordRunner, recordId: string): Promise<number> {
  return word.run(async (context) => {
    const all = context.document.body.contentControls;
    all.load("items/tag");
    await context.sync();
    const mine = all.items.filter((c) => parseTag(c.tag)?.recordId === recordId);
    for (const c of mine) c.delete(true);
    await context.sync();
    return mine.length;
  });
}

/**
 * Reads an adopted record back from the document: the texts of its value controls, in document
 * order, against what was adopted (domain/adoption). Two syncs.
 */
export async function readAdoptedRecord(word: WordRunner, stored: CcrRecord): Promise<AdoptedReading> {
  const adoption = readAdoption(stored);
  const id = stored.id;
  if (!adoption || !id) return { record: stored, changed: [] };
  const texts = await word.run(async (context) => {
    const all = context.document.body.contentControls;
    all.load("items/tag");
    await context.sync();
    const mine = all.items.filter((c) => parseTag(c.tag)?.recordId === id && parseTag(c.tag)?.path !== undefined);
    for (const c of mine) c.load("text");
    await context.sync();
    return mine.map((c) => ({ path: parseTag(c.tag)!.path!, text: c.text }));
  });
  // Controls and adopted cells pair up in order, path by path (a list over several rows has several).
  const queues = new Map<string, string[]>();
  for (const t of texts) queues.set(t.path, [...(queues.get(t.path) ?? []), t.text.replace(/\r\n?|\v/g, "\n")]);
  const current = adoption.cells.map((c) => queues.get(c.path)?.shift());
  return rereadAdopted(stored, current);
}

/** Word.run of office.js, for the pane inside Word (call after Office.onReady). */
export function officeWordRunner(): WordRunner {
  return { run: (batch) => Word.run(batch) };
}
