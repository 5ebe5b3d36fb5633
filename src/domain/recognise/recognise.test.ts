import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FORM_STYLES, renderForm } from "../../../test/fixtures/forms";
import { paragraph, table, type DocBlock } from "./blocks";
import { emptyRecord, fieldsOf, parseRecord, type CcrRecord } from "../record/record";
import { recogniseRecord } from "./recognise";
import { EXAMPLES_DIR } from "../../../test/support/records";

const EXAMPLES = EXAMPLES_DIR;

function example(name: string): CcrRecord {
  const parsed = parseRecord(readFileSync(join(EXAMPLES, name), "utf8"));
  if (!parsed.ok) throw new Error(name);
  return parsed.record;
}

/** A record with its keys in one order and empty optional participant keys dropped, for comparison. */
function comparable(record: CcrRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) out[key] = fieldsOf(record)[key];
  // The form lists internal participants before external ones.
  out.participants = record.participants
    .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== "")))
    .sort((a, b) => String(a.name).localeCompare(String(b.name)));
  return out;
}

describe("recognising the five example records written by hand in six styles", () => {
  const names = readdirSync(EXAMPLES).filter((n) => n.endsWith(".json"));
  it("has examples to read", () => expect(names.length).toBeGreaterThanOrEqual(5));
  for (const name of names) {
    for (const style of FORM_STYLES) {
      it(`${name} in the ${style} style gives back every field`, () => {
        const expected = example(name);
        const { record, report, isForm } = recogniseRecord(renderForm(expected, style));
        expect(isForm).toBe(true);
        expect(comparable(record)).toEqual(comparable(expected));
        expect(report.notes).toEqual([]);
        expect(report.unmapped).toEqual([]);
      });
    }
  }
});

describe("the guide's form as received, nothing filled in", () => {
  // §三 of guide.zh.md, cell for cell.
  const blank: DocBlock[] = [
    paragraph("沟通协调记录表"),
    table([
      ["基本信息", "内容"],
      ["沟通主题", "(例:项目研发阶段延期协调会)"],
      ["沟通时间", "年月日时分至时分"],
      ["沟通地点/方式", "(例:公司3号会议室/腾讯会议)"],
      ["沟通类型", "□内部沟通□外部沟通(外部单位:_________)"],
      ["主导人", "(姓名:*工号:_________联系方式:_________)"],
      ["参与人员", "(内部:(部门:______)、(部门:______);外部:(单位:______)、(职务:______))"],
      ["沟通内容摘要"],
      ["背景与事由", "(简述沟通起因,例:因技术难点攻克延迟,导致研发阶段原定6月10日完成,现需调整计划)"],
      ["核心讨论点", "(例:1.延期具体时"],
    ]),
  ];

  it("is a form whose fields are all unfilled and whose record stays empty", () => {
    const { record, report, isForm } = recogniseRecord(blank);
    expect(isForm).toBe(true);
    expect(report.fields).toEqual([]);
    expect(report.unfilled.map((u) => u.path).sort()).toEqual(
      ["background", "date", "discussionPoints", "kind", "lead.name", "participants", "place", "topic"].sort(),
    );
    expect(record).toEqual({ ...emptyRecord(), kind: "" });
  });

  it("keeps the brief's (简述…,例:…) hint out of the background", () => {
    const { report } = recogniseRecord(blank);
    expect(report.unfilled.find((u) => u.path === "background")?.source).toEqual({ block: 1, row: 8, cell: 1 });
  });
});

