import { describe, expect, it } from "vitest";
import {
  deadlineDate,
  findVagueWord,
  formatDate,
  formatMonthDay,
  formatResolvedDeadline,
  parseCount,
  resolveDeadline,
  suggestedDeadline,
  VAGUE_DEADLINE_WORDS_ZH,
} from "./deadline";
import { circulationDeadlineText, formatDayFrom } from "./date-format";
import { parseIsoDate as isoDay } from "./iso-date";

const MEETING = isoDay("2026-06-08"); // a Monday

function resolved(text: string, meeting: string = MEETING) {
  const r = resolveDeadline(text, meeting);
  if (r.kind !== "resolved") throw new Error(`${text}: expected resolved, got ${JSON.stringify(r)}`);
  return r;
}

describe("resolveDeadline: absolute dates", () => {
  for (const text of [isoDay("2026-06-12"), "2026/6/12", "2026.6.12", "2026年6月12日", "2026年6月12号", "2026-06-12前", "2026/6/12之前", "2026年6月12日前", "２０２６年６月１２日", " 2026 年 6 月 12 日 前 "]) {
    it(`reads ${JSON.stringify(text)} as 2026-06-12`, () => {
      const r = resolved(text);
      expect(r.date).toBe(isoDay("2026-06-12"));
      expect(r.relative).toBe(false);
      expect(r.yearInferred).toBe(false);
      expect(r.time).toBeUndefined();
      expect(r.text).toBe(text);
    });
  }

  it("does not need the meeting date for a full date", () => {
    expect(resolved("2026年6月12日前", "").date).toBe(isoDay("2026-06-12"));
  });

  it("reads English dates", () => {
    expect(resolved("by 30 June 2026").date).toBe(isoDay("2026-06-30"));
    expect(resolved("June 30, 2026").date).toBe(isoDay("2026-06-30"));
    expect(resolved("12 Jun").date).toBe(isoDay("2026-06-12"));
  });
});

describe("resolveDeadline: times", () => {
  const cases: [string, string, string][] = [
    ["2026-06-12 17:00", isoDay("2026-06-12"), "17:00"],
    ["2026年6月12日17:00前", isoDay("2026-06-12"), "17:00"],
    ["6月12日17:00前", isoDay("2026-06-12"), "17:00"],
    ["6月12日下午5点前", isoDay("2026-06-12"), "17:00"],
    ["6月12日下午五点半前", isoDay("2026-06-12"), "17:30"],
    ["6月12日上午9点30分", isoDay("2026-06-12"), "09:30"],
    ["6月12日前 17:00", isoDay("2026-06-12"), "17:00"],
    ["2026年6月12日晚上8点", isoDay("2026-06-12"), "20:00"],
    ["本周五下午3点", isoDay("2026-06-12"), "15:00"],
    ["12 June 2026 5pm", isoDay("2026-06-12"), "17:00"],
    ["2026-06-12 １７：００", isoDay("2026-06-12"), "17:00"],
  ];
  for (const [text, date, time] of cases) {
    it(`reads ${JSON.stringify(text)} as ${date} ${time}`, () => {
      const r = resolved(text);
      expect(r.date).toBe(date);
      expect(r.time).toBe(time);
    });
  }

  it("reads a time after a weekday in brackets", () => {
    const r = resolved("2026年6月12日(星期五)17:00前");
    expect([r.date, r.time]).toEqual([isoDay("2026-06-12"), "17:00"]);
    expect(resolved("6月12日(周五)下午5点").time).toBe("17:00");
  });

  it("ignores numbers far from the date", () => {
    expect(resolved("6月12日前完成,输出3点建议").time).toBeUndefined();
  });

  it("rejects an impossible time", () => {
    expect(resolveDeadline("2026-06-12 25:00", MEETING).kind).toBe("invalid");
    expect(resolveDeadline("6月12日17:75前", MEETING).kind).toBe("invalid");
  });
});

