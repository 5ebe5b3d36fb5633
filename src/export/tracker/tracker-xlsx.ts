// The 待办事项跟踪表 as an .xlsx workbook (issue 22), written with exceljs: one row per action item of
// many records (domain/tracking/tracker.ts makes the rows and their keys), real date cells, a
// drop-down of the three statuses, the header frozen and filtered, overdue rows highlighted by
// conditional formatting (until their status is set to done), column widths that fit Chinese text,
// the key of each row in a hidden column, and a second sheet that says how to fill it in.

import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { IsoDate } from "../../domain/calendar/calendar";
import { formatDate } from "../../domain/calendar/date-format";
import { displayWidth } from "../../domain/record/display-width";
import { STATUS_LABELS } from "../../domain/record/fields";
import { pick, type Bilingual } from "../../domain/record/i18n";
import { ACTION_STATUSES, type Lang } from "../../domain/record/record";
import {
  EDITABLE_COLUMNS,
  TRACKER_COLUMN_IDS,
  TRACKER_COLUMN_LABELS,
  trackerLang,
  trackerRows,
  type TrackerColumnId,
  type TrackerRows,
  type TrackerSource,
  type TrackerValue,
} from "../../domain/tracking/tracker";
import { legalXmlChars, xmlText } from "../../ooxml/xml-text";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const TRACKER_SHEET_NAME: Bilingual = { zh: "待办事项跟踪表", en: "Action items" };
const ABOUT_SHEET_NAME: Bilingual = { zh: "填写说明", en: "How to fill in" };

export interface TrackerXlsxOptions {
  /** The day 剩余工作日 and 已逾期 are counted on (injected, never the clock). */
  today: IsoDate;
  /** Done items too (open items only by default). */
  includeDone?: boolean;
  /** Language of the sheet; Chinese unless every record is in English. */
  lang?: Lang;
}

export interface TrackerXlsx {
  bytes: Uint8Array;
  rows: TrackerRows;
  lang: Lang;
}

/** Column widths in characters of the sheet's default font, as [narrowest, widest]; wide columns wrap. */
const WIDTHS: Record<TrackerColumnId, readonly [number, number]> = {
  topic: [10, 28],
  meetingDate: [10, 16],
  no: [5, 6],
  task: [14, 42],
  owner: [7, 14],
  ownerDept: [8, 16],
  due: [10, 20],
  deliverable: [14, 42],
  cc: [8, 24],
  status: [10, 12],
  note: [16, 40],
  noteDate: [10, 16],
  daysLeft: [8, 14],
  overdue: [8, 20],
  key: [12, 12],
};
// Wrapped columns. Row heights are set from the text: LibreOffice does not fit rows to wrapped text
// when it opens a file, so a row without a height would hide all but its first line.
const WRAPPED: ReadonlySet<TrackerColumnId> = new Set(["topic", "task", "deliverable", "cc", "note"]);
const CENTRED: ReadonlySet<TrackerColumnId> = new Set(["meetingDate", "no", "due", "status", "noteDate", "daysLeft"]);
/** Cells formatted as text: what is typed there stays as typed ("80%" is not turned into 0.8). */
const TEXT_CELLS: ReadonlySet<TrackerColumnId> = new Set(["status", "note", "key"]);
const DATE_CELLS: ReadonlySet<TrackerColumnId> = new Set(["meetingDate", "due", "noteDate"]);
const DATE_FORMAT: Record<Lang, string> = { zh: 'yyyy"年"m"月"d"日"', en: "yyyy-mm-dd" };
const DATE_TIME_FORMAT: Record<Lang, string> = { zh: 'yyyy"年"m"月"d"日" hh:mm', en: "yyyy-mm-dd hh:mm" };
const CALENDAR_DAYS_FORMAT: Record<Lang, string> = { zh: '0"（自然日）"', en: '0" (calendar days)"' };
/** Widths of "0" per display column (a CJK character is two): a little more than Excel and LibreOffice need. */
const WIDTH_PER_UNIT = 1.1;
const LINE_HEIGHT_POINTS = 15;
const MAX_LINES = 8;

const HEADER_FILL = "FFF2F2F2";
const EDITABLE_HEADER_FILL = "FFFFF2CC";
const OVERDUE_FILL = "FFFFC7CE";
const OVERDUE_FONT = "FF9C0006";

export async function exportTrackerXlsx(sources: readonly TrackerSource[], options: TrackerXlsxOptions): Promise<TrackerXlsx> {
  const lang = options.lang ?? trackerLang(sources.map((s) => s.record));
  const rows = trackerRows(sources, { today: options.today, includeDone: options.includeDone, lang });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ccr";
  workbook.title = pick(TRACKER_SHEET_NAME, lang);
  workbook.created = utcDate(options.today);
  workbook.modified = workbook.created;
  const filtered = writeItemsSheet(workbook, rows, lang);
  writeAboutSheet(workbook, rows, options.today, lang);
  // Stored uncompressed by exceljs: the package is compressed once, below, by fflate.
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  return { bytes: withFilterDatabase(new Uint8Array(buffer as ArrayBuffer), pick(TRACKER_SHEET_NAME, lang), filtered), rows, lang };
}

