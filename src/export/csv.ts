// The action-item table as CSV for Excel: UTF-8 with a byte-order mark (so Excel shows Chinese),
// RFC 4180 quoting with CRLF line ends, and cells neutralised against formula injection.

import { pick } from "../domain/record/i18n";
import { recordLang, type CcrRecord, type Lang } from "../domain/record/record";
import { ACTION_TABLE_COLUMNS, actionCells, actionHeader, deadlineFacts, exportRecord, type ExportOptions } from "./facts";

/** Cells a spreadsheet would take as a formula (OWASP: = + - @ tab CR) get a leading apostrophe. */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
export function quoteCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map((c) => quoteCsvField(neutraliseCell(c))).join(",");
}

const SORTABLE_DEADLINE = { zh: "截止日期", en: "Due date" } as const;
const TYPED_DEADLINE = { zh: "完成时限（原文）", en: "Deadline as typed" } as const;

/** A cell on one line: spreadsheets sort and filter rows, and a line break inside a cell splits them in many tools. */
export function oneLine(text: string, lang: Lang): string {
  return text.split(/\r\n|\r|\n/).filter((s) => s.trim() !== "").join(lang === "en" ? "; " : "；");
}

/**
 * The CSV text, starting with U+FEFF; write it as UTF-8. Beside 完成时限 (the date for people) it has
 * a sortable 截止日期 (YYYY-MM-DD, with HH:MM when there is a time) and the deadline as typed.
 */
export function exportActionsCsv(input: CcrRecord, options: ExportOptions = {}): string {
  const record = exportRecord(input, options);
  const lang = recordLang(record);
  const header = actionHeader(lang);
  const at = ACTION_TABLE_COLUMNS.indexOf("deadline");
  const withDates = <T,>(cells: T[], due: T, typed: T): T[] => [...cells.slice(0, at + 1), due, typed, ...cells.slice(at + 1)];
  const lines = [csvLine(withDates(header, pick(SORTABLE_DEADLINE, lang), pick(TYPED_DEADLINE, lang)))];
  record.actions.forEach((a, i) => {
    const f = deadlineFacts(a, record);
    const cells = actionCells(a, i, record, options);
    cells[at] = f.display;
    const due = f.resolved ? [f.resolved.date, f.resolved.time].filter(Boolean).join(" ") : "";
    lines.push(csvLine(withDates(cells, due, f.typed).map((c) => oneLine(c, lang))));
  });
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}
