// ISO calendar dates (`YYYY-MM-DD`) and their arithmetic, on day numbers (days since 1970-01-01)
// computed from the digits, never through local-time `Date` methods, so that results do not
// depend on the machine's time zone. No holiday data here: calendar.ts adds the China calendar.
//
// The range is the one `YYYY-MM-DD` can write: 1000-01-01 … 9999-12-31. Arithmetic that would
// leave it throws CalendarRangeError, which callers turn into a message (never a crash).

declare const isoDateBrand: unique symbol;
/**
 * A valid ISO calendar date `YYYY-MM-DD`. Branded: a plain string becomes one only through
 * isValidIsoDate (a type guard), parseIsoDate or the arithmetic below, so text a user typed
 * cannot reach the calendar unchecked.
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };

export const FIRST_CALENDAR_DATE = "1000-01-01" as IsoDate;
export const LAST_CALENDAR_DATE = "9999-12-31" as IsoDate;

/** A date computed from a valid one falls outside 1000-01-01 … 9999-12-31. */
export class CalendarRangeError extends RangeError {
  constructor() {
    super(`Outside the calendar's range ${FIRST_CALENDAR_DATE} … ${LAST_CALENDAR_DATE}`);
    this.name = "CalendarRangeError";
  }
}

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
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as IsoDate;
}

/** The text as an IsoDate. Throws RangeError when it is not a valid `YYYY-MM-DD` date. */
export function parseIsoDate(text: string): IsoDate {
  if (!isValidIsoDate(text)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(text)}`);
  return text;
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

const FIRST_DAY_NUMBER = daysFromCivil(1000, 1, 1);
const LAST_DAY_NUMBER = daysFromCivil(9999, 12, 31);

/** True when the day number is within 1000-01-01 … 9999-12-31. */
export function inCalendarRange(n: number): boolean {
  return Number.isInteger(n) && n >= FIRST_DAY_NUMBER && n <= LAST_DAY_NUMBER;
}

/** The ISO date of a day number. Throws CalendarRangeError outside 1000-01-01 … 9999-12-31. */
export function fromDayNumber(n: number): IsoDate {
  if (!inCalendarRange(n)) throw new CalendarRangeError();
  const { year, month, day } = civilFromDays(n);
  return isoDate(year, month, day);
}

/** The year of a day number (no range check: used by the calendar's inner loops). */
export function yearOfDayNumber(n: number): number {
  return civilFromDays(n).year;
}

// Howard Hinnant's civil_from_days and days_from_civil.
function civilFromDays(n: number): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
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

/** `date` plus n days. Throws CalendarRangeError past 9999-12-31 (or before 1000-01-01). */
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
  return weekdayOfDayNumber(dayNumber(date));
}

export function weekdayOfDayNumber(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** The last day of the month of `date`. */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = ymdOf(date);
  return isoDate(year, month, daysInMonth(year, month));
}

/**
 * The same day n months later, clamped to the month's last day (1-31 + 1 month → 2-28). Throws
 * CalendarRangeError past 9999-12 (or before 1000-01).
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = ymdOf(date);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  if (y < 1000 || y > 9999) throw new CalendarRangeError();
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** -1, 0 or 1; ISO dates compare as strings. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