/**
 * The workbook with the sheet-local name _xlnm._FilterDatabase over the filtered range, which Excel
 * writes beside every auto-filter and LibreOffice needs to take the filter in (without it Calc drops
 * the filter). exceljs writes only global defined names, so this one element is added to its
 * xl/workbook.xml; every other part stays as exceljs wrote it.
 */
function withFilterDatabase(bytes: Uint8Array, sheetName: string, range: string): Uint8Array {
  const files = unzipSync(bytes);
  const ref = `'${sheetName.replace(/'/g, "''")}'!${range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
  const name = `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${xmlText(ref)}</definedName>`;
  const xml = strFromU8(files["xl/workbook.xml"]);
  const patched = xml.includes("<definedNames>") ? xml.replace("<definedNames>", `<definedNames>${name}`) : xml.replace("</sheets>", `</sheets><definedNames>${name}</definedNames>`);
  return zipSync({ ...files, "xl/workbook.xml": strToU8(patched) }, { level: 6 });
}


/** Writes the items sheet; returns the range of its auto-filter. */
function writeItemsSheet(workbook: ExcelJS.Workbook, rows: TrackerRows, lang: Lang): string {
  const sheet = workbook.addWorksheet(pick(TRACKER_SHEET_NAME, lang), {
    views: [{ state: "frozen", ySplit: 1, xSplit: 0, topLeftCell: "A2", activeCell: "A2" }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" },
  });
  const columns = TRACKER_COLUMN_IDS;
  const letter = (id: TrackerColumnId) => sheet.getColumn(columns.indexOf(id) + 1).letter;
  const lastRow = rows.items.length + 1;

  const widths = columns.map((id) => {
    const [min, max] = WIDTHS[id];
    const longest = Math.max(displayWidth(pick(TRACKER_COLUMN_LABELS[id], lang)) / 2, ...rows.items.map((item) => shownWidth(item.values[id], lang)));
    // Half a character of margin more: exceljs leaves out a column of width 9 exactly (its default), which Excel then shows narrower.
    return Math.min(max, Math.max(min, Math.ceil(longest * WIDTH_PER_UNIT) + 2.5));
  });
  // Formats and alignment by column (cells take their column's style): one style per column, not per cell.
  // Empty cells are formatted too, so that "80%" typed as progress stays text and a typed date shows as a date.
  columns.forEach((id, c) => {
    const column = sheet.getColumn(c + 1);
    column.width = widths[c];
    if (id === "key") column.hidden = true;
    column.alignment = { vertical: "middle", wrapText: WRAPPED.has(id), ...(CENTRED.has(id) ? { horizontal: "center" } : {}) };
    if (TEXT_CELLS.has(id)) column.numFmt = "@";
    if (DATE_CELLS.has(id)) column.numFmt = DATE_FORMAT[lang];
    if (id === "daysLeft") column.numFmt = "0";
  });

  // The header after the columns' styles: setting a column's style restyles the cells it holds.
  const header = sheet.getRow(1);
  columns.forEach((id, c) => {
    const cell = header.getCell(c + 1);
    cell.value = pick(TRACKER_COLUMN_LABELS[id], lang);
    cell.font = { bold: true };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: EDITABLE_COLUMNS.includes(id) ? EDITABLE_HEADER_FILL : HEADER_FILL } };
    cell.border = { bottom: { style: "thin" } };
  });

  rows.items.forEach((item, i) => {
    const row = sheet.getRow(i + 2);
    let lines = 1;
    columns.forEach((id, c) => {
      const cell = row.getCell(c + 1);
      const value = id === "key" ? JSON.stringify(item.key) : item.values[id];
      setCell(cell, value, lang);
      if (WRAPPED.has(id)) lines = Math.max(lines, wrappedLines(value, widths[c]));
    });
    if (lines > 1) row.height = Math.min(lines, MAX_LINES) * LINE_HEIGHT_POINTS;
  });

  if (rows.items.length > 0) {
    const statusLabels = ACTION_STATUSES.map((s) => STATUS_LABELS[s][lang]);
    const validations = (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
    validations.add(`${letter("status")}2:${letter("status")}${lastRow}`, {
      type: "list",
      allowBlank: true,
      formulae: [`"${statusLabels.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: pick(TRACKER_COLUMN_LABELS.status, lang),
      error: lang === "en" ? `Choose ${statusLabels.join(", ")}.` : `请从下拉列表中选择：${statusLabels.join("、")}。`,
    });
    validations.add(`${letter("noteDate")}2:${letter("noteDate")}${lastRow}`, {
      type: "date",
      operator: "greaterThan",
      allowBlank: true,
      formulae: [new Date(Date.UTC(2000, 0, 1))],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: pick(TRACKER_COLUMN_LABELS.noteDate, lang),
      error: lang === "en" ? "Enter a date, e.g. 2026-06-20." : "请填写日期，如 2026-06-20。",
    });
    // Overdue at the export (the domain's 已逾期), until the status is set to done in the sheet.
    const overdue = `$${letter("overdue")}2`;
    const status = `$${letter("status")}2`;
    sheet.addConditionalFormatting({
      ref: `A2:${letter("overdue")}${lastRow}`,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [`AND(LEN(${overdue})>0,${status}<>"${STATUS_LABELS.done.zh}",${status}<>"${STATUS_LABELS.done.en}")`],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: OVERDUE_FILL } }, font: { color: { argb: OVERDUE_FONT } } },
        },
      ],
    });
  }
  const filtered = `A1:${letter("overdue")}${Math.max(lastRow, 2)}`;
  sheet.autoFilter = filtered;
  return filtered;
}

