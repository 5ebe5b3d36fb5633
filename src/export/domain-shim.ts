// TEMPORARY: stand-ins for what the "domain" helper delivers in src/domain (deadline resolution,
// working-day calendar, the validator). Replaced by imports from src/domain as soon as they land
// in main; nothing outside src/export may import this file.

import type { Finding } from "../domain/findings";
import type { CcrRecord } from "../domain/record";

export interface ResolvedDeadline {
  /** ISO date YYYY-MM-DD. */
  date: string;
  /** HH:MM when the text names a time. */
  time?: string;
}

/** Resolves the common date forms; undefined when the text names no date. */
export function resolveDeadline(text: string, meetingDate: string): ResolvedDeadline | undefined {
  const t = text.trim();
  let y: number | undefined;
  let m: number;
  let d: number;
  const full = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(t);
  const short = /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/.exec(t);
  if (full) [y, m, d] = [Number(full[1]), Number(full[2]), Number(full[3])];
  else if (short) [m, d] = [Number(short[1]), Number(short[2])];
  else return undefined;
  if (y === undefined) {
    const my = Number(meetingDate.slice(0, 4)) || new Date().getUTCFullYear();
    y = `${my}-${pad(m)}-${pad(d)}` >= meetingDate ? my : my + 1;
  }
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const probe = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(probe.getTime()) || probe.toISOString().slice(0, 10) !== date) return undefined;
  const hm = /(\d{1,2})[:：](\d{2})/.exec(t.slice((full ?? short)!.index + (full ?? short)![0].length));
  return hm ? { date, time: `${pad(Number(hm[1]))}:${hm[2]}` } : { date };
}

/** Monday–Friday only (the real calendar knows holidays). */
export function addWorkdays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return "";
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}

/** Meeting date + 2 working days; null when the date is not ISO. */
export function circulationDeadline(meetingDate: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(meetingDate) ? addWorkdays(meetingDate, 2) : null;
}

/** 2 working days after sentOn, else after the circulation deadline. */
export function defaultObjectionBy(from: { date: string; sentOn: string }): string | null {
  const base = /^\d{4}-\d{2}-\d{2}$/.test(from.sentOn) ? from.sentOn : circulationDeadline(from.date);
  return base ? addWorkdays(base, 2) : null;
}

/** The required-field errors only (the real validator has all ten checks). */
export function validateRecord(record: CcrRecord): Finding[] {
  const findings: Finding[] = [];
  const need = (ok: boolean, path: string) => {
    if (!ok) findings.push({ rule: "required", severity: "error", path, message: { zh: `缺少 ${path}`, en: `${path} missing` } });
  };
  need(record.topic.trim() !== "", "topic");
  need(record.date.trim() !== "", "date");
  need(record.lead.name.trim() !== "", "lead.name");
  record.actions.forEach((a, i) => {
    need(a.owner.trim() !== "", `actions[${i}].owner`);
    need(a.deadline.trim() !== "", `actions[${i}].deadline`);
    need(a.deliverable.trim() !== "", `actions[${i}].deliverable`);
  });
  return findings;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
