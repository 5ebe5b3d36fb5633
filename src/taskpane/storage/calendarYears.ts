// The calendar years the user added in the pane (节假日安排: a State Council notice pasted and
// confirmed), kept in the browser's storage (the webview's in Word) like the stand-alone records.
// Read once when the pane starts, before anything counts working days.
import { addedYearsFile, calendarYearsFromJson, setAddedCalendarYears, type CalendarYear } from "../../domain/calendar/calendar-years";
import type { StorageLike } from "./localRecords";

const CALENDAR_KEY = "ccr.calendar.v1";

export function storedCalendarYears(storage: StorageLike): Record<string, CalendarYear> {
  let raw: string | null;
  try {
    raw = storage.getItem(CALENDAR_KEY);
  } catch {
    return {};
  }
  if (!raw) return {};
  try {
    return calendarYearsFromJson(JSON.parse(raw)).years;
  } catch {
    return {};
  }
}

/** Makes the stored years part of the calendar; call before the pane renders. */
export function installStoredCalendarYears(storage: StorageLike): void {
  setAddedCalendarYears(storedCalendarYears(storage));
}

/** Stores the years and makes them part of the calendar. Throws when the storage refuses (the pane says so). */
export function storeCalendarYears(storage: StorageLike, years: Record<string, CalendarYear>): void {
  storage.setItem(CALENDAR_KEY, JSON.stringify(addedYearsFile(years)));
  setAddedCalendarYears(years);
}
