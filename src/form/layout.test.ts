// Cell text ⇄ record field: what people type in the form's cells is read back into the record.
import { describe, expect, it } from "vitest";
import { emptyAction, emptyRecord } from "../domain/record/record";
import type { CcrRecord } from "../domain/record/record";
import { CONFIRMATIONS_CELL, actionColumn, formField, isPlaceholderText, readDateText,
  sameCellText, splitLines, type FormField } from "./layout";

function parsedCell(field: FormField, text: string, start: Partial<CcrRecord> = {}): CcrRecord {
  const r = { ...emptyRecord(), ...start };
  field.parse(r, text);
  return r;
}

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
    const r = parsed("lead", "张伟 / A1023 / 138 0000 0000 / 技术部", { lead: { name: "x", staffNo: "", contact: "", dept: "", ...{ email: "z@x" } } });
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
    expect(parsedCell(CONFIRMATIONS_CELL, "李娜 / 已确认 / 2026-06-10\n王强 / 未确认").confirmations).toEqual([
      { name: "李娜", confirmed: true, date: "2026-06-10", remark: "" },
      { name: "王强", confirmed: false, date: "", remark: "" },
    ]);
  });

  it("read list cells one item per paragraph, ignoring empty paragraphs; a line break stays inside its item (#16.5)", () => {
    expect(parsed("consensus", "一\r\r二\v三\n").consensus).toEqual(["一", "二\n三"]);
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
    // The hints are written with full-width punctuation; forms written before still read as empty.
    expect(isPlaceholderText("不需要；或 需要 / 函件编号")).toBe(true);
    expect(isPlaceholderText("不需要;或 需要 / 函件编号")).toBe(true);
  });

  it("show dates as 年月日 and read them back as the same ISO date", () => {
    expect(readDateText("2026年6月9日")).toBe("2026-06-09");
    expect(readDateText("2026年6月10日前")).toBe("2026年6月10日前");
    expect(readDateText("下周五")).toBe("下周五");
  });

  it("compare cell text ignoring trailing empty paragraphs (#116) and line-break kinds", () => {
    expect(sameCellText("a\r\r", "a")).toBe(true);
    expect(sameCellText("a\vb", "a\nb")).toBe(true);
    expect(sameCellText("a", "b")).toBe(false);
    expect(splitLines(" x \r\n y ")).toEqual(["x", "y"]);
  });
});

describe("composite cells keep every value, whatever characters it holds (issue 16.4)", () => {
  const lead = { name: "张伟", staffNo: "A1023", contact: "010-8888 / 分机 1023", dept: "技术部/研发中心" };

  it("write the lead one labelled part per line and read it back exactly", () => {
    const r = { ...emptyRecord(), lead };
    const text = formField("lead")!.format(r, "zh");
    expect(text).toBe("姓名：张伟\n工号：A1023\n联系方式：010-8888 / 分机 1023\n部门：技术部/研发中心");
    expect(parsed("lead", text.replace("A1023", "A1024"), { lead }).lead).toEqual({ ...lead, staffNo: "A1024" });
    expect(parsed("lead", formField("lead")!.format(r, "en"), { lead: { name: "", staffNo: "", contact: "", dept: "" } }).lead).toEqual(lead);
  });

  it("read the earlier name / staff no. / contact / department cell so that the parts not changed keep their value", () => {
    const old = "张伟 / A1024 / 010-8888 / 分机 1023 / 技术部/研发中心";
    expect(parsed("lead", old, { lead }).lead).toEqual({ ...lead, staffNo: "A1024" });
  });

  it("read a lead typed by hand with the domain's reading", () => {
    expect(parsed("lead", "张伟,A1023,13800000000").lead).toMatchObject({ name: "张伟", staffNo: "A1023", contact: "13800000000" });
  });

  it("keep a participant's department with a slash and a title changed in Word", () => {
    const before = { name: "李娜", side: "internal" as const, dept: "技术部/研发中心", title: "主管" };
    const r = { ...emptyRecord(), participants: [before] };
    const text = formField("participants")!.format(r, "zh");
    expect(parsed("participants", text.replace("主管", "经理"), { participants: [before] }).participants).toEqual([{ ...before, title: "经理" }]);
  });

  it("keep unchanged participants whole when a line is added above them", () => {
    const people = [
      { name: "王强", side: "external" as const, unit: "某供应商 / 苏州", title: "销售经理", contact: "z@x" },
      { name: "李娜", side: "internal" as const, dept: "生产部", title: "" },
    ];
    const text = formField("participants")!.format({ ...emptyRecord(), participants: people }, "zh");
    expect(parsed("participants", `赵敏 / 财务部\n${text}`, { participants: people }).participants).toEqual([
      { name: "赵敏", side: "internal", dept: "财务部", title: "" },
      ...people,
    ]);
  });

  it("keep a confirmation's remark holding the separator", () => {
    const c = { name: "王强", confirmed: true, date: "2026-06-10", remark: "同意 / 附条件" };
    const text = CONFIRMATIONS_CELL.format({ ...emptyRecord(), confirmations: [c] }, "zh");
    expect(parsedCell(CONFIRMATIONS_CELL, text.replace("2026-06-10", "2026-06-11"), { confirmations: [c] }).confirmations).toEqual([{ ...c, date: "2026-06-11" }]);
  });
});

describe("list items stay whole (issue 16.5)", () => {
  it("write an item holding CR, LF or U+2028 as one paragraph and read it back as the stored item", () => {
    const items = ["第一条\r续行", "第二条\u2028续行", "第三条"];
    const r = { ...emptyRecord(), consensus: items };
    const text = formField("consensus")!.format(r, "zh");
    expect(text.split("\n")).toHaveLength(3);
    // Word gives paragraphs \r apart and manual line breaks as \v.
    const shown = text.replace(/\n/g, "\r");
    expect(parsed("consensus", shown, { consensus: items }).consensus).toEqual(items);
    expect(parsed("consensus", shown.replace("第三条", "第三条(改)"), { consensus: items }).consensus).toEqual([items[0], items[1], "第三条(改)"]);
  });

  it("keep an open issue's next step with its own line break", () => {
    const o = [{ text: "价格\n运费", nextStep: "6月15日前\n提出方案" }];
    const text = formField("openIssues")!.format({ ...emptyRecord(), openIssues: o }, "zh");
    expect(text.split("\n")).toHaveLength(1);
    expect(parsed("openIssues", text, { openIssues: [] }).openIssues).toEqual(o);
  });
});

describe("the time and cc cells use the domain's readings", () => {
  it("read 下午2点至3点半 with its times", () => {
    expect(parsed("time", "2026年6月8日 下午2点至3点半")).toMatchObject({ date: "2026-06-08", start: "14:00", end: "15:30" });
  });

  it("do not take an impossible date for a date", () => {
    expect(parsed("time", "2026.13.40").date).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(parsed("time", "2026-02-30 14:00").date).toBe("");
  });

  it("split cc on the separators the pane uses, never on a slash inside a name", () => {
    const a = emptyAction();
    actionColumn("cc")!.parse(a, "技术部/研发中心负责人、生产部负责人;财务部");
    expect(a.cc).toEqual(["技术部/研发中心负责人", "生产部负责人", "财务部"]);
    expect(actionColumn("cc")!.format(a, "zh")).toBe("技术部/研发中心负责人、生产部负责人、财务部");
  });
});