describe("the guide's layout filled by hand", () => {
  const form: DocBlock[] = [
    paragraph("沟通协调记录表"),
    table([
      ["基本信息", "内容"],
      ["沟通主题", "项目研发阶段延期协调会"],
      ["会议编号", "HY-2026-018"],
      ["沟通时间", "2026年6月8日 14:00至15:00"],
      ["沟通地点/方式", "公司3号会议室/腾讯会议"],
      ["沟通类型", "□内部沟通■外部沟通(外部单位:某供应商)"],
      ["主导人", "(姓名:张伟 工号:A1023 联系方式:13800001023)"],
      ["参与人员", "(内部:李娜(部门:生产部);外部:王强(单位:某供应商)、(职务:销售经理))"],
      ["记录人", "(例:陈静)"],
      ["沟通内容摘要"],
      ["背景与事由", "因技术难点攻克延迟,研发阶段原定6月10日完成,现需调整计划"],
      ["核心讨论点", "1.延期具体时长 2.生产部物料准备 3.对上市时间的影响"],
    ]),
    paragraph("待办事项"),
    table([
      ["事项", "责任人", "截止时间", "交付标准", "备注"],
      ["提交物料需求清单", "李娜", "6月12日17:00前", "输出物料需求清单", "需供应商报价"],
      ["(例:提交调整后的研发计划)", "", "", "", ""],
    ]),
  ];
  const { record, report } = recogniseRecord(form);

  it("reads every filled field", () => {
    expect(record.topic).toBe("项目研发阶段延期协调会");
    expect([record.date, record.start, record.end]).toEqual(["2026-06-08", "14:00", "15:00"]);
    expect(record.place).toBe("公司3号会议室/腾讯会议");
    expect(record.kind).toBe("external");
    expect(record.externalUnit).toBe("某供应商");
    expect(record.lead).toEqual({ name: "张伟", staffNo: "A1023", contact: "13800001023", dept: "" });
    expect(record.participants).toEqual([
      { name: "李娜", side: "internal", dept: "生产部" },
      { name: "王强", side: "external", unit: "某供应商", title: "销售经理" },
    ]);
    expect(record.background).toBe("因技术难点攻克延迟,研发阶段原定6月10日完成,现需调整计划");
    expect(record.discussionPoints).toEqual(["延期具体时长", "生产部物料准备", "对上市时间的影响"]);
  });

  it("reads the action table by its header and keeps the extra column under its header", () => {
    expect(record.actions).toEqual([
      {
        task: "提交物料需求清单",
        owner: "李娜",
        ownerDept: "",
        deadline: "6月12日17:00前",
        deliverable: "输出物料需求清单",
        cc: [],
        status: "todo",
        progress: [],
        备注: "需供应商报价",
      },
    ]);
    expect(report.unmapped).toContainEqual({ label: "备注", text: "", source: { block: 3, row: 0, cell: 4 }, keptAs: "备注" });
  });

  it("reports the example text left in 记录人 as unfilled, not as a value", () => {
    expect(record.recorder).toBe("");
    expect(report.unfilled).toContainEqual({ path: "recorder", label: "记录人", text: "(例:陈静)", source: { block: 1, row: 8, cell: 1 } });
  });

  it("reports the label it does not know with its value", () => {
    expect(report.unmapped).toContainEqual({ label: "会议编号", text: "HY-2026-018", source: { block: 1, row: 2, cell: 0 } });
  });

  it("says where each value came from", () => {
    const at = (path: string) => report.fields.filter((f) => f.path === path).map((f) => f.source);
    expect(at("topic")).toEqual([{ block: 1, row: 1, cell: 1 }]);
    expect(at("start")).toEqual([{ block: 1, row: 3, cell: 1 }]);
    expect(at("actions[0].owner")).toEqual([{ block: 3, row: 1, cell: 1 }]);
    expect(report.fields.find((f) => f.path === "kind")?.label).toBe("沟通类型");
  });
});

