// First pass of recognition: walks the blocks of a document and finds labels and their values —
// label/value rows of tables (merged cells, labels on their own row, tables split in two),
// "标签:值" lines of paragraphs, and list tables known by their header row (待办事项, 参与人员 …).

import type { BlockSource, DocBlock, DocCell, DocRow, DocTable } from "./blocks";
import {
  isStructureText,
  isSubfieldKey,
  leadingLabel,
  matchActionColumn,
  matchConfirmationColumn,
  matchFieldLabel,
  matchOpenIssueColumn,
  matchParticipantColumn,
  splitAtFieldLabels,
  type LabelKey,
} from "./labels";

/** A piece of value text and where it is. `inline` when it shares its cell or line with its label. */
export interface Piece {
  text: string;
  source: BlockSource;
  inline?: boolean;
}

export interface Entry {
  key: LabelKey;
  /** The label as written. */
  label: string;
  labelSource: BlockSource;
  values: Piece[];
}

export type ListKind = "actions" | "participants" | "openIssues" | "confirmations";

export interface ListColumn {
  /** The known column (task, owner, name …), or undefined for a column kept under its header text. */
  key?: string;
  header: string;
  gridStart: number;
  gridEnd: number;
  source: BlockSource;
}

export interface ListTable {
  kind: ListKind;
  columns: ListColumn[];
  rows: { cells: { column: ListColumn; text: string; source: BlockSource }[] }[];
}

export interface Stray {
  label: string;
  text: string;
  source: BlockSource;
}

export interface Walk {
  entries: Entry[];
  tables: ListTable[];
  /** Label/value pairs whose label is not one of the form's. */
  unmapped: Stray[];
}

/** Keys whose value may run over several rows or lines. */
const MULTI_LINE = new Set<LabelKey>([
  "participants",
  "participants.internal",
  "participants.external",
  "background",
  "goal",
  "discussionPoints",
  "demands",
  "disputes",
  "responses",
  "consensus",
  "openIssues",
  "actions",
  "confirmations",
  "attachments",
  "resultFeedback",
  "lessons",
]);

export function walkBlocks(blocks: readonly DocBlock[]): Walk {
  const walk: Walk = { entries: [], tables: [], unmapped: [] };
  /** The entry that later rows or lines may continue. */
  let pending: Entry | undefined;
  let openList: ListTable | undefined;
  let lastKind: "table" | "paragraph" | undefined;
  blocks.forEach((block, b) => {
    if (block.kind === "paragraph") {
      if (block.text.trim() === "") return;
      if (lastKind === "table") pending = undefined;
      openList = undefined;
      pending = walkParagraph(block.text, b, pending, walk);
      lastKind = "paragraph";
    } else {
      if (lastKind === "paragraph") pending = undefined;
      const state = walkTable(block, b, pending, openList, walk);
      pending = state.pending;
      openList = state.openList;
      lastKind = "table";
    }
  });
  return walk;
}

function accepts(entry: Entry | undefined): entry is Entry {
  return entry !== undefined && (entry.values.length === 0 || MULTI_LINE.has(entry.key));
}

function newEntry(walk: Walk, key: LabelKey, label: string, source: BlockSource): Entry {
  const entry: Entry = { key, label: label.trim().replace(/[::]\s*$/, ""), labelSource: source, values: [] };
  walk.entries.push(entry);
  return entry;
}

// ---------------------------------------------------------------------------------------------
// Paragraphs: "标签:值" lines, a label alone on its line with the value below it.

