import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { emptyAction, emptyRecord, type ActionItem, type CcrRecord } from "../../domain/record/record";
import { mergeTracker, TRACKER_COLUMN_IDS, type TrackerSource } from "../../domain/tracking/tracker";
import { readTrackerXlsx, type ReadTrackerResult } from "./read-tracker-xlsx";
import { exportTrackerXlsx } from "./tracker-xlsx";
import { parseIsoDate as isoDay } from "../../domain/calendar/iso-date";

const TODAY = isoDay("2026-06-15");

function action(task: string, extra: Partial<ActionItem> = {}): ActionItem {
  return { ...emptyAction(), task, owner: "李娜", ownerDept: "生产部", deadline: isoDay("2026-06-12"), deliverable: "输出书面物料需求清单,抄送技术部负责人", ...extra };
}

function sources(): TrackerSource[] {
  const record: CcrRecord = {
    ...emptyRecord(),
    id: "r-xlsx-1",
    topic: "项目研发阶段延期协调会",
    date: isoDay("2026-06-08"),
    actions: [
      action("提交物料需求清单", { progress: [{ date: isoDay("2026-06-10"), note: "已收集80%" }], cc: ["技术部负责人", "生产部负责人"] }),
      action("确认试产批次数量", { deadline: "6月20日17:00前", owner: "周强", ownerDept: "市场部", status: "doing" }),
      action("已完成的事项", { status: "done" }),
    ],
  };
  return [{ source: "a.json", record }];
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function sheetOk(result: ReadTrackerResult) {
  if (!result.ok) throw new Error(result.error.en);
  return result.sheet;
}

const column = (id: (typeof TRACKER_COLUMN_IDS)[number]) => TRACKER_COLUMN_IDS.indexOf(id) + 1;

describe("the tracker workbook", () => {
  it("has one row per open item with real date cells, Chinese text intact and the key hidden", async () => {
    const { bytes, rows } = await exportTrackerXlsx(sources(), { today: TODAY });
    expect(rows.items).toHaveLength(2);
    const sheet = (await load(bytes)).getWorksheet("待办事项跟踪表")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("沟通主题");
    const first = sheet.getRow(2);
    expect(first.getCell(column("task")).value).toBe("提交物料需求清单");
    expect(first.getCell(column("due")).value).toEqual(new Date(Date.UTC(2026, 5, 12)));
    expect(first.getCell(column("due")).numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(first.getCell(column("meetingDate")).value).toEqual(new Date(Date.UTC(2026, 5, 8)));
    expect(first.getCell(column("cc")).value).toBe("技术部负责人、生产部负责人");
    expect(first.getCell(column("overdue")).value).toBe("已逾期1个工作日");
    expect(first.getCell(column("daysLeft")).value).toBe(-1);
    expect(sheet.getRow(3).getCell(column("due")).value).toEqual(new Date(Date.UTC(2026, 5, 20, 17, 0)));
    expect(sheet.getRow(3).getCell(column("status")).value).toBe("进行中");
    // Empty cells carry their column's format: text for progress ("80%" stays text), a date for its date.
    expect(sheet.getRow(3).getCell(column("note")).numFmt).toBe("@");
    expect(sheet.getRow(3).getCell(column("noteDate")).numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(sheet.getColumn(column("key")).hidden).toBe(true);
    expect(JSON.parse(String(first.getCell(column("key")).value))).toMatchObject({ id: "r-xlsx-1", n: 1 });
    // Widths fit the text: the item column is wider than 序号, and within its bounds.
    expect(sheet.getColumn(column("task")).width!).toBeGreaterThan(sheet.getColumn(column("no")).width!);
    expect(sheet.getColumn(column("deliverable")).width!).toBeGreaterThanOrEqual(38);
  });

  it("freezes the header, filters it, offers the three statuses and highlights overdue rows", async () => {
    const { bytes } = await exportTrackerXlsx(sources(), { today: TODAY });
    const xml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    expect(xml).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
    expect(xml).toContain('<autoFilter ref="A1:N3"/>');
    expect(xml).toMatch(/<dataValidation type="list"[^>]*sqref="J2:J3"><formula1>&quot;未开始,进行中,已完成&quot;<\/formula1>/);
    expect(xml).toMatch(/<dataValidation type="date"[^>]*sqref="L2:L3">/);
    expect(xml).toContain('<conditionalFormatting sqref="A2:N3"><cfRule type="expression"');
    expect(xml).toContain("AND(LEN($N2)&gt;0,$J2&lt;&gt;&quot;已完成&quot;,$J2&lt;&gt;&quot;Done&quot;)");
    expect(xml).toMatch(/<col min="15" max="15" width="12" style="\d+" hidden="1"/);
    // Every column has its width (exceljs joins neighbours of the same width into one <col>).
    const covered = [...xml.matchAll(/<col min="(\d+)" max="(\d+)" width="[\d.]+"/g)].flatMap((m) => Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, i) => Number(m[1]) + i));
    expect(covered).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    // The filter's name, which LibreOffice needs to take the filter in.
    const workbook = strFromU8(unzipSync(bytes)["xl/workbook.xml"]);
    expect(workbook).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">&apos;待办事项跟踪表&apos;!$A$1:$N$3</definedName>`);
  });

  it("writes English headers and statuses when every record is in English", async () => {
    const en = sources().map((s) => ({ ...s, record: { ...s.record, lang: "en" as const } }));
    const { bytes } = await exportTrackerXlsx(en, { today: TODAY });
    const sheet = (await load(bytes)).getWorksheet("Action items")!;
    expect(sheet.getRow(1).getCell(column("status")).value).toBe("Status");
    expect(sheet.getRow(2).getCell(column("status")).value).toBe("Not started");
    expect(sheet.getRow(2).getCell(column("due")).numFmt).toBe("yyyy-mm-dd");
  });

  it("reads back as written: no change, no notice", async () => {
    const s = sources();
    const { bytes } = await exportTrackerXlsx(s, { today: TODAY });
    const sheet = sheetOk(await readTrackerXlsx(bytes));
    expect(sheet.errors).toEqual([]);
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 3]);
    const merge = mergeTracker(sheet.rows, s, { today: TODAY });
    expect([...merge.changes, ...merge.conflicts, ...merge.unmatched, ...merge.ignored, ...merge.errors]).toEqual([]);
  });

  it("reads edits back whatever the order of rows and columns", async () => {
    const s = sources();
    const workbook = await load((await exportTrackerXlsx(s, { today: TODAY })).bytes);
    const sheet = workbook.worksheets[0];
    sheet.getRow(2).getCell(column("status")).value = "已完成";
    sheet.getRow(3).getCell(column("note")).value = "样品已送检";
    sheet.getRow(3).getCell(column("owner")).value = "吴敏";
    // A column inserted before the others, the rows swapped.
    sheet.spliceColumns(1, 0, ["备注", "我加的列", "", ""]);
    const [r2, r3] = [sheet.getRow(2).values, sheet.getRow(3).values];
    sheet.getRow(2).values = r3 as ExcelJS.CellValue[];
    sheet.getRow(3).values = r2 as ExcelJS.CellValue[];
    const read = sheetOk(await readTrackerXlsx(await save(workbook)));
    const merge = mergeTracker(read.rows, s, { today: TODAY });
    expect(merge.errors).toEqual([]);
    const updated = merge.updated.get(0)!;
    expect(updated.actions[0].status).toBe("done");
    expect(updated.actions[1].progress).toEqual([{ date: TODAY, note: "样品已送检" }]);
    expect(merge.ignored.map((i) => [i.row, i.column])).toEqual([[2, "owner"]]);
  });

  it("never evaluates a formula: a formula where a value is read back is an error naming the cell", async () => {
    const workbook = await load((await exportTrackerXlsx(sources(), { today: TODAY })).bytes);
    const sheet = workbook.worksheets[0];
    sheet.getRow(2).getCell(column("status")).value = { formula: 'IF(1,"已完成","")', result: "已完成" } as ExcelJS.CellFormulaValue;
    sheet.getRow(3).getCell(column("owner")).value = { formula: '"周"&"强"', result: "周强" } as ExcelJS.CellFormulaValue;
    const read = sheetOk(await readTrackerXlsx(await save(workbook)));
    expect(read.errors.map((e) => [e.row, e.column])).toEqual([[2, "status"]]);
    expect(read.errors[0].message.zh).toContain("单元格 J2（状态）是公式");
    // A formula in a column that is only compared is read as its result.
    expect(read.rows.map((r) => r.row)).toEqual([3]);
    expect(read.rows[0].shown.owner).toBe("周强");
  });
});

