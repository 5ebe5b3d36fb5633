import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inspectDocx } from "../../test/support/docx-inspect";
import { describeWithTools } from "../../test/support/tools";
import { parseRecord, type CcrRecord } from "../domain/record/record";
import { addProgressNote, setActionStatus } from "../domain/tracking/tracking";
import { exportWeeklyDocx } from "./weekly-docx";
import { EXAMPLES_DIR } from "../../test/support/records";
import { parseIsoDate as isoDay } from "../domain/calendar/iso-date";

function record(): CcrRecord {
  const parsed = parseRecord(readFileSync(join(EXAMPLES_DIR, "project-delay.json"), "utf8"));
  if (!parsed.ok) throw new Error("example");
  let r = setActionStatus(parsed.record, 0, "done");
  r = addProgressNote(r, 1, { date: isoDay("2026-06-12"), note: "已收集80%" });
  return r;
}

describe("exportWeeklyDocx", () => {
  it("is a .docx package", async () => {
    const bytes = await exportWeeklyDocx(record(), { today: isoDay("2026-06-15") });
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe("PK");
  });
});

describeWithTools(["pythonDocx"], "exportWeeklyDocx opened by python-docx", () => {
  it("has the counts and one table per non-empty section with the latest note", async () => {
    const doc = inspectDocx(await exportWeeklyDocx(record(), { today: isoDay("2026-06-15") }));
    expect(doc.paragraphs.slice(0, 3)).toEqual([
      "周进度报告",
      "项目研发阶段延期协调会",
      "截至2026年6月15日，共 3 项待办：已完成 1、进行中 0、已逾期 1、未开始 1。",
    ]);
    expect(doc.paragraphs).toEqual(expect.arrayContaining(["已完成（1）", "已逾期（1）", "未开始（1）"]));
    expect(doc.tables).toHaveLength(3);
    expect(doc.tables[1].rows[0].cells).toEqual(["序号", "事项内容", "负责人", "完成时限", "剩余/逾期", "最新进展"]);
    expect(doc.tables[1].rows[1].cells).toEqual(["1", "提交物料需求清单", "李娜 / 生产部", "2026年6月12日 17:00", "已逾期1个工作日", "2026年6月12日 已收集80%"]);
  });
});
