// Adopting a hand-filled form (issue 11, 转换为 ccr 记录): which value cells of a recognised table get
// a content control, what the record keeps about them (the unknown key "adoption"), and reading the
// form back later — cells whose text is unchanged keep the stored values, changed cells are
// recognised again in the context of the whole form.

import type { DocBlock, DocCell } from "./blocks";
import { emptyAction, fieldsOf, isObject, type ActionItem, type CcrRecord } from "../record/record";
import { parseActionPath, parseRecordPath } from "../record/record-path";
import { recogniseRecord, type Recognition } from "./recognise";
import { matchFieldLabel } from "./labels";
import { applyActionColumn } from "./lists";
import { cleanValue } from "./values";

/** One value cell wrapped in a control. */
export interface AdoptedCell {
  /**
   * The tag path of the control: a field group of the label/value part (topic, time, lead, kind,
   * participants, discussionPoints …; a list written over several rows has one control per row),
   * or one cell of a list table (actions[1].owner, participants[0].name).
   */
  path: string;
  /** The cell's label or column header as written. */
  label: string;
  /** Which table of the form (0 = the first), when the form has several tables. */
  table?: number;
  row: number;
  cell: number;
  /** The cell's text when it was adopted (or last read back). */
  text: string;
}

/** What the record keeps about its adoption, under the key "adoption". */
export interface Adoption {
  source: "recognised";
  cells: AdoptedCell[];
}

export const ADOPTION_KEY = "adoption";

/** The adoption of a record, or undefined (never throws on malformed data). */
export function readAdoption(record: CcrRecord): Adoption | undefined {
  const raw = record[ADOPTION_KEY];
  if (!isObject(raw) || !Array.isArray(raw.cells)) return undefined;
  const cells: AdoptedCell[] = [];
  for (const c of raw.cells) {
    if (!isObject(c) || typeof c.path !== "string") continue;
    cells.push({
      path: c.path,
      label: typeof c.label === "string" ? c.label : "",
      ...(typeof c.table === "number" ? { table: c.table } : {}),
      row: typeof c.row === "number" ? c.row : -1,
      cell: typeof c.cell === "number" ? c.cell : -1,
      text: typeof c.text === "string" ? c.text : "",
    });
  }
  return { source: "recognised", cells };
}

/** The list fields the form shows as tables, one item per row. */
const LIST_TABLES = new Set(["actions", "participants", "openIssues", "confirmations"]);

export function withAdoption(record: CcrRecord, adoption: Adoption): CcrRecord {
  return { ...record, [ADOPTION_KEY]: adoption };
}

/** The control path of a recognised field path: date/start/end → time, lead.name → lead, discussionPoints[2] → discussionPoints. */
export function groupOf(path: string): string {
  const at = parseRecordPath(path);
  if (at && LIST_TABLES.has(at.field) && at.index !== undefined && at.part !== undefined) return path;
  const top = at?.field ?? path;
  if (top === "date" || top === "start" || top === "end") return "time";
  return top;
}

/**
 * The value cells of table `block` to wrap: every table cell a recognised value came from (values
 * typed into the label's own cell are left alone), one per cell, in document order.
 */
export function adoptionCells(recognition: Recognition, blocks: readonly DocBlock[], block: number): AdoptedCell[] {
  const table = blocks[block];
  if (table?.kind !== "table") return [];
  const byCell = new Map<string, AdoptedCell>();
  for (const f of recognition.report.fields) {
    const { row, cell } = f.source;
    if (f.source.block !== block || row === undefined || cell === undefined || f.inline) continue;
    const key = `${row}:${cell}`;
    const group = groupOf(f.path);
    const existing = byCell.get(key);
    if (existing) {
      // The 沟通类型 cell also holds 外部单位: the control is the kind's.
      if (group === "kind") existing.path = "kind";
      continue;
    }
    const text = table.rows[row]?.cells[cell]?.text ?? "";
    byCell.set(key, { path: group, label: f.label, row, cell, text });
  }
  // A label/value field left unfilled (empty, or the guide's "(例:…)" text) gets its control too, so
  // that a value given later in the pane is written into the form. Never the label's own cell (an
  // entry with no value cell reports its label's place), nor a row of a list table.
  for (const u of recognition.report.unfilled) {
    const { row, cell } = u.source;
    if (u.source.block !== block || row === undefined || cell === undefined || LIST_TABLES.has(u.path)) continue;
    const key = `${row}:${cell}`;
    const text = table.rows[row]?.cells[cell]?.text ?? "";
    if (byCell.has(key) || text.includes(u.label)) continue;
    byCell.set(key, { path: groupOf(u.path), label: u.label, row, cell, text });
  }
  return [...byCell.values()].sort((a, b) => a.row - b.row || a.cell - b.cell);
}

