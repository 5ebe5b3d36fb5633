// Recognition of list values: action items typed as lines under 待办事项, and the list tables known
// by their header row (待办事项, 参与人员, 待明确分歧, 参与方确认), extra columns kept under their header.

import type { BlockSource } from "./blocks";
import { emptyAction, fieldsOf, type ActionItem, type Participant } from "../record/record";
import { matchActionColumn, splitSublabels } from "./labels";
import { SIDE_OPTIONS, parseConfirmed, parseProgressLine, parseStatus } from "./parts";
import { found, note, type Ctx } from "./report";
import { cleanValue, findDate, parseChoice, splitList, splitNames } from "./values";
import type { Entry, ListTable, Piece } from "./walk";
import { actionPath, itemFieldPath } from "../record/record-path";

// ---------------------------------------------------------------------------------------------
// Action items typed as lines: "1. 提交物料需求清单 负责人:李娜 完成时限:2026年6月12日前 交付标准:…"

export function readActionLines(ctx: Ctx, entry: Entry, piece: Piece, value: string): void {
  for (const item of splitList(value)) {
    const { before, parts } = splitSublabels(item.text, matchActionColumn);
    const action = emptyAction();
    const index = ctx.record.actions.length;
    const source = piece.source.line === undefined && piece.text.includes("\n") ? { ...piece.source, line: item.line } : piece.source;
    const at: Piece = { ...piece, source };
    if (before) action.task = before;
    for (const p of parts) setActionColumn(ctx, action, index, p.key, p.key, p.value, entry.label, at);
    if (before) found(ctx, actionPath(index, "task"), entry.label, at);
    if (action.task || parts.length) ctx.record.actions.push(action);
  }
}

function setActionColumn(ctx: Ctx, action: ActionItem, index: number, key: string | undefined, header: string, value: string, label: string, piece: Piece): void {
  const path = actionPath(index, key ?? header);
  const result = applyActionColumn(action, key, header, value);
  if (result === "set") found(ctx, path, label, piece);
  else if (result === "unreadable") {
    note(ctx, path, piece, {
      zh: `状态“${value}”不是未开始、进行中或已完成之一,保留为未开始。`,
      en: `Status "${value}" is not one of not started / in progress / done; kept as not started.`,
    });
  }
}

/**
 * Writes one cell of the action-item table into an action: a known column (`key`) by its reading,
 * any other column under its header text. "skip" for 序号, "unreadable" for a status that is none of the three.
 */
export function applyActionColumn(action: ActionItem, key: string | undefined, header: string, value: string): "set" | "skip" | "unreadable" {
  switch (key) {
    case "no":
      return "skip";
    case "task":
    case "owner":
    case "ownerDept":
    case "deadline":
    case "deliverable":
      action[key] = value;
      return "set";
    case "cc":
      action.cc = splitNames(value);
      return "set";
    case "status": {
      const s = parseStatus(value);
      if (s.kind !== "chosen") return "unreadable";
      action.status = s.value;
      return "set";
    }
    case "progress":
      action.progress = value.split("\n").filter((l) => l.trim()).map(parseProgressLine);
      return "set";
    default:
      fieldsOf(action)[header] = value;
      return "set";
  }
}

// ---------------------------------------------------------------------------------------------
// List tables known by their header row

function isDefaultStatus(text: string): boolean {
  const s = parseStatus(text);
  return s.kind === "chosen" && s.value === "todo";
}

export function readListTable(ctx: Ctx, table: ListTable): void {
  for (const column of table.columns) {
    if (column.key === undefined) {
      ctx.report.unmapped.push({ label: column.header, text: "", source: column.source, keptAs: column.header });
    }
  }
  for (const row of table.rows) {
    const cells = row.cells.map((c) => ({ ...c, ...cleanValue(c.text) }));
    const filled = cells.filter((c) => c.value !== "" && c.column.key !== "no");
    // A row with nothing but the default status (ccr's empty row shows 未开始 / Not started) is not an item.
    if (table.kind === "actions" && filled.every((c) => c.column.key === "status" && isDefaultStatus(c.value))) filled.length = 0;
    if (filled.length === 0) {
      for (const c of cells.filter((x) => x.example)) {
        ctx.report.unfilled.push({ path: table.kind, label: c.column.header, text: c.text, source: c.source });
      }
      continue;
    }
    if (table.kind === "actions") {
      const action = emptyAction();
      const index = ctx.record.actions.length;
      for (const c of filled) setActionColumn(ctx, action, index, c.column.key, c.column.header, c.value, c.column.header, { text: c.text, source: c.source });
      ctx.record.actions.push(action);
    } else if (table.kind === "participants") {
      readParticipantRow(ctx, filled);
    } else if (table.kind === "openIssues") {
      const index = ctx.record.openIssues.length;
      const issue = { text: "", nextStep: "" };
      for (const c of filled) {
        const k = c.column.key === "nextStep" ? "nextStep" : "text";
        issue[k] = c.value;
        found(ctx, itemFieldPath("openIssues", index, k), c.column.header, { text: c.text, source: c.source });
      }
      ctx.record.openIssues.push(issue);
    } else {
      const index = ctx.record.confirmations.length;
      const confirmation = { name: "", confirmed: false, date: "", remark: "" };
      for (const c of filled) {
        const k = (c.column.key ?? "remark") as "name" | "confirmed" | "date" | "remark";
        if (k === "confirmed") confirmation.confirmed = parseConfirmed(c.value) ?? false;
        else if (k === "date") confirmation.date = findDate(c.value)?.iso ?? "";
        else confirmation[k] = c.value;
        found(ctx, itemFieldPath("confirmations", index, k), c.column.header, { text: c.text, source: c.source });
      }
      ctx.record.confirmations.push(confirmation);
    }
  }
}

function readParticipantRow(ctx: Ctx, cells: { column: ListTable["columns"][number]; value: string; text: string; source: BlockSource }[]): void {
  const sideCell = cells.find((c) => c.column.key === "side");
  const sideChoice = sideCell ? parseChoice(sideCell.value, SIDE_OPTIONS) : undefined;
  const hasUnit = cells.some((c) => c.column.key === "unit");
  const side = sideChoice?.kind === "chosen" ? sideChoice.value : hasUnit ? "external" : "internal";
  const p: Participant = { name: "", side };
  for (const c of cells) {
    const key = c.column.key;
    if (key === "side") continue;
    if (key === "name" || key === "dept" || key === "unit" || key === "title" || key === "contact") p[key] = c.value;
    else if (key === "deptOrUnit") p[side === "internal" ? "dept" : "unit"] = c.value;
    else fieldsOf(p)[c.column.header] = c.value;
  }
  const index = ctx.record.participants.length;
  for (const c of cells) found(ctx, itemFieldPath("participants", index, c.column.key ?? c.column.header), c.column.header, { text: c.text, source: c.source });
  ctx.record.participants.push(p);
}