describe("resolveDeadline: month and day without a year", () => {
  it("takes the meeting's year, so that a date just before the meeting stays before it (issue 18)", () => {
    const r = resolved("6月12日前");
    expect(r.date).toBe(isoDay("2026-06-12"));
    expect(r.yearInferred).toBe(true);
    expect(resolved("6月8日").date).toBe(isoDay("2026-06-08"));
    expect(resolved("6月5日前").date).toBe(isoDay("2026-06-05"));
    expect(resolved("1月5日前").date).toBe(isoDay("2026-01-05"));
    expect(resolved("7月9号前").date).toBe(isoDay("2026-07-09"));
    expect(resolved("6月30日下班前", isoDay("2026-09-30")).date).toBe(isoDay("2026-06-30"));
  });

  it("takes the next year only when the date would be more than six months before the meeting", () => {
    expect(resolved("1月15日", isoDay("2026-12-20")).date).toBe(isoDay("2027-01-15"));
    expect(resolved("6月19日", isoDay("2026-12-20")).date).toBe(isoDay("2027-06-19"));
    expect(resolved("6月20日", isoDay("2026-12-20")).date).toBe(isoDay("2026-06-20"));
    expect(resolved("1月5日", isoDay("2026-07-10")).date).toBe(isoDay("2027-01-05"));
    expect(resolved("2月29日", isoDay("2027-12-01")).date).toBe(isoDay("2028-02-29"));
    expect(resolveDeadline("2月29日", isoDay("2026-03-01")).kind).toBe("invalid");
  });

  it("reads dates in Chinese numerals as 公文 write them", () => {
    expect(resolved("六月三十日前").date).toBe(isoDay("2026-06-30"));
    expect(resolved("二〇二六年六月三十日").date).toBe(isoDay("2026-06-30"));
    expect(resolved("二零二七年一月十五日前").date).toBe(isoDay("2027-01-15"));
    expect(resolved("十二月三十一日").date).toBe(isoDay("2026-12-31"));
    expect(resolved("六月二十日下午五点前")).toMatchObject({ date: isoDay("2026-06-20"), time: "17:00" });
    expect(resolved("十日内").date).toBe(isoDay("2026-06-18"));
    expect(resolveDeadline("六月三十一日", MEETING).kind).toBe("invalid");
  });

  it("reads 6.12 and 6/12 as month and day", () => {
    expect(resolved("6.12前").date).toBe(isoDay("2026-06-12"));
    expect(resolved("6/12").date).toBe(isoDay("2026-06-12"));
    expect(resolved("6/5").date).toBe(isoDay("2026-06-05"));
    expect(resolveDeadline("6.31", MEETING).kind).toBe("invalid");
    expect(resolveDeadline("3.5.1", MEETING).kind).toBe("vague");
  });

  it("needs the meeting date", () => {
    expect(resolveDeadline("6月12日前", "").kind).toBe("unanchored");
    expect(resolveDeadline("6/12", "").kind).toBe("unanchored");
  });

  it("finds an impossible month-day invalid", () => {
    expect(resolveDeadline("2月30日前", MEETING).kind).toBe("invalid");
    expect(resolveDeadline("13月1日", MEETING).kind).toBe("invalid");
  });
});

describe("resolveDeadline: month ends", () => {
  it("reads 6月底, 月底, 本月底, 下月底, 年底", () => {
    expect(resolved("6月底").date).toBe(isoDay("2026-06-30"));
    expect(resolved("6月底前").date).toBe(isoDay("2026-06-30"));
    expect(resolved("2月底", isoDay("2026-01-20")).date).toBe(isoDay("2026-02-28"));
    expect(resolved("2月底", isoDay("2026-03-05")).date).toBe(isoDay("2026-02-28"));
    expect(resolved("2月底", isoDay("2026-11-05")).date).toBe(isoDay("2027-02-28"));
    expect(resolved("2028年2月底").date).toBe(isoDay("2028-02-29"));
    expect(resolved("月底").date).toBe(isoDay("2026-06-30"));
    expect(resolved("月底").relative).toBe(true);
    expect(resolved("本月底前").date).toBe(isoDay("2026-06-30"));
    expect(resolved("本月末").date).toBe(isoDay("2026-06-30"));
    expect(resolved("下月底").date).toBe(isoDay("2026-07-31"));
    expect(resolved("下个月底", isoDay("2026-01-31")).date).toBe(isoDay("2026-02-28"));
    expect(resolved("年底前").date).toBe(isoDay("2026-12-31"));
    expect(resolved("2027年底").date).toBe(isoDay("2027-12-31"));
    expect(resolved("end of June").date).toBe(isoDay("2026-06-30"));
    expect(resolved("by the end of the month").date).toBe(isoDay("2026-06-30"));
  });
});

