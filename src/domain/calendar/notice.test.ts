// The State Council notices of 2020–2026, as published (test/fixtures/notices), read into exactly
// the entries calendar-cn.json ships; and text that cannot be read fully is refused.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import calendarCn from "./calendar-cn.json";
import { describeCalendarYear, parseHolidayNotice } from "./notice";
import { NOTICE_2027_ITEMS } from "../../../test/support/notice-2027";

const NOTICES = join(__dirname, "..", "..", "..", "test", "fixtures", "notices");
const notice = (year: number) => readFileSync(join(NOTICES, `${year}.txt`), "utf8");

function problemsOf(text: string): string[] {
  const r = parseHolidayNotice(text);
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.entry)}`);
  return r.problems.map((p) => p.zh);
}

describe("parseHolidayNotice on the notices of 2020–2026", () => {
  for (const year of [2020, 2021, 2022, 2023, 2024, 2025, 2026]) {
    it(`reproduces the shipped entry of ${year}`, () => {
      const r = parseHolidayNotice(notice(year));
      expect(r.ok && r.year).toBe(year);
      expect(r.ok && r.entry).toEqual(calendarCn.years[String(year) as keyof typeof calendarCn.years]);
    });
  }

  it("applies the 2020 extension: 春节 to 2月2日, and 2月1日 is no longer a make-up workday", () => {
    const r = parseHolidayNotice(notice(2020));
    expect(r.ok && r.entry.holidays[1]).toEqual({ name: { zh: "春节", en: "Spring Festival" }, from: "2020-01-24", to: "2020-02-02" });
    expect(r.ok && r.entry.workdays.map((w) => w.date)).not.toContain("2020-02-01");
  });

  it("takes the advice about 除夕 (2024) as advice, not as a day off", () => {
    const r = parseHolidayNotice(notice(2024));
    expect(r.ok && r.entry.holidays[1].from).toBe("2024-02-10");
  });

  it("reads the text with ASCII punctuation and without line breaks, as pasted from a chat", () => {
    const flat = notice(2026).replace(/\n+/g, "").replace(/：/g, ":").replace(/（/g, "(").replace(/）/g, ")").replace(/，/g, ",");
    const r = parseHolidayNotice(flat);
    expect(r.ok && r.entry).toEqual(calendarCn.years["2026"]);
  });

  it("reads a year after the last release (2027-style text) into an entry", () => {
    const text = [
      "国务院办公厅关于2027年部分节假日安排的通知",
      "国办发明电〔2026〕9号",
      ...NOTICE_2027_ITEMS,
    ].join("\n");
    const r = parseHolidayNotice(text);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.year).toBe(2027);
    expect(r.entry.notice).toBe("国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕9号）");
    expect(r.entry.holidays.map((h) => `${h.name.zh} ${h.from} ${h.to}`)).toEqual([
      "元旦 2027-01-01 2027-01-03",
      "春节 2027-02-05 2027-02-12",
      "清明 2027-04-03 2027-04-05",
      "劳动节 2027-05-01 2027-05-05",
      "端午 2027-06-09 2027-06-09",
      "中秋 2027-09-15 2027-09-15",
      "国庆 2027-10-01 2027-10-07",
    ]);
    expect(r.entry.workdays.map((w) => `${w.date} ${w.for.zh}`)).toEqual(["2027-02-13 春节", "2027-04-25 劳动节", "2027-09-26 国庆", "2027-10-09 国庆"]);
  });
});

describe("parseHolidayNotice refuses what it cannot read fully", () => {
  it("without the title", () => {
    expect(problemsOf(notice(2026).replace(/^国务院办公厅关于2026年部分节假日安排的通知\n/, ""))[0]).toContain("没有找到通知标题");
  });

  it("with a holiday missing", () => {
    expect(problemsOf(notice(2026).replace(/^五、端午节.*\n/m, ""))).toEqual(["通知中没有端午的安排。"]);
  });

  it("with a weekday that does not match the date (a typo, or the wrong year)", () => {
    expect(problemsOf(notice(2026).replace("1月4日（周日）上班", "1月4日（周一）上班"))[0]).toContain("无法识别：“一、元旦");
  });

  it("with a day count that does not match the dates", () => {
    const problems = problemsOf(notice(2026).replace("共9天", "共8天"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("天数与日期不符（2026-02-15至2026-02-23共9天）");
  });

  it("with a sentence it does not understand", () => {
    expect(problemsOf(notice(2026).replace("5月9日（周六）上班。", "5月9日（周六）视情况上班。"))[0]).toContain("无法识别：“四、劳动节");
    expect(problemsOf(notice(2026).replace("节假日期间", "另：12月31日下午放假半天。节假日期间"))[0]).toContain("12月31日下午放假半天");
  });

  it("with a make-up workday that is not a weekend day", () => {
    expect(problemsOf(notice(2026).replace("5月9日（周六）上班", "5月8日（周五）上班"))[0]).toContain("调休上班日2026-05-08不是周末");
  });

  it("with notices of two years", () => {
    expect(problemsOf(notice(2025) + "\n" + notice(2026))[0]).toContain("2025、2026年的多份通知");
  });

  it("says in English too what could not be read", () => {
    const r = parseHolidayNotice("随便一段文字");
    expect(r.ok === false && r.problems[0].en).toContain("title");
  });
});

describe("describeCalendarYear", () => {
  it("shows what was read, one line per holiday, for confirmation", () => {
    const r = parseHolidayNotice(notice(2023));
    if (!r.ok) throw new Error("2023 unread");
    const zh = describeCalendarYear(r.year, r.entry, "zh");
    expect(zh[0]).toBe("2023年：国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）");
    expect(zh[1]).toBe("元旦：2022年12月31日（周六）至1月2日（周一），共3天");
    expect(zh[2]).toBe("春节：1月21日（周六）至1月27日（周五），共7天；1月28日（周六）、1月29日（周日）上班");
    expect(describeCalendarYear(r.year, r.entry, "en")[3]).toBe("Qingming Festival: Wed 5 April, 1 day off");
  });
});
