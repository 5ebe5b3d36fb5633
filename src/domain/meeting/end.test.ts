import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLES_DIR, readRecord } from "../../../test/support/records";
import type { CcrRecord } from "../record/record";
import { validateRecord } from "../checks/validate";
import { actionGaps } from "../checks/action-gaps";
import { captureLine, updateAction } from "./capture";
import { closeMeeting } from "./end";
import { readMeeting } from "./state";
import { startRecordMeeting } from "./meeting";

const T0 = Date.UTC(2026, 5, 8, 6, 0); // 14:00 in China

function example(name: string): CcrRecord {
  return readRecord(join(EXAMPLES_DIR, name));
}

describe("a captured 待办 against the validator", () => {
  it("is marked while owner, deadline or deliverable is missing or vague, and clean once settled", () => {
    const base = startRecordMeeting({ ...example("project-delay.json"), actions: [] }, T0);
    let record = captureLine(base, "action", "落实物料准备", T0)!.record;
    expect(actionGaps(record, 0, validateRecord(record)).map((g) => [g.field, g.state])).toEqual([
      ["owner", "missing"],
      ["deadline", "missing"],
      ["deliverable", "missing"],
    ]);
    record = updateAction(record, 0, { owner: "相关部门", deadline: "尽快", deliverable: "尽快落实" });
    const vague = actionGaps(record, 0, validateRecord(record));
    expect(vague.map((g) => [g.field, g.state, g.rule])).toEqual([
      ["owner", "vague", "owner.group"],
      ["deadline", "vague", "deadline.vague"],
      ["deliverable", "vague", "deliverable.vague"],
    ]);
    // The check's own message, and the concrete form to ask for.
    expect(vague[1].message.zh).toContain("尽快");
    expect(vague[2].ask.zh).toContain("2026年6月30日前完成，输出书面报告抄送");
    record = updateAction(record, 0, { owner: "李娜", ownerDept: "生产部", deadline: "本周五", deliverable: "输出书面物料需求清单" });
    expect(actionGaps(record, 0, validateRecord(record)).map((g) => g.field)).toEqual(["cc"]);
    record = updateAction(record, 0, { cc: ["技术部负责人", "生产部负责人"] });
    expect(actionGaps(record, 0, validateRecord(record))).toEqual([]);
  });
});

describe("结束会议", () => {
  it("records the actual end time and lists what is still missing from the validator's findings", () => {
    const start = startRecordMeeting(example("resource-budget.json"), T0);
    const end = closeMeeting(start, T0 + 42 * 60_000);
    expect(readMeeting(end.record).actual?.end).toBe("14:42");
    expect([end.record.start, end.record.end]).toEqual([start.start, start.end]);
    expect(end.findings).toEqual(validateRecord(end.record));
    expect(end.outstanding.length).toBeGreaterThan(0);
    for (const item of end.outstanding) {
      for (const gap of item.gaps) {
        expect(end.findings.some((f) => f.path.startsWith(`actions[${item.index}]`) && f.rule === gap.rule)).toBe(true);
      }
    }
    const fields = end.outstanding.flatMap((a) => a.gaps.map((g) => g.field));
    expect(fields).toEqual(expect.arrayContaining(["owner", "deadline", "deliverable"]));
    expect(end.summary).toHaveLength(end.outstanding.length);
  });

  it("lists nothing for a record whose action items are complete", () => {
    const end = closeMeeting(startRecordMeeting(example("project-delay.json"), T0), T0 + 30 * 60_000);
    expect(end.outstanding).toEqual([]);
    expect(readMeeting(end.record).actual?.end).toBe("14:30");
  });
});

describe("结束会议 and 核心讨论点", () => {
  it("takes the agenda items (not the closing one) as 核心讨论点 when the record has none", async () => {
    const { agendaOf } = await import("./agenda");
    const record: CcrRecord = { ...example("project-delay.json"), discussionPoints: [] };
    const titles = agendaOf(record).items.filter((i) => !i.closing).map((i) => i.title);
    expect(titles.length).toBeGreaterThan(0);
    const end = closeMeeting(startRecordMeeting(record, T0), T0 + 30 * 60_000);
    expect(end.record.discussionPoints).toEqual(titles);
    expect(end.findings.some((f) => f.path === "discussionPoints")).toBe(false);
    // Points already written stay as they are.
    const own = closeMeeting(startRecordMeeting({ ...record, discussionPoints: ["延期具体时长"] }, T0), T0 + 30 * 60_000);
    expect(own.record.discussionPoints).toEqual(["延期具体时长"]);
  });
});