describe("resolveDeadline: weekdays relative to the meeting date", () => {
  // 2026-06-08 is a Monday; 2026-06-14 the Sunday of that week.
  const cases: [string, string, string][] = [
    ["本周五", MEETING, isoDay("2026-06-12")],
    ["本周五前", MEETING, isoDay("2026-06-12")],
    ["这周五", MEETING, isoDay("2026-06-12")],
    ["本周日", MEETING, isoDay("2026-06-14")],
    ["本周天", MEETING, isoDay("2026-06-14")],
    ["下周三", MEETING, isoDay("2026-06-17")],
    ["下周一前", MEETING, isoDay("2026-06-15")],
    ["下下周一", MEETING, isoDay("2026-06-22")],
    ["下星期五", MEETING, isoDay("2026-06-19")],
    ["下周日", isoDay("2026-06-14"), isoDay("2026-06-21")], // a Sunday meeting: 周日 is day 7 of its own week
    ["本周五", isoDay("2026-06-14"), isoDay("2026-06-12")], // resolves, before the meeting: the validator says so
    ["周五", isoDay("2026-06-13"), isoDay("2026-06-19")], // bare weekday: the next one on or after the meeting
    ["周五", isoDay("2026-06-12"), isoDay("2026-06-12")],
    ["本周五", isoDay("2026-04-02"), isoDay("2026-04-03")],
    ["next Wednesday", MEETING, isoDay("2026-06-17")],
    ["by Friday", MEETING, isoDay("2026-06-12")],
  ];
  for (const [text, meeting, date] of cases) {
    it(`reads ${text} after a meeting on ${meeting} as ${date}`, () => {
      const r = resolved(text, meeting);
      expect(r.date).toBe(date);
      expect(r.relative).toBe(true);
    });
  }
  it("needs the meeting date", () => {
    expect(resolveDeadline("本周五", "").kind).toBe("unanchored");
  });
});

describe("resolveDeadline: spans", () => {
  const cases: [string, string, string][] = [
    ["3个工作日内", isoDay("2026-03-10"), isoDay("2026-03-13")],
    ["三个工作日内", isoDay("2026-03-10"), isoDay("2026-03-13")],
    ["2个工作日内", isoDay("2026-09-30"), isoDay("2026-10-09")],
    ["5个工作日", isoDay("2026-02-13"), isoDay("2026-02-27")],
    ["within 3 working days", isoDay("2026-03-10"), isoDay("2026-03-13")],
    ["10天内", MEETING, isoDay("2026-06-18")],
    ["十天内", MEETING, isoDay("2026-06-18")],
    ["十五天内", MEETING, isoDay("2026-06-23")],
    ["二十一日内", MEETING, isoDay("2026-06-29")],
    ["两周内", MEETING, isoDay("2026-06-22")],
    ["2周内", MEETING, isoDay("2026-06-22")],
    ["三周之内", MEETING, isoDay("2026-06-29")],
    ["两个星期内", MEETING, isoDay("2026-06-22")],
    ["一个月内", isoDay("2026-01-31"), isoDay("2026-02-28")],
    ["within 10 days", MEETING, isoDay("2026-06-18")],
    ["within two weeks", MEETING, isoDay("2026-06-22")],
    ["当天", MEETING, isoDay("2026-06-08")],
    ["明天", MEETING, isoDay("2026-06-09")],
    ["会后第二天", MEETING, isoDay("2026-06-09")],
    ["后天下班前", MEETING, isoDay("2026-06-10")],
  ];
  for (const [text, meeting, date] of cases) {
    it(`reads ${text} after a meeting on ${meeting} as ${date}`, () => {
      const r = resolved(text, meeting);
      expect(r.date).toBe(date);
      expect(r.relative).toBe(true);
    });
  }

  it("says when working days were counted in a year without official data", () => {
    expect(resolved("3个工作日内", isoDay("2099-06-01")).unofficialCalendar).toBe(true);
    expect(resolved("3个工作日内", isoDay("2026-03-10")).unofficialCalendar).toBe(false);
    expect(resolved("10天内", isoDay("2099-06-01")).unofficialCalendar).toBe(false);
  });
});

