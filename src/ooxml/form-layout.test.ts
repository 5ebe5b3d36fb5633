// Cell text ⇄ record field: what people type in the form's cells is read back into the record.
import { describe, expect, it } from "vitest";
import { emptyAction, emptyRecord } from "../domain/record/record";
import type { CcrRecord } from "../domain/record/record";
import { actionColumn, formField, isPlaceholderText, sameCellText, splitLines } from "./form-layout";

function parsed(path: string, text: string, start: Partial<CcrRecord> = {}): CcrRecord {
  const r = { ...emptyRecord(), ...start };
  formField(path)!.parse(r, text);
  return r;
}

describe("form cells", () => {
  it("read the time row in Chinese or ISO writing", () => {
    expect(parsed("time", "2026年6月8日 14:00 至 14:30")).toMatchObject({ date: "2026-06-08", start: "14:00", end: "14:30" });
    expect(parsed("time", "2026/6/8 9:05-10:00")).toMatchObject({ date: "2026-06-08", start: "09:05", end: "10:00" });
    expect(parsed("time", "下周一")).toMatchObject({ date: "下周一", start: "", end: "" });
  });

  it("write the time row and read it back unchanged in both languages", () => {
    const r = { ...emptyRecord(), date: "2026-06-08", start: "14:00", end: "14:30" };
    for (const lang of ["zh", "en"] as const) {
      expect(parsed("time", formField("time")!.format(r, lang))).toMatchObject({ date: r.date, start: r.start, end: r.end });
    }
  });

  it("read the lead as name / staff no. / contact / department, keeping other keys", () => {
    const r = parsed("lead", "张伟 / A1023 / 138 0000 0000 / 技术部", { lead: { name: "x", staffNo: "", contact: "", dept: "", email: "z@x" } });
    expect(r.lead).toEqual({ name: "张伟", staffNo: "A1023", contact: "138 0000 0000", dept: "技术部", email: "z@x" });
  });

  it("read participants one per line, [外部] marking external ones", () => {
    const r = parsed("participants", "李娜 / 生产部\n【外部】王强 / 某供应商 / 销售经理\n\n赵敏");
    expect(r.participants).toEqual([
      { name: "李娜", side: "internal", dept: "生产部", title: "" },
      { name: "王强", side: "external", unit: "某供应商", title: "销售经理" },
      { name: "赵敏", side: "internal", dept: "", title: "" },
    ]);
  });

  it("read the type in either language and leave it empty when unclear", () => {
    expect(parsed("kind", "外部沟通").kind).toBe("external");
    expect(parsed("kind", "Internal").kind).toBe("internal");
    expect(parsed("kind", "其他").kind).toBe("");
  });

  it("read open issues with their next step", () => {
    expect(parsed("openIssues", "试产批次数量 → 下一步:6月15日前由生产部提出方案\n价格").openIssues).toEqual([
      { text: "试产批次数量", nextStep: "6月15日前由生产部提出方案" },
      { text: "价格", nextStep: "" },
    ]);
  });

  it("read the formal letter as required or not, with its reference", () => {
    expect(parsed("formalLetter", "需要 / 函〔2026〕12号").formalLetter).toEqual({ required: true, ref: "函〔2026〕12号" });
    expect(parsed("formalLetter", "不需要").formalLetter).toEqual({ required: false, ref: "" });
    expect(parsed("formalLetter", "Required").formalLetter).toEqual({ required: true, ref: "" });
  });

  it("read confirmations per participant", () => {
    expect(parsed("confirmations", "李娜 / 已确认 / 2026-06-10\n王强 / 未确认").confirmations).toEqual([
      { name: "李娜", confirmed: true, date: "2026-06-10", remark: "" },
      { name: "王强", confirmed: false, date: "", remark: "" },
    ]);
  });

  it("read list cells one item per line, ignoring empty lines and Word's line breaks", () => {
    expect(parsed("consensus", "一\r\r二\v三\n").consensus).toEqual(["一", "二", "三"]);
  });

  it("read action cells: cc split on 、 and commas, status by label, unknown status kept", () => {
    const a = emptyAction();
    actionColumn("cc")!.parse(a, "技术部负责人、生产部负责人, 财务部");
    expect(a.cc).toEqual(["技术部负责人", "生产部负责人", "财务部"]);
    actionColumn("status")!.parse(a, "已完成");
    expect(a.status).toBe("done");
    actionColumn("status")!.parse(a, "差不多");
    expect(a.status).toBe("done");
  });

  it("take placeholder texts and Word's default placeholder as empty", () => {
    expect(isPlaceholderText("具体日期,如 2026年6月30日前")).toBe(true);
    expect(isPlaceholderText("单击或点击此处输入文字。")).toBe(true);
    expect(isPlaceholderText("2026年6月30日前")).toBe(false);
  });

  it("compare cell text ignoring trailing empty paragraphs (#116) and line-break kinds", () => {
    expect(sameCellText("a\r\r", "a")).toBe(true);
    expect(sameCellText("a\vb", "a\nb")).toBe(true);
    expect(sameCellText("a", "b")).toBe(false);
    expect(splitLines(" x \r\n y ")).toEqual(["x", "y"]);
  });
});
