// The action-item table as CSV for Excel: UTF-8 with a byte-order mark (so Excel shows Chinese),
// RFC 4180 quoting with CRLF line ends, and cells neutralised against formula injection.

import { recordLang, type CcrRecord } from "../domain/record/record";
import { actionCells, actionHeader, type ExportOptions } from "./facts";

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

/** The CSV text, starting with U+FEFF; write it as UTF-8. */
export function exportActionsCsv(record: CcrRecord, options: ExportOptions = {}): string {
  const lines = [csvLine(actionHeader(recordLang(record)))];
  record.actions.forEach((a, i) => lines.push(csvLine(actionCells(a, i, record, options))));
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}