describe("resolveDeadline: vague, empty and invalid", () => {
  for (const word of VAGUE_DEADLINE_WORDS_ZH) {
    it(`finds ${word} vague`, () => {
      expect(resolveDeadline(word, MEETING)).toEqual({ kind: "vague", text: word, word });
    });
  }
  for (const [text, word] of [["ASAP", "ASAP"], ["asap", "asap"], ["TBD", "TBD"], ["soon", "soon"], ["as soon as possible", "as soon as possible"], ["尽快完成", "尽快"], ["待定(另行通知)", "待定"]] as const) {
    it(`finds ${text} vague (${word})`, () => {
      expect(resolveDeadline(text, MEETING)).toEqual({ kind: "vague", text, word });
    });
  }

  it("finds text with no date vague, without a word", () => {
    expect(resolveDeadline("会后", MEETING)).toEqual({ kind: "vague", text: "会后", word: null });
    expect(resolveDeadline("afternoon", MEETING)).toEqual({ kind: "vague", text: "afternoon", word: null });
  });

  it("resolves a phrase that names one day relative to the meeting (issue 18)", () => {
    // 2026-06-08 is a Monday; 6月19日 (Friday) is 端午.
    expect(resolved("本周内").date).toBe(isoDay("2026-06-12"));
    expect(resolved("这周内").date).toBe(isoDay("2026-06-12"));
    expect(resolved("本周").date).toBe(isoDay("2026-06-12"));
    expect(resolved("下周内").date).toBe(isoDay("2026-06-18"));
    expect(resolved("下周").relative).toBe(true);
    expect(resolved("下个星期内").date).toBe(isoDay("2026-06-18"));
    expect(resolved("本周内", isoDay("2026-06-13")).date).toBe(isoDay("2026-06-14"));
    // The week of 春节 2026 has no working day: its Sunday. The week after 国庆 ends on a make-up Saturday.
    expect(resolved("下周内", isoDay("2026-02-10")).date).toBe(isoDay("2026-02-22"));
    expect(resolved("下周内", isoDay("2026-09-28")).date).toBe(isoDay("2026-10-10"));
    expect(resolved("下月15日前").date).toBe(isoDay("2026-07-15"));
    expect(resolved("下个月15号").date).toBe(isoDay("2026-07-15"));
    expect(resolved("下月15日", isoDay("2026-12-10")).date).toBe(isoDay("2027-01-15"));
    expect(resolved("本月20日前").date).toBe(isoDay("2026-06-20"));
    expect(resolveDeadline("下月31日", isoDay("2026-08-08")).kind).toBe("invalid");
    expect(resolved("本月内").date).toBe(isoDay("2026-06-30"));
    expect(resolved("年内").date).toBe(isoDay("2026-12-31"));
    expect(resolved("3个月内").date).toBe(isoDay("2026-09-08"));
    expect(resolved("within next week").date).toBe(isoDay("2026-06-18"));
  });

  it("does not take a span or an approximate day for a deadline", () => {
    for (const [text, word] of [["下月初", "月初"], ["6月中旬", "中旬"], ["6月30日前后", "前后"], ["月底左右", "左右"], ["around 30 June", "around"]] as const) {
      expect(resolveDeadline(text, MEETING), text).toEqual({ kind: "vague", text, word });
    }
  });

  it("reports a date past 9999-12-31 instead of crashing (issue 16)", () => {
    const r = resolveDeadline("下周五", isoDay("9999-12-31"));
    expect(r.kind).toBe("invalid");
    expect(r.kind === "invalid" && r.reason.zh).toContain("超出日历范围");
    expect(resolveDeadline("3个工作日内", isoDay("9999-12-30")).kind).toBe("invalid");
    expect(resolveDeadline("1月5日", isoDay("9999-12-31")).kind).toBe("invalid");
    expect(suggestedDeadline(isoDay("9999-12-31")).zh).toBe("9999年12月31日前");
  });

  it("prefers a date to a vague word in the same text", () => {
    expect(resolved("尽快,最迟6月30日前").date).toBe(isoDay("2026-06-30"));
  });

  it("finds empty text empty", () => {
    expect(resolveDeadline("", MEETING)).toEqual({ kind: "empty", text: "" });
    expect(resolveDeadline("   ", MEETING).kind).toBe("empty");
  });

  for (const text of ["2026-02-30", "2026年13月1日", "2026/2/29", "2026年4月31日前", "2025-00-10"]) {
    it(`finds ${text} invalid`, () => {
      const r = resolveDeadline(text, MEETING);
      expect(r.kind).toBe("invalid");
      if (r.kind === "invalid") expect(r.reason.zh).toContain("不是有效日期");
    });
  }

  it("never throws on odd input", () => {
    for (const text of ["9999年12月31日", "0000-01-01", "999个工作日内", "百天内", "周", "\u0000", "月", "年"]) {
      expect(() => resolveDeadline(text, MEETING)).not.toThrow();
    }
    expect(() => resolveDeadline(undefined as unknown as string, "garbage")).not.toThrow();
  });

  it("gives the date or null through deadlineDate", () => {
    expect(deadlineDate("6月12日前", MEETING)).toBe(isoDay("2026-06-12"));
    expect(deadlineDate("尽快", MEETING)).toBeNull();
  });
});

