// The working-day calendar of mainland China: weekends, statutory holidays and make-up workdays (调休).
//
// Dates are ISO `YYYY-MM-DD` strings. All arithmetic runs on day numbers (days since 1970-01-01)
// computed from the digits, never through local-time `Date` methods, so results do not depend on
// the machine's time zone. Holidays are data (calendar-cn.json, one entry per year of State
// Council notices); outside the years it covers, Monday–Friday are working days and
// `isOfficialCalendarYear` says so, so that callers can tell the user.

import type { Bilingual } from "../record/i18n";
import calendarCn from "./calendar-cn.json";

/** An ISO calendar date `YYYY-MM-DD` (a plain string; check it with isValidIsoDate). */
export type IsoDate = string;

export type DayKind = "workday" | "weekend" | "holiday";

/** The shape of calendar-cn.json. */
export interface CalendarData {
  source: string;
  years: Record<
    string,
    {
      notice: string;
      holidays: { name: Bilingual; from: IsoDate; to: IsoDate }[];
      workdays: { date: IsoDate; for: Bilingual }[];
    }
  >;
}

/** What the calendar knows about one day beyond its kind. */
export interface DayInfo {
  date: IsoDate;
  kind: DayKind;
  /** The holiday, or for a make-up workday the holiday it makes up for. */
  name?: Bilingual;
  makeUpWorkday: boolean;
  /** False when the year is outside the official data (Monday–Friday fallback). */
  official: boolean;
}

export interface WorkdayCalendar {
  dayKind(date: IsoDate): DayKind;
  dayInfo(date: IsoDate): DayInfo;
  isWorkday(date: IsoDate): boolean;
  addWorkdays(date: IsoDate, n: number): IsoDate;
  workdaysBetween(a: IsoDate, b: IsoDate): number;
  isOfficialCalendarYear(year: number): boolean;
  officialYears(): number[];
}

// ---------------------------------------------------------------------------------------------
// Day numbers

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for an existing date written exactly `YYYY-MM-DD` (years 1000–9999). */
export function isValidIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  return isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** True when year/month/day name an existing date (years 1000–9999). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1000 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Builds `YYYY-MM-DD`; the caller makes sure the parts exist (see isValidYmd). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Year, month and day of an ISO date. Throws RangeError on an invalid date. */
export function ymdOf(date: IsoDate): { year: number; month: number; day: number } {
  if (!isValidIsoDate(date)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function yearOf(date: IsoDate): number {
  return ymdOf(date).year;
}

/** Days since 1970-01-01 (proleptic Gregorian calendar). */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = ymdOf(date);
  return daysFromCivil(year, month, day);
}

/** The ISO date of a day number. */
export function fromDayNumber(n: number): IsoDate {
  // Howard Hinnant's civil_from_days.
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return isoDate(year, month, day);
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return fromDayNumber(dayNumber(date) + n);
}

/** Calendar days from a to b (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The last day of the month of `date`. */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = ymdOf(date);
  return isoDate(year, month, daysInMonth(year, month));
}

/** The same day n months later, clamped to the month's last day (1-31 + 1 month → 2-28). */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = ymdOf(date);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** -1, 0 or 1; ISO dates compare as strings. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// The calendar

