import { describe, expect, it } from "vitest";
import { breakBeforeTimes, CELL_PADDING_TWIPS, columnWidths, keepDatesTogether, minimumTableWidth, textEm, type ColumnContent } from "./column-widths";

const EM = 210; // 五号
const twipsOf = (text: string) => Math.ceil(textEm(text) * EM) + CELL_PADDING_TWIPS;

function actionLike(overrides: Partial<Record<number, Partial<ColumnContent>>> = {}): ColumnContent[] {
  const base: ColumnContent[] = [
    { header: "序号", cells: ["1", "2", "10"], fit: "whole" },
    { header: "事项内容", cells: ["提交调整后的研发计划，并同步到全部相关部门的负责人", "提交物料需求清单"], fit: "fill" },
    { header: "负责人", cells: ["张伟", "李娜"], fit: "whole" },
    { header: "负责部门", cells: ["技术部", "生产部"], fit: "whole" },
    { header: "截止日期", cells: ["2026年6月19日 17:00", "2026年12月31日\n（原文：本月底前）"], fit: "dates" },
    { header: "交付标准", cells: ["输出书面研发计划（含里程碑），抄送生产部、市场部负责人", "清单"], fit: "fill" },
    { header: "抄送", cells: ["", ""], fit: "words" },
    { header: "状态", cells: ["未开始", "进行中"], fit: "whole" },
  ];
  return base.map((c, i) => ({ ...c, ...overrides[i] }));
}

describe("textEm", () => {
  it("counts CJK characters as one em, digits as about half, and the space renderers put between them", () => {
    expect(textEm("序号")).toBe(2);
    expect(textEm("17:00")).toBeCloseTo(2.75);
    expect(textEm("6月")).toBeCloseTo(0.55 + 0.25 + 1);
  });
});

describe("columnWidths", () => {
  it("adds up to the table width", () => {
    for (const total of [8306, 8844, 14798]) expect(columnWidths(actionLike(), total, EM).reduce((a, b) => a + b, 0)).toBe(total);
  });

  it("never gives a head less than its text, in portrait or landscape", () => {
    for (const total of [8844, 14798]) {
      const widths = columnWidths(actionLike(), total, EM);
      actionLike().forEach((c, i) => expect(widths[i], c.header).toBeGreaterThanOrEqual(twipsOf(c.header)));
    }
  });

  it("keeps a date with its time, names and the status on one line", () => {
    const widths = columnWidths(actionLike(), 14798, EM);
    expect(widths[4]).toBeGreaterThanOrEqual(twipsOf("2026年6月19日 17:00"));
    expect(widths[3]).toBeGreaterThanOrEqual(twipsOf("技术部"));
    expect(widths[7]).toBeGreaterThanOrEqual(twipsOf("未开始"));
  });

  it("gives a date with its time one line where the table has room for it", () => {
    const roomy = actionLike({ 1: { cells: ["提交计划"] }, 5: { cells: ["计划书"] } });
    const widths = columnWidths(roomy, 9242, 180); // A4 portrait in 小五
    expect(widths[4], String(widths)).toBeGreaterThanOrEqual(Math.ceil(textEm("2026年6月19日 17:00") * 180) + CELL_PADDING_TWIPS);
  });

  it("breaks a date column's line before its time where the column is narrower than the line", () => {
    const line = "2026年6月19日 17:00";
    const full = Math.ceil(textEm(line) * 1.1 * 180) + CELL_PADDING_TWIPS;
    expect(breakBeforeTimes(line, full, 180)).toBe(line);
    expect(breakBeforeTimes(line, full - 300, 180)).toBe("2026年6月19日\n17:00");
    expect(breakBeforeTimes("19\u00a0June\u00a02026 17:00", 400, 180)).toBe("19\u00a0June\u00a02026\n17:00");
    expect(breakBeforeTimes("2026年6月19日\n（原文：下周五）", 400, 180)).toBe("2026年6月19日\n（原文：下周五）");
  });

  it("lets a typed deadline note wrap but never inside its dates", () => {
    const dateOnly = actionLike({ 4: { cells: ["2026年6月19日"] } });
    const withNote = actionLike({ 4: { cells: ["2026年6月19日\n（原文：下周五下班前务必提交给项目办公室）"] } });
    const headOnly = actionLike({ 4: { cells: [] } });
    expect(minimumTableWidth(dateOnly, EM)).toBeGreaterThan(minimumTableWidth(headOnly, EM));
    expect(minimumTableWidth(withNote, EM)).toBe(minimumTableWidth(dateOnly, EM));
  });

  it("gives an empty 抄送 column only the width of its head and the rest to 事项内容 and 交付标准", () => {
    const widths = columnWidths(actionLike(), 14798, EM);
    expect(widths[6]).toBeLessThan(twipsOf("抄送") + EM);
    const rest = widths.filter((_, i) => i !== 1 && i !== 5).reduce((a, b) => a + b, 0);
    expect(widths[1] + widths[5]).toBeGreaterThan(rest);
    // 事项内容 holds more text per item than 交付标准 here.
    expect(widths[1]).toBeGreaterThan(widths[5]);
  });

  it("wraps an English head only between its words", () => {
    const columns = actionLike({ 5: { header: "Deliverable standard" }, 3: { header: "Department" } });
    const widths = columnWidths(columns, 14798, EM);
    expect(widths[3]).toBeGreaterThanOrEqual(twipsOf("Department"));
    expect(widths[5]).toBeGreaterThanOrEqual(twipsOf("Deliverable"));
  });

  it("shrinks the short columns, not the text columns, when the minimums do not fit", () => {
    const columns = actionLike();
    const narrow = minimumTableWidth(columns, EM) - 600;
    const widths = columnWidths(columns, narrow, EM);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(narrow);
    expect(widths[1]).toBeGreaterThanOrEqual(Math.ceil(4 * EM) + CELL_PADDING_TWIPS);
  });
});

describe("keepDatesTogether", () => {
  it("joins English dates with no-break spaces and ISO dates with no-break hyphens", () => {
    expect(keepDatesTogether("19 June 2026, 17:00")).toBe("19\u00a0June\u00a02026, 17:00");
    expect(keepDatesTogether("（原文：2026-06-19）")).toBe("（原文：2026\u20110619）".replace("0619", "06\u201119"));
    expect(keepDatesTogether("2026年6月19日")).toBe("2026年6月19日");
  });
});
