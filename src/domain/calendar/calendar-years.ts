// Calendar years from State Council notices: their shape, their validation, and the years a user
// added (from a notice published after this release: `ccr calendar add`, the pane's 节假日安排).
//
// This module is small and has no data on purpose: the pane loads it with its first page to hand
// the stored years over, while the calendar itself (holiday data, lunar computation) loads later.

import type { Bilingual } from "../record/i18n";
import { isValidIsoDate, type IsoDate } from "./iso-date";

export interface HolidayBlock {
  name: Bilingual;
  from: IsoDate;
  to: IsoDate;
}

export interface MakeUpWorkday {
  date: IsoDate;
  /** The holiday this Saturday or Sunday is worked for. */
  for: Bilingual;
}

/** One year of the State Council's schedule: holiday blocks and make-up workdays (调休上班). */
export interface CalendarYear {
  notice: string;
  holidays: HolidayBlock[];
  workdays: MakeUpWorkday[];
}

/** calendar-cn.json, and the user's file of added years. */
export interface CalendarData {
  source: string;
  years: Record<string, CalendarYear>;
}

/** The schema of the user's file of added years (and of the pane's stored copy). */
export const ADDED_YEARS_SCHEMA = "ccr-calendar/1";

export interface AddedYearsFile {
  schema: typeof ADDED_YEARS_SCHEMA;
  years: Record<string, CalendarYear>;
}

/** The years of a file of added years; every entry that is not a valid year is named in `problems`. */
export function calendarYearsFromJson(value: unknown): { years: Record<string, CalendarYear>; problems: Bilingual[] } {
  const years: Record<string, CalendarYear> = {};
  const problems: Bilingual[] = [];
  const rawYears = isObject(value) ? value.years : undefined;
  if (!isObject(value) || value.schema !== ADDED_YEARS_SCHEMA || !isObject(rawYears)) {
    problems.push({
      zh: `不是 ccr 的节假日安排文件（应含 "schema": "${ADDED_YEARS_SCHEMA}" 和 "years"）。`,
      en: `Not a ccr holiday schedule file (it must hold "schema": "${ADDED_YEARS_SCHEMA}" and "years").`,
    });
    return { years, problems };
  }
  for (const [key, entry] of Object.entries(rawYears)) {
    if (/^\d{4}$/.test(key) && isCalendarYear(entry)) years[key] = entry;
    else problems.push({ zh: `${key}年的安排格式有误，已忽略。`, en: `The schedule for ${key} is malformed and was ignored.` });
  }
  return { years, problems };
}

export function addedYearsFile(years: Record<string, CalendarYear>): AddedYearsFile {
  const sorted = Object.fromEntries(Object.keys(years).sort().map((k) => [k, years[k]]));
  return { schema: ADDED_YEARS_SCHEMA, years: sorted };
}

function isCalendarYear(v: unknown): v is CalendarYear {
  if (!isObject(v) || typeof v.notice !== "string" || !Array.isArray(v.holidays) || !Array.isArray(v.workdays)) return false;
  return (
    v.holidays.every((h: unknown) => isObject(h) && isBilingual(h.name) && isValidIsoDate(h.from) && isValidIsoDate(h.to) && h.from <= h.to) &&
    v.workdays.every((w: unknown) => isObject(w) && isValidIsoDate(w.date) && isBilingual(w.for))
  );
}

function isBilingual(v: unknown): v is Bilingual {
  return isObject(v) && typeof v.zh === "string" && typeof v.en === "string";
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// ---------------------------------------------------------------------------------------------
// The years a user added. The calendar reads them on every use and rebuilds when they change.

let added: Record<string, CalendarYear> = {};
let addedVersion = 0;
const listeners = new Set<() => void>();

/** Makes these years part of the working-day calendar (they replace shipped years of the same number). */
export function setAddedCalendarYears(years: Record<string, CalendarYear>): void {
  added = { ...years };
  addedVersion++;
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the added years change (the pane checks the record again); returns the unsubscribe. */
export function subscribeAddedCalendarYears(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function addedCalendarYears(): { years: Readonly<Record<string, CalendarYear>>; version: number } {
  return { years: added, version: addedVersion };
}
