// Properties of the calendar and of deadline resolution over many generated inputs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addWorkdays, dayKind, dayNumber, fromDayNumber, isValidIsoDate, isWorkday, weekdayOf, workdaysBetween } from "./calendar";
import { resolveDeadline } from "./deadline";
import { parseIsoDate as isoDay } from "./iso-date";

/** Any date from 2019 to 2028 (inside and around the official years). */
const date = fc.integer({ min: dayNumber(isoDay("2019-01-01")), max: dayNumber(isoDay("2028-12-31")) }).map(fromDayNumber);

describe("calendar properties", () => {
  it("addDays and day numbers agree, and weekdays advance by one", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -800, max: 800 }), (d, n) => {
        const e = addDays(d, n);
        expect(isValidIsoDate(e)).toBe(true);
        expect(dayNumber(e) - dayNumber(d)).toBe(n);
        expect(weekdayOf(e)).toBe(((((weekdayOf(d) - 1 + n) % 7) + 7) % 7) + 1);
      }),
    );
  });

  it("addWorkdays lands on a working day and workdaysBetween counts it back", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -60, max: 60 }).filter((n) => n !== 0), (d, n) => {
        const e = addWorkdays(d, n);
        expect(isWorkday(e)).toBe(true);
        expect(workdaysBetween(d, e)).toBe(n);
        expect(Math.sign(dayNumber(e) - dayNumber(d))).toBe(Math.sign(n));
      }),
    );
  });

  it("a weekend day is never a workday unless it is a make-up day, and a weekday is never a weekend", () => {
    fc.assert(
      fc.property(date, (d) => {
        const kind = dayKind(d);
        if (weekdayOf(d) <= 5) expect(kind).not.toBe("weekend");
        else expect(kind === "weekend" || kind === "holiday" || kind === "workday").toBe(true);
      }),
    );
  });
});

describe("deadline properties", () => {
  it("resolveDeadline never throws and resolves only to valid dates and times", () => {
    const piece = fc.constantFrom("2026", "年", "月", "日", "-", "/", ".", "6", "12", "30", "本周", "下周", "五", "工作日", "个", "天内", "两周内", "月底", "前", "17:00", "下午", "点", "半", "尽快", " ", "within", "days", "June");
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.array(piece, { maxLength: 8 }).map((p) => p.join("")));
    fc.assert(
      fc.property(text, fc.oneof(date, fc.constantFrom("", "bad", "2026-02-30")), (t, meeting) => {
        const r = resolveDeadline(t, meeting);
        expect(r.text).toBe(t);
        if (r.kind === "resolved") {
          expect(isValidIsoDate(r.date)).toBe(true);
          if (r.time !== undefined) expect(r.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
