// Quick capture (会中实时记录): a typed line goes into the list of the record it belongs to and
// is attached to the agenda item that is current. Records are never changed in place.

import type { Bilingual } from "../record/i18n";
import { emptyAction, type ActionItem, type CcrRecord } from "../record/record";
import { READ_BACK_KEY } from "./readback";
import { CAPTURE_TYPES, iso, readMeeting, withMeeting, type Capture, type CaptureType } from "./state";

export { CAPTURE_TYPES, type Capture, type CaptureType } from "./state";

/** The record list each capture type lands in. */
export const CAPTURE_FIELDS = {
  demand: "demands",
  dispute: "disputes",
  response: "responses",
  consensus: "consensus",
  openIssue: "openIssues",
  action: "actions",
} as const satisfies Record<CaptureType, keyof CcrRecord>;

export const CAPTURE_LABELS = {
  demand: { zh: "诉求/关注点", en: "Demand / concern" },
  dispute: { zh: "争议点", en: "Point in dispute" },
  response: { zh: "我方回应/承诺", en: "Our response / commitment" },
  consensus: { zh: "共识", en: "Agreed point" },
  openIssue: { zh: "待明确分歧", en: "Open disagreement" },
  action: { zh: "待办", en: "Action item" },
} as const satisfies Record<CaptureType, Bilingual>;

export interface Shortcut {
  /** KeyboardEvent.key, pressed together with Alt. */
  key: string;
  /** How the pane shows it. */
  label: string;
}

/** Alt+1 … Alt+6 choose the type, so a line costs two keystrokes plus its text (Enter captures). */
export const CAPTURE_SHORTCUTS = {
  demand: { key: "1", label: "Alt+1" },
  dispute: { key: "2", label: "Alt+2" },
  response: { key: "3", label: "Alt+3" },
  consensus: { key: "4", label: "Alt+4" },
  openIssue: { key: "5", label: "Alt+5" },
  action: { key: "6", label: "Alt+6" },
} as const satisfies Record<CaptureType, Shortcut>;

/** The capture type of a key pressed with Alt (KeyboardEvent.key or .code such as "Digit3"); null for others. */
export function captureTypeForKey(key: string): CaptureType | null {
  const k = key.replace(/^(Digit|Numpad)/, "");
  return CAPTURE_TYPES.find((t) => CAPTURE_SHORTCUTS[t].key === k) ?? null;
}

/** Fields of a 待办 that may be given with the line. */
export type ActionFields = Partial<Pick<ActionItem, "owner" | "ownerDept" | "deadline" | "deliverable" | "cc">>;

export interface CaptureResult {
  record: CcrRecord;
  capture: Capture;
}

/**
 * Adds `text` to the list of `type`, attached to the current agenda item, and logs the capture in
 * the meeting state. Blank text changes nothing (null).
 */
export function captureLine(
  record: CcrRecord,
  type: CaptureType,
  text: string,
  now: number,
  action: ActionFields = {},
): CaptureResult | null {
  const line = text.trim();
  if (!line) return null;
  const meeting = readMeeting(record);
  let next: CcrRecord;
  let ref: number;
  switch (type) {
    case "openIssue":
      ref = record.openIssues.length;
      next = { ...record, openIssues: [...record.openIssues, { text: line, nextStep: "" }] };
      break;
    case "action":
      ref = record.actions.length;
      next = { ...record, actions: [...record.actions, { ...emptyAction(), ...action, task: line }] };
      break;
    default: {
      const field = CAPTURE_FIELDS[type];
      ref = record[field].length;
      next = { ...record, [field]: [...record[field], line] };
    }
  }
  const capture: Capture = { type, ref, text: line, item: meeting.startedAt ? meeting.current : -1, at: iso(now) };
  return { record: withMeeting(next, { ...meeting, captures: [...meeting.captures, capture] }), capture };
}

/**
 * Changes fields of action `index` (owner, deadline, … as typed inline). A change of what was read
 * back (task, owner, deadline, deliverable) drops its 已复述确认 mark: it has to be read back again.
 */
export function updateAction(record: CcrRecord, index: number, fields: Partial<ActionItem>): CcrRecord {
  const old = record.actions[index];
  if (!old) return record;
  const changed = { ...old, ...fields };
  if (READ_BACK_FIELDS.some((k) => k in fields && fields[k] !== old[k])) delete changed[READ_BACK_KEY];
  return { ...record, actions: record.actions.map((a, i) => (i === index ? changed : a)) };
}

const READ_BACK_FIELDS = ["task", "owner", "deadline", "deliverable"] as const;

/**
 * Where a capture's entry is now; -1 when gone. Its logged position when the text there still
 * matches; else the entry with its text (the list was reordered or shortened above it); else, when
 * the entry at its logged position was edited (a typo fixed in the record tab), that entry — unless
 * the text there is another capture's.
 */
export function captureIndex(record: CcrRecord, capture: Capture): number {
  const list = record[CAPTURE_FIELDS[capture.type]];
  const textAt = (i: number): string | undefined => {
    const entry: unknown = list[i];
    if (typeof entry === "string") return entry;
    if (entry && typeof entry === "object") return String((entry as { text?: string; task?: string }).text ?? (entry as { task?: string }).task);
    return undefined;
  };
  if (textAt(capture.ref) === capture.text) return capture.ref;
  for (let i = 0; i < list.length; i++) if (textAt(i) === capture.text) return i;
  const there = textAt(capture.ref);
  if (there === undefined) return -1;
  const others = readMeeting(record).captures.filter((c) => !(c.at === capture.at && c.ref === capture.ref) && c.type === capture.type && c.text === there);
  return others.length === 0 ? capture.ref : -1;
}

/** The captures made under agenda item `item`, in order. */
export function capturesOfItem(record: CcrRecord, item: number): Capture[] {
  return readMeeting(record).captures.filter((c) => c.item === item);
}