function sameText(a: string, b: string): boolean {
  const norm = (t: string) => t.replace(/\r\n?|\v|\u2028/g, "\n").split("\n").map((l) => l.trim()).filter(Boolean).join("\n");
  return norm(a) === norm(b);
}

function isListCell(path: string): boolean {
  const at = parseRecordPath(path);
  return at?.index !== undefined && at.part !== undefined;
}

export interface AdoptedReading {
  record: CcrRecord;
  /** Control paths whose cell text changed since adoption (or the last reading). */
  changed: string[];
}

/**
 * Reads an adopted form back: `texts` are the current texts of the adopted cells, in the order of
 * adoption.cells. Unchanged cells keep the stored values; changed ones are recognised again, the
 * label/value part as a whole so that lists over several rows stay whole. Baselines are updated.
 */
export function rereadAdopted(stored: CcrRecord, texts: readonly (string | undefined)[]): AdoptedReading {
  const adoption = readAdoption(stored);
  if (!adoption) return { record: stored, changed: [] };
  const current = adoption.cells.map((c, i) => texts[i] ?? c.text);
  const changedCells = adoption.cells.filter((c, i) => !sameText(c.text, current[i]));
  if (changedCells.length === 0) return { record: stored, changed: [] };
  const record: CcrRecord = JSON.parse(JSON.stringify(stored)) as CcrRecord;
  const changed = new Set<string>();

  const labelCells = adoption.cells.map((c, i) => ({ c, text: current[i] })).filter((x) => !isListCell(x.c.path));
  if (changedCells.some((c) => !isListCell(c.path))) {
    const rows: DocCell[][] = [];
    labelCells.forEach(({ c, text }, i) => {
      const prev = labelCells[i - 1]?.c;
      const continued = prev && prev.path === c.path && prev.label === c.label && (prev.table ?? 0) === (c.table ?? 0) && prev.row === c.row - 1;
      rows.push([{ text: continued ? "" : c.label }, { text }]);
    });
    const again = recogniseRecord([{ kind: "table", rows: rows.map((cells) => ({ cells })) }]).record;
    const groups = new Set(labelCells.map((x) => x.c.path));
    for (const c of changedCells) {
      if (isListCell(c.path)) continue;
      copyGroup(record, again, c.path, groups.has("externalUnit"));
      changed.add(c.path);
    }
  }
  for (const c of changedCells) {
    if (!isListCell(c.path)) continue;
    const text = current[adoption.cells.indexOf(c)];
    if (writeListCell(record, c, cleanValue(text).value)) changed.add(c.path);
  }
  const cells = adoption.cells.map((c, i) => ({ ...c, text: current[i] }));
  return { record: withAdoption(record, { source: "recognised", cells }), changed: [...changed] };
}

function copyGroup(record: CcrRecord, from: CcrRecord, group: string, unitHasOwnCell: boolean): void {
  const target = fieldsOf(record);
  const source = fieldsOf(from);
  if (group === "time") {
    record.date = from.date;
    record.start = from.start;
    record.end = from.end;
  } else if (group === "kind") {
    record.kind = from.kind;
    if (!unitHasOwnCell) record.externalUnit = from.externalUnit;
  } else if (group in source) {
    target[group] = JSON.parse(JSON.stringify(source[group]));
  }
}

