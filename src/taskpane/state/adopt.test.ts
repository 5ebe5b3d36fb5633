import { describe, expect, it } from "vitest";
import { table } from "../../domain/recognise/blocks";
import { recogniseRecord } from "../../domain/recognise/recognise";
import { translator } from "../i18n";
import { adoptNotice } from "./adopt";

const recognition = recogniseRecord([
  table([
    ["沟通主题", "周会"],
    ["沟通时间", "2026-06-08 14:00-15:00"],
    ["记录人", "(例:陈静)"],
    ["会议编号", "HY-1"],
  ]),
]);

describe("what the pane says after 转换为 ccr 记录", () => {
  it("counts the fields recognised, left unfilled and the labels not mapped", () => {
    const record = { ...recognition.record, id: "r1" };
    expect(adoptNotice({ kind: "adopted", record, recognition, wrapped: 2, libreOfficeRepairs: 0 }, translator("zh"))).toEqual({
      intent: "success",
      text: "已转换为 ccr 记录：识别出 4 项内容，1 项未填写，1 个标签无法对应。可按 Ctrl+Z 撤销。",
    });
  });

  it("says how many paragraphs of LibreOffice's repeated text were repaired, in zh and en", () => {
    const record = { ...recognition.record, id: "r1" };
    const result = { kind: "adopted" as const, record, recognition, wrapped: 2, libreOfficeRepairs: 3 };
    expect(adoptNotice(result, translator("zh")).text).toBe(
      "已转换为 ccr 记录：识别出 4 项内容，1 项未填写，1 个标签无法对应。此表曾由 LibreOffice 另存，已去掉 3 段被重复的文字（LibreOffice 7.4 的缺陷）。可按 Ctrl+Z 撤销。",
    );
    expect(adoptNotice(result, translator("en")).text).toBe(
      "Converted to a ccr record: 4 fields recognised, 1 not filled in, 1 labels not mapped. The form had been saved by LibreOffice: 3 paragraphs of repeated text were repaired (a LibreOffice 7.4 defect). Ctrl+Z undoes it.",
    );
  });

  it("explains why nothing was converted, in the pane's language", () => {
    expect(adoptNotice({ kind: "no-table" }, translator("en")).text).toBe("Put the cursor in the record form's table first, then convert.");
    expect(adoptNotice({ kind: "not-a-form", recognition }, translator("zh"))).toEqual({
      intent: "warning",
      text: "光标所在的表格不像沟通协调记录表（只认出 3 个标签），未做任何修改。",
    });
    expect(adoptNotice({ kind: "already", recordId: "r1" }, translator("zh")).intent).toBe("info");
  });
});
