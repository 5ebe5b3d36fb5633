// The working-day calendar of mainland China: weekends, statutory holidays and make-up workdays (调休).
//
// Dates are ISO `YYYY-MM-DD` strings (iso-date.ts: arithmetic on day numbers, independent of the
// machine's time zone). A year's holidays come from the State Council's notice: calendar-cn.json
// for the years shipped, or a year the user added from a later notice (calendar-years.ts). A year
// without a notice is provisional: its statutory holidays are computed from
// 《全国年节及纪念日放假办法》 (statutory-holidays.ts), without make-up workdays or substitute days,
// which only the notice fixes; `isOfficialCalendarYear` tells callers so that they can say it.

import type { Bilingual } from "../record/i18n";
import calendarCn from "./calendar-cn.json";
import { addedCalendarYears, type CalendarData, type CalendarYear } from "./calendar-years";
import { CalendarRangeError, dayNumber, fromDayNumber, inCalendarRange, isValidIsoDate, weekdayOfDayNumber, yearOf, yearOfDayNumber, type IsoDate } from "./iso-date";
import { statutoryHolidays } from "./statutory-holidays";

export * from "./iso-date";
export type { CalendarData, CalendarYear, HolidayBlock, MakeUpWorkday } from "./calendar-years";

export type DayKind = "workday" | "weekend" | "holiday";

