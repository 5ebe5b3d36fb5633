// The meeting invitation as an iCalendar file (RFC 5545): one VEVENT in the Asia/Shanghai time
// zone with the location and a description holding the agenda, for Outlook and other calendars.
// Escaping, folding and the VTIMEZONE come from ./ics.

import type { Agenda } from "../domain/meeting/agenda";
import { agendaText } from "../domain/meeting/agenda-text";
import { isValidIsoDate } from "../domain/calendar/calendar";
import type { Bilingual } from "../domain/record/i18n";
import { recordLang, type CcrRecord } from "../domain/record/record";
import { escapeIcsText, foldIcsLine, hash, ICS_TZID, icsUtc, VTIMEZONE } from "./ics";

export interface AgendaIcsOptions {
  /** DTSTAMP; now when absent. */
  now?: Date;
}

const CLOCK = /^(\d{1,2})[::](\d{2})$/;

/** Why the record cannot become an invitation (no valid date or start time), or null. */
export function agendaIcsProblem(record: CcrRecord): Bilingual | null {
  if (!isValidIsoDate(record.date)) {
    return { zh: "会议日期缺失或无效，无法生成日历邀请。", en: "The meeting date is missing or invalid; no invitation can be made." };
  }
  if (!CLOCK.test(record.start.trim())) {
    return { zh: "会议开始时间缺失或无效（应为 HH:MM），无法生成日历邀请。", en: "The start time is missing or invalid (HH:MM); no invitation can be made." };
  }
  return null;
}

/** The invitation; throws when agendaIcsProblem reports a problem. */
export function exportAgendaIcs(record: CcrRecord, agenda: Agenda, options: AgendaIcsOptions = {}): string {
  const problem = agendaIcsProblem(record);
  if (problem) throw new Error(problem.en);
  const lang = recordLang(record);
  const start = localTime(record.date, record.start);
  // Without a valid end the invitation lasts as long as the agenda's items, at least 30 minutes.
  const end = CLOCK.test(record.end.trim()) && localTime(record.date, record.end) > start ? localTime(record.date, record.end) : addMinutes(start, Math.max(30, agenda.items.reduce((s, i) => s + i.minutes, 0)));
  const topic = record.topic.trim() || (lang === "en" ? "Meeting" : "会议");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//ccr//ccr agenda//ZH",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...VTIMEZONE,
    "BEGIN:VEVENT",
    `UID:${uid(record)}`,
    `DTSTAMP:${icsUtc(options.now ?? new Date())}`,
    `DTSTART;TZID=${ICS_TZID}:${start}`,
    `DTEND;TZID=${ICS_TZID}:${end}`,
    `SUMMARY:${escapeIcsText(topic)}`,
    ...(record.place.trim() ? [`LOCATION:${escapeIcsText(record.place.trim())}`] : []),
    `DESCRIPTION:${escapeIcsText(agendaText(record, agenda, { lang }))}`,
    "STATUS:CONFIRMED",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${escapeIcsText(topic)}`,
    "TRIGGER:-PT15M",
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldIcsLine).join("\r\n") + "\r\n";
}

/** 20260608T140000 */
function localTime(date: string, clock: string): string {
  const m = CLOCK.exec(clock.trim())!;
  return `${date.replace(/-/g, "")}T${m[1].padStart(2, "0")}${m[2]}00`;
}

function addMinutes(local: string, minutes: number): string {
  const day = local.slice(0, 8);
  const total = Number(local.slice(9, 11)) * 60 + Number(local.slice(11, 13)) + minutes;
  // Meetings past midnight end at 23:59 of the same day.
  const capped = Math.min(total, 23 * 60 + 59);
  return `${day}T${String(Math.floor(capped / 60)).padStart(2, "0")}${String(capped % 60).padStart(2, "0")}00`;
}

function uid(record: CcrRecord): string {
  const id = record.id && /^[\w.-]+$/.test(record.id) ? record.id : hash(`${record.topic}|${record.date}|${record.start}`);
  return `${id}-meeting@ccr`;
}
