// 会中: the running meeting as the pane sees it — the agenda (domain/meeting/agenda) with the current
// item and its timer, the opening statement to read out, and the moves start / next / previous /
// end on a record. The parts live beside this file: meeting-state (the `meeting` field),
// meeting-timer, capture, readback, action-gaps, conflict, etiquette, glossary.

import { agendaOf, meetingMinutes, openingStatement, type AgendaItem } from "./agenda";
import type { CcrRecord, Lang } from "../record/record";
import { readMeeting, withMeeting } from "./state";
import { goToItem, startMeeting, timerView, type TimerView } from "./timer";

export interface MeetingView {
  items: AgendaItem[];
  /** The current agenda item; null when the agenda is empty. */
  current: AgendaItem | null;
  next: AgendaItem | null;
  timer: TimerView;
  /** The opening statement to read out (the agenda's edited one or the generated one). */
  opening: string;
}

export function meetingView(record: CcrRecord, now: number, lang?: Lang): MeetingView {
  const agenda = agendaOf(record);
  const timer = timerView(
    readMeeting(record),
    agenda.items.map((i) => i.minutes),
    meetingMinutes(record),
    now,
  );
  return {
    items: agenda.items,
    current: agenda.items[timer.index] ?? null,
    next: agenda.items[timer.index + 1] ?? null,
    timer,
    opening: openingStatement(record, agenda, lang),
  };
}

/** 开始会议. */
export function startRecordMeeting(record: CcrRecord, now: number): CcrRecord {
  return withMeeting(record, startMeeting(readMeeting(record), now));
}

/** Moves to agenda item `index` (clamped to the agenda). */
export function goToRecordItem(record: CcrRecord, index: number, now: number): CcrRecord {
  return withMeeting(record, goToItem(readMeeting(record), index, agendaOf(record).items.length, now));
}

export function nextRecordItem(record: CcrRecord, now: number): CcrRecord {
  return goToRecordItem(record, readMeeting(record).current + 1, now);
}

export function previousRecordItem(record: CcrRecord, now: number): CcrRecord {
  return goToRecordItem(record, readMeeting(record).current - 1, now);
}

/** 结束会议 (endMeeting) stops the clock and keeps the actual times beside the planned ones. */
export { adoptActualTimes, endMeeting, type Clock } from "./timer";
