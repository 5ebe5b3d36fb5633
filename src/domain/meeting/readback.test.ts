import { describe, expect, it } from "vitest";
import { emptyAction, emptyRecord, type ActionItem, type CcrRecord } from "../record/record";
import { captureLine } from "./capture";
import { readMeeting } from "./state";
import {
  actionReadBack,
  actionReadBackOn,
  captureReadBack,
  commitmentReadBack,
  markActionReadBack,
  markCaptureReadBack,
} from "./readback";
import { parseIsoDate as isoDay } from "../calendar/iso-date";

// The meeting is on Monday 2026-06-08.
const internal: CcrRecord = { ...emptyRecord(), date: isoDay("2026-06-08"), kind: "internal" };
const external: CcrRecord = {
  ...emptyRecord(),
  date: isoDay("2026-06-08"),
  kind: "external",
  externalUnit: "某供应商",
  participants: [
    { name: "李娜", side: "internal", dept: "生产部" },
    { name: "王强", side: "external", unit: "某供应商", title: "销售经理" },
  ],
};

const act = (fields: Partial<ActionItem>): ActionItem => ({ ...emptyAction(), task: "提供物料需求清单", ...fields });

describe("read-back of an action item (复述确认)", () => {
  it("reads back the guide's example with the calendar date of 本周五", () => {
    const r = actionReadBack(internal, act({ deadline: "本周五" }));
    expect(r.text.zh).toBe("您的意思是，需要我们在本周五（6月12日）前提供物料需求清单，对吗？");
    expect(r.complete).toBe(false); // no owner yet
  });

  it("names the owner in an internal meeting", () => {
    const r = actionReadBack(internal, act({ owner: "李娜", deadline: "本周五前" }));
    expect(r.text.zh).toBe("您的意思是，需要李娜在本周五（6月12日）前提供物料需求清单，对吗？");
    expect(r.text.en).toBe("Just to confirm: 李娜 will 提供物料需求清单 by Friday, 12 June, is that right?");
    expect(r.complete).toBe(true);
  });

  it("says 我们 for our owner and 贵方 with the habitual address for theirs in an external meeting", () => {
    const ours = actionReadBack(external, act({ owner: "李娜", deadline: "本周五" }));
    expect(ours.text.zh).toBe("您的意思是，需要我们在本周五（6月12日）前提供物料需求清单，由李娜负责，对吗？");
    expect(ours.text.en).toBe("Just to confirm: you need us to 提供物料需求清单 by Friday, 12 June, with 李娜 responsible, is that right?");
    const theirs = actionReadBack(external, act({ task: "确认交付周期", owner: "王强", deadline: "下周三" }));
    expect(theirs.text.zh).toBe("您的意思是，需要贵方在下周三（6月17日）前确认交付周期，由王经理负责，对吗？");
  });

  it("adds the deliverable standard", () => {
    const r = actionReadBack(internal, act({ owner: "李娜", deadline: isoDay("2026-06-12"), deliverable: "输出书面清单,抄送技术部负责人" }));
    expect(r.text.zh).toBe("您的意思是，需要李娜在6月12日（周五）前提供物料需求清单，交付标准：输出书面清单,抄送技术部负责人，对吗？");
    expect(r.text.en).toContain(", deliverable: 输出书面清单,抄送技术部负责人, is that right?");
  });

  const forms: Array<[string, string, string]> = [
    // deadline as typed, the part of the Chinese sentence, the English date
    [isoDay("2026-06-12"), "在6月12日（周五）前", "by Friday, 12 June"],
    ["2026/6/12", "在6月12日（周五）前", "by Friday, 12 June"],
    ["2026.6.12", "在6月12日（周五）前", "by Friday, 12 June"],
    ["2026年6月12日", "在6月12日（周五）前", "by Friday, 12 June"],
    ["2026年6月12日之前", "在6月12日（周五）前", "by Friday, 12 June"],
    ["2026年6月12日 17:00前", "在6月12日（周五）17:00前", "by Friday, 12 June, 17:00"],
    ["2026年6月12日下午5点", "在6月12日（周五）17:00前", "by Friday, 12 June, 17:00"],
    ["6月12日前", "在6月12日（周五）前", "by Friday, 12 June"],
    ["6月12日17:00前", "在6月12日（周五）17:00前", "by Friday, 12 June, 17:00"],
    ["6月底", "在6月30日（周二）前", "by Tuesday, 30 June"],
    ["月底", "在月底（6月30日）前", "by Tuesday, 30 June"],
    ["本月底前", "在本月底（6月30日）前", "by Tuesday, 30 June"],
    ["本周五", "在本周五（6月12日）前", "by Friday, 12 June"],
    ["下周三", "在下周三（6月17日）前", "by Wednesday, 17 June"],
    ["本周五下午5点", "在本周五下午5点（6月12日 17:00）前", "by Friday, 12 June, 17:00"],
    ["3个工作日内", "在3个工作日内（6月11日前）", "by Thursday, 11 June"],
    ["十个工作日内", "在十个工作日内（6月23日前）", "by Tuesday, 23 June"], // 6月19–21日 端午 holiday
    ["10天内", "在10天内（6月18日前）", "by Thursday, 18 June"],
    ["两周内", "在两周内（6月22日前）", "by Monday, 22 June"],
    ["2027年1月5日", "在2027年1月5日（周二）前", "by Tuesday, 5 January 2027"],
    ["5月20日前", "在5月20日（周三）前", "by Wednesday, 20 May"], // the meeting's year (deadline.before-meeting reports it)
  ];
  for (const [typed, zh, en] of forms) {
    it(`resolves "${typed}" to the calendar date`, () => {
      const r = actionReadBack(internal, act({ owner: "李娜", deadline: typed }));
      expect(r.deadline.kind).toBe("resolved");
      expect(r.text.zh).toBe(`您的意思是，需要李娜${zh}提供物料需求清单，对吗？`);
      expect(r.text.en).toBe(`Just to confirm: 李娜 will 提供物料需求清单 ${en}, is that right?`);
    });
  }

  for (const typed of ["尽快", "", "待定", "2026-02-30"]) {
    it(`asks for the date when the deadline is "${typed}"`, () => {
      const r = actionReadBack(internal, act({ owner: "李娜", deadline: typed }));
      expect(r.complete).toBe(false);
      expect(r.text.zh).toBe("您的意思是，需要李娜提供物料需求清单——请问具体在哪一天前完成？");
      expect(r.text.en).toBe("Just to confirm: 李娜 will 提供物料需求清单 — by which date exactly?");
    });
  }
});

