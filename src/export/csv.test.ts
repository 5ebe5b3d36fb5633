import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { emptyAction } from "../domain/record/record";
import { csvLine, exportActionsCsv, neutraliseCell } from "./csv";
import { recordWithActions, sampleRecord } from "../../test/support/export-records";

function parse(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const result = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe("exportActionsCsv", () => {
  it("starts with a byte-order mark and a header row of the Chinese column names", () => {
    const rows = parse(exportActionsCsv(recordWithActions(2)));
    expect(rows[0]).toEqual(["序号", "事项内容", "负责人", "责任部门", "完成时限", "截止日期", "完成时限（原文）", "交付标准", "抄送", "状态"]);
    expect(rows).toHaveLength(3);
  });

  it("gives back the same cells when parsed by papaparse, quotes and commas included, each cell on one line", () => {
    const record = sampleRecord();
    record.actions = [
      { ...emptyAction(), task: 'He said "ship it", then left\nsecond line', owner: "李娜", deadline: "2026-06-12", deliverable: "a,b;c", cc: ["x", "y"] },
    ];
    const rows = parse(exportActionsCsv(record));
    expect(rows[1][1]).toBe('He said "ship it", then left；second line');
    expect(rows[1][4]).toBe("2026年6月12日");
    expect(rows[1][5]).toBe("2026-06-12");
    expect(rows[1][7]).toBe("a,b;c");
    expect(rows[1][8]).toBe("x、y");
  });

  it("shows the resolved date, a sortable ISO date and the deadline as typed in columns of their own", () => {
    const record = sampleRecord();
    record.actions = [{ ...emptyAction(), task: "t", owner: "o", deadline: "6月12日17:00前", deliverable: "d" }];
    const rows = parse(exportActionsCsv(record));
    expect(rows[1].slice(4, 7)).toEqual(["2026年6月12日 17:00", "2026-06-12 17:00", "6月12日17:00前"]);
    record.actions[0].deadline = "尽快";
    expect(parse(exportActionsCsv(record))[1].slice(4, 7)).toEqual(["尽快", "", "尽快"]);
  });

  it("writes English column names for an English record", () => {
    const record = { ...recordWithActions(1), lang: "en" as const };
    expect(parse(exportActionsCsv(record))[0][0]).toBe("No.");
  });

  it.each(["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\r=cmd"])("neutralises the formula cell %j", (cell) => {
    const record = sampleRecord();
    record.actions = [{ ...emptyAction(), task: cell, owner: "o", deadline: "2026-06-12", deliverable: "d" }];
    const rows = parse(exportActionsCsv(record));
    expect(rows[1][1]).toBe("'" + cell.replace(/^\r/, ""));
  });

  it("leaves ordinary cells alone", () => {
    expect(neutraliseCell("提交清单")).toBe("提交清单");
    expect(neutraliseCell("a=b")).toBe("a=b");
    expect(csvLine(["a", "b c", "x\"y"])).toBe('a,b c,"x""y"');
  });

  it("ends every line with CRLF", () => {
    const text = exportActionsCsv(recordWithActions(3));
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(5);
  });
});