function writeAboutSheet(workbook: ExcelJS.Workbook, rows: TrackerRows, today: IsoDate, lang: Lang): void {
  const sheet = workbook.addWorksheet(pick(ABOUT_SHEET_NAME, lang));
  const records = new Set(rows.items.map((i) => i.sourceIndex)).size;
  const editable = EDITABLE_COLUMNS.map((c) => pick(TRACKER_COLUMN_LABELS[c], lang));
  const lines: Bilingual[] = [
    TRACKER_SHEET_NAME,
    { zh: `导出日期：${formatDate(today, "zh")}（剩余工作日与“已逾期”按此日计算，工作日按中国法定节假日及调休）`, en: `Exported on ${formatDate(today, "en")} (working days left and overdue as of that day, on the China working-day calendar)` },
    { zh: `共 ${rows.items.length} 个事项，来自 ${records} 份记录。`, en: `${rows.items.length} item(s) from ${records} record(s).` },
    { zh: "", en: "" },
    {
      zh: `只填写黄色表头的三列：${editable.join("、")}。状态请从下拉列表选择；进展写本次的最新进展，进展日期不改则按导入当天记录。`,
      en: `Fill in the three columns with yellow headers only: ${editable.join(", ")}. Pick the status from the drop-down; write the latest progress; the progress date, if left unchanged, becomes the day of the import.`,
    },
    { zh: "其他列只供查看，在此修改不会写回记录（导入时会逐条列出）。", en: "The other columns are for reading: edits there are not written back (the import lists them)." },
    { zh: "可以排序、筛选、删除不需要的行；请勿修改隐藏的“ccr 跟踪键”列，它标明每行对应哪条记录的哪个事项。", en: 'Sorting, filtering and deleting rows are fine; do not change the hidden "ccr key" column: it names the record and item of each row.' },
    { zh: "已逾期的事项以红色标出，状态改为“已完成”后不再标出。", en: "Overdue items are shown in red until their status is set to done." },
    {
      zh: "填好后交回，用 ccr tracker import 跟踪表.xlsx 记录文件夹/ 导入：记录中导出后又有较新修改的，不会被覆盖，会作为冲突列出；有任何错误时不修改任何文件。",
      en: "Hand it back and import it with ccr tracker import TRACKER.xlsx RECORDS/: a newer edit made in a record since the export is never overwritten (it is listed as a conflict); on any error no file is changed.",
    },
  ];
  lines.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = pick(line, lang);
    cell.alignment = { wrapText: true, vertical: "top" };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  sheet.getColumn(1).width = 100;
}

function setCell(cell: ExcelJS.Cell, value: TrackerValue, lang: Lang): void {
  if (value === null) return;
  if (typeof value === "string") {
    cell.value = legalXmlChars(value);
  } else if (typeof value === "number") {
    cell.value = value;
  } else if ("days" in value) {
    cell.value = value.days;
    if (value.unit === "days") cell.numFmt = CALENDAR_DAYS_FORMAT[lang];
  } else {
    cell.value = utcDate(value.date, value.time);
    if (value.time) cell.numFmt = DATE_TIME_FORMAT[lang];
  }
}

/** A date (and time) as the UTC instant exceljs turns into a serial date, whatever the machine's time zone. */
function utcDate(date: IsoDate, time?: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = (time ?? "00:00").split(":").map(Number);
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
}

/** Width of a cell's text as shown (dates formatted), in widths of "0". */
function shownWidth(value: TrackerValue, lang: Lang): number {
  if (value === null) return 0;
  if (typeof value === "string") return Math.max(...value.split("\n").map(displayWidth));
  if (typeof value === "number") return String(value).length;
  if ("days" in value) return String(value.days).length + (value.unit === "days" ? 8 : 0);
  return displayWidth(formatDate(value.date, lang)) + (value.time ? 6 : 0);
}

/** Lines a wrapped cell takes at this column width (at most a little more than it needs). */
function wrappedLines(value: TrackerValue, width: number): number {
  if (typeof value !== "string" || value === "") return 1;
  const perLine = Math.max(1, (width - 1) / WIDTH_PER_UNIT);
  return value.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / perLine)), 0);
}