describe("沟通类型 with the boxes people use", () => {
  const kindOf = (value: string) => {
    const { record, report } = recogniseRecord([table([["沟通主题", "周会"], ["沟通类型", value], ["记录人", "高原"]])]);
    return { kind: record.kind, unit: record.externalUnit, notes: report.notes.length, unfilled: report.unfilled.map((u) => u.path) };
  };

  it.each([
    ["☑内部沟通□外部沟通", "internal"],
    ["□内部沟通 ☑外部沟通", "external"],
    ["■内部沟通 □外部沟通", "internal"],
    ["□内部沟通 ■外部沟通(外部单位:甲公司)", "external"],
    ["√内部沟通 □外部沟通", "internal"],
    ["□ 内部沟通  √ 外部沟通", "external"],
    ["内部沟通√ 外部沟通", "internal"],
    ["[x] 内部沟通 [ ] 外部沟通", "internal"],
    ["☐ 内部沟通 ☒ 外部沟通", "external"],
    ["内部沟通", "internal"],
    ["外部沟通(外部单位:甲公司)", "external"],
  ])("%s → %s", (value, kind) => {
    expect(kindOf(value).kind).toBe(kind);
    expect(kindOf(value).notes).toBe(0);
  });

  it("takes the external unit written in the boxes' line", () => {
    expect(kindOf("□内部沟通 ■外部沟通(外部单位:甲公司)").unit).toBe("甲公司");
    expect(kindOf("□内部沟通 ■外部沟通(外部单位:____)").unit).toBe("");
  });

  it("leaves the kind empty when no box is ticked, and says so", () => {
    expect(kindOf("□内部沟通□外部沟通")).toMatchObject({ kind: "", unfilled: ["kind"] });
  });

  it("does not choose when both boxes are ticked", () => {
    expect(kindOf("☑内部沟通 ☑外部沟通")).toMatchObject({ kind: "", notes: 1 });
  });
});

describe("沟通时间 as people type it", () => {
  const timeOf = (value: string) => {
    const { record, report } = recogniseRecord([table([["沟通主题", "周会"], ["沟通时间", value], ["记录人", "高原"]])]);
    return { date: record.date, start: record.start, end: record.end, notes: report.notes.map((n) => n.path) };
  };

  it.each([
    ["2026年6月8日 14:00至15:00", "2026-06-08", "14:00", "15:00"],
    ["2026年6月8日14:00-15:30", "2026-06-08", "14:00", "15:30"],
    ["2026-06-08 09:30~11:00", "2026-06-08", "09:30", "11:00"],
    ["2026/6/8 9:30—11:00", "2026-06-08", "09:30", "11:00"],
    ["2026.6.8 14:00 到 15:00", "2026-06-08", "14:00", "15:00"],
    ["2026年6月8日下午2点至3点半", "2026-06-08", "14:00", "15:30"],
    ["2026年6月8日 14时00分至15时00分", "2026-06-08", "14:00", "15:00"],
    ["２０２６年６月８日 １４:００至１５:００", "2026-06-08", "14:00", "15:00"],
    ["June 8, 2026 2:00 pm to 3:30 pm", "2026-06-08", "14:00", "15:30"],
    ["8 June 2026, 14:00–15:00", "2026-06-08", "14:00", "15:00"],
    ["2026年6月8日", "2026-06-08", "", ""],
  ])("%s", (value, date, start, end) => {
    expect(timeOf(value)).toEqual({ date, start, end, notes: [] });
  });

  it("does not guess the year of 6月8日, and says so", () => {
    expect(timeOf("6月8日 14:00至15:00")).toEqual({ date: "", start: "14:00", end: "15:00", notes: ["date"] });
  });

  it("reads separate date, start and end rows", () => {
    const { record } = recogniseRecord([table([["沟通日期", "2026-06-08"], ["开始时间", "14:00"], ["结束时间", "15:00"], ["沟通主题", "周会"]])]);
    expect([record.date, record.start, record.end]).toEqual(["2026-06-08", "14:00", "15:00"]);
  });
});

