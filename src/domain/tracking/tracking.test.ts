import { describe, expect, it } from "vitest";
import { emptyAction, emptyRecord, type ActionItem, type CcrRecord } from "../record/record";
import {
  addProgressNote,
  allActionsDone,
  daysLeftText,
  filterActions,
  groupActions,
  latestNote,
  needsProgressUpdate,
  ownersAndDepartments,
  setActionStatus,
  sortForAttention,
  trackAction,
  trackActions,
} from "./tracking";
import { changedPaths } from "../record/record-path";
import { parseIsoDate as isoDay } from "../calendar/iso-date";

function action(task: string, deadline: string, extra: Partial<ActionItem> = {}): ActionItem {
  return { ...emptyAction(), task, owner: "李娜", ownerDept: "生产部", deadline, deliverable: "输出清单", ...extra };
}

function record(actions: ActionItem[], date = isoDay("2026-04-28")): CcrRecord {
  return { ...emptyRecord(), topic: "五一前物料协调会", date, actions };
}

describe("status and 已逾期", () => {
  it("is overdue the day after the deadline, not on it", () => {
    const r = record([action("清单", isoDay("2026-05-06"))]);
    expect(trackAction(r, 0, { today: isoDay("2026-05-06") }).state).toBe("todo");
    expect(trackAction(r, 0, { today: isoDay("2026-05-07") }).state).toBe("overdue");
    expect(trackAction(setActionStatus(r, 0, "done"), 0, { today: isoDay("2026-05-07") }).state).toBe("done");
    expect(trackAction(setActionStatus(r, 0, "doing"), 0, { today: isoDay("2026-05-07") }).state).toBe("overdue");
  });

  it("counts working days across the 劳动节 holiday block (05-01…05-05)", () => {
    const r = record([action("清单", isoDay("2026-05-06"))]);
    const t = trackAction(r, 0, { today: isoDay("2026-04-30") });
    expect(t).toMatchObject({ due: isoDay("2026-05-06"), daysLeft: 1, unit: "workdays", dueSoon: true });
    expect(daysLeftText(t, "zh")).toBe("剩余1个工作日");
    const calendar = trackAction(r, 0, { today: isoDay("2026-04-30"), unit: "days" });
    expect(calendar).toMatchObject({ daysLeft: 6, unit: "days" });
    expect(daysLeftText(calendar, "zh")).toBe("剩余6天（自然日）");
    expect(daysLeftText(calendar, "en")).toBe("6 calendar days left");
  });

  it("counts overdue working days, skipping the weekend", () => {
    const r = record([action("清单", isoDay("2026-06-12"))], isoDay("2026-06-08"));
    const t = trackAction(r, 0, { today: isoDay("2026-06-16") });
    expect(t).toMatchObject({ state: "overdue", daysLeft: -2, unit: "workdays" });
    expect(daysLeftText(t, "zh")).toBe("已逾期2个工作日");
    expect(daysLeftText(t, "en")).toBe("2 working days overdue");
  });

  it("names calendar days when a deadline on a holiday passed with no working day since", () => {
    const r = record([action("清单", isoDay("2026-05-02"))]);
    const t = trackAction(r, 0, { today: isoDay("2026-05-04") });
    expect(t).toMatchObject({ state: "overdue", daysLeft: -2, unit: "days" });
    expect(daysLeftText(t, "zh")).toBe("已逾期2天（自然日）");
  });

  it("says due today on the deadline", () => {
    const t = trackAction(record([action("清单", "2026年6月12日17:00前")], isoDay("2026-06-08")), 0, { today: isoDay("2026-06-12") });
    expect(t).toMatchObject({ due: isoDay("2026-06-12"), dueTime: "17:00", daysLeft: 0, dueSoon: true });
    expect(daysLeftText(t, "zh")).toBe("今天到期");
  });

  it("resolves deadlines as typed through the meeting date", () => {
    const t = trackAction(record([action("清单", "6月12日前")], isoDay("2026-06-08")), 0, { today: isoDay("2026-06-09") });
    expect(t.due).toBe(isoDay("2026-06-12"));
  });

  it("leaves vague deadlines without a date and never overdue", () => {
    const t = trackAction(record([action("清单", "尽快")]), 0, { today: isoDay("2027-01-01") });
    expect(t).toMatchObject({ due: null, daysLeft: null, state: "todo", dueSoon: false });
    expect(daysLeftText(t, "zh")).toBe("期限未明确");
  });
});

describe("due within 3 working days", () => {
  const r = record(
    [action("a", isoDay("2026-06-17")), action("b", isoDay("2026-06-18")), action("c", isoDay("2026-06-22"))],
    isoDay("2026-06-08"),
  );
  it("counts Monday to Wednesday from a Friday", () => {
    const soon = trackActions(r, { today: isoDay("2026-06-12") }).map((t) => t.dueSoon);
    expect(soon).toEqual([true, false, false]);
  });
  it("skips the 端午 holiday (06-19…06-21)", () => {
    const t = trackAction(r, 2, { today: isoDay("2026-06-18") });
    expect(t).toMatchObject({ daysLeft: 1, dueSoon: true });
  });
  it("counts the working days before a deadline on a holiday (端午 06-19)", () => {
    const holiday = record([action("d", isoDay("2026-06-19"))], isoDay("2026-06-08"));
    expect(trackAction(holiday, 0, { today: isoDay("2026-06-15") })).toMatchObject({ daysLeft: 3, dueSoon: true });
    expect(trackAction(holiday, 0, { today: isoDay("2026-06-12") })).toMatchObject({ daysLeft: 4, dueSoon: false });
  });
  it("does not flag done items", () => {
    expect(trackAction(setActionStatus(r, 0, "done"), 0, { today: isoDay("2026-06-16") }).dueSoon).toBe(false);
  });
});

