// The action items as an iCalendar file (RFC 5545) for Outlook and phone calendars: one VTODO
// with DUE per item, or an all-day VEVENT reminder with an alarm, in the Asia/Shanghai time zone.
// Text is escaped and folded at 75 octets; CR/LF in user text cannot start a new content line.

import { ACTION_COLUMNS, FIELD_LABELS } from "../domain/record/fields";
import { pick } from "../domain/record/i18n";
import { recordLang, type ActionItem, type CcrRecord } from "../domain/record/record";
import { deadlineFacts, statusLabel, type ExportOptions } from "./facts";
import { labelColon, listSeparator } from "../domain/record/punctuation";

export interface IcsOptions extends ExportOptions {
  /** "todo": VTODO with DUE (task lists); "event": all-day VEVENT with a reminder (calendars). */
  component?: "todo" | "event";
  /** DTSTAMP; now when absent. */
  now?: Date;
}

export const ICS_TZID = "Asia/Shanghai";

export const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${ICS_TZID}`,
  "BEGIN:STANDARD",
  "DTSTART:19700101T000000",
  "TZOFFSETFROM:+0800",
  "TZOFFSETTO:+0800",
  "TZNAME:CST",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** TEXT value escaping (RFC 5545 §3.3.11); every line break becomes \n, lone CRs included. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    // eslint-disable-next-line no-control-regex -- removes the control characters RFC 5545 text may not hold
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/** Folds a content line into pieces of at most 75 octets, never splitting a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = utf8Length(ch);
    if (octets + size > limit) {
      out.push(current);
      current = " ";
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n");
}

function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Items whose deadline resolves to a date go into the calendar; these are the others. */
export function unscheduledActions(record: CcrRecord): number[] {
  return record.actions.flatMap((a, i) => (deadlineFacts(a, record).resolved ? [] : [i]));
}

export function exportActionsIcs(record: CcrRecord, options: IcsOptions = {}): string {
  const component = options.component ?? "todo";
  const stamp = icsUtc(options.now ?? new Date());
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ccr//ccr export//ZH", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", ...VTIMEZONE];
  record.actions.forEach((action, i) => {
    const due = deadlineFacts(action, record).resolved;
    if (!due) return;
    lines.push(...(component === "event" ? eventLines : todoLines)(action, i, record, due, stamp, options));
  });
  lines.push("END:VCALENDAR");
  return lines.map(foldIcsLine).join("\r\n") + "\r\n";
}

type Due = { date: string; time?: string };

function todoLines(action: ActionItem, i: number, record: CcrRecord, due: Due, stamp: string, options: IcsOptions): string[] {
  const dueLine = due.time ? `DUE;TZID=${ICS_TZID}:${compact(due.date)}T${due.time.replace(":", "")}00` : `DUE;VALUE=DATE:${compact(due.date)}`;
  const status = action.status === "done" ? "COMPLETED" : action.status === "doing" ? "IN-PROCESS" : "NEEDS-ACTION";
  return [
    "BEGIN:VTODO",
    `UID:${uid(record, i)}`,
    `DTSTAMP:${stamp}`,
    `SUMMARY:${escapeIcsText(summary(action, record))}`,
    `DESCRIPTION:${escapeIcsText(description(action, i, record, options))}`,
    dueLine,
    `STATUS:${status}`,
    "END:VTODO",
  ];
}

function eventLines(action: ActionItem, i: number, record: CcrRecord, due: Due, stamp: string, options: IcsOptions): string[] {
  const next = nextDay(due.date);
  return [
    "BEGIN:VEVENT",
    `UID:${uid(record, i)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(due.date)}`,
    `DTEND;VALUE=DATE:${compact(next)}`,
    `SUMMARY:${escapeIcsText(summary(action, record))}`,
    `DESCRIPTION:${escapeIcsText(description(action, i, record, options))}`,
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${escapeIcsText(summary(action, record))}`,
    "TRIGGER:-PT15H",
    "END:VALARM",
    "END:VEVENT",
  ];
}

/** 【负责人 李娜】提交物料需求清单 */
function summary(action: ActionItem, record: CcrRecord): string {
  const lang = recordLang(record);
  const owner = action.owner.trim() || "?";
  return lang === "en" ? `[${owner}] ${action.task}` : `【${owner}】${action.task}`;
}

function description(action: ActionItem, i: number, record: CcrRecord, options: IcsOptions): string {
  const lang = recordLang(record);
  const sep = labelColon(lang);
  const f = deadlineFacts(action, record);
  const rows: [string, string][] = [
    [pick(FIELD_LABELS.topic, lang), record.topic],
    [pick(ACTION_COLUMNS.no, lang), String(i + 1)],
    [pick(ACTION_COLUMNS.owner, lang), [action.owner, action.ownerDept].filter(Boolean).join(" / ")],
    [pick(ACTION_COLUMNS.deadline, lang), f.typed],
    [pick(ACTION_COLUMNS.deliverable, lang), action.deliverable],
    [pick(ACTION_COLUMNS.cc, lang), action.cc.join(listSeparator(lang))],
    [pick(ACTION_COLUMNS.status, lang), statusLabel(action, record, options)],
  ];
  return rows
    .filter(([, v]) => v.trim())
    .map(([k, v]) => k + sep + v)
    .join("\n");
}

function uid(record: CcrRecord, i: number): string {
  const base = (record.id && /^[\w.-]+$/.test(record.id) ? record.id : hash(`${record.topic}|${record.date}|${record.start}`)) + `-action-${i + 1}`;
  return `${base}@ccr`;
}

/** FNV-1a, hex: a stable id for records without one. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

function compact(iso: string): string {
  return iso.replace(/-/g, "");
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function icsUtc(d: Date): string {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