/** What the calendar knows about one day beyond its kind. */
export interface DayInfo {
  date: IsoDate;
  kind: DayKind;
  /** The holiday, or for a make-up workday the holiday it makes up for. */
  name?: Bilingual;
  makeUpWorkday: boolean;
  /** False when the year has no State Council notice: its holidays are provisional (statutory days only). */
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

export interface CalendarOptions {
  /** The holidays of a year the data has no notice for; none (Monday–Friday) when not given. */
  provisionalHolidays?: (year: number) => readonly { name: Bilingual; from: IsoDate; to: IsoDate }[];
}

// ---------------------------------------------------------------------------------------------
// The calendar

type SpecialDay = { kind: "holiday" | "workday"; name: Bilingual };

/** Builds a working-day calendar from holiday data; the module functions below use chinaCalendar(). */
export function createCalendar(data: CalendarData, options: CalendarOptions = {}): WorkdayCalendar {
  const days = new Map<number, SpecialDay>();
  const years = new Set<number>();
  for (const [yearKey, entry] of Object.entries(data.years)) {
    years.add(Number(yearKey));
    for (const h of entry.holidays) {
      for (let d = dayNumber(h.from); d <= dayNumber(h.to); d++) days.set(d, { kind: "holiday", name: h.name });
    }
    for (const w of entry.workdays) days.set(dayNumber(w.date), { kind: "workday", name: w.for });
  }
  const sortedYears = [...years].sort((a, b) => a - b);

  const provisional = new Map<number, Map<number, SpecialDay>>();
  const provisionalDays = (year: number): Map<number, SpecialDay> => {
    let found = provisional.get(year);
    if (!found) {
      found = new Map();
      for (const h of options.provisionalHolidays?.(year) ?? []) {
        for (let d = dayNumber(h.from); d <= dayNumber(h.to); d++) found.set(d, { kind: "holiday", name: h.name });
      }
      provisional.set(year, found);
    }
    return found;
  };

  const specialDay = (n: number): SpecialDay | undefined => {
    const listed = days.get(n);
    if (listed) return listed;
    const year = yearOfDayNumber(n);
    return years.has(year) ? undefined : provisionalDays(year).get(n);
  };

  const kindOfDay = (n: number): DayKind => {
    const special = specialDay(n);
    if (special) return special.kind;
    return weekdayOfDayNumber(n) >= 6 ? "weekend" : "workday";
  };

  const calendar: WorkdayCalendar = {
    dayKind: (date) => kindOfDay(dayNumber(date)),
    dayInfo(date) {
      const n = dayNumber(date);
      const special = specialDay(n);
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
        if (!inCalendarRange(day)) throw new CalendarRangeError();
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

/** The years shipped in calendar-cn.json (State Council notices). */
// The shipped file is checked by calendar-data.test.ts (every date valid, years complete).
export const SHIPPED_CALENDAR: CalendarData = calendarCn as unknown as CalendarData;

/** Where the holiday data comes from (for help texts and notes). */
export const CALENDAR_SOURCE: string = SHIPPED_CALENDAR.source;

let current: { version: number; calendar: WorkdayCalendar } | null = null;

/** Mainland China: the shipped years, the years the user added, provisional years for the rest. */
export function chinaCalendar(): WorkdayCalendar {
  const added = addedCalendarYears();
  if (current?.version !== added.version) {
    const years: Record<string, CalendarYear> = { ...SHIPPED_CALENDAR.years, ...added.years };
    current = { version: added.version, calendar: createCalendar({ source: CALENDAR_SOURCE, years }, { provisionalHolidays: statutoryHolidays }) };
  }
  return current.calendar;
}

/** The notice entry of a year (shipped or added), or null for a provisional year. */
export function calendarYear(year: number): CalendarYear | null {
  return addedCalendarYears().years[String(year)] ?? SHIPPED_CALENDAR.years[String(year)] ?? null;
}

/** workday, weekend or holiday; a make-up workday (调休上班) is a workday. Throws RangeError on an invalid date. */
export function dayKind(date: IsoDate): DayKind {
  return chinaCalendar().dayKind(date);
}

/** dayKind plus the holiday name and whether the year has a State Council notice. */
export function dayInfo(date: IsoDate): DayInfo {
  return chinaCalendar().dayInfo(date);
}

export function isWorkday(date: IsoDate): boolean {
  return chinaCalendar().isWorkday(date);
}

/**
 * The date n working days after `date` (before it when n is negative). n = 0 gives `date` itself,
 * whatever its kind. The start day never counts. Throws CalendarRangeError past 9999-12-31.
 */
export function addWorkdays(date: IsoDate, n: number): IsoDate {
  return chinaCalendar().addWorkdays(date, n);
}

/**
 * Working days after a up to and including b; when b is earlier, minus the working days from b
 * up to but not including a. The inverse of addWorkdays: workdaysBetween(a, addWorkdays(a, n)) = n.
 */
export function workdaysBetween(a: IsoDate, b: IsoDate): number {
  return chinaCalendar().workdaysBetween(a, b);
}

/** The first working day on or after `date`; null past 9999-12-31. */
export function nextWorkdayFrom(date: IsoDate): IsoDate | null {
  try {
    return isWorkday(date) ? date : addWorkdays(date, 1);
  } catch (e) {
    if (e instanceof CalendarRangeError) return null;
    throw e;
  }
}

/** True when the year has a State Council notice (shipped in calendar-cn.json, or added by the user). */
export function isOfficialCalendarYear(year: number): boolean {
  return chinaCalendar().isOfficialCalendarYear(year);
}

/** The years with a notice, ascending. */
export function officialYears(): number[] {
  return chinaCalendar().officialYears();
}

/**
 * Years between two dates (inclusive) that have no notice, so that their holidays are
 * provisional: what a note such as "2027 is provisional" must name. Empty when either date is invalid.
 */
export function unofficialYearsBetween(a: IsoDate, b: IsoDate): number[] {
  if (!isValidIsoDate(a) || !isValidIsoDate(b)) return [];
  const [lo, hi] = [yearOf(a), yearOf(b)].sort((x, y) => x - y);
  const out: number[] = [];
  for (let y = lo; y <= hi; y++) if (!isOfficialCalendarYear(y)) out.push(y);
  return out;
}

/** A bilingual note that the working days of those years are provisional; null when none. */
export function unofficialCalendarNote(years: readonly number[]): Bilingual | null {
  if (years.length === 0) return null;
  const list = years.join("、");
  const listEn = years.join(", ");
  return {
    zh: `${list}年尚无国务院办公厅的节假日安排通知：工作日按《全国年节及纪念日放假办法》规定的法定节假日推算，不含调休上班和补假，为暂定结果；通知发布后请添加该年安排（命令行 ccr calendar add，或任务窗格的“节假日安排”）。`,
    en: `${listEn}: the State Council's holiday schedule is not in the calendar yet. Working days were counted with the statutory holidays of the national holiday regulations, without make-up workdays or substitute days, and are provisional; add the notice once it is published (ccr calendar add, or Holiday schedule in the task pane).`,
  };
}

// ---------------------------------------------------------------------------------------------
// Follow-up deadlines (record-template §1.4)

/** Working days within which the minutes must be circulated. */
export const CIRCULATION_WORKDAYS = 2;
/** Working days after circulation for objections. */
export const OBJECTION_WORKDAYS = 2;

/** Meeting date + 2 working days; null when the meeting date is not a valid ISO date or the result is past 9999-12-31. */
export function circulationDeadline(meetingDate: string): IsoDate | null {
  return isValidIsoDate(meetingDate) ? workdaysAfterOrNull(meetingDate, CIRCULATION_WORKDAYS) : null;
}

/** addWorkdays, or null when the result would be past 9999-12-31. */
function workdaysAfterOrNull(date: IsoDate, n: number): IsoDate | null {
  try {
    return addWorkdays(date, n);
  } catch (e) {
    if (e instanceof CalendarRangeError) return null;
    throw e;
  }
}

/**
 * Default objection deadline: 2 working days after the circulation date. Given a record, the
 * circulation date is sentOn when set, otherwise the circulation deadline of the meeting date.
 * Null when there is no valid date to start from, or the result is past 9999-12-31.
 */
export function defaultObjectionBy(from: string | { date: string; sentOn: string }): IsoDate | null {
  const base = typeof from === "string" ? from : isValidIsoDate(from.sentOn) ? from.sentOn : circulationDeadline(from.date);
  return base !== null && isValidIsoDate(base) ? workdaysAfterOrNull(base, OBJECTION_WORKDAYS) : null;
}
