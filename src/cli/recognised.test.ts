import { describe, expect, it } from "vitest";
import { paragraph, table } from "../domain/recognise/blocks";
import { notARecordError, recogniseForm, recognitionJson, recognitionNotice } from "./recognised";

const form = [
  paragraph("沟通协调记录表"),
  table([
    ["沟通主题", "项目研发阶段延期协调会"],
    ["会议编号", "HY-2026-018"],
    ["沟通时间", "2026年6月8日 14:00至15:00"],
    ["记录人", "(例:陈静)"],
    ["沟通类型", "☑内部沟通 ☑外部沟通"],
  ]),
];

describe("the command line's fallback to recognition", () => {
  it("gives no record for a document that is not a form", () => {
    expect(recogniseForm([paragraph("会议通知"), paragraph("请准时参加。")])).toBeUndefined();
  });

  it("marks every field of --json output as recognised, with its place", () => {
    const doc = recogniseForm(form)!;
    const json = recognitionJson(doc);
    expect(json.source).toBe("recognised");
    expect(json.fields.topic).toEqual([
      { source: "recognised", label: "沟通主题", text: "项目研发阶段延期协调会", at: { block: 1, row: 0, cell: 1 }, where: { zh: "第1个表格第1行第2格", en: "table 1, row 1, cell 2" } },
    ]);
    expect(Object.keys(json.fields).sort()).toEqual(["date", "end", "start", "topic"]);
    expect(json.unmapped.map((u) => u.label)).toEqual(["会议编号"]);
    expect(json.unfilled.map((u) => u.path)).toEqual(["recorder"]);
    expect(json.notes.map((n) => n.path)).toEqual(["kind"]);
  });

  it("says in the notice that the record was recognised, and what was not", () => {
    const doc = recogniseForm(form)!;
    const zh = recognitionNotice("a.docx", doc, "zh");
    expect(zh).toContain("a.docx：没有 ccr 内容控件，已按“沟通协调记录表”的标签识别出记录（4 个字段有内容）");
    expect(zh).toContain("未填写：记录人");
    expect(zh).toContain("无法对应的标签：会议编号（第1个表格第2行第1格）");
    expect(zh).toContain("第1个表格第5行第2格");
    const en = recognitionNotice("a.docx", doc, "en");
    expect(en).toContain("recognised from the form's labels (4 fields filled)");
    expect(en).toContain("Label not mapped: 会议编号 (table 1, row 2, cell 1)");
  });

  it("explains a .docx that holds neither controls nor a form", () => {
    expect(notARecordError("x.docx").text.zh).toContain("x.docx:文档中没有 ccr 记录表");
    expect(notARecordError("x.docx").exitCode).toBe(2);
  });
});