describe("English labels and values", () => {
  const form: DocBlock[] = [
    paragraph("Meeting record"),
    table([
      ["Subject:", "Supplier delivery review"],
      ["Date and time:", "June 8, 2026 2:00 pm to 3:30 pm"],
      ["Location:", "Room 3"],
      ["Type:", "☐ Internal ☑ External"],
      ["External unit:", "ACME Ltd"],
      ["Lead:", "Name: Zhang Wei; Staff no.: A1023; Contact: zhang.wei@example.com"],
      ["Attendees:", "Internal: Li Na (Production); External: Wang Qiang (ACME Ltd, Sales Manager)"],
      ["Background:", "Orders rose by 30%."],
      ["Key discussion points:", "1. Lead time 2. Inspection"],
      ["Agreed points:", "Lead time is 21 days after the order"],
      ["Meeting code:", "Q3-7"],
    ]),
    table([
      ["Owner", "Item", "Due date", "Deliverable", "Status", "Remarks"],
      ["Wang Qiang", "Send the stamped delivery plan", "2026-07-08", "Stamped scan of the plan", "In progress", "urgent"],
    ]),
  ];
  const { record, report } = recogniseRecord(form);

  it("reads the basic information", () => {
    expect(record.topic).toBe("Supplier delivery review");
    expect([record.date, record.start, record.end]).toEqual(["2026-06-08", "14:00", "15:30"]);
    expect(record.place).toBe("Room 3");
    expect(record.kind).toBe("external");
    expect(record.externalUnit).toBe("ACME Ltd");
    expect(record.lead).toEqual({ name: "Zhang Wei", staffNo: "A1023", contact: "zhang.wei@example.com", dept: "" });
    expect(record.participants).toEqual([
      { name: "Li Na", side: "internal", dept: "Production" },
      { name: "Wang Qiang", side: "external", unit: "ACME Ltd", title: "Sales Manager" },
    ]);
    expect(record.background).toBe("Orders rose by 30%.");
    expect(record.discussionPoints).toEqual(["Lead time", "Inspection"]);
    expect(record.consensus).toEqual(["Lead time is 21 days after the order"]);
  });

  it("reads action columns in any order and keeps the extra one", () => {
    expect(record.actions).toEqual([
      {
        task: "Send the stamped delivery plan",
        owner: "Wang Qiang",
        ownerDept: "",
        deadline: "2026-07-08",
        deliverable: "Stamped scan of the plan",
        cc: [],
        status: "doing",
        progress: [],
        Remarks: "urgent",
      },
    ]);
  });

  it("reports the labels it cannot map", () => {
    expect(report.unmapped.map((u) => u.label)).toEqual(["Meeting code", "Remarks"]);
  });
});

describe("other shapes of forms", () => {
  it("reads a participants table by its header row", () => {
    const { record } = recogniseRecord([
      table([["沟通主题", "对接会"], ["沟通类型", "☑外部沟通"]]),
      table([
        ["姓名", "内部/外部", "部门/单位", "职务"],
        ["李娜", "内部", "生产部", "主管"],
        ["王强", "外部", "某供应商", "销售经理"],
      ]),
    ]);
    expect(record.participants).toEqual([
      { name: "李娜", side: "internal", dept: "生产部", title: "主管" },
      { name: "王强", side: "external", unit: "某供应商", title: "销售经理" },
    ]);
  });

  it("reads a label on its own row with its value in the row below", () => {
    const { record } = recogniseRecord([
      table([["沟通主题", "评审会"], ["背景与事由"], ["客户要求提前交付"], ["达成共识"], ["1.提前一周"], ["2.增加人手"]]),
    ]);
    expect(record.background).toBe("客户要求提前交付");
    expect(record.consensus).toEqual(["提前一周", "增加人手"]);
  });

  it("reads two label/value pairs in one cell of a paragraph line", () => {
    const { record } = recogniseRecord([paragraph("沟通主题:评审会"), paragraph("沟通时间:2026-06-08 14:00-15:00 沟通地点:3号会议室"), paragraph("记录人:陈静")]);
    expect([record.date, record.place, record.recorder]).toEqual(["2026-06-08", "3号会议室", "陈静"]);
  });

  it("does not take an unrelated document for a form", () => {
    const { isForm, record } = recogniseRecord([
      paragraph("关于召开2026年安全生产工作会议的通知"),
      paragraph("各部门:定于6月8日召开会议,请准时参加。"),
      table([["序号", "部门", "人数"], ["1", "生产部", "5"]]),
    ]);
    expect(isForm).toBe(false);
    expect(record.topic).toBe("");
  });

  it("reads numbered items separated by semicolons and a next step after a dash", () => {
    const { record } = recogniseRecord([
      table([
        ["沟通主题", "评审会"],
        ["达成共识", "1、研发阶段完成时间调整为6月24日;2、上市时间顺延一周"],
        ["待明确分歧", "试产批次数量——下一步:6月15日前由生产部提出方案"],
      ]),
    ]);
    expect(record.consensus).toEqual(["研发阶段完成时间调整为6月24日", "上市时间顺延一周"]);
    expect(record.openIssues).toEqual([{ text: "试产批次数量", nextStep: "6月15日前由生产部提出方案" }]);
  });

  it("reads lead parts given in rows of their own", () => {
    const { record } = recogniseRecord([table([["沟通主题", "周会"], ["主导人", "张伟"], ["工号", "A1023"], ["联系电话", "138-0000-1023"]])]);
    expect(record.lead).toEqual({ name: "张伟", staffNo: "A1023", contact: "138-0000-1023", dept: "" });
  });

  it("reads the lead written without sub-labels", () => {
    const { record } = recogniseRecord([table([["沟通主题", "周会"], ["主导人", "张伟 技术部 A1023 13800001023"]])]);
    expect(record.lead).toEqual({ name: "张伟", staffNo: "A1023", contact: "13800001023", dept: "技术部" });
  });
});