function walkParagraph(text: string, block: number, pending: Entry | undefined, walk: Walk): Entry | undefined {
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const source: BlockSource = lines.length > 1 ? { block, line: index } : { block };
    if (isStructureText(line) && !matchFieldLabel(line)) {
      pending = undefined;
      return;
    }
    for (const piece of splitAtFieldLabels(line)) {
      const lead = leadingLabel(piece);
      const key = lead ? undefined : matchFieldLabel(piece);
      if (lead) {
        pending = newEntry(walk, lead.key, lead.label, source);
        if (lead.rest) pending.values.push({ text: lead.rest, source, inline: true });
      } else if (key) {
        pending = newEntry(walk, key, piece, source);
      } else if (accepts(pending)) {
        pending.values.push({ text: piece, source });
      } else {
        const stray = /^([^\s::,,。;;]{1,12})\s*[::]\s*(.*)$/.exec(piece);
        if (stray) walk.unmapped.push({ label: stray[1], text: stray[2].trim(), source });
      }
    }
  });
  return pending;
}

// ---------------------------------------------------------------------------------------------
// Tables

interface GridCell {
  cell: DocCell;
  index: number;
  gridStart: number;
  gridEnd: number;
}

function gridCells(row: DocRow): GridCell[] {
  let col = 0;
  return row.cells.map((cell, index) => {
    const span = Math.max(1, cell.gridSpan ?? 1);
    const g = { cell, index, gridStart: col, gridEnd: col + span };
    col += span;
    return g;
  });
}

function gridWidth(table: DocTable): number {
  return Math.max(0, ...table.rows.map((r) => gridCells(r).reduce((w, g) => Math.max(w, g.gridEnd), 0)));
}

const HEADER_MATCHERS: { kind: ListKind; match: (text: string) => string | undefined; needs: string[][] }[] = [
  { kind: "actions", match: matchActionColumn, needs: [["task"], ["owner"], ["deadline"]] },
  { kind: "participants", match: matchParticipantColumn, needs: [["name"]] },
  { kind: "openIssues", match: matchOpenIssueColumn, needs: [["text", "nextStep"]] },
  { kind: "confirmations", match: matchConfirmationColumn, needs: [["name", "confirmed"]] },
];

/** A header row of a list table: at least two known columns, mostly known cells, and the key columns. */
function headerOf(row: DocRow, block: number, rowIndex: number): { kind: ListKind; columns: ListColumn[] } | undefined {
  const cells = gridCells(row).filter((g) => g.cell.text.trim() !== "");
  if (cells.length < 2) return undefined;
  for (const { kind, match, needs } of HEADER_MATCHERS) {
    const keys = cells.map((g) => match(g.cell.text));
    const known = keys.filter((k): k is string => k !== undefined);
    if (known.length < 2 || known.length < cells.length * 0.6) continue;
    if (!needs.some((group) => group.every((k) => known.includes(k)))) continue;
    return {
      kind,
      columns: cells.map((g, i) => ({
        key: keys[i],
        header: g.cell.text.trim(),
        gridStart: g.gridStart,
        gridEnd: g.gridEnd,
        source: { block, row: rowIndex, cell: g.index },
      })),
    };
  }
  return undefined;
}

function hasFieldLabel(row: DocRow): boolean {
  return row.cells.some((c) => matchFieldLabel(c.text) !== undefined || leadingLabel(c.text) !== undefined);
}

function addListRow(list: ListTable, row: DocRow, block: number, rowIndex: number): void {
  const cells: ListTable["rows"][number]["cells"] = [];
  for (const g of gridCells(row)) {
    if (g.cell.vMerge === "continue") continue;
    const column = list.columns.find((c) => g.gridStart < c.gridEnd && g.gridEnd > c.gridStart);
    if (column) cells.push({ column, text: g.cell.text, source: { block, row: rowIndex, cell: g.index } });
  }
  list.rows.push({ cells });
}

type CellClass =
  | { type: "empty" }
  | { type: "structure" }
  | { type: "label"; key: LabelKey; label: string; above?: Entry }
  | { type: "labelValue"; pairs: { key: LabelKey; label: string; rest: string }[] }
  | { type: "text"; text: string };

