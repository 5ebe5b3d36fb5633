// The running meeting (会中), kept in the record under the key `meeting` (an extra field that
// parseRecord keeps as an unknown key). This module owns that field: its type, `readMeeting`
// (never throws) and `withMeeting`. Times are ISO instants (`2026-06-08T06:00:00.000Z`).

import { isObject, type CcrRecord } from "../record/record";

export const CAPTURE_TYPES = ["demand", "dispute", "response", "consensus", "openIssue", "action"] as const;
export type CaptureType = (typeof CAPTURE_TYPES)[number];

/** One captured line: which list of the record it went to, at which position, under which agenda item. */
export interface Capture {
  type: CaptureType;
  /** Index of the entry in its record list (demands, disputes, …, actions). */
  ref: number;
  /** The text as captured (also used to find the entry again when the list was edited). */
  text: string;
  /** Index of the agenda item that was current; -1 before the meeting started. */
  item: number;
  /** ISO instant of the capture. */
  at: string;
  /** ISO date on which the line was read back to the room and confirmed (已复述确认). */
  readBackOn?: string;
}

export interface MeetingState {
  /** ISO instant the meeting started; "" before 开始会议. */
  startedAt: string;
  /** ISO instant of 结束会议; "" while running. */
  endedAt: string;
  /** Index of the current agenda item. */
  current: number;
  /** ISO instant the current item became current (while running). */
  currentSince: string;
  /** Milliseconds spent on each agenda item before it was last left. */
  spentMs: number[];
  captures: Capture[];
  /** Etiquette checklist (external meetings): item id → done. */
  checklist: Record<string, boolean>;
  /** The actual start and end (HH:MM) recorded by 结束会议; the record's start/end stay the planned ones. */
  actual?: { start: string; end: string };
  /** The planned start and end (HH:MM) the record held before the user chose to use the actual times. */
  planned?: { start: string; end: string };
}

export function emptyMeeting(): MeetingState {
  return { startedAt: "", endedAt: "", current: 0, currentSince: "", spentMs: [], captures: [], checklist: {} };
}

/** The meeting state of a record; defaults when absent or malformed. Never throws. */
export function readMeeting(record: CcrRecord): MeetingState {
  const v = record.meeting;
  if (!isObject(v)) return emptyMeeting();
  return {
    startedAt: instant(v.startedAt),
    endedAt: instant(v.endedAt),
    current: Math.max(0, wholeNumber(v.current)),
    currentSince: instant(v.currentSince),
    spentMs: Array.isArray(v.spentMs) ? v.spentMs.map((n) => Math.max(0, wholeNumber(n))) : [],
    captures: Array.isArray(v.captures) ? v.captures.filter(isObject).flatMap(readCapture) : [],
    checklist: isObject(v.checklist)
      ? Object.fromEntries(Object.entries(v.checklist).map(([k, done]) => [k, done === true]))
      : {},
    ...(isObject(v.actual) ? { actual: { start: clock(v.actual.start), end: clock(v.actual.end) } } : {}),
    ...(isObject(v.planned) ? { planned: { start: clock(v.planned.start), end: clock(v.planned.end) } } : {}),
  };
}

function clock(v: unknown): string {
  return typeof v === "string" && /^\d{2}:\d{2}$/.test(v) ? v : "";
}

export function withMeeting(record: CcrRecord, meeting: MeetingState): CcrRecord {
  return { ...record, meeting };
}

function readCapture(v: Record<string, unknown>): Capture[] {
  const type = CAPTURE_TYPES.find((t) => t === v.type);
  if (!type) return [];
  const c: Capture = {
    type,
    ref: Math.max(0, wholeNumber(v.ref)),
    text: typeof v.text === "string" ? v.text : "",
    item: typeof v.item === "number" && Number.isInteger(v.item) ? v.item : -1,
    at: instant(v.at),
  };
  if (typeof v.readBackOn === "string" && v.readBackOn) c.readBackOn = v.readBackOn;
  return [c];
}

function instant(v: unknown): string {
  return typeof v === "string" && !Number.isNaN(Date.parse(v)) ? v : "";
}

function wholeNumber(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) ? Math.round(v) : 0;
}

/** Milliseconds since the epoch of an ISO instant held by the state ("" → NaN). */
export function ms(isoInstant: string): number {
  return isoInstant ? Date.parse(isoInstant) : Number.NaN;
}

export function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