describe("read-back of a commitment", () => {
  it("gives the calendar date of a relative date in the line", () => {
    const r = commitmentReadBack(internal, "我方承诺3个工作日内提供测试报告。");
    expect(r.text.zh).toBe("我们确认一下：我方承诺3个工作日内提供测试报告，也就是6月11日（周四），对吗？");
    expect(r.text.en).toBe("To confirm: we commit to 3个工作日内提供测试报告 (that is Thursday, 11 June), is that right?");
  });

  it("reads a line without a date as it is", () => {
    expect(commitmentReadBack(internal, "增加两名工程师支援攻关").text.zh).toBe("我们确认一下：我方承诺增加两名工程师支援攻关，对吗？");
  });
});

describe("marking 已复述确认", () => {
  it("records readBackOn on the action without changing the record given", () => {
    const record = { ...internal, actions: [act({ owner: "李娜", deadline: "本周五" })] };
    const marked = markActionReadBack(record, 0, isoDay("2026-06-08"));
    expect(marked.actions[0].readBackOn).toBe(isoDay("2026-06-08"));
    expect(actionReadBackOn(marked.actions[0])).toBe(isoDay("2026-06-08"));
    expect(actionReadBackOn(record.actions[0])).toBe("");
    expect(markActionReadBack(record, 3, isoDay("2026-06-08"))).toBe(record);
    expect(JSON.parse(JSON.stringify(marked)).actions[0].readBackOn).toBe(isoDay("2026-06-08"));
  });

  it("records a commitment's read-back on its capture", () => {
    const t = Date.UTC(2026, 5, 8, 6, 5);
    const { record, capture } = captureLine(internal, "response", "我方承诺本周五前提供样品", t)!;
    expect(captureReadBack(record, capture, 0)?.text.zh).toBe("我们确认一下：我方承诺本周五前提供样品，也就是6月12日（周五），对吗？");
    const marked = markCaptureReadBack(record, capture, isoDay("2026-06-08"));
    expect(readMeeting(marked).captures[0].readBackOn).toBe(isoDay("2026-06-08"));
    expect(readMeeting(record).captures[0].readBackOn).toBeUndefined();
  });

  it("offers no read-back for other capture types", () => {
    const { record, capture } = captureLine(internal, "demand", "希望提前交付", 0)!;
    expect(captureReadBack(record, capture, 0)).toBeNull();
  });
});
