// Reading an edited 待办事项跟踪表 back (issue 22): the rows of the sheet as the domain's merge takes
// them (domain/tracking/tracker.ts), columns found by their header text (either language), so that
// columns moved, added or hidden in Excel, WPS or LibreOffice do not matter.
//
// The workbook may be hostile. Before exceljs sees it: its size, the zip's entries, each entry's and
// the total expanded size and the expansion ratio are capped (the .docx reader's capped unzip), XML
// with a DOCTYPE is refused, and so is a sheet of more rows than any tracker has. exceljs then skips
// the parts of a sheet that are never read (data validations, conditional formats, merged cells …:
// a validation over a whole sheet would otherwise be expanded cell by cell). Formulas are never
// evaluated: a formula where a value is read back is an error that names the cell.

import ExcelJS from "exceljs";
import { isValidIsoDate, isoDate, type IsoDate } from "../../domain/calendar/calendar";
import type { Bilingual } from "../../domain/record/i18n";
import {
  EDITABLE_COLUMNS,
  TRACKER_COLUMN_IDS,
  TRACKER_COLUMN_LABELS,
  shownText,
  type SheetDate,
  type TrackerColumnId,
  type TrackerNotice,
  type TrackerSheetRow,
  type TrackerValue,
} from "../../domain/tracking/tracker";
import { DEFAULT_DOCX_LIMITS, unzipWithinLimits, type DocxLimits } from "../../ooxml/read-docx";

export interface TrackerXlsxLimits extends DocxLimits {
  /** Rows in all worksheets together. */
  maxRows: number;
}

export const DEFAULT_TRACKER_LIMITS: TrackerXlsxLimits = {
  ...DEFAULT_DOCX_LIMITS,
  maxBytes: 20 * 1024 * 1024,
  maxEntries: 1000,
  maxRows: 50_000,
};

export interface TrackerSheet {
  rows: TrackerSheetRow[];
  /** Cells that cannot be read back (formulas, error values): the import must not write anything. */
  errors: TrackerNotice[];
}

export type ReadTrackerResult = { ok: true; sheet: TrackerSheet } | { ok: false; error: Bilingual };

/** Nodes of a worksheet that the tracker never reads (exceljs XlsxReadOptions.ignoreNodes). */
const IGNORED_NODES = ["dataValidations", "conditionalFormatting", "mergeCells", "hyperlinks", "drawing", "picture", "tableParts", "extLst", "rowBreaks", "autoFilter"];

const DATE_COLUMNS: ReadonlySet<TrackerColumnId> = new Set(["meetingDate", "due", "noteDate"]);
/** Where the header row may be: a title row or two may have been added above it. */
const HEADER_SEARCH_ROWS = 10;

class TrackerReadError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

export async function readTrackerXlsx(bytes: Uint8Array, limits: Partial<TrackerXlsxLimits> = {}): Promise<ReadTrackerResult> {
  try {
    return { ok: true, sheet: await read(bytes, { ...DEFAULT_TRACKER_LIMITS, ...limits }) };
  } catch (e) {
    const text = (e as { text?: Bilingual }).text;
    if (text) return { ok: false, error: text };
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { zh: `无法读取该工作簿（${detail}）。请用 Excel、WPS 或 LibreOffice 另存为 .xlsx 后再导入。`, en: `The workbook cannot be read (${detail}). Save it as .xlsx from Excel, WPS or LibreOffice and import it again.` } };
  }
}

function fail(zh: string, en: string): never {
  throw new TrackerReadError({ zh, en });
}

