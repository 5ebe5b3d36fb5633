// 转换为 ccr 记录 (issue 11): the table at the cursor holds a hand-filled 沟通协调记录表; its recognised
// value cells are wrapped in the add-in's content controls in place — the text is not touched, only
// controls are added — and the record (with what it needs to be read back) goes to the caller to store.
//
// Every control comes from OOXML (office-js #6590: insertContentControl() can stop Word on the web
// from saving): the OOXML of the form's span of tables is read (Range.getOoxml), the value cells and
// the span are wrapped by a pure function (src/ooxml/adopt-form.ts) and the span is replaced with one
// insertOoxml — one undo unit, so Ctrl+Z restores the original. Three syncs whatever the size (look,
// read the span's OOXML, replace), four when the document has several tables (which of them already
// belong to a ccr record).
// undoAdoption removes the controls again from the pane.

import { type DocBlock } from "../domain/recognise/blocks";
import { itemRows, readAdoption, withAdoption, type AdoptedCell } from "../domain/recognise/adoption";
import { changedGroups, formattedText, pairControls } from "../form/adopted";
import { type CcrRecord, type Lang } from "../domain/record/record";
import { recogniseRecord, type Recognition } from "../domain/recognise/recognise";
import { blankPlaceholders } from "../form/layout";
import { parseTag } from "../form/tags";
import { isRecordId, newRecordId } from "../domain/record/record-id";
import { parseActionPath } from "../domain/record/record-path";

/** The OOXML transforms, loaded when first needed (they bring the XML parser; the pane's first load stays small). */
const adoptFormModule = () => import(/* webpackChunkName: "adopt-form" */ "../ooxml/adopt-form");

/** What adoption needs of the office.js host: Word.run (the fake's run in tests). */
export interface WordRunner {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
}

export type AdoptResult =
  | {
      kind: "adopted";
      record: CcrRecord & { id: string };
      recognition: Recognition;
      wrapped: number;
      /** Paragraphs repaired of the text LibreOffice 7.4 repeats in cells when it saves a form (src/ooxml/libreoffice.ts). */
      libreOfficeRepairs: number;
    }
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

/** Recognition with ccr's own placeholder hints blanked (a hint is never a value). */
function recognise(blocks: readonly DocBlock[]): Recognition {
  return recogniseRecord(blankPlaceholders(blocks));
}

/**
 * Recognises the record form at the cursor and, when it is one, wraps each value cell in a content
 * control tagged ccr:<id>:<path> and the form in the record's root control ccr:<id>, through one
 * insertOoxml over the form's span. The form is the table at the cursor with the tables next to it
 * that belong to it (the action-item table, a table split in two). Three syncs whatever the size; four
 * when the document has several tables.
 */
