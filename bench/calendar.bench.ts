// The working-day calendar: a provisional year's statutory holidays (lunar dates by tyme4ts), a
// State Council notice read into a year, and counting working days to a far placeholder deadline.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createCalendar, SHIPPED_CALENDAR } from "../src/domain/calendar/calendar";
import { parseHolidayNotice } from "../src/domain/calendar/notice";
import { statutoryHolidays } from "../src/domain/calendar/statutory-holidays";
import { figure, medianMs } from "./framework";
import { parseIsoDate as isoDay } from "../src/domain/calendar/iso-date";

const NOTICE_2026 = readFileSync(join(import.meta.dirname, "..", "test", "fixtures", "notices", "2026.txt"), "utf8");

let year = 2027;
figure("calendar.provisional-year.ms", "ms", () => medianMs(() => statutoryHolidays(year++ % 7000 + 2027)));
figure("calendar.notice-parse.ms", "ms", () => medianMs(() => parseHolidayNotice(NOTICE_2026)));
figure("calendar.workdays-to-9999.first.ms", "ms", () =>
  medianMs(() => createCalendar(SHIPPED_CALENDAR, { provisionalHolidays: statutoryHolidays }).workdaysBetween(isoDay("2026-12-02"), isoDay("9999-12-30")), { samples: 1 }),
);