async function read(bytes: Uint8Array, limits: TrackerXlsxLimits): Promise<TrackerSheet> {
  if (bytes.length > limits.maxBytes) {
    fail(`工作簿过大（超过 ${limits.maxBytes / 1024 / 1024} MB），不是 ccr 导出的跟踪表。`, `The workbook is too large (over ${limits.maxBytes / 1024 / 1024} MB) for a tracker exported by ccr.`);
  }
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    fail(
      "该文件是加密的工作簿或旧版 .xls 文件，无法读取。请在 Excel 或 WPS 中取消密码，另存为 .xlsx 后再导入。",
      "The file is an encrypted workbook or an old .xls file. Remove the password in Excel or WPS, save it as .xlsx and import it again.",
    );
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) fail("不是 .xlsx 工作簿（不是 zip 包）。", "Not an .xlsx workbook (not a zip package).");
  const parts = unzipWithinLimits(bytes, limits, () => true);
  if (!parts.has("xl/workbook.xml")) fail("不是 Excel 工作簿：缺少 xl/workbook.xml。", "Not an Excel workbook: xl/workbook.xml is missing.");
  let rowCount = 0;
  const decoder = new TextDecoder("utf-8");
  for (const [name, data] of parts) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const text = decoder.decode(data);
    if (/<!DOCTYPE/i.test(text)) fail(`${name} 含有 DOCTYPE，已拒绝读取。`, `${name} has a DOCTYPE and is refused.`);
    if (name.startsWith("xl/worksheets/")) rowCount += text.match(/<(?:\w+:)?row[\s>/]/g)?.length ?? 0;
  }
  if (rowCount > limits.maxRows) {
    fail(`工作簿的行数过多（${rowCount} 行，上限 ${limits.maxRows} 行），不是 ccr 导出的跟踪表。`, `The workbook has too many rows (${rowCount}, at most ${limits.maxRows}) for a tracker exported by ccr.`);
  }

  const workbook = new ExcelJS.Workbook();
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  await workbook.xlsx.load(copy, { ignoreNodes: IGNORED_NODES });
  const found = findTrackerSheet(workbook);
  if (!found) {
    fail(
      `不是 ccr 导出的跟踪表：找不到“${TRACKER_COLUMN_LABELS.key.zh}”列。请导入 ccr tracker export（或任务窗格“待办”中的下载）生成的工作簿。`,
      `Not a tracker exported by ccr: no "${TRACKER_COLUMN_LABELS.key.en}" column. Import a workbook made by ccr tracker export (or the download in the pane's 待办 tab).`,
    );
  }
  const { sheet, headerRow, columns } = found;
  const missing = (["status", "note"] as const).filter((id) => !columns.has(id));
  if (missing.length > 0) {
    const names = missing.map((id) => TRACKER_COLUMN_LABELS[id]);
    fail(`跟踪表缺少“${names.map((n) => n.zh).join("”“")}”列，无法导入。`, `The tracker has no "${names.map((n) => n.en).join('", "')}" column and cannot be imported.`);
  }

  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  const rows: TrackerSheetRow[] = [];
  const errors: TrackerNotice[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number <= headerRow) return;
    const values = new Map<TrackerColumnId, TrackerValue>();
    let blank = true;
    let readable = true;
    for (const [id, column] of columns) {
      const cell = row.getCell(column);
      const read = cellValue(cell.value, DATE_COLUMNS.has(id), date1904);
      if ("problem" in read) {
        // A value read back must be typed in; read-only cells are only compared, so their shown result will do.
        if (id === "key" || EDITABLE_COLUMNS.includes(id)) {
          errors.push(cellProblem(number, id, cell.address, read.problem));
          readable = false;
        }
        values.set(id, read.shown);
      } else values.set(id, read.value);
      if (values.get(id) !== null && shownText(values.get(id)!) !== "") blank = false;
    }
    if (blank || !readable) return;
    const shown: Partial<Record<TrackerColumnId, string>> = {};
    for (const id of columns.keys()) if (id !== "key" && !EDITABLE_COLUMNS.includes(id)) shown[id] = shownText(values.get(id) ?? null);
    rows.push({
      row: number,
      key: shownText(values.get("key") ?? null),
      status: shownText(values.get("status") ?? null),
      note: shownText(values.get("note") ?? null),
      noteDate: sheetDate(values.get("noteDate") ?? null),
      shown,
    });
  });
  return { rows, errors };
}

