// 转换为 ccr 记录 (issue 11): the table at the cursor holds a hand-filled 沟通协调记录表; its recognised
// value cells are wrapped in the add-in's content controls in place — the text is not touched, only
// controls are added — and the record (with what it needs to be read back) goes to the caller to store.
// Two or three syncs: read the tables, (with several tables) which of them already belong to a ccr
// record, then wrap every value cell and the form in one batch.
// Word's Undo removes the controls again; undoAdoption does the same from the pane.

import { type DocBlock } from "../domain/blocks";
import { adoptionCells, readAdoption, rereadAdopted, withAdoption, type AdoptedCell, type AdoptedReading } from "../domain/adoption";
import { FORM_TITLE } from "../domain/fields";
import { recordLang, type CcrRecord, type Lang } from "../domain/record";
import { recogniseRecord, type Recognition } from "../domain/recognise";
import { ACTION_VALUE_COLUMNS, ALL_FIELDS, sameCellText } from "../ooxml/form-layout";
import { fieldTag, isRecordId, newRecordId, parseActionPath, parseTag, rootTag } from "../ooxml/tags";

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
 * Recognises the record form at the cursor and, when it is one, wraps each value cell in a content
 * control tagged ccr:<id>:<path> and the form in the record's root control ccr:<id>. The form is the
 * table at the cursor with the tables next to it that belong to it (the action-item table, a table
 * split in two). Two syncs whatever the size; three when the document has several tables.
 */
export async function adoptFormAtCursor(word: WordRunner, options: AdoptOptions = {}): Promise<AdoptResult> {
  return word.run(async (context): Promise<AdoptResult> => {
    const selection = context.document.getSelection();
    const table = selection.parentTableOrNullObject;
    table.load("values");
    const parent = selection.parentContentControlOrNullObject;
    parent.load("tag");
    const tables = context.document.body.tables;
    tables.load("items/values");
    await context.sync();
    if (table.isNullObject) return { kind: "no-table" };
    const inRecord = parent.isNullObject ? undefined : parseTag(parent.tag)?.recordId;
    if (inRecord) return { kind: "already", recordId: inRecord };

    const values = tables.items.map((t) => t.values);
    let taken = new Set<number>();
    if (values.length > 1) {
      // Tables inside another ccr record never join this form (one more sync, only with several tables).
      const owners = tables.items.map((t) => t.getRange("Whole").parentContentControlOrNullObject.load("tag"));
      await context.sync();
      taken = new Set(owners.flatMap((o, i) => (!o.isNullObject && parseTag(o.tag) ? [i] : [])));
    }
    const run = formTables(values, values.findIndex((v, i) => !taken.has(i) && sameValues(v, table.values)), taken);
    const blocks = (run.length > 0 ? run.map((i) => values[i]) : [table.values]).map(tableBlock);
    const recognition = recogniseRecord(blocks);
    if (!recognition.isForm) return { kind: "not-a-form", recognition };
    const made = options.newId?.() ?? newRecordId();
    const id = isRecordId(made) ? made : newRecordId();
    const targets = run.length > 0 ? run.map((i) => tables.items[i]) : [table];
    const cells: AdoptedCell[] = [];
    blocks.forEach((_, b) => {
      for (const c of adoptionCells(recognition, blocks, b)) {
        const control = targets[b].getCell(c.row, c.cell).body.insertContentControl();
        control.tag = fieldTag(id, c.path);
        control.title = c.label;
        control.appearance = "BoundingBox";
        cells.push(b === 0 ? c : { ...c, table: b });
      }
    });
    const whole = targets.length === 1 ? targets[0].getRange("Whole") : targets[0].getRange("Whole").expandTo(targets[targets.length - 1].getRange("Whole"));
    const root = whole.insertContentControl();
    root.tag = rootTag(id);
    root.title = FORM_TITLE.zh;
    root.appearance = "Hidden";
    await context.sync();
    const record = withAdoption({ ...recognition.record, id }, { source: "recognised", cells }) as CcrRecord & { id: string };
    return { kind: "adopted", record, recognition, wrapped: cells.length };
  });
}

