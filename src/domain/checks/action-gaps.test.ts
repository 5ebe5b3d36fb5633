import { describe, expect, it } from "vitest";
import { emptyAction, emptyRecord, type CcrRecord } from "../record/record";
import type { Finding } from "./findings";
import { actionGaps, outstandingActions, outstandingSummary } from "./action-gaps";

const record: CcrRecord = {
  ...emptyRecord(),
  date: "2026-06-08",
  lead: { name: "张伟", staffNo: "", contact: "", dept: "技术部" },
  participants: [{ name: "李娜", side: "internal", dept: "生产部" }],
  actions: [
    { ...emptyAction(), task: "提交物料需求清单", owner: "李娜", deadline: "本周五", deliverable: "尽快落实" },
    { ...emptyAction(), task: "更新研发计划", owner: "相关部门", deadline: "尽快" },
    { ...emptyAction(), task: "完成测试", owner: "张伟", deadline: "2026-06-20", deliverable: "测试报告" },
  ],
};

const finding = (rule: Finding["rule"], path: string, severity: Finding["severity"] = "error"): Finding => ({
  rule,
  severity,
  path,
  message: { zh: `${rule} 的说明`, en: `about ${rule}` },
});

// What the validator reports for `record` (the rules of record-template §2 on these items).
const findings: Finding[] = [
  finding("required", "topic"),
  finding("deliverable.vague", "actions[0].deliverable", "warning"),
  finding("cc.cross-department", "actions[0].cc", "warning"),
  finding("owner.group", "actions[1].owner", "warning"),
  finding("required", "actions[1].deliverable"),
  finding("deadline.vague", "actions[1].deadline"),
];

describe("gaps of a captured 待办", () => {
  it("reports which of owner, deadline and deliverable is missing or vague, in field order", () => {
    const gaps = actionGaps(record, 1, findings);
    expect(gaps.map((g) => [g.field, g.state, g.rule])).toEqual([
      ["owner", "vague", "owner.group"],
      ["deadline", "vague", "deadline.vague"],
      ["deliverable", "missing", "required"],
    ]);
    expect(gaps[0].message).toEqual({ zh: "owner.group 的说明", en: "about owner.group" });
  });

  it("asks for the concrete form, using the item's own date and departments", () => {
    const [deliverable, cc] = actionGaps(record, 0, findings);
    expect(deliverable.field).toBe("deliverable");
    expect(deliverable.ask.zh).toBe("请明确交付标准，例如把“尽快落实”改为“6月12日前完成，输出书面报告抄送生产部负责人、技术部负责人”。");
    expect(cc.field).toBe("cc");
    expect(cc.ask.zh).toBe("跨部门事项请抄送双方负责人：生产部负责人、技术部负责人。");
    const [, deadline] = actionGaps(record, 1, findings);
    expect(deadline.ask.zh).toContain("2026年6月30日前"); // the domain's suggested concrete date
    expect(deadline.ask.en).toContain("by 30 June 2026");
  });

  it("reports nothing for a complete item or one that does not exist", () => {
    expect(actionGaps(record, 2, findings)).toEqual([]);
    expect(actionGaps(record, 7, findings)).toEqual([]);
  });

  it("lists every item still open for 结束会议", () => {
    const open = outstandingActions(record, findings);
    expect(open.map((a) => a.index)).toEqual([0, 1]);
    expect(outstandingSummary(open).map((s) => s.zh)).toEqual([
      "「提交物料需求清单」待明确：交付标准、抄送",
      "「更新研发计划」待明确：负责人、完成时限、交付标准",
    ]);
    expect(outstandingSummary(open)[1].en).toBe('"更新研发计划" still needs: owner, deadline, deliverable standard');
  });
});
