// 跟踪待办事项进展 (guide 二(三)): per action item the resolved deadline, its status with 已逾期
// derived from an injected today, "due within 3 working days", days left or overdue, grouping
// (overdue first), filters and dated progress notes. Today is always passed in, never read.

import { addDays, compareDates, daysBetween, isValidIsoDate, workdaysBetween, type IsoDate } from "../calendar/calendar";
import { resolveDeadline } from "../calendar/deadline";
import { formatDate } from "../calendar/date-format";
import { STATUS_LABELS } from "../record/fields";
import { pick, type Bilingual } from "../record/i18n";
import type { ActionItem, ActionStatus, CcrRecord, Lang, ProgressNote } from "../record/record";

/** The three stored statuses plus 已逾期, derived: past the deadline and not done. */
export type TrackState = ActionStatus | "overdue";
/** Working days (the China calendar) or calendar days. */
export type DayUnit = "workdays" | "days";

export const DUE_SOON_WORKDAYS = 3;

export interface TrackOptions {
  /** The day to evaluate on (ISO date); injected, never the real clock. */
  today: IsoDate;
  /** Unit of daysLeft; working days unless told otherwise. */
  unit?: DayUnit;
}

export interface TrackedAction {
  /** Index in record.actions. */
  index: number;
  action: ActionItem;
  /** The resolved deadline date; null when the deadline cannot be resolved to a date. */
  due: IsoDate | null;
  /** The time of day of the deadline, "HH:MM", when it names one. */
  dueTime: string | null;
  state: TrackState;
  /** Not done, not overdue, and due within 3 working days of today. */
  dueSoon: boolean;
  /** From today to the deadline in `unit`: positive left, 0 due today, negative overdue; null without a date. */
  daysLeft: number | null;
  /** The unit of daysLeft: as asked, except calendar days when no working day lies between today and a deadline on a rest day. */
  unit: DayUnit;
}

// ---------------------------------------------------------------------------------------------
// Deadlines

/** The action's deadline resolved to a date (and time) against the meeting date, or null. */
export function dueOf(action: ActionItem, record: CcrRecord): { date: IsoDate; time: string | null } | null {
  const resolved = resolveDeadline(action.deadline, record.date);
  if (resolved.kind !== "resolved") return null;
  return { date: resolved.date, time: resolved.time ?? null };
}

/** 已逾期 is derived: past the deadline and not done. */
function stateOn(status: ActionStatus, due: IsoDate, today: IsoDate): TrackState {
  return status !== "done" && compareDates(today, due) > 0 ? "overdue" : status;
}

/** The state of one action on `today` (its status, or 已逾期). */
export function actionState(action: ActionItem, record: CcrRecord, today: IsoDate): TrackState {
  const due = isValidIsoDate(today) ? dueOf(action, record) : null;
  return due ? stateOn(action.status, due.date, today) : action.status;
}

// ---------------------------------------------------------------------------------------------
// Tracking

export function trackAction(record: CcrRecord, index: number, options: TrackOptions): TrackedAction {
  const action = record.actions[index];
  const unit = options.unit ?? "workdays";
  const { today } = options;
  const due = isValidIsoDate(today) ? dueOf(action, record) : null;
  if (!due) {
    return { index, action, due: null, dueTime: null, state: action.status, dueSoon: false, daysLeft: null, unit };
  }
  const state = stateOn(action.status, due.date, today);
  const overdue = state === "overdue";
  const workdays = workdaysBetween(today, due.date);
  // At most 3 working days left (a deadline on a holiday counts the working days before it).
  const dueSoon = state !== "done" && !overdue && workdays <= DUE_SOON_WORKDAYS;
  // A deadline on a rest day with no working day between it and today: count calendar days instead.
  const countUnit: DayUnit = unit === "workdays" && (workdays !== 0 || due.date === today) ? "workdays" : "days";
  const daysLeft = countUnit === "workdays" ? workdays : daysBetween(today, due.date);
  return { index, action, due: due.date, dueTime: due.time, state, dueSoon, daysLeft, unit: countUnit };
}

export function trackActions(record: CcrRecord, options: TrackOptions): TrackedAction[] {
  return record.actions.map((_, i) => trackAction(record, i, options));
}

/** Open items (not done) of a record. */
export function openActions(record: CcrRecord, options: TrackOptions): TrackedAction[] {
  return trackActions(record, options).filter((t) => t.state !== "done");
}

export function stateLabel(state: TrackState, lang: Lang): string {
  return pick(STATUS_LABELS[state], lang);
}

/** What the days-left text needs of a tracked item. */
export type DaysLeft = Pick<TrackedAction, "state" | "daysLeft" | "unit">;

/** 剩余2个工作日 / 今天到期 / 已逾期3天(自然日) — the unit is always named. */
export function daysLeftText(t: DaysLeft, lang: Lang): string {
  return pick(daysLeftLabel(t), lang);
}

export function daysLeftLabel(t: DaysLeft): Bilingual {
  if (t.daysLeft === null) return { zh: "期限未明确", en: "no date" };
  const n = Math.abs(t.daysLeft);
  const zhUnit = t.unit === "workdays" ? "个工作日" : "天（自然日）";
  const enUnit = t.unit === "workdays" ? (n === 1 ? "working day" : "working days") : n === 1 ? "calendar day" : "calendar days";
  if (t.state === "done") return { zh: "已完成", en: "done" };
  if (t.state === "overdue") return { zh: `已逾期${n}${zhUnit}`, en: `${n} ${enUnit} overdue` };
  if (t.daysLeft === 0) return { zh: "今天到期", en: "due today" };
  return { zh: `剩余${n}${zhUnit}`, en: `${n} ${enUnit} left` };
}