export async function adoptFormAtCursor(word: WordRunner, options: AdoptOptions = {}): Promise<AdoptResult> {
  const transforms = adoptFormModule();
  transforms.catch(() => undefined); // awaited below only when a form is found
  return word.run(async (context): Promise<AdoptResult> => {
    // Sync 1: where the cursor is, and the values of every table (to find the form's tables).
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
    const first = recognise((run.length > 0 ? run.map((i) => values[i]) : [table.values]).map(tableBlock));
    if (!first.isForm) return { kind: "not-a-form", recognition: first };

    // The OOXML of the form's span: its tables and what lies between them.
    const targets = run.length > 0 ? run.map((i) => tables.items[i]) : [table];
    const whole = targets[0].getRange("Whole");
    const span = targets.length === 1 ? whole : whole.expandTo(targets[targets.length - 1].getRange("Whole"));
    const ooxml = span.getOoxml();
    await context.sync();

    const { adoptSpanOoxml } = await transforms;
    const made = options.newId?.() ?? newRecordId();
    const adopted = adoptSpanOoxml(ooxml.value, isRecordId(made) ? made : newRecordId());
    if (!adopted.isForm) return { kind: "not-a-form", recognition: adopted.recognition };
    // Last sync: one insertOoxml, one undo unit.
    span.insertOoxml(adopted.ooxml, "Replace");
    await context.sync();
    const { record, recognition, cells, libreOfficeRepairs } = adopted;
    return { kind: "adopted", record, recognition, wrapped: cells.length, libreOfficeRepairs };
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
  const fields = (indices: number[]) => recognise(indices.map((i) => tableBlock(values[i]))).report.fields.length;
  const ownLabels = (i: number) => !taken.has(i) && recognise([tableBlock(values[i])]).report.labelsFound > 0;
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
 * Writes the fields that changed since `prior` (the record as stored) into an adopted form, inside
 * the caller's Word.run: one sync to find the controls, one to write. A group of several rows gets the
 * value in its first row and the other rows emptied. When action items were added or removed (or an
 * item gets a value for a cell of its row that has no control yet) and the form shows one item per
 * row, the action table(s) are rewritten (rows copied or dropped, controls tagged again;
 * src/ooxml/adopt-form.ts) with one insertOoxml each: one more sync to read their OOXML.
 * Returns the record with its adopted cells updated to what was written, and the paths the form has
 * no cell for (they live in the stored record only).
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
  const cells = adoption.cells;
  const controls = pairControls(prior, cells, all.items);

  // Items added or removed (or a value for an item cell that has no control yet, an empty cell of the
  // form): the rows that hold the items, and a control in each of their tables.
  const changed = changedGroups(prior, record);
  const layout = itemRows(cells, prior.actions);
  const itemTables = [...new Set(layout?.rows.map((r) => r.table) ?? [])];
  const tableOf = new Map<number, Word.Table>();
  const columns = new Set(cells.map((c) => parseActionPath(c.path)?.field).filter((f) => f !== undefined));
  const unwrapped = changed.some((path) => {
    const ap = parseActionPath(path);
    return ap && columns.has(ap.field) && ap.index < record.actions.length && !cells.some((c, i) => c.path === path && controls[i]);
  });
  if (layout && (record.actions.length !== prior.actions.length || unwrapped)) {
    for (const t of itemTables) {
      const i = cells.findIndex((c, k) => (c.table ?? 0) === t && controls[k] !== undefined && parseActionPath(c.path));
      if (i >= 0) tableOf.set(t, controls[i]!.parentTable);
    }
  }
  const rowsChange = itemTables.length > 0 && tableOf.size === itemTables.length;

  const texts = new Map<number, string>();
  const notShown: string[] = [];
  for (const path of changed) {
    if (rowsChange && parseActionPath(path)) continue;
    const text = formattedText(record, path, lang);
    const group = cells.flatMap((c, i) => (c.path === path ? [i] : []));
    if (text === undefined || !group.some((i) => controls[i])) {
      notShown.push(path);
      continue;
    }
    group.forEach((i, k) => texts.set(i, k === 0 ? text : ""));
  }

  let newCells: AdoptedCell[] = cells.map((c, i) => ({ ...c, text: texts.get(i) ?? c.text }));
  const rewritten = new Set<number>();
  if (rowsChange && layout) {
    const ranges = new Map([...tableOf].map(([t, table]) => [t, table.getRange("Whole")]));
    const ooxml = new Map([...ranges].map(([t, range]) => [t, range.getOoxml()]));
    const transforms = adoptFormModule();
    await context.sync();
    const { rewriteActionTables } = await transforms;
    const out = rewriteActionTables({
      recordId: id,
      lang,
      cells,
      rows: layout.rows,
      emptySlot: layout.emptySlot,
      prior: prior.actions,
      next: record.actions,
      tables: new Map([...ooxml].map(([t, result]) => [t, result.value])),
      texts,
    });
    for (const [t, xml] of out.tables) {
      if (xml === null) tableOf.get(t)!.delete();
      else ranges.get(t)!.insertOoxml(xml, "Replace");
      rewritten.add(t);
    }
    newCells = out.cells;
    // Fields of the items with no column in the form (e.g. 抄送 in a form without that column).
    const shown = new Set(newCells.map((c) => c.path));
    for (const path of changed) {
      const ap = parseActionPath(path);
      if (ap && ap.index < record.actions.length && !shown.has(path)) notShown.push(path);
    }
  }
  texts.forEach((text, i) => {
    const control = controls[i];
    if (!control || rewritten.has(cells[i].table ?? 0)) return;
    // Never clear(): NotAllowed on the web near controls that cannot be deleted (#2829, #3685).
    control.insertText(text, "Replace");
  });
  await context.sync();
  return { record: withAdoption(record, { source: "recognised", cells: newCells }), notShown };
}

