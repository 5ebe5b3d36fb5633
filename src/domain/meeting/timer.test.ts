import { describe, expect, it } from "vitest";
import { emptyRecord } from "../record/record";
import { emptyMeeting, readMeeting, withMeeting } from "./state";
import {
  clockTime,
  adoptActualTimes,
  endMeeting,
  goToItem,
  nextItem,
  previousItem,
  startMeeting,
  timerView,
  type Clock,
} from "./timer";

const MIN = 60_000;
// 2026-06-08 14:00 in China (06:00 UTC).
const T0 = Date.UTC(2026, 5, 8, 6, 0);

/** A clock the test moves by hand. */
function fakeClock(start: number): Clock & { advance(minutes: number): void } {
  let t = start;
  const clock = (() => t) as Clock & { advance(minutes: number): void };
  clock.advance = (minutes) => {
    t += minutes * MIN;
  };
  return clock;
}

const PLAN = [5, 10, 15]; // three items, 30 minutes

describe("agenda timer", () => {
  it("shows nothing elapsed before the meeting starts", () => {
    const v = timerView(emptyMeeting(), PLAN, 30, T0);
    expect(v.running).toBe(false);
    expect(v.elapsedMinutes).toBe(0);
    expect(v.meetingLeftMinutes).toBe(30);
    expect(v.warning).toBeNull();
  });

  it("counts the elapsed minutes of the current item against its plan", () => {
    const clock = fakeClock(T0);
    const s = startMeeting(emptyMeeting(), clock());
    clock.advance(3);
    const v = timerView(s, PLAN, 30, clock());
    expect(v.index).toBe(0);
    expect(v.elapsedMinutes).toBe(3);
    expect(v.plannedMinutes).toBe(5);
    expect(v.overrun).toBe(false);
    expect(v.meetingLeftMinutes).toBe(27);
  });

  it("warns when an item overruns, with by how much and the meeting time left", () => {
    const clock = fakeClock(T0);
    const s = startMeeting(emptyMeeting(), clock());
    clock.advance(7.5);
    const v = timerView(s, PLAN, 30, clock());
    expect(v.overrun).toBe(true);
    expect(v.overrunMinutes).toBe(3);
    expect(v.meetingLeftMinutes).toBe(22);
    expect(v.warning?.zh).toContain("本议题已超时 3 分钟");
    expect(v.warning?.zh).toContain("还剩 22 分钟");
    expect(v.warning?.en).toContain("3 min over");
  });

  it("moves to the next and previous item, each keeping its own time", () => {
    const clock = fakeClock(T0);
    let s = startMeeting(emptyMeeting(), clock());
    clock.advance(4);
    s = nextItem(s, PLAN.length, clock());
    clock.advance(6);
    expect(timerView(s, PLAN, 30, clock()).elapsedMinutes).toBe(6);
    s = previousItem(s, PLAN.length, clock());
    clock.advance(2);
    const back = timerView(s, PLAN, 30, clock());
    expect(back.index).toBe(0);
    expect(back.elapsedMinutes).toBe(6); // 4 before + 2 now
    expect(back.overrun).toBe(true);
    expect(back.overrunMinutes).toBe(1);
    expect(back.meetingElapsedMinutes).toBe(12);
  });

  it("stays within the agenda at both ends", () => {
    const clock = fakeClock(T0);
    let s = startMeeting(emptyMeeting(), clock());
    s = previousItem(s, PLAN.length, clock());
    expect(s.current).toBe(0);
    s = goToItem(s, 9, PLAN.length, clock());
    expect(s.current).toBe(2);
    const v = timerView(s, PLAN, 30, clock());
    expect(v.hasNext).toBe(false);
    expect(v.hasPrevious).toBe(true);
  });

  it("says when the whole meeting runs over its planned length", () => {
    const clock = fakeClock(T0);
    const s = startMeeting(emptyMeeting(), clock());
    clock.advance(35);
    const v = timerView(s, PLAN, 30, clock());
    expect(v.meetingLeftMinutes).toBe(-5);
    expect(v.warning?.zh).toContain("会议已超出计划时长 5 分钟");
  });

  it("uses the sum of the items when the meeting has no planned length", () => {
    expect(timerView(emptyMeeting(), PLAN, 0, T0).meetingPlannedMinutes).toBe(30);
  });

  it("keeps the actual times at 结束会议 beside the planned ones, which stay, and stops the clock", () => {
    const clock = fakeClock(T0);
    clock.advance(4);
    let record = withMeeting({ ...emptyRecord(), date: "2026-06-08", start: "14:00", end: "14:30" }, startMeeting(emptyMeeting(), clock()));
    clock.advance(33);
    record = endMeeting(record, clock());
    expect([record.start, record.end]).toEqual(["14:00", "14:30"]);
    expect(readMeeting(record).actual).toEqual({ start: "14:04", end: "14:37" });
    // Ending again (a second click) changes nothing.
    const again = endMeeting(JSON.parse(JSON.stringify(record)), clock() + 60_000);
    expect(again).toEqual(JSON.parse(JSON.stringify(record)));
    const state = readMeeting(record);
    expect(state.endedAt).toBe(new Date(T0 + 37 * MIN).toISOString());
    clock.advance(10);
    const v = timerView(state, PLAN, 30, clock());
    expect(v.running).toBe(false);
    expect(v.ended).toBe(true);
    expect(v.meetingElapsedMinutes).toBe(33);
    expect(v.elapsedMinutes).toBe(33);
  });

  it("uses the actual times as 沟通时间 only when asked, keeping the planned ones", () => {
    let record = withMeeting({ ...emptyRecord(), date: "2026-06-08", start: "14:00", end: "15:00" }, startMeeting(emptyMeeting(), T0 + 5 * MIN));
    record = adoptActualTimes(endMeeting(record, T0 + 6 * MIN));
    expect([record.start, record.end]).toEqual(["14:05", "14:06"]);
    expect(readMeeting(JSON.parse(JSON.stringify(record))).planned).toEqual({ start: "14:00", end: "15:00" });
    expect(adoptActualTimes({ ...emptyRecord(), start: "09:00", end: "10:00" })).toMatchObject({ start: "09:00", end: "10:00" });
  });

  it("formats the end time in the given time zone", () => {
    expect(clockTime(T0, 480)).toBe("14:00");
    expect(clockTime(T0, 0)).toBe("06:00");
    expect(clockTime(T0, -420)).toBe("23:00");
  });

  it("keeps the state through the record's JSON", () => {
    const clock = fakeClock(T0);
    const s = startMeeting(emptyMeeting(), clock());
    const again = readMeeting(JSON.parse(JSON.stringify(withMeeting(emptyRecord(), s))));
    expect(again).toEqual(s);
  });

  it("reads a malformed meeting field as an empty meeting", () => {
    expect(readMeeting({ ...emptyRecord(), meeting: "x" })).toEqual(emptyMeeting());
    expect(readMeeting({ ...emptyRecord(), meeting: { current: "a", captures: [1, { type: "nope" }], spentMs: {} } })).toEqual(emptyMeeting());
  });
});
