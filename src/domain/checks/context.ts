// What every check receives, and the small helpers checks share.

import type { IsoDate } from "../calendar/calendar";
import { isValidIsoDate } from "../calendar/calendar";
import { resolveDeadline, type DeadlineResolution } from "../calendar/deadline";
import type { Finding, RuleId, Severity } from "./findings";
import type { CcrRecord } from "../record/record";

export interface CheckContext {
  record: CcrRecord;
  /** The meeting date when it is a valid ISO date. */
  meeting: IsoDate | null;
  /** Today's date, injected by the caller; checks never read the clock. */
  today: IsoDate | null;
  /** resolveDeadline of each action item, by index (resolved once for every check). */
  deadlines: DeadlineResolution[];
}

/** One of the ten checks of record-template §2. */
export type Check = (ctx: CheckContext) => Finding[];

export function checkContext(record: CcrRecord, today?: string): CheckContext {
  const meeting = isValidIsoDate(record.date) ? record.date : null;
  const actions = Array.isArray(record.actions) ? record.actions : [];
  return {
    record,
    meeting,
    today: isValidIsoDate(today) ? today : null,
    deadlines: actions.map((a) => resolveDeadline(text(a?.deadline), meeting ?? "")),
  };
}

/** The one message of a date field that is not a date (沟通日期, 发送日期…): one form, one example. */
export function notADate(label: { zh: string; en: string }, value: string): { zh: string; en: string } {
  return {
    zh: `${label.zh}“${value}”不是有效日期：请写成年-月-日，如 2026-06-08。`,
    en: `${label.en} "${value}" is not a valid date: write year-month-day, e.g. 2026-06-08.`,
  };
}

export function finding(rule: RuleId, severity: Severity, path: string, zh: string, en: string): Finding {
  return { rule, severity, path, message: { zh, en } };
}

/** A field's text, trimmed; "" for anything that is not a string. */
export function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/** A list field as an array ([] for anything else). */
export function list<T>(value: readonly T[] | unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}
