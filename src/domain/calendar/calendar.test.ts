import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addWorkdays,
  circulationDeadline,
  createCalendar,
  dayInfo,
  dayKind,
  dayNumber,
  defaultObjectionBy,
  endOfMonth,
  fromDayNumber,
  isOfficialCalendarYear,
  isValidIsoDate,
  isWorkday,
  officialYears,
  unofficialCalendarNote,
  unofficialYearsBetween,
  weekdayOf,
  workdaysBetween,
  nextWorkdayFrom,
  CalendarRangeError,
  type CalendarData,
} from "./calendar";
import calendarCn from "./calendar-cn.json";
import { parseIsoDate as isoDay, type IsoDate } from "./iso-date";

/** Every date from `from` to `to` inclusive. */
function range(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

describe("ISO dates", () => {
  it("accepts existing dates only", () => {
    expect(isValidIsoDate(isoDay("2026-06-12"))).toBe(true);
    expect(isValidIsoDate(isoDay("2024-02-29"))).toBe(true);
    expect(isValidIsoDate("2026-02-29")).toBe(false);
    expect(isValidIsoDate("2026-02-30")).toBe(false);
    expect(isValidIsoDate("2026-13-01")).toBe(false);
    expect(isValidIsoDate("2026-6-12")).toBe(false);
    expect(isValidIsoDate("2100-02-29")).toBe(false);
    expect(isValidIsoDate(isoDay("2000-02-29"))).toBe(true);
    expect(isValidIsoDate(20260612)).toBe(false);
    expect(isValidIsoDate("")).toBe(false);
  });

  it("round-trips day numbers over four centuries", () => {
    expect(dayNumber(isoDay("1970-01-01"))).toBe(0);
    expect(fromDayNumber(0)).toBe(isoDay("1970-01-01"));
    for (let n = -200000; n < 200000; n += 997) expect(dayNumber(fromDayNumber(n))).toBe(n);
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays(isoDay("2026-01-31"), 1)).toBe(isoDay("2026-02-01"));
    expect(addDays(isoDay("2024-02-28"), 1)).toBe(isoDay("2024-02-29"));
    expect(addDays(isoDay("2026-12-31"), 1)).toBe(isoDay("2027-01-01"));
    expect(addDays(isoDay("2026-03-01"), -1)).toBe(isoDay("2026-02-28"));
    expect(addDays(isoDay("2026-06-08"), 0)).toBe(isoDay("2026-06-08"));
    expect(() => addDays("2026-02-30" as IsoDate, 1)).toThrow(RangeError);
  });

  it("names weekdays 1 = Monday … 7 = Sunday", () => {
    expect(weekdayOf(isoDay("2026-06-08"))).toBe(1);
    expect(weekdayOf(isoDay("2026-04-03"))).toBe(5);
    expect(weekdayOf(isoDay("2026-04-05"))).toBe(7);
    expect(weekdayOf(isoDay("1970-01-01"))).toBe(4);
    expect(weekdayOf(isoDay("1969-12-28"))).toBe(7);
  });

  it("finds month ends and adds months with clamping", () => {
    expect(endOfMonth(isoDay("2026-02-10"))).toBe(isoDay("2026-02-28"));
    expect(endOfMonth(isoDay("2024-02-10"))).toBe(isoDay("2024-02-29"));
    expect(endOfMonth(isoDay("2026-06-08"))).toBe(isoDay("2026-06-30"));
    expect(addMonths(isoDay("2026-01-31"), 1)).toBe(isoDay("2026-02-28"));
    expect(addMonths(isoDay("2026-12-15"), 1)).toBe(isoDay("2027-01-15"));
    expect(addMonths(isoDay("2026-01-15"), -1)).toBe(isoDay("2025-12-15"));
  });
});