// ---------------------------------------------------------------------------------------------
// Order, groups and filters

const STATE_ORDER: Record<TrackState, number> = { overdue: 0, doing: 1, todo: 2, done: 3 };

/** Overdue first (the longest overdue first), then due soonest; unresolved deadlines and done items last. */
export function compareForAttention(a: TrackedAction, b: TrackedAction): number {
  const doneA = a.state === "done" ? 1 : 0;
  const doneB = b.state === "done" ? 1 : 0;
  if (doneA !== doneB) return doneA - doneB;
  const overA = a.state === "overdue" ? 0 : 1;
  const overB = b.state === "overdue" ? 0 : 1;
  if (overA !== overB) return overA - overB;
  if (a.due === null || b.due === null) return a.due === b.due ? a.index - b.index : a.due === null ? 1 : -1;
  return compareDates(a.due, b.due) || a.index - b.index;
}

export function sortForAttention(items: readonly TrackedAction[]): TrackedAction[] {
  return [...items].sort(compareForAttention);
}

export type GroupBy = "owner" | "status";

export interface TrackGroup {
  key: string;
  label: string;
  items: TrackedAction[];
  overdue: number;
}

/**
 * Groups by owner or by status. Status groups come in the order 已逾期, 进行中, 未开始, 已完成; owner
 * groups with overdue items come first, then by their most urgent item. Items sorted for attention.
 */
export function groupActions(items: readonly TrackedAction[], by: GroupBy, lang: Lang): TrackGroup[] {
  const groups = new Map<string, TrackedAction[]>();
  for (const t of items) {
    const key = by === "owner" ? t.action.owner.trim() : t.state;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const result: TrackGroup[] = [...groups].map(([key, list]) => {
    const sorted = sortForAttention(list);
    const label = by === "status" ? stateLabel(key as TrackState, lang) : key || (lang === "en" ? "(no owner)" : "（未指定负责人）");
    return { key, label, items: sorted, overdue: sorted.filter((t) => t.state === "overdue").length };
  });
  if (by === "status") return result.sort((a, b) => STATE_ORDER[a.key as TrackState] - STATE_ORDER[b.key as TrackState]);
  return result.sort((a, b) => compareForAttention(a.items[0], b.items[0]) || a.key.localeCompare(b.key, "zh"));
}

export interface TrackFilter {
  owner?: string;
  dept?: string;
  states?: readonly TrackState[];
}

/** Owner and department match by whole name, ignoring spaces and case. */
export function filterActions(items: readonly TrackedAction[], filter: TrackFilter): TrackedAction[] {
  const same = (a: string, b: string) => a.replace(/\s+/g, "").toLowerCase() === b.replace(/\s+/g, "").toLowerCase();
  return items.filter(
    (t) =>
      (!filter.owner || same(t.action.owner, filter.owner)) &&
      (!filter.dept || same(t.action.ownerDept, filter.dept)) &&
      (!filter.states || filter.states.includes(t.state)),
  );
}

/** Distinct owners and departments of the record's items, for filter menus. */
export function ownersAndDepartments(record: CcrRecord): { owners: string[]; departments: string[] } {
  const distinct = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  return { owners: distinct(record.actions.map((a) => a.owner)), departments: distinct(record.actions.map((a) => a.ownerDept)) };
}

// ---------------------------------------------------------------------------------------------
// Status and progress edits (each returns a new record)

export function setActionStatus(record: CcrRecord, index: number, status: ActionStatus): CcrRecord {
  return updateAction(record, index, (a) => ({ ...a, status }));
}

/** Adds a dated progress note (每周更新进度); notes stay in date order. */
export function addProgressNote(record: CcrRecord, index: number, note: ProgressNote): CcrRecord {
  return updateAction(record, index, (a) => ({
    ...a,
    progress: [...a.progress, { ...note }].sort((x, y) => (isValidIsoDate(x.date) && isValidIsoDate(y.date) ? compareDates(x.date, y.date) : 0)),
  }));
}

/** The most recent progress note: the latest date, or the last one written when undated. */
/** A progress note with its date for people: "2026年6月10日 已收集80%" / "10 June 2026: collected 80%". */
export function datedNoteText(note: ProgressNote, lang: Lang): string {
  if (!note.date) return note.note;
  return lang === "en" ? `${formatDate(note.date, lang)}: ${note.note}` : `${formatDate(note.date, lang)} ${note.note}`;
}

export function latestNote(action: ActionItem): ProgressNote | null {
  let latest: ProgressNote | null = null;
  for (const note of action.progress) {
    if (!note.note.trim()) continue;
    if (!latest || !isValidIsoDate(latest.date) || !isValidIsoDate(note.date) || compareDates(note.date, latest.date) >= 0) latest = note;
  }
  return latest;
}

/** Items whose latest note is older than a week (or have none) while open: 每周更新进度. */
export function needsProgressUpdate(t: TrackedAction, today: IsoDate): boolean {
  if (t.state === "done") return false;
  const note = latestNote(t.action);
  return !note || !isValidIsoDate(note.date) || compareDates(note.date, addDays(today, -7)) < 0;
}

function updateAction(record: CcrRecord, index: number, change: (a: ActionItem) => ActionItem): CcrRecord {
  if (index < 0 || index >= record.actions.length) return record;
  return { ...record, actions: record.actions.map((a, i) => (i === index ? change(a) : a)) };
}

/** True when every action item is done (and there is at least one). */
export function allActionsDone(record: CcrRecord): boolean {
  return record.actions.length > 0 && record.actions.every((a) => a.status === "done");
}