/** Builds a working-day calendar from holiday data; the module functions below use calendar-cn.json. */
export function createCalendar(data: CalendarData): WorkdayCalendar {
  const days = new Map<number, { kind: "holiday" | "workday"; name: Bilingual }>();
  const years = new Set<number>();
  for (const [yearKey, entry] of Object.entries(data.years)) {
    years.add(Number(yearKey));
    for (const h of entry.holidays) {
      for (let d = dayNumber(h.from); d <= dayNumber(h.to); d++) days.set(d, { kind: "holiday", name: h.name });
    }
    for (const w of entry.workdays) days.set(dayNumber(w.date), { kind: "workday", name: w.for });
  }
  const sortedYears = [...years].sort((a, b) => a - b);

  const kindOfDay = (n: number): DayKind => {
    const special = days.get(n);
    if (special) return special.kind;
    const weekday = ((((n + 3) % 7) + 7) % 7) + 1;
    return weekday >= 6 ? "weekend" : "workday";
  };

  const calendar: WorkdayCalendar = {
    dayKind: (date) => kindOfDay(dayNumber(date)),
    dayInfo(date) {
      const n = dayNumber(date);
      const special = days.get(n);
      return {
        date,
        kind: kindOfDay(n),
        ...(special ? { name: special.name } : {}),
        makeUpWorkday: special?.kind === "workday",
        official: years.has(yearOf(date)),
      };
    },
    isWorkday: (date) => kindOfDay(dayNumber(date)) === "workday",
    addWorkdays(date, n) {
      if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of working days: ${n}`);
      let day = dayNumber(date);
      const step = n < 0 ? -1 : 1;
      for (let left = Math.abs(n); left > 0; ) {
        day += step;
        if (kindOfDay(day) === "workday") left--;
      }
      return fromDayNumber(day);
    },
    workdaysBetween(a, b) {
      const from = dayNumber(a);
      const to = dayNumber(b);
      let count = 0;
      if (from <= to) {
        for (let d = from + 1; d <= to; d++) if (kindOfDay(d) === "workday") count++;
        return count;
      }
      for (let d = to; d < from; d++) if (kindOfDay(d) === "workday") count++;
      return -count;
    },
    isOfficialCalendarYear: (year) => years.has(year),
    officialYears: () => [...sortedYears],
  };
  return calendar;
}

/** Mainland China, from calendar-cn.json. */
export const CHINA_CALENDAR: WorkdayCalendar = createCalendar(calendarCn as CalendarData);

/** Where the holiday data comes from (for help texts and notes). */
export const CALENDAR_SOURCE: string = (calendarCn as CalendarData).source;

/** workday, weekend or holiday; a make-up workday (调休上班) is a workday. Throws RangeError on an invalid date. */
export function dayKind(date: IsoDate): DayKind {
  return CHINA_CALENDAR.dayKind(date);
}

/** dayKind plus the holiday name and whether the year is covered by official data. */
export function dayInfo(date: IsoDate): DayInfo {
  return CHINA_CALENDAR.dayInfo(date);
}

export function isWorkday(date: IsoDate): boolean {
  return CHINA_CALENDAR.isWorkday(date);
}

/**
 * The date n working days after `date` (before it when n is negative). n = 0 gives `date` itself,
 * whatever its kind. The start day never counts.
 */
export function addWorkdays(date: IsoDate, n: number): IsoDate {
  return CHINA_CALENDAR.addWorkdays(date, n);
}

/**
 * Working days after a up to and including b; when b is earlier, minus the working days from b
 * up to but not including a. The inverse of addWorkdays: workdaysBetween(a, addWorkdays(a, n)) = n.
 */
export function workdaysBetween(a: IsoDate, b: IsoDate): number {
  return CHINA_CALENDAR.workdaysBetween(a, b);
}

/** True when calendar-cn.json holds the State Council schedule of that year. */
export function isOfficialCalendarYear(year: number): boolean {
  return CHINA_CALENDAR.isOfficialCalendarYear(year);
}

/** The years calendar-cn.json covers, ascending. */
export function officialYears(): number[] {
  return CHINA_CALENDAR.officialYears();
}

/**
 * Years between two dates (inclusive) that the official data does not cover: what a note such
 * as "calendar not official for 2027" must name. Empty when either date is invalid.
 */
export function unofficialYearsBetween(a: IsoDate, b: IsoDate): number[] {
  if (!isValidIsoDate(a) || !isValidIsoDate(b)) return [];
  const [lo, hi] = [yearOf(a), yearOf(b)].sort((x, y) => x - y);
  const out: number[] = [];
  for (let y = lo; y <= hi; y++) if (!isOfficialCalendarYear(y)) out.push(y);
  return out;
}

/** A bilingual note that working days in those years follow Monday–Friday only; null when none. */
export function unofficialCalendarNote(years: readonly number[]): Bilingual | null {
  if (years.length === 0) return null;
  const list = years.join("、");
  const listEn = years.join(", ");
  return {
    zh: `${list}年的法定节假日安排尚未收录,按周一至周五计算工作日,结果可能与官方安排不同。`,
    en: `The official holiday schedule for ${listEn} is not in the calendar yet; working days were counted as Monday to Friday and may differ from the official schedule.`,
  };
}

// ---------------------------------------------------------------------------------------------
// Follow-up deadlines (record-template §1.4)

/** Working days within which the minutes must be circulated. */
export const CIRCULATION_WORKDAYS = 2;
/** Working days after circulation for objections. */
export const OBJECTION_WORKDAYS = 2;

/** Meeting date + 2 working days; null when the meeting date is not a valid ISO date. */
export function circulationDeadline(meetingDate: string): IsoDate | null {
  return isValidIsoDate(meetingDate) ? addWorkdays(meetingDate, CIRCULATION_WORKDAYS) : null;
}

/**
 * Default objection deadline: 2 working days after the circulation date. Given a record, the
 * circulation date is sentOn when set, otherwise the circulation deadline of the meeting date.
 * Null when there is no valid date to start from.
 */
export function defaultObjectionBy(from: string | { date: string; sentOn: string }): IsoDate | null {
  const base = typeof from === "string" ? from : isValidIsoDate(from.sentOn) ? from.sentOn : circulationDeadline(from.date);
  return base !== null && isValidIsoDate(base) ? addWorkdays(base, OBJECTION_WORKDAYS) : null;
}
