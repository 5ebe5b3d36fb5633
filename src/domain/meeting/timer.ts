// The agenda timer of a running meeting. Pure: every function takes the current instant `now`
// (milliseconds since the epoch) from the caller's clock, so tests inject any time they like.
// The agenda is seen only through the planned minutes of its items.

import type { Bilingual } from "../record/i18n";
import type { CcrRecord } from "../record/record";
import { emptyMeeting, iso, ms, readMeeting, withMeeting, type MeetingState } from "./state";

/** A clock: the current instant in milliseconds since the epoch (e.g. `Date.now`). */
export type Clock = () => number;

const MINUTE = 60_000;

export interface TimerView {
  running: boolean;
  ended: boolean;
  /** Index of the current agenda item. */
  index: number;
  count: number;
  hasPrevious: boolean;
  hasNext: boolean;
  /** Minutes spent on the current item (fractional). */
  elapsedMinutes: number;
  plannedMinutes: number;
  /** Whether the current item has run past its planned minutes. */
  overrun: boolean;
  /** Whole minutes past the plan (0 when not overrun). */
  overrunMinutes: number;
  /** Minutes since the meeting started. */
  meetingElapsedMinutes: number;
  /** Planned length of the whole meeting in minutes. */
  meetingPlannedMinutes: number;
  /** Whole minutes left of the planned meeting; negative once the meeting runs over. */
  meetingLeftMinutes: number;
  /** A quiet warning when the item overruns or the meeting time is up; null otherwise. */
  warning: Bilingual | null;
}

/** Starts the meeting at its first agenda item (or restarts the clock of an ended one). */
export function startMeeting(state: MeetingState, now: number): MeetingState {
  if (state.startedAt && !state.endedAt) return state;
  return { ...state, startedAt: iso(now), endedAt: "", current: 0, currentSince: iso(now), spentMs: [] };
}

/** Makes agenda item `index` current; time spent so far stays with the item that is left. */
export function goToItem(state: MeetingState, index: number, itemCount: number, now: number): MeetingState {
  const target = Math.max(0, Math.min(index, Math.max(0, itemCount - 1)));
  if (!state.startedAt || state.endedAt) return { ...state, current: target };
  if (target === state.current) return state;
  return { ...state, spentMs: leaveCurrent(state, now), current: target, currentSince: iso(now) };
}

export function nextItem(state: MeetingState, itemCount: number, now: number): MeetingState {
  return goToItem(state, state.current + 1, itemCount, now);
}

export function previousItem(state: MeetingState, itemCount: number, now: number): MeetingState {
  return goToItem(state, state.current - 1, itemCount, now);
}

/** Stops the clock. The time of the current item is kept. */
export function stopMeeting(state: MeetingState, now: number): MeetingState {
  if (!state.startedAt || state.endedAt) return state;
  return { ...state, spentMs: leaveCurrent(state, now), currentSince: "", endedAt: iso(now) };
}

/**
 * 结束会议: stops the clock and keeps the actual times (HH:MM in the time zone `utcOffsetMinutes`, China
 * +480 by default) in the meeting state (`actual`), beside the planned `start`/`end` of the record,
 * which stay as they were: the agenda, the exports and everything sent keep the planned time until the
 * user chooses `adoptActualTimes`. Ending an ended meeting changes nothing.
 */
export function endMeeting(record: CcrRecord, now: number, utcOffsetMinutes = 480): CcrRecord {
  const state = readMeeting(record);
  if (state.endedAt) return record;
  const started = state.startedAt !== "";
  const stopped = stopMeeting(started ? state : { ...emptyMeeting(), ...state, startedAt: iso(now) }, now);
  const actual = { start: started ? clockTime(ms(state.startedAt), utcOffsetMinutes) : "", end: clockTime(now, utcOffsetMinutes) };
  return withMeeting(record, { ...stopped, actual });
}

/**
 * The user's explicit choice after 结束会议: the record's 沟通时间 becomes the actual time (a missing actual
 * start keeps the planned one). The planned times are kept in the meeting state (`planned`).
 */
export function adoptActualTimes(record: CcrRecord): CcrRecord {
  const state = readMeeting(record);
  if (!state.actual) return record;
  const planned = state.planned ?? { start: record.start, end: record.end };
  return {
    ...withMeeting(record, { ...state, planned }),
    start: state.actual.start || record.start,
    end: state.actual.end || record.end,
  };
}

/** HH:MM of an instant in a time zone given by its offset from UTC in minutes. */
export function clockTime(now: number, utcOffsetMinutes: number): string {
  const local = new Date(now + utcOffsetMinutes * MINUTE);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/**
 * What the pane shows: the current item's elapsed against planned minutes, overrun, and how much of
 * the meeting is left. `meetingMinutes` is the planned duration (agenda's meetingMinutes(record));
 * when null or 0 the sum of the items' minutes is used.
 */
export function timerView(
  state: MeetingState,
  plannedMinutes: readonly number[],
  meetingMinutes: number | null,
  now: number,
): TimerView {
  const count = plannedMinutes.length;
  const index = count === 0 ? 0 : Math.min(state.current, count - 1);
  const running = state.startedAt !== "" && state.endedAt === "";
  const stopAt = running ? now : ms(state.endedAt);
  const spent = state.spentMs[index] ?? 0;
  const sinceCurrent = running && state.current === index ? Math.max(0, now - ms(state.currentSince)) : 0;
  const elapsedMinutes = state.startedAt ? (spent + sinceCurrent) / MINUTE : 0;
  const planned = plannedMinutes[index] ?? 0;
  const overrunMinutes = planned > 0 && elapsedMinutes > planned ? Math.ceil(elapsedMinutes - planned) : 0;
  const meetingPlannedMinutes = meetingMinutes !== null && meetingMinutes > 0 ? meetingMinutes : plannedMinutes.reduce((s, m) => s + Math.max(0, m), 0);
  const meetingElapsedMinutes = state.startedAt ? Math.max(0, stopAt - ms(state.startedAt)) / MINUTE : 0;
  const meetingLeftMinutes = Math.floor(meetingPlannedMinutes - meetingElapsedMinutes);
  return {
    running,
    ended: state.endedAt !== "",
    index,
    count,
    hasPrevious: index > 0,
    hasNext: index < count - 1,
    elapsedMinutes,
    plannedMinutes: planned,
    overrun: overrunMinutes > 0,
    overrunMinutes,
    meetingElapsedMinutes,
    meetingPlannedMinutes,
    meetingLeftMinutes,
    warning: running ? timerWarning(overrunMinutes, meetingLeftMinutes) : null,
  };
}

function timerWarning(overrunMinutes: number, leftMinutes: number): Bilingual | null {
  if (leftMinutes < 0) {
    return {
      zh: `会议已超出计划时长 ${-leftMinutes} 分钟，请收拢议题，当场确认负责人、完成时限和交付标准。`,
      en: `The meeting is ${-leftMinutes} min over its planned length: wrap up and settle owners, deadlines and deliverables now.`,
    };
  }
  if (overrunMinutes > 0) {
    return {
      zh: `本议题已超时 ${overrunMinutes} 分钟，会议还剩 ${leftMinutes} 分钟。`,
      en: `This item is ${overrunMinutes} min over; ${leftMinutes} min of the meeting left.`,
    };
  }
  return null;
}

function leaveCurrent(state: MeetingState, now: number): number[] {
  const spent = [...state.spentMs];
  while (spent.length <= state.current) spent.push(0);
  const since = ms(state.currentSince);
  if (!Number.isNaN(since)) spent[state.current] += Math.max(0, now - since);
  return spent;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