function sameValues(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The tables of the form around table `at`: neighbours that hold labels of the form, or continue a
 * list table of it (a table split in two without its header row). Indices in document order.
 */
function formTables(values: readonly (readonly (readonly string[])[])[], at: number, taken: ReadonlySet<number>): number[] {
  if (at < 0) return [];
  const fields = (indices: number[]) => recogniseRecord(indices.map((i) => tableBlock(values[i]))).report.fields.length;
  const ownLabels = (i: number) => !taken.has(i) && recogniseRecord([tableBlock(values[i])]).report.labelsFound > 0;
  const run = [at];
  for (let i = at - 1; i >= 0 && ownLabels(i); i--) run.unshift(i);
  for (let i = at + 1; i < values.length; i++) {
    if (ownLabels(i) || (!taken.has(i) && fields([...run, i]) > fields(run))) run.push(i);
    else break;
  }
  return run;
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
 * order, against what was adopted. Two syncs.
 */
export async function readAdoptedRecord(word: WordRunner, stored: CcrRecord): Promise<AdoptedReading> {
  const id = stored.id;
  if (!readAdoption(stored) || !id) return { record: stored, changed: [] };
  const controls = await word.run(async (context) => {
    const all = context.document.body.contentControls;
    all.load("items/tag");
    await context.sync();
    const mine = all.items.filter((c) => parseTag(c.tag)?.recordId === id);
    for (const c of mine) c.load("text");
    await context.sync();
    return mine.map((c) => ({ tag: c.tag, text: c.text }));
  });
  return readAdoptedControls(stored, controls);
}

/**
 * Pure: an adopted record read from its controls (tag, text) in document order. A cell counts as
 * unchanged when it shows the adopted text or the text ccr itself wrote there (writeAdoptedRecord);
 * changed cells are recognised again (domain/adoption).
 */
export function readAdoptedControls(stored: CcrRecord, controls: readonly { tag: string; text: string }[]): AdoptedReading {
  const adoption = readAdoption(stored);
  if (!adoption) return { record: stored, changed: [] };
  // Controls and adopted cells pair up in order, path by path (a list over several rows has several).
  const queues = new Map<string, string[]>();
  for (const c of controls) {
    const path = parseTag(c.tag)?.path;
    if (path === undefined || parseTag(c.tag)?.recordId !== stored.id) continue;
    queues.set(path, [...(queues.get(path) ?? []), c.text.replace(/\r\n?|\v/g, "\n")]);
  }
  const lang = recordLang(stored);
  const current = adoption.cells.map((cell) => {
    const text = queues.get(cell.path)?.shift();
    if (text === undefined) return undefined;
    const written = formattedText(stored, cell.path, lang);
    return written !== undefined && sameCellText(text, written) ? cell.text : text;
  });
  return rereadAdopted(stored, current);
}

/** The text ccr's own form writes for a control path (time, lead, actions[1].owner …), if it has one. */
function formattedText(record: CcrRecord, path: string, lang: Lang): string | undefined {
  const ap = parseActionPath(path);
  if (ap) {
    const action = record.actions[ap.index];
    const column = ACTION_VALUE_COLUMNS.find((c) => c.field === ap.field);
    return action && column ? column.format(action, lang) : undefined;
  }
  return ALL_FIELDS.find((f) => f.path === path && !f.derived)?.format(record, lang);
}

/**
 * Writes the fields that changed since `prior` (the record as stored) into an adopted form, inside
 * the caller's Word.run: one sync to find the controls, one to write. A group of several rows gets the
 * value in its first row and the other rows emptied. Returns the record with its adopted texts
 * updated to what was written, and the paths the form has no cell for (they live in the stored record only).
 */
export async function writeAdoptedRecord(
  context: Word.RequestContext,
  prior: CcrRecord,
  record: CcrRecord,
  lang: Lang,
): Promise<{ record: CcrRecord; notShown: string[] }> {
  const adoption = readAdoption(prior);
  const id = record.id;
  if (!adoption || !id) return { record, notShown: [] };
  const all = context.document.body.contentControls;
  all.load("items/tag");
  await context.sync();
  const byPath = new Map<string, Word.ContentControl[]>();
  for (const c of all.items) {
    const tag = parseTag(c.tag);
    if (tag?.recordId === id && tag.path !== undefined) byPath.set(tag.path, [...(byPath.get(tag.path) ?? []), c]);
  }
  const cells = adoption.cells.map((c) => ({ ...c }));
  const notShown: string[] = [];
  for (const path of changedGroups(prior, record)) {
    const text = formattedText(record, path, lang);
    const controls = byPath.get(path) ?? [];
    if (text === undefined || controls.length === 0) {
      notShown.push(path);
      continue;
    }
    controls.forEach((control, i) => {
      const value = i === 0 ? text : "";
      if (value === "") control.clear();
      else control.insertText(value, "Replace");
    });
    cells.filter((c) => c.path === path).forEach((c, i) => (c.text = i === 0 ? text : ""));
  }
  await context.sync();
  return { record: withAdoption(record, { source: "recognised", cells }), notShown };
}

/** Control paths whose value differs between two versions of a record. */
function changedGroups(prior: CcrRecord, next: CcrRecord): string[] {
  const out: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const field of ALL_FIELDS) {
    if (field.derived) continue;
    if (!same(field.format(prior, "zh"), field.format(next, "zh"))) out.push(field.path);
  }
  const rows = Math.max(prior.actions.length, next.actions.length);
  for (let i = 0; i < rows; i++) {
    for (const column of ACTION_VALUE_COLUMNS) {
      const a = prior.actions[i];
      const b = next.actions[i];
      if (!a || !b || !same(column.format(a, "zh"), column.format(b, "zh"))) out.push(`actions[${i}].${column.field}`);
    }
  }
  return out;
}