describe("China working-day calendar", () => {
  // [name, holiday from, holiday to, make-up workdays]
  const blocks: [string, IsoDate, IsoDate, IsoDate[]][] = [
    ["2025 元旦", isoDay("2025-01-01"), isoDay("2025-01-01"), []],
    ["2025 春节", isoDay("2025-01-28"), isoDay("2025-02-04"), [isoDay("2025-01-26"), isoDay("2025-02-08")]],
    ["2025 清明", isoDay("2025-04-04"), isoDay("2025-04-06"), []],
    ["2025 劳动节", isoDay("2025-05-01"), isoDay("2025-05-05"), [isoDay("2025-04-27")]],
    ["2025 端午", isoDay("2025-05-31"), isoDay("2025-06-02"), []],
    ["2025 国庆、中秋", isoDay("2025-10-01"), isoDay("2025-10-08"), [isoDay("2025-09-28"), isoDay("2025-10-11")]],
    ["2026 元旦", isoDay("2026-01-01"), isoDay("2026-01-03"), [isoDay("2026-01-04")]],
    ["2026 春节", isoDay("2026-02-15"), isoDay("2026-02-23"), [isoDay("2026-02-14"), isoDay("2026-02-28")]],
    ["2026 清明", isoDay("2026-04-04"), isoDay("2026-04-06"), []],
    ["2026 劳动节", isoDay("2026-05-01"), isoDay("2026-05-05"), [isoDay("2026-05-09")]],
    ["2026 端午", isoDay("2026-06-19"), isoDay("2026-06-21"), []],
    ["2026 中秋", isoDay("2026-09-25"), isoDay("2026-09-27"), []],
    ["2026 国庆", isoDay("2026-10-01"), isoDay("2026-10-07"), [isoDay("2026-09-20"), isoDay("2026-10-10")]],
  ];
  for (const [name, from, to, makeUps] of blocks) {
    it(`${name}: ${from} … ${to} are holidays, the days around them are not${makeUps.length ? `, ${makeUps.join(" and ")} are make-up workdays` : ""}`, () => {
      for (const d of range(from, to)) {
        expect(dayKind(d), d).toBe("holiday");
        expect(isWorkday(d), d).toBe(false);
      }
      expect(dayKind(addDays(from, -1))).not.toBe("holiday");
      expect(dayKind(addDays(to, 1))).not.toBe("holiday");
      for (const d of makeUps) {
        expect(weekdayOf(d), `${d} falls on a weekend`).toBeGreaterThanOrEqual(6);
        expect(dayKind(d), d).toBe("workday");
        expect(isWorkday(d), d).toBe(true);
        expect(dayInfo(d).makeUpWorkday).toBe(true);
      }
    });
  }

  it("knows ordinary weekdays and weekends", () => {
    expect(dayKind(isoDay("2026-06-08"))).toBe("workday");
    expect(dayKind(isoDay("2026-06-13"))).toBe("weekend");
    expect(dayKind(isoDay("2026-06-14"))).toBe("weekend");
    expect(dayInfo(isoDay("2026-10-01")).name?.zh).toBe("国庆");
    expect(dayInfo(isoDay("2026-06-13")).makeUpWorkday).toBe(false);
  });

  it("keeps the 2020 Spring Festival extension and the 2023 New Year block that starts in 2022", () => {
    expect(dayKind(isoDay("2020-01-31"))).toBe("holiday");
    expect(dayKind(isoDay("2020-02-01"))).toBe("holiday");
    expect(dayKind(isoDay("2020-02-03"))).toBe("workday");
    expect(dayKind(isoDay("2022-12-31"))).toBe("holiday");
    expect(dayKind(isoDay("2023-01-02"))).toBe("holiday");
  });

  it("adds working days over holidays and make-up days", () => {
    expect(addWorkdays(isoDay("2026-09-30"), 2)).toBe(isoDay("2026-10-09"));
    expect(addWorkdays(isoDay("2026-02-13"), 1)).toBe(isoDay("2026-02-14"));
    expect(addWorkdays(isoDay("2026-02-13"), 2)).toBe(isoDay("2026-02-24"));
    expect(addWorkdays(isoDay("2026-06-12"), 1)).toBe(isoDay("2026-06-15"));
    expect(addWorkdays(isoDay("2026-06-18"), 1)).toBe(isoDay("2026-06-22"));
    expect(addWorkdays(isoDay("2026-06-13"), 0)).toBe(isoDay("2026-06-13"));
    expect(addWorkdays(isoDay("2026-10-09"), -1)).toBe(isoDay("2026-10-08"));
    expect(addWorkdays(isoDay("2026-10-08"), -1)).toBe(isoDay("2026-09-30"));
    expect(addWorkdays(isoDay("2026-02-24"), -2)).toBe(isoDay("2026-02-13"));
    expect(addWorkdays(isoDay("2025-12-31"), 3)).toBe(isoDay("2026-01-06")); // 01-04 (Sunday) is a make-up workday
  });

  it("counts working days between two dates", () => {
    expect(workdaysBetween(isoDay("2026-09-30"), isoDay("2026-10-09"))).toBe(2);
    expect(workdaysBetween(isoDay("2026-10-09"), isoDay("2026-09-30"))).toBe(-2);
    expect(workdaysBetween(isoDay("2026-06-08"), isoDay("2026-06-08"))).toBe(0);
    expect(workdaysBetween(isoDay("2026-06-08"), isoDay("2026-06-15"))).toBe(5);
    expect(workdaysBetween(isoDay("2026-02-13"), isoDay("2026-02-28"))).toBe(6); // 02-14, 02-24…27, 02-28
    for (const [start, n] of [[isoDay("2026-01-05"), 17], [isoDay("2025-09-26"), 9], [isoDay("2026-05-06"), 30]] as const) {
      expect(workdaysBetween(start, addWorkdays(start, n))).toBe(n);
    }
  });

  it("computes the circulation deadline as meeting date + 2 working days", () => {
    expect(circulationDeadline(isoDay("2026-09-30"))).toBe(isoDay("2026-10-09"));
    expect(circulationDeadline(isoDay("2026-02-13"))).toBe(isoDay("2026-02-24"));
    expect(circulationDeadline(isoDay("2026-06-08"))).toBe(isoDay("2026-06-10"));
    expect(circulationDeadline(isoDay("2026-06-12"))).toBe(isoDay("2026-06-16"));
    expect(circulationDeadline("")).toBeNull();
    expect(circulationDeadline("2026-02-30")).toBeNull();
  });

  it("computes the default objection deadline from the circulation date or sentOn", () => {
    expect(defaultObjectionBy(isoDay("2026-06-09"))).toBe(isoDay("2026-06-11"));
    expect(defaultObjectionBy({ date: isoDay("2026-06-08"), sentOn: isoDay("2026-06-09") })).toBe(isoDay("2026-06-11"));
    expect(defaultObjectionBy({ date: isoDay("2026-06-08"), sentOn: "" })).toBe(isoDay("2026-06-12"));
    expect(defaultObjectionBy({ date: isoDay("2026-09-29"), sentOn: isoDay("2026-09-30") })).toBe(isoDay("2026-10-09"));
    expect(defaultObjectionBy({ date: "", sentOn: "" })).toBeNull();
    expect(defaultObjectionBy("6月9日")).toBeNull();
  });

  it("covers 2020–2026 officially and computes the statutory holidays of other years, provisionally", () => {
    const years = officialYears();
    expect(years.slice(0, 7)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(years.every((y, i) => i === 0 || y === years[i - 1] + 1)).toBe(true);
    expect(isOfficialCalendarYear(2026)).toBe(true);
    expect(isOfficialCalendarYear(2019)).toBe(false);
    // 2099: a year no data will cover for a long time. 2099-01-01 is a Thursday, 元旦 by law.
    expect(isOfficialCalendarYear(2099)).toBe(false);
    expect(dayKind(isoDay("2099-01-01"))).toBe("holiday");
    expect(dayKind(isoDay("2099-01-02"))).toBe("workday");
    expect(dayKind(isoDay("2099-01-03"))).toBe("weekend");
    expect(dayInfo(isoDay("2099-01-01"))).toMatchObject({ official: false, name: { zh: "元旦" } });
    expect(addWorkdays(isoDay("2099-01-02"), 1)).toBe(isoDay("2099-01-05"));
    expect(unofficialYearsBetween(isoDay("2098-12-30"), isoDay("2099-01-05"))).toEqual([2098, 2099]);
    expect(unofficialYearsBetween(isoDay("2026-06-08"), isoDay("2026-06-10"))).toEqual([]);
    expect(unofficialCalendarNote([2099])?.zh).toContain("2099年尚无国务院办公厅的节假日安排通知");
    expect(unofficialCalendarNote([2099])?.zh).toContain("为暂定结果");
    expect(unofficialCalendarNote([2099])?.en).toContain("2099");
    expect(unofficialCalendarNote([])).toBeNull();
  });

  it("takes the next year (2027 when published) from one added entry of calendar-cn.json", () => {
    const next = officialYears()[officialYears().length - 1] + 1;
    const newYear = { zh: "元旦", en: "New Year's Day" };
    // A make-up workday on the first weekend day after the holiday.
    let makeUp = isoDay(`${next}-01-04`);
    while (weekdayOf(makeUp) < 6) makeUp = addDays(makeUp, 1);
    const data = structuredClone(calendarCn) as unknown as CalendarData;
    data.years[String(next)] = {
      notice: `国务院办公厅关于${next}年部分节假日安排的通知`,
      holidays: [{ name: newYear, from: isoDay(`${next}-01-01`), to: isoDay(`${next}-01-03`) }],
      workdays: [{ date: makeUp, for: newYear }],
    };
    const withNext = createCalendar(data);
    expect(withNext.isOfficialCalendarYear(next)).toBe(true);
    expect(withNext.officialYears().at(-1)).toBe(next);
    expect(withNext.dayKind(isoDay(`${next}-01-01`))).toBe("holiday");
    expect(withNext.dayKind(makeUp)).toBe("workday");
    expect(withNext.dayInfo(makeUp).makeUpWorkday).toBe(true);
    expect(withNext.isWorkday(isoDay(`${next}-01-02`))).toBe(false);
    // The shipped calendar does not have that year.
    expect(isOfficialCalendarYear(next)).toBe(false);
    expect(dayKind(makeUp)).toBe("weekend");
  });
});

describe("a year without a notice (2027 as of December 2026)", () => {
  it("has the statutory holidays of the 2024 regulations and no make-up workdays", () => {
    expect(isOfficialCalendarYear(2027)).toBe(false);
    const holidays = range(isoDay("2027-01-01"), isoDay("2027-12-31")).filter((d) => dayKind(d) === "holiday");
    // 元旦 1, 春节 4 from 除夕 (2月5日), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3 = 13 days.
    expect(holidays).toEqual([
      isoDay("2027-01-01"),
      isoDay("2027-02-05"), isoDay("2027-02-06"), isoDay("2027-02-07"), isoDay("2027-02-08"),
      isoDay("2027-04-05"),
      isoDay("2027-05-01"), isoDay("2027-05-02"),
      isoDay("2027-06-09"),
      isoDay("2027-09-15"),
      isoDay("2027-10-01"), isoDay("2027-10-02"), isoDay("2027-10-03"),
    ]);
    expect(range(isoDay("2027-01-01"), isoDay("2027-12-31")).filter((d) => dayInfo(d).makeUpWorkday)).toEqual([]);
    expect(dayInfo(isoDay("2027-02-05"))).toMatchObject({ kind: "holiday", official: false, name: { zh: "春节", en: "Spring Festival" } });
    expect(dayInfo(isoDay("2027-09-15")).name?.zh).toBe("中秋");
  });

  it("counts working days over 1 January 2027 (issue 18: workdays add 2026-12-31 1)", () => {
    expect(addWorkdays(isoDay("2026-12-31"), 1)).toBe(isoDay("2027-01-04"));
    expect(circulationDeadline(isoDay("2026-12-30"))).toBe(isoDay("2027-01-04"));
    expect(unofficialYearsBetween(isoDay("2026-12-30"), isoDay("2027-01-04"))).toEqual([2027]);
  });

  it("follows the version of the regulations in force: 春节 from 除夕 since 2025, from 初一 in 2014–2024", () => {
    // 2019 has no notice in the data: 2014 version, 春节 = 初一 to 初三 (2月5日–7日), 劳动节 1 day.
    expect(range(isoDay("2019-02-04"), isoDay("2019-02-08")).map(dayKind)).toEqual(["workday", "holiday", "holiday", "holiday", "workday"]);
    expect(dayKind(isoDay("2019-05-01"))).toBe("holiday");
    expect(dayKind(isoDay("2019-05-02"))).toBe("workday");
    // 2028: 中秋 (10月3日) falls within 国庆.
    expect(dayInfo(isoDay("2028-10-03")).name?.zh).toBe("国庆、中秋");
    // Before 2008 the holidays were others: Monday to Friday only.
    expect(dayKind(isoDay("2005-10-03"))).toBe("workday");
  });
});

describe("the calendar's range (1000-01-01 … 9999-12-31)", () => {
  it("throws CalendarRangeError past 9999-12-31 instead of writing 10000-01-01", () => {
    expect(() => addDays(isoDay("9999-12-31"), 1)).toThrow(CalendarRangeError);
    expect(() => addWorkdays(isoDay("9999-12-31"), 1)).toThrow(CalendarRangeError);
    expect(() => addMonths(isoDay("9999-12-15"), 1)).toThrow(CalendarRangeError);
    expect(() => addDays(isoDay("1000-01-01"), -1)).toThrow(CalendarRangeError);
    expect(addDays(isoDay("9999-12-30"), 1)).toBe(isoDay("9999-12-31"));
  });

  it("gives no circulation deadline rather than one that cannot be written", () => {
    expect(circulationDeadline(isoDay("9999-12-31"))).toBeNull();
    expect(defaultObjectionBy({ date: isoDay("9999-12-31"), sentOn: "" })).toBeNull();
    expect(nextWorkdayFrom(isoDay("9999-12-31"))).toBe(isoDay("9999-12-31"));
  });
});

describe("time-zone independence", () => {
  const script = join(__dirname, "..", "..", "..", "test", "fixtures", "calendar-probe.ts");
  const tsx = join(__dirname, "..", "..", "..", "node_modules", ".bin", "tsx");
  const probe = (tz: string) => {
    const run = spawnSync(tsx, [script], { env: { ...process.env, TZ: tz }, encoding: "utf8" });
    expect(run.stderr).toBe("");
    return JSON.parse(run.stdout) as Record<string, unknown>;
  };

  it("gives the same results in Los Angeles, Shanghai and UTC", () => {
    const la = probe("America/Los_Angeles");
    const sh = probe("Asia/Shanghai");
    const utc = probe("UTC");
    expect(la.tz).toBe("America/Los_Angeles");
    expect(sh.tz).toBe("Asia/Shanghai");
    expect(la.results).toEqual(sh.results);
    expect(utc.results).toEqual(sh.results);
    expect(la.results).toMatchObject({
      circulation: isoDay("2026-10-09"),
      springFestival: isoDay("2026-02-24"),
      weekday: 5,
      kind: "holiday",
      resolved: isoDay("2026-04-03"),
    });
  });
});
