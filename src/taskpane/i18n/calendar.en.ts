// Messages of the holiday schedule dialog (en-US); the same keys as calendar.zh.ts.
import type { calendarZh } from "./calendar.zh";

export const calendarEn: Record<keyof typeof calendarZh, string> = {
  "calendar.menu": "Holiday schedule…",
  "calendar.title": "Holiday schedule",
  "calendar.intro":
    "The State Council publishes each year's holiday schedule the year before. Once it is out, paste the whole notice (title included) below, check what was read and confirm: working days in that year then follow the notice. A year without a notice uses the statutory holidays of the national holiday regulations, without make-up workdays or substitute days: provisional.",
  "calendar.paste": "The notice's full text",
  "calendar.read": "Read",
  "calendar.result": "What was read (check every line)",
  "calendar.problems": "Could not be read fully; nothing was added:",
  "calendar.confirm": "Add {year}",
  "calendar.close": "Close",
  "calendar.added": "The holiday schedule for {year} was added; the checks now count by the notice.",
  "calendar.already": "This schedule for {year} is already in the calendar; nothing to add.",
  "calendar.replaces": "Confirming replaces the schedule for {year} you had before.",
  "calendar.saveFailed": "The holiday schedule could not be saved: {reason}. The browser's storage may be full or disabled; free some space and try again. The pasted text is still in the box.",
  "calendar.addedYears": "Years added",
  "calendar.remove": "Remove {year}",
  "calendar.removed": "The added schedule for {year} was removed; the year is back to the shipped or provisional schedule.",
};
