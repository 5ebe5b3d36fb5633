import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { emptyAction } from "../domain/record/record";
import { escapeIcsText, exportActionsIcs, foldIcsLine, unscheduledActions } from "./ics";
import { sampleRecord } from "../../test/support/export-records";

const NOW = new Date("2026-06-08T08:00:00Z");

function record() {
  const r = sampleRecord();
  r.actions = [
    { ...emptyAction(), task: "提交物料需求清单", owner: "李娜", ownerDept: "生产部", deadline: "6月12日17:00前", deliverable: "输出清单" },
    { ...emptyAction(), task: "更新推广计划", owner: "周强", deadline: "2026-06-19", deliverable: "输出时间表", status: "done" },
    { ...emptyAction(), task: "尽快处理", owner: "吴敏", deadline: "尽快", deliverable: "x" },
  ];
  return r;
}

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

describe("exportActionsIcs", () => {
  it("writes one VTODO per dated item with the owner in the summary and DUE in Asia/Shanghai", () => {
    const cal = parse(exportActionsIcs(record(), { now: NOW }));
    const todos = cal.getAllSubcomponents("vtodo");
    expect(todos).toHaveLength(2);
    expect(todos[0].getFirstPropertyValue("summary")).toBe("【李娜】提交物料需求清单");
    const due = todos[0].getFirstProperty("due")!;
    expect(due.getParameter("tzid")).toBe("Asia/Shanghai");
    expect(String(due.getFirstValue())).toBe("2026-06-12T17:00:00");
    expect(String(todos[1].getFirstPropertyValue("due"))).toBe("2026-06-19");
    expect(todos[1].getFirstPropertyValue("status")).toBe("COMPLETED");
    expect(cal.getFirstSubcomponent("vtimezone")!.getFirstPropertyValue("tzid")).toBe("Asia/Shanghai");
  });

  it("leaves out items without a calendar date and names them", () => {
    expect(unscheduledActions(record())).toEqual([2]);
  });

  it("writes all-day VEVENT reminders with an alarm when asked", () => {
    const cal = parse(exportActionsIcs(record(), { now: NOW, component: "event" }));
    const events = cal.getAllSubcomponents("vevent");
    expect(events).toHaveLength(2);
    expect(String(events[0].getFirstPropertyValue("dtstart"))).toBe("2026-06-12");
    expect(String(events[0].getFirstPropertyValue("dtend"))).toBe("2026-06-13");
    expect(events[0].getFirstSubcomponent("valarm")).not.toBeNull();
  });

  it("keeps CR/LF and separators in user text inside the value (no injected lines)", () => {
    const r = record();
    r.actions[0].task = "evil\r\nEND:VTODO\r\nBEGIN:VEVENT\nSUMMARY:x;y,z\\";
    const text = exportActionsIcs(r, { now: NOW });
    expect(text).not.toMatch(/^BEGIN:VEVENT/m);
    const todos = parse(text).getAllSubcomponents("vtodo");
    expect(todos).toHaveLength(2);
    expect(todos[0].getFirstPropertyValue("summary")).toBe("【李娜】evil\nEND:VTODO\nBEGIN:VEVENT\nSUMMARY:x;y,z\\");
  });

  it("folds long lines at 75 octets without splitting a character and unfolds to the same text", () => {
    const r = record();
    r.actions[0].deliverable = "输出物料需求清单(型号、数量、到货日期),抄送技术部负责人。".repeat(8) + "😀";
    const text = exportActionsIcs(r, { now: NOW });
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const desc = String(parse(text).getAllSubcomponents("vtodo")[0].getFirstPropertyValue("description"));
    expect(desc).toContain(r.actions[0].deliverable);
  });

  it("escapes text values as RFC 5545 says", () => {
    expect(escapeIcsText("a,b;c\\d\ne\rf")).toBe("a\\,b\\;c\\\\d\\ne\\nf");
    expect(foldIcsLine("x".repeat(80))).toBe("x".repeat(75) + "\r\n " + "x".repeat(5));
  });

  it("gives each item a stable UID", () => {
    const a = exportActionsIcs(record(), { now: NOW });
    const b = exportActionsIcs(record(), { now: new Date("2026-07-01T00:00:00Z") });
    const uids = (t: string) => parse(t).getAllSubcomponents("vtodo").map((c) => c.getFirstPropertyValue("uid"));
    expect(uids(a)).toEqual(uids(b));
    expect(new Set(uids(a)).size).toBe(2);
  });
});