function classify(cell: DocCell, above: Entry | undefined): CellClass {
  const text = cell.text.trim();
  if (cell.vMerge === "continue") return above ? { type: "label", key: above.key, label: above.label, above } : { type: "empty" };
  if (text === "") return { type: "empty" };
  const key = matchFieldLabel(text);
  if (key) return { type: "label", key, label: text };
  if (isStructureText(text)) return { type: "structure" };
  const pieces = text.includes("\n") ? [text] : splitAtFieldLabels(text);
  const pairs = pieces.map((p) => leadingLabel(p));
  if (pairs[0] && pairs.every((p) => p !== undefined)) return { type: "labelValue", pairs: pairs as { key: LabelKey; label: string; rest: string }[] };
  return { type: "text", text };
}

function walkTable(
  table: DocTable,
  block: number,
  pendingIn: Entry | undefined,
  openListIn: ListTable | undefined,
  walk: Walk,
): { pending: Entry | undefined; openList: ListTable | undefined } {
  let pending = pendingIn;
  let list: ListTable | undefined;
  // A table continuing the list table just before it (a table split in two, its header row left behind).
  if (openListIn && table.rows.length > 0 && !headerOf(table.rows[0], block, 0) && !hasFieldLabel(table.rows[0])) {
    const width = gridWidth(table);
    const listWidth = Math.max(...openListIn.columns.map((c) => c.gridEnd));
    if (width <= listWidth + 1 && width >= listWidth - 1) list = openListIn;
  }
  /** Labels of vertically merged label cells, by grid column. */
  const merged = new Map<number, Entry>();
  table.rows.forEach((row, r) => {
    const header = headerOf(row, block, r);
    if (header) {
      list = { kind: header.kind, columns: header.columns, rows: [] };
      walk.tables.push(list);
      pending = undefined;
      return;
    }
    if (list && !hasFieldLabel(row)) {
      addListRow(list, row, block, r);
      return;
    }
    list = undefined;
    pending = walkLabelRow(row, block, r, pending, merged, walk);
  });
  return { pending, openList: list };
}

function walkLabelRow(
  row: DocRow,
  block: number,
  r: number,
  pendingIn: Entry | undefined,
  merged: Map<number, Entry>,
  walk: Walk,
): Entry | undefined {
  const pending = pendingIn;
  let current: Entry | undefined;
  let sawLabel = false;
  const orphans: { text: string; source: BlockSource }[] = [];
  for (const g of gridCells(row)) {
    const source: BlockSource = { block, row: r, cell: g.index };
    const c = classify(g.cell, merged.get(g.gridStart));
    if (c.type === "label") {
      sawLabel = true;
      current = c.above ?? newEntry(walk, c.key, c.label, source);
      if (g.cell.vMerge === "restart") merged.set(g.gridStart, current);
      else if (!c.above) merged.delete(g.gridStart);
    } else if (c.type === "labelValue" && current && isSubfieldKey(c.pairs[0].key)) {
      // "姓名:张伟 工号:A1023" in the value cell of 主导人 is part of that value.
      current.values.push({ text: g.cell.text.trim(), source });
    } else if (c.type === "labelValue") {
      sawLabel = true;
      for (const pair of c.pairs) {
        current = newEntry(walk, pair.key, pair.label, source);
        if (pair.rest) current.values.push({ text: pair.rest, source, inline: true });
      }
    } else if (c.type === "text") {
      if (current) current.values.push({ text: c.text, source });
      else orphans.push({ text: c.text, source });
    }
  }
  if (orphans.length > 0) {
    const firstEmpty = row.cells[0]?.text.trim() === "" || row.cells[0]?.vMerge === "continue";
    if (!sawLabel && (firstEmpty || orphans.length === 1) && accepts(pending)) {
      for (const o of orphans) pending.values.push(o);
    } else if (orphans.length >= 2 || sawLabel) {
      walk.unmapped.push({
        label: orphans[0].text.replace(/\s*[::]\s*$/, ""),
        text: orphans.slice(1).map((o) => o.text).join("\n"),
        source: orphans[0].source,
      });
    }
  }
  return current ?? pending;
}