describe("hostile workbooks", () => {
  const message = async (bytes: Uint8Array, limits = {}) => {
    const result = await readTrackerXlsx(bytes, limits);
    return result.ok ? "ok" : result.error.en;
  };

  it("refuses what is not an .xlsx: other files, encrypted or old .xls, a zip without a workbook, a sheet without the key", async () => {
    expect(await message(strToU8("hello"))).toMatch(/not a zip package/);
    expect(await message(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatch(/encrypted workbook or an old \.xls/);
    expect(await message(zipSync({ "a.txt": strToU8("x") }))).toMatch(/xl\/workbook.xml is missing/);
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Sheet1").addRow(["沟通主题", "状态"]);
    expect(await message(await save(plain))).toMatch(/no "ccr key \(do not edit\)" column/);
  });

  it("stops a zip bomb and refuses a DOCTYPE", async () => {
    const { bytes } = await exportTrackerXlsx(sources(), { today: TODAY });
    const files = unzipSync(bytes);
    const bomb = zipSync({ ...files, "xl/media/image1.png": new Uint8Array(12 * 1024 * 1024) }, { level: 9 });
    expect(await message(bomb)).toMatch(/expands too much/);
    const entity = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>';
    const doctype = zipSync({ ...files, "xl/sharedStrings.xml": strToU8(entity + strFromU8(files["xl/sharedStrings.xml"]).replace(/^<\?xml[^>]*\?>/, "")) });
    expect(await message(doctype)).toMatch(/DOCTYPE/);
  });

  it("refuses a huge sheet before reading it", async () => {
    const { bytes } = await exportTrackerXlsx(sources(), { today: TODAY });
    // The 3 rows of the items sheet and the 9 of the instructions.
    expect(await message(bytes, { maxRows: 11 })).toMatch(/too many rows \(12, at most 11\)/);
    const files = unzipSync(bytes);
    const rows = Array.from({ length: 60_000 }, (_, i) => `<row r="${i + 4}"><c r="A${i + 4}"><v>1</v></c></row>`).join("");
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]).replace("</sheetData>", `${rows}</sheetData>`);
    expect(await message(zipSync({ ...files, "xl/worksheets/sheet1.xml": strToU8(sheet) }))).toMatch(/too many rows \(60012, at most 50000\)/);
  });

  it("does not expand a data validation over a whole sheet", async () => {
    const { bytes } = await exportTrackerXlsx(sources(), { today: TODAY });
    const files = unzipSync(bytes);
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]).replace(/sqref="J2:J3"/, 'sqref="A1:XFD1048576"');
    const read = await readTrackerXlsx(zipSync({ ...files, "xl/worksheets/sheet1.xml": strToU8(sheet) }));
    expect(read.ok && read.sheet.rows.length).toBe(2);
  });
});