describe("numbers", () => {
  it("reads Arabic and Chinese numerals", () => {
    expect(parseCount("3")).toBe(3);
    expect(parseCount("三")).toBe(3);
    expect(parseCount("两")).toBe(2);
    expect(parseCount("十")).toBe(10);
    expect(parseCount("十五")).toBe(15);
    expect(parseCount("二十")).toBe(20);
    expect(parseCount("二十一")).toBe(21);
    expect(parseCount("一百")).toBe(100);
    expect(parseCount("x")).toBeNull();
  });
});

describe("formatting", () => {
  it("formats dates in both languages", () => {
    expect(formatDate(isoDay("2026-06-30"), "zh")).toBe("2026年6月30日");
    expect(formatDate(isoDay("2026-06-30"), "en")).toBe("30 June 2026");
    expect(formatDate(isoDay("2026-06-30"))).toBe("2026年6月30日");
    expect(formatMonthDay(isoDay("2026-06-12"))).toBe("6月12日");
    expect(formatMonthDay(isoDay("2026-06-12"), "en")).toBe("12 June");
    expect(formatDate("尽快", "zh")).toBe("尽快");
    expect(formatResolvedDeadline({ date: isoDay("2026-06-12"), time: "17:00" }, "zh")).toBe("2026年6月12日 17:00");
    expect(formatResolvedDeadline({ date: isoDay("2026-06-12") }, "en")).toBe("12 June 2026");
  });

  it("suggests the end of the meeting's month as a concrete deadline", () => {
    expect(suggestedDeadline(isoDay("2026-06-08"))).toEqual({ zh: "2026年6月30日前", en: "by 30 June 2026" });
    expect(suggestedDeadline(isoDay("2026-06-30")).zh).toBe("2026年7月31日前");
    expect(suggestedDeadline(null).zh).toBe("X年X月X日前");
  });

  it("finds vague words on word boundaries only in English", () => {
    expect(findVagueWord("TBD")).toBe("TBD");
    expect(findVagueWord("translater")).toBeNull();
  });
});

describe("resolved dates for display", () => {
  it("always show the year, and mark a working-day count over a year without a notice as provisional", () => {
    expect(formatResolvedDeadline(resolved("6月5日前"), "zh")).toBe("2026年6月5日");
    const overNewYear = resolveDeadline("3个工作日内", isoDay("2026-12-29"));
    expect(overNewYear.kind === "resolved" && overNewYear.unofficialCalendar).toBe(true);
    expect(overNewYear.kind === "resolved" && formatResolvedDeadline(overNewYear, "zh")).toBe("2027年1月4日（暂定）");
    expect(overNewYear.kind === "resolved" && formatResolvedDeadline(overNewYear, "en")).toBe("4 January 2027 (provisional)");
    expect(circulationDeadlineText(isoDay("2026-12-30"), "zh")).toBe("2027年1月4日（暂定）");
    expect(circulationDeadlineText(isoDay("2026-06-08"), "zh")).toBe("2026年6月10日");
    expect(formatDayFrom(isoDay("2027-01-15"), isoDay("2026-12-20"), "zh")).toBe("2027年1月15日");
    expect(formatDayFrom(isoDay("2026-12-25"), isoDay("2026-12-20"), "zh")).toBe("12月25日");
  });
});

describe("typedTime", () => {
  it("reads the forms people type as 24-hour HH:MM", async () => {
    const { typedTime } = await import("./deadline");
    const cases: [string, string | undefined][] = [
      ["14:00", "14:00"],
      ["9:05", "09:05"],
      ["14：30", "14:30"],
      ["1430", "14:30"],
      ["9.30", "09:30"],
      ["下午2点", "14:00"],
      ["下午2点半", "14:30"],
      ["上午9点15分", "09:15"],
      ["2:30 pm", "14:30"],
      ["3pm", "15:00"],
      ["25:00", undefined],
      ["14:60", undefined],
      ["明天14:00", undefined],
      ["14:00前", undefined],
      ["", undefined],
    ];
    for (const [typed, expected] of cases) expect(typedTime(typed), typed).toBe(expected);
  });
});
