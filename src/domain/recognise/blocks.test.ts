import { describe, expect, it } from "vitest";
import { describeSource, paragraph, table } from "./blocks";

describe("block model", () => {
  it("builds tables from plain texts and keeps given cells as they are", () => {
    const t = table([["沟通主题", { text: "协调会", gridSpan: 3 }]]);
    expect(t.rows[0].cells).toEqual([{ text: "沟通主题" }, { text: "协调会", gridSpan: 3 }]);
  });

  it("names a source by the ordinal of its kind, 1-based, in both languages", () => {
    const blocks = [paragraph("标题"), table([["a"]]), paragraph("x"), table([["b", "c"], ["d", "e"]])];
    expect(describeSource({ block: 3, row: 1, cell: 0 }, blocks)).toEqual({ zh: "第2个表格第2行第1格", en: "table 2, row 2, cell 1" });
    expect(describeSource({ block: 2, line: 0 }, blocks)).toEqual({ zh: "第2段第1行文字", en: "paragraph 2, line 1" });
  });
});