/** A changed cell of a list table (actions[i].owner, participants[i].name, openIssues[i].nextStep …). */
function writeListCell(record: CcrRecord, cell: AdoptedCell, value: string): boolean {
  const at = parseRecordPath(cell.path);
  if (!at || !LIST_TABLES.has(at.field) || at.index === undefined || at.part === undefined) return false;
  const list = at.field as "actions" | "participants" | "openIssues" | "confirmations";
  const { index, part: key } = at;
  if (list === "actions") {
    const action: ActionItem = record.actions[index] ?? emptyAction();
    record.actions[index] = action;
    const known = key in action || key === "no" ? key : undefined;
    return applyActionColumn(action, known, cell.label, value) === "set";
  }
  const item = record[list][index] as object | undefined;
  const fields = item ? fieldsOf(item) : undefined;
  if (!fields || typeof fields[key] === "boolean") return false;
  fields[key] = value;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Action items added or removed in the pane: which rows of the form hold the items, which items stay

/** A row of the form's action table that holds one item (its cells are tagged actions[index].…). */
export interface ItemRow {
  index: number;
  table: number;
  row: number;
}

/**
 * The rows holding the record's action items, in item order, when the form shows them one item per
 * row of an action table (rows in document order); undefined when it does not: items typed as lines
 * of one cell under a label (待办事项: 1.… 2.…), items without a row. `emptySlot`: no item, and the
 * one row left is empty (what removing the last item leaves).
 */
export function itemRows(cells: readonly AdoptedCell[], actions: readonly ActionItem[]): { rows: ItemRow[]; emptySlot: boolean } | undefined {
  const byIndex = new Map<number, ItemRow>();
  const cellsOf = new Map<number, AdoptedCell[]>();
  for (const c of cells) {
    const index = parseActionPath(c.path)?.index;
    if (index === undefined) continue;
    const at: ItemRow = { index, table: c.table ?? 0, row: c.row };
    const seen = byIndex.get(index);
    if (seen && (seen.table !== at.table || seen.row !== at.row)) return undefined;
    byIndex.set(index, at);
    cellsOf.set(index, [...(cellsOf.get(index) ?? []), c]);
  }
  const rows = [...byIndex.values()].sort((a, b) => a.index - b.index);
  if (rows.some((r, i) => r.index !== i)) return undefined;
  if (rows.some((r, i) => i > 0 && (r.table < rows[i - 1].table || (r.table === rows[i - 1].table && r.row <= rows[i - 1].row)))) return undefined;
  // A cell of lines under the form's own label (待办事项), not a cell of a column of the action table.
  const linesCell = (list: readonly AdoptedCell[]) => list.length === 1 && matchFieldLabel(list[0].label) !== undefined;
  if ([...cellsOf.values()].some(linesCell)) return undefined;
  if (rows.length === actions.length && actions.length > 0) return { rows, emptySlot: false };
  const empty = (cellsOf.get(0) ?? []).every((c) => c.text.trim() === "");
  if (actions.length === 0 && rows.length === 1 && empty) return { rows, emptySlot: true };
  return undefined;
}

/**
 * Which old item each new item keeps, for items added, removed or edited in a list: the longest run of
 * items equal in both (by key) stays where it is; between two such items, old and new ones pair up in
 * order (an edited item keeps its row); old items left over were removed, new ones left over were added
 * (undefined). Returns, for each new item, the index of the old item whose row it takes.
 */
export function matchItems(before: readonly string[], after: readonly string[]): (number | undefined)[] {
  const n = before.length;
  const m = after.length;
  // Longest common subsequence, by dynamic programming from the end (lists are short: items of one record).
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const out: (number | undefined)[] = new Array<number | undefined>(m).fill(undefined);
  const anchors: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (before[i] === after[j]) {
      anchors.push([i, j]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
    else j++;
  }
  anchors.push([n, m]);
  let i0 = 0;
  let j0 = 0;
  for (const [ia, ja] of anchors) {
    // The gap before this anchor: pair old and new items in order.
    for (let k = 0; i0 + k < ia && j0 + k < ja; k++) out[j0 + k] = i0 + k;
    if (ia < n) out[ja] = ia;
    i0 = ia + 1;
    j0 = ja + 1;
  }
  return out;
}
