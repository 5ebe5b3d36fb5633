import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withPreparation } from "../meeting/preparation";
import { parseRecord, type CcrRecord } from "../record/record";
import { crossesDepartments, feedbackPrompts, overdueReminder, ownerReminder, weeklyReport, weeklySections } from "./reminders";
import { addProgressNote, setActionStatus } from "./tracking";
import { EXAMPLES_DIR } from "../../../test/support/records";
import { parseIsoDate as isoDay } from "../calendar/iso-date";

const EXAMPLES = EXAMPLES_DIR;

function projectDelay(): CcrRecord {
  const result = parseRecord(readFileSync(join(EXAMPLES, "project-delay.json"), "utf8"));
  if (!result.ok) throw new Error("example");
  return result.record;
}

// project-delay: meeting 2026-06-08; 张伟 by 06-10, 李娜 by 06-12 17:00, 周强 by 06-19.

describe("owner reminder", () => {
  it("lists the owner's items with deadline, days left, deliverable and the cc rule (IM style)", () => {
    const text = ownerReminder(projectDelay(), "李娜", { today: isoDay("2026-06-10") });
    expect(text).not.toBeNull();
    const lines = text!.split("\n");
    expect(lines[0]).toBe("【待办提醒】项目研发阶段延期协调会 — 李娜");
    expect(lines[1]).toBe("@李娜 您好，2026年6月8日“项目研发阶段延期协调会”会议确定的以下待办事项尚未完成：");
    expect(text).toContain("1. 提交物料需求清单");
    expect(text).toContain("完成时限：2026年6月12日 17:00（剩余2个工作日）");
    expect(text).toContain("交付标准：输出物料需求清单(型号、数量、到货日期),抄送技术部负责人");
    expect(text).toContain("抄送：技术部负责人、生产部负责人（跨部门事项抄送双方部门负责人）");
    expect(text).not.toContain("提交调整后的研发计划");
  });

  it("asks for a reply today when an item is overdue, e-mail style with subject and signature", () => {
    const text = ownerReminder(projectDelay(), "张伟", { today: isoDay("2026-06-12"), style: "email" })!;
    expect(text.split("\n")[0]).toBe("主题：【待办提醒】项目研发阶段延期协调会 — 张伟");
    expect(text).toContain("张伟，您好：");
    expect(text).toContain("已逾期或尚未完成");
    expect(text).toContain("已逾期2个工作日");
    expect(text).toContain("请于今日内反馈当前进展及预计完成日期");
    expect(text.trimEnd().split("\n").slice(-2)).toEqual(["张伟", "2026年6月12日"]);
  });

  it("includes the latest progress note, in English too", () => {
    const r = addProgressNote(projectDelay(), 1, { date: isoDay("2026-06-10"), note: "已收集80%" });
    expect(ownerReminder(r, "李娜", { today: isoDay("2026-06-11") })).toContain("最新进展：2026年6月10日 已收集80%");
    const en = ownerReminder(r, "李娜", { today: isoDay("2026-06-11"), lang: "en" })!;
    expect(en).toContain("Deadline: 12 June 2026, 17:00 (1 working day left)");
    expect(en).toContain("Cc: 技术部负责人, 生产部负责人 (cross-department items are copied to both department heads)");
  });

  it("is null for an owner with nothing open", () => {
    expect(ownerReminder(setActionStatus(projectDelay(), 1, "done"), "李娜", { today: isoDay("2026-06-10") })).toBeNull();
    expect(ownerReminder(projectDelay(), "无此人", { today: isoDay("2026-06-10") })).toBeNull();
  });

  it("asks for the missing cc of a cross-department item", () => {
    const r = projectDelay();
    r.actions[2] = { ...r.actions[2], cc: [] };
    expect(crossesDepartments(r.actions[2], r)).toBe(true);
    expect(ownerReminder(r, "周强", { today: isoDay("2026-06-10") })).toContain("抄送：待补充（跨部门事项抄送双方部门负责人）");
  });
});

describe("overdue reminder", () => {
  it("lists every overdue item by owner and mentions the owners", () => {
    const text = overdueReminder(projectDelay(), { today: isoDay("2026-06-15") })!;
    expect(text.split("\n")[1]).toBe("@张伟 @李娜 2026年6月8日“项目研发阶段延期协调会”会议确定的以下 2 项待办事项已逾期：");
    expect(text.indexOf("张伟：")).toBeLessThan(text.indexOf("李娜："));
    expect(text).toContain("已逾期3个工作日");
    expect(text).not.toContain("更新上市推广计划");
  });
  it("is null when nothing is overdue", () => {
    expect(overdueReminder(projectDelay(), { today: isoDay("2026-06-09") })).toBeNull();
  });
});

describe("weekly report", () => {
  it("sorts items into done, in progress, overdue and not started with each one's latest note", () => {
    let r = projectDelay();
    r = setActionStatus(r, 0, "done");
    r = addProgressNote(r, 1, { date: isoDay("2026-06-12"), note: "已收集80%" });
    r = setActionStatus(r, 1, "doing");
    const sections = weeklySections(r, { today: isoDay("2026-06-15") });
    expect(sections.map((s) => [s.key, s.items.length])).toEqual([
      ["done", 1],
      ["doing", 0],
      ["overdue", 1],
      ["todo", 1],
    ]);
    const text = weeklyReport(r, { today: isoDay("2026-06-15") });
    expect(text).toContain("截至2026年6月15日，共 3 项待办：已完成 1、进行中 0、已逾期 1、未开始 1。");
    expect(text).toContain("已逾期（1 项）\n1. 提交物料需求清单——李娜 / 生产部，完成时限 2026年6月12日（已逾期1个工作日）；最新进展：2026年6月12日 已收集80%");
    expect(text).toContain("最新进展：暂无进展更新");
    expect(text).not.toContain("进行中(");
  });
});

describe("feedback prompts", () => {
  it("asks nothing while items are open", () => {
    expect(feedbackPrompts(projectDelay())).toEqual([]);
  });
  it("asks for 结果反馈 with the guide's sentence once all are done, and 经验总结 for a complex record", () => {
    let r = projectDelay();
    for (let i = 0; i < r.actions.length; i++) r = setActionStatus(r, i, "done");
    const prompts = feedbackPrompts(r);
    expect(prompts.map((p) => p.field)).toEqual(["resultFeedback", "lessons"]);
    expect(prompts[0].template.zh).toMatch(/^问题已解决，最终方案为……，感谢各部门配合。$/);
    const simple = withPreparation(r, { complexity: "simple", checklist: [] });
    expect(feedbackPrompts(simple).map((p) => p.field)).toEqual(["resultFeedback"]);
    expect(feedbackPrompts({ ...r, resultFeedback: "问题已解决", lessons: "提前预判关注点" })).toEqual([]);
  });
});
