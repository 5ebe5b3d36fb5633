// @vitest-environment happy-dom
// 16.10: 结束会议 keeps the planned 沟通时间 (the agenda is not re-fitted); the actual times are kept
// beside it; the planned time changes only on the user's explicit choice, and 撤销 brings it back.
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { agendaOf } from "../../src/domain/meeting/agenda";
import { readMeeting } from "../../src/domain/meeting/state";
import { clockTime } from "../../src/domain/meeting/timer";
import { EXAMPLES_DIR, readRecord } from "../support/records";
import { mountPane, openTab, type MountedPane } from "../support/pane-dom";

let pane: MountedPane | undefined;
afterEach(() => {
  pane?.unmount();
  pane = undefined;
  vi.useRealTimers();
});

const T0 = Date.parse("2026-06-08T00:05:00Z");
// The pane uses the machine's time zone.
const local = (at: number) => clockTime(at, -new Date(at).getTimezoneOffset());

describe("结束会议 in the pane", () => {
  it("keeps the planned time and agenda, offers the actual time, and 撤销 undoes each step", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: T0 });
    const record = { ...readRecord(join(EXAMPLES_DIR, "project-delay.json")), id: "rflowend", start: "14:00", end: "15:00" };
    pane = await mountPane(record);
    const agendaBefore = agendaOf(record);
    await openTab(pane, "during", "meeting");
    await pane.click('[data-testid="meeting-start"]');
    vi.setSystemTime(T0 + 60_000);
    await pane.click('[data-testid="meeting-end"]');

    let stored = pane.stored();
    expect([stored.start, stored.end]).toEqual(["14:00", "15:00"]);
    expect(readMeeting(stored).actual).toEqual({ start: local(T0), end: local(T0 + 60_000) });
    expect(agendaOf(stored).items).toEqual(agendaBefore.items);
    // The notice is on 检查 with 撤销; 撤销 brings the running meeting back.
    expect(pane.$('main[data-tab="check"]')).not.toBeNull();
    const undo = pane.$$("button").find((b) => b.textContent === "撤销");
    expect(undo).toBeDefined();
    await pane.click(undo!);
    stored = pane.stored();
    expect(readMeeting(stored).endedAt).toBe("");
    expect(readMeeting(stored).startedAt).not.toBe("");

    // End again, then choose the actual time explicitly; 撤销 restores the planned time.
    await openTab(pane, "during", "meeting");
    await pane.click('[data-testid="meeting-end"]');
    await openTab(pane, "during", "meeting");
    expect(pane.$('[data-testid="meeting-left"]')?.textContent).toBe(`会议已结束，实际时间 ${local(T0)}–${local(T0 + 60_000)}（计划 14:00–15:00）`);
    // The end notice was shown once, on 检查: not here.
    expect(pane.$$("button").some((b) => b.textContent === "撤销")).toBe(false);
    await pane.click('[data-testid="meeting-use-actual"]');
    stored = pane.stored();
    expect([stored.start, stored.end]).toEqual([local(T0), local(T0 + 60_000)]);
    expect(readMeeting(stored).planned).toEqual({ start: "14:00", end: "15:00" });
    await pane.click(pane.$$("button").find((b) => b.textContent === "撤销")!);
    stored = pane.stored();
    expect([stored.start, stored.end]).toEqual(["14:00", "15:00"]);
  });
});