describe("recognition never throws", () => {
  it("reads any blocks, however odd, into a record", async () => {
    const fc = await import("fast-check");
    const text = fc.string({ unit: fc.constantFrom("沟", "通", "主", "题", ":", ":", "(", "例", ")", "1", ".", "\n", " ", "☑", "□", "年", "月", "日", "a", "_", "内部", "外部", "负责人", "事项") });
    const cell = fc.record({ text, gridSpan: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }), vMerge: fc.option(fc.constantFrom("restart" as const, "continue" as const), { nil: undefined }) });
    const block = fc.oneof(
      text.map((t) => paragraph(t)),
      fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }).map((rows) => table(rows)),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (blocks) => {
        const { record, report } = recogniseRecord(blocks);
        expect(record.schema).toBe("ccr/1");
        expect(Array.isArray(report.fields)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("ccr's own form read back by its labels (after LibreOffice dropped the content controls)", () => {
  const form = [
    table([
      ["沟通主题", "供应商交付协调会"],
      ["参与人员", "[外部] 王强 / 苏州某精密部件有限公司 / 销售经理\n孙婷 / 质量部"],
      ["待明确分歧", "预付款比例 → 7月9日前由财务部答复"],
    ]),
    table([
      ["序号", "事项内容", "负责人", "责任部门", "完成时限", "交付标准", "抄送", "状态"],
      ["1", "", "", "", "", "", "", "未开始"],
    ]),
  ];
  const { record } = recogniseRecord(form);

  it("keeps a row whose only content is a status other than the default (已完成): someone wrote it", () => {
    const done = recogniseRecord([form[0], table([["序号", "事项内容", "负责人", "完成时限", "状态"], ["1", "", "", "", "已完成"]])]);
    expect(done.record.actions.map((a) => a.status)).toEqual(["done"]);
  });

  it("reads [外部] people lines, '→' next steps, and an empty row showing only 未开始 as no item", () => {
    expect(record.participants).toEqual([
      { name: "王强", side: "external", unit: "苏州某精密部件有限公司", title: "销售经理" },
      { name: "孙婷", side: "internal", dept: "质量部" },
    ]);
    expect(record.openIssues).toEqual([{ text: "预付款比例", nextStep: "7月9日前由财务部答复" }]);
    expect(record.actions).toEqual([]);
  });

  it("reads the English form's [external] lines", () => {
    const en = recogniseRecord([table([["Topic", "Delivery"], ["Participants", "[external] Wang Qiang / Suzhou Parts Co. / Sales manager\nSun Ting / Quality"], ["Recorder", "Zhao Min"]])]);
    expect(en.record.participants).toEqual([
      { name: "Wang Qiang", side: "external", unit: "Suzhou Parts Co.", title: "Sales manager" },
      { name: "Sun Ting", side: "internal", dept: "Quality" },
    ]);
  });
});