describe("order, groups and filters", () => {
  const r = record(
    [
      action("later", isoDay("2026-06-30"), { owner: "张伟", ownerDept: "技术部" }),
      action("overdue-1", isoDay("2026-06-10"), { owner: "李娜" }),
      action("vague", "待定", { owner: "周强", ownerDept: "市场部" }),
      action("overdue-2", isoDay("2026-06-05"), { owner: "周强", ownerDept: "市场部" }),
      action("done", isoDay("2026-06-09"), { owner: "张伟", ownerDept: "技术部", status: "done" }),
      action("soon", isoDay("2026-06-16"), { owner: "张伟", ownerDept: "技术部", status: "doing" }),
    ],
    isoDay("2026-06-01"),
  );
  const tracked = trackActions(r, { today: isoDay("2026-06-15") });

  it("sorts the longest overdue first, then by date, unresolved and done last", () => {
    expect(sortForAttention(tracked).map((t) => t.action.task)).toEqual(["overdue-2", "overdue-1", "soon", "later", "vague", "done"]);
  });

  it("groups by status: 已逾期, 进行中, 未开始, 已完成", () => {
    const groups = groupActions(tracked, "status", "zh");
    expect(groups.map((g) => g.label)).toEqual(["已逾期", "进行中", "未开始", "已完成"]);
    expect(groups[0].items.map((t) => t.action.task)).toEqual(["overdue-2", "overdue-1"]);
  });

  it("groups by owner with the owners of overdue items first", () => {
    const groups = groupActions(tracked, "owner", "zh");
    expect(groups.map((g) => g.key)).toEqual(["周强", "李娜", "张伟"]);
    expect(groups[0]).toMatchObject({ overdue: 1 });
    expect(groups[2].items.map((t) => t.action.task)).toEqual(["soon", "later", "done"]);
  });

  it("filters by owner, department and state", () => {
    expect(filterActions(tracked, { owner: " 张伟" }).map((t) => t.action.task)).toEqual(["later", "done", "soon"]);
    expect(filterActions(tracked, { dept: "市场部", states: ["overdue"] }).map((t) => t.action.task)).toEqual(["overdue-2"]);
    expect(ownersAndDepartments(r)).toEqual({ owners: ["张伟", "李娜", "周强"], departments: ["技术部", "生产部", "市场部"] });
  });
});

describe("progress notes", () => {
  it("keeps notes in date order and finds the latest", () => {
    let r = record([action("清单", isoDay("2026-06-12"))], isoDay("2026-06-08"));
    r = addProgressNote(r, 0, { date: isoDay("2026-06-10"), note: "已收集80%" });
    r = addProgressNote(r, 0, { date: isoDay("2026-06-09"), note: "已收集50%" });
    expect(r.actions[0].progress.map((n) => n.date)).toEqual([isoDay("2026-06-09"), isoDay("2026-06-10")]);
    expect(latestNote(r.actions[0])?.note).toBe("已收集80%");
  });

  it("asks for a weekly update when the latest note is older than a week", () => {
    let r = record([action("清单", isoDay("2026-06-30"))], isoDay("2026-06-08"));
    expect(needsProgressUpdate(trackAction(r, 0, { today: isoDay("2026-06-09") }), isoDay("2026-06-09"))).toBe(true);
    r = addProgressNote(r, 0, { date: isoDay("2026-06-09"), note: "启动" });
    expect(needsProgressUpdate(trackAction(r, 0, { today: isoDay("2026-06-16") }), isoDay("2026-06-16"))).toBe(false);
    expect(needsProgressUpdate(trackAction(r, 0, { today: isoDay("2026-06-17") }), isoDay("2026-06-17"))).toBe(true);
  });

  it("names the changed status and progress paths for one batched write", () => {
    const before = record([action("a", isoDay("2026-06-12")), action("b", isoDay("2026-06-12")), action("c", isoDay("2026-06-12"))]);
    let after = setActionStatus(before, 0, "doing");
    after = addProgressNote(after, 2, { date: isoDay("2026-06-10"), note: "启动" });
    expect(changedPaths(before, after)).toEqual(["actions[0].status", "actions[2].progress"]);
    expect(changedPaths(after, after)).toEqual([]);
  });

  it("knows when every item is done", () => {
    const r = record([action("a", isoDay("2026-06-12")), action("b", isoDay("2026-06-12"))]);
    expect(allActionsDone(r)).toBe(false);
    expect(allActionsDone(setActionStatus(setActionStatus(r, 0, "done"), 1, "done"))).toBe(true);
    expect(allActionsDone(record([]))).toBe(false);
  });
});
