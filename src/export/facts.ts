// What every export says about a record, worked out once: dates in the document language, the
// deadline cell (resolved date plus the text as typed), status labels, the objection date.

import { ACTION_COLUMNS } from "../domain/record/fields";
import { pick } from "../domain/record/i18n";
import { recordLang, type ActionItem, type CcrRecord, type Lang } from "../domain/record/record";
import { circulationDeadline, type IsoDate } from "../domain/calendar/calendar";
import { formatResolvedDeadline, resolveDeadline } from "../domain/calendar/deadline";
import { formatMeetingTime } from "../domain/calendar/date-format";
import { actionState, stateLabel } from "../domain/tracking/tracking";
import { withChinesePunctuation, listSeparator } from "../domain/record/punctuation";


export interface ResolvedDeadline {
  date: string;
  time?: string;
}

export interface ExportOptions {
  /** ISO date of "today", to mark open items past their deadline as 已逾期. */
  today?: IsoDate;
  /** Normalise the punctuation of what the user typed in a Chinese record (，：；（） for , : ; ( )). */
  normalisePunctuation?: boolean;
}

/** The record an export works on: the user's text as typed, or normalised when asked for (Chinese records only). */
export function exportRecord(record: CcrRecord, options: ExportOptions = {}): CcrRecord {
  return options.normalisePunctuation && recordLang(record) === "zh" ? withChinesePunctuation(record) : record;
}

export interface DeadlineFacts {
  typed: string;
  resolved?: ResolvedDeadline;
  /** The resolved date (and time) in the document language, or the typed text when unresolved. */
  display: string;
  /** The typed text when it says something the display does not (empty otherwise). */
  typedNote: string;
}

export function deadlineFacts(action: ActionItem, record: CcrRecord): DeadlineFacts {
  const lang = recordLang(record);
  const typed = action.deadline.trim();
  const r = resolveDeadline(typed, record.date);
  if (r.kind !== "resolved") return { typed, display: typed, typedNote: "" };
  const resolved: ResolvedDeadline = r.time ? { date: r.date, time: r.time } : { date: r.date };
  const display = formatResolvedDeadline(r, lang);
  const same = typed === resolved.date || typed.replace(/\s+/g, "") === display.replace(/\s+/g, "") || saysOnlyTheDate(typed);
  return { typed, resolved, display, typedNote: same ? "" : typed };
}

/**
 * A deadline typed as a calendar date (with or without year and time, "前" or not) says nothing the
 * resolved date does not: 2026年6月10日前, 6月12日17:00前, 2026-06-19. Relative ones (本周五) do.
 */
function saysOnlyTheDate(typed: string): boolean {
  const t = typed.replace(/\s+/g, "").replace(/(之前|以前|前)$/, "");
  return /^((\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{4}-\d{2}-\d{2})(\d{1,2}[:：]\d{2})?$/.test(t);
}

/** The deadline cell as lines: the resolved date, then （原文:…） where the typed text differs. */
export function deadlineLines(action: ActionItem, record: CcrRecord): string[] {
  const f = deadlineFacts(action, record);
  if (!f.typedNote) return [f.display];
  return [f.display, recordLang(record) === "en" ? `(as typed: ${f.typedNote})` : `（原文：${f.typedNote}）`];
}

export function statusLabel(action: ActionItem, record: CcrRecord, options: ExportOptions = {}): string {
  const state = options.today ? actionState(action, record, options.today) : action.status;
  return stateLabel(state, recordLang(record));
}

/** The column heads of the action-item table, in form order (without 进度更新). */
export const ACTION_TABLE_COLUMNS = ["no", "task", "owner", "ownerDept", "deadline", "deliverable", "cc", "status"] as const;

export function actionHeader(lang: Lang): string[] {
  return ACTION_TABLE_COLUMNS.map((c) => pick(ACTION_COLUMNS[c], lang));
}

/** One row of the action-item table as cell texts (cells may hold several lines, joined by \n). */
export function actionCells(action: ActionItem, index: number, record: CcrRecord, options: ExportOptions = {}): string[] {
  const lang = recordLang(record);
  return [
    String(index + 1),
    action.task,
    action.owner,
    action.ownerDept,
    deadlineLines(action, record).join("\n"),
    action.deliverable,
    action.cc.join(listSeparator(lang)),
    statusLabel(action, record, options),
  ];
}

/** The circulation deadline: meeting date + 2 working days ("" without a meeting date). */
export function circulateBy(record: CcrRecord): string {
  return circulationDeadline(record.date) ?? "";
}

/** 2026年6月8日 14:00至14:30 / 8 June 2026, 14:00–14:30 */
export function meetingTime(record: CcrRecord): string {
  return formatMeetingTime(record.date, record.start, record.end, recordLang(record));
}
