// Tables and numerals both minutes layouts use.

import { Table, TableRow } from "docx";
import { tableFrame, textCell } from "./docx-kit";
import type { MinutesContent } from "./minutes-content";

export const CHINESE_NUMERALS = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/** A two-column label/value table. */
export function labelValueTable(rows: readonly [string, string][], width: number, labelShare = 0.22, shaded = true): Table {
  const labelWidth = Math.round(width * labelShare);
  const widths = [labelWidth, width - labelWidth];
  return new Table({
    rows: rows.map(([label, value]) => new TableRow({ cantSplit: true, children: [textCell(label, true, shaded), textCell(value)] })),
    ...tableFrame(widths),
  });
}

/**
 * The confirmation table (participant, 确认, 日期, 备注) with its header row repeated. Every row but
 * the last keeps with the next, so a short table does not leave one row alone on the next page.
 */
export function confirmationTable(content: MinutesContent, width: number, shaded = true): Table {
  const shares = [0.25, 0.2, 0.2, 0.35];
  const widths = shares.map((s) => Math.round(width * s));
  const rows = content.confirmationRows.length > 0 ? content.confirmationRows : [["", "", "", ""]];
  const keep = (i: number) => i < rows.length - 1;
  return new Table({
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: content.confirmationHeader.map((h) => textCell(h, true, shaded, true)) }),
      ...rows.map((r, i) => new TableRow({ cantSplit: true, height: { value: 440, rule: "atLeast" }, children: r.map((c) => textCell(c, false, shaded, keep(i))) })),
    ],
    ...tableFrame(widths),
  });
}