/** The first worksheet with a header row holding the key column: the sheet, that row, and column id → column number. */
function findTrackerSheet(workbook: ExcelJS.Workbook): { sheet: ExcelJS.Worksheet; headerRow: number; columns: Map<TrackerColumnId, number> } | undefined {
  const byLabel = new Map<string, TrackerColumnId>();
  for (const id of TRACKER_COLUMN_IDS) for (const text of [TRACKER_COLUMN_LABELS[id].zh, TRACKER_COLUMN_LABELS[id].en]) byLabel.set(normaliseLabel(text), id);
  for (const sheet of workbook.worksheets) {
    for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
      const columns = new Map<TrackerColumnId, number>();
      sheet.getRow(r).eachCell({ includeEmpty: false }, (cell, column) => {
        // LibreOffice writes a header of mixed scripts as rich text (a run per font).
        const read = cellValue(cell.value, false, false);
        const id = "value" in read ? byLabel.get(normaliseLabel(shownText(read.value))) : undefined;
        if (id && !columns.has(id)) columns.set(id, column);
      });
      if (columns.has("key")) return { sheet, headerRow: r, columns };
    }
  }
  return undefined;
}

function normaliseLabel(text: string): string {
  return text.replace(/\s+/g, "").toLowerCase();
}

type CellRead = { value: TrackerValue } | { problem: "formula" | "error"; shown: TrackerValue };

/** An exceljs cell value as the sheet shows it: text, a number, a date (UTC, as exceljs reads serial dates), or empty. */
function cellValue(value: ExcelJS.CellValue, dateColumn: boolean, date1904: boolean): CellRead {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "string") return { value };
  if (typeof value === "boolean") return { value: String(value) };
  if (typeof value === "number") return { value: dateColumn ? serialDate(value, date1904) : value };
  if (value instanceof Date) return { value: dateValue(value) };
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    const shown = result === undefined || (typeof result === "object" && !(result instanceof Date)) ? null : cellValue(result as ExcelJS.CellValue, dateColumn, date1904);
    return { problem: "formula", shown: shown && "value" in shown ? shown.value : null };
  }
  if ("error" in value) return { problem: "error", shown: String((value as ExcelJS.CellErrorValue).error) };
  if ("richText" in value) return { value: (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("") };
  if ("text" in value) return { value: String((value as ExcelJS.CellHyperlinkValue).text) };
  return { value: null };
}

function dateValue(d: Date): TrackerValue {
  if (Number.isNaN(d.getTime())) return null;
  const date = isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  const hh = d.getUTCHours();
  const mm = d.getUTCMinutes();
  return hh || mm ? { date, time: `${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}` } : { date };
}

/** A serial date number (days since 1899-12-30, or since 1904-01-01) as a date; the number itself when out of range. */
function serialDate(serial: number, date1904: boolean): TrackerValue {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return serial;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return dateValue(new Date(epoch + Math.round(serial * 86_400_000)));
}

function sheetDate(value: TrackerValue): SheetDate {
  if (value === null) return null;
  if (typeof value === "object" && "date" in value && isValidIsoDate(value.date)) return { date: value.date as IsoDate };
  const text = shownText(value);
  return text ? { text } : null;
}

function cellProblem(row: number, column: TrackerColumnId, address: string, problem: "formula" | "error"): TrackerNotice {
  const label = TRACKER_COLUMN_LABELS[column];
  return {
    row,
    column,
    message:
      problem === "formula"
        ? {
            zh: `第 ${row} 行：单元格 ${address}（${label.zh}）是公式。跟踪表只读取直接填写的值，不计算公式；请改为直接填写（复制后“选择性粘贴 → 数值”）再导入。`,
            en: `Row ${row}: cell ${address} (${label.en}) holds a formula. The tracker reads typed values only and never evaluates formulas; replace it by its value (copy, then paste values) and import again.`,
          }
        : {
            zh: `第 ${row} 行：单元格 ${address}（${label.zh}）是错误值，请改正后再导入。`,
            en: `Row ${row}: cell ${address} (${label.en}) holds an error value; correct it and import again.`,
          },
  };
}
