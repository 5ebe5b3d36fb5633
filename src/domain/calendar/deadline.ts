// Deadline understanding: an action item's deadline is kept as typed and resolved to a calendar
// date where it can be (record-template §1.3, issue 3 "Deadline understanding").
//
// resolveDeadline never throws. One principle (record-template §1.3): a phrase that names one day
// relative to the meeting resolves to that day — 本周五, 本周内 (the week's last working day),
// 下月15日前, 3个工作日内, 10天内, 月底, 年内 — and a phrase that names a span or an approximate
// day does not (下月初, 中旬, 6月30日前后). A month and day without a year are in the meeting's
// year, or in the next year when that date would lie more than six months before the meeting (a
// December meeting's 1月15日). Dates in Chinese numerals (六月三十日, 二〇二六年六月三十日) read
// as in digits. Working days use the China calendar.

import {
  addDays,
  addMonths,
  addWorkdays,
  CalendarRangeError,
  daysInMonth,
  endOfMonth,
  isValidIsoDate,
  isValidYmd,
  isWorkday,
  isoDate,
  LAST_CALENDAR_DATE,
  unofficialYearsBetween,
  weekdayOf,
  ymdOf,
  type IsoDate,
} from "./calendar";
import type { Bilingual } from "../record/i18n";
import { formatDate } from "./date-format";
import { findWord } from "../record/words";

// Date formatting lives in date-format.ts; callers have always found it here too.
export { formatDate, formatMonthDay, formatResolvedDeadline } from "./date-format";

export type DeadlineResolution =
  | {
      kind: "resolved";
      /** The text as typed. */
      text: string;
      date: IsoDate;
      /** `HH:MM` when the text names a time (17:00, 下午5点). */
      time?: string;
      /** Computed from the meeting date (本周五, 3个工作日内, 10天内, 月底). */
      relative: boolean;
      /** Month and day given, year taken as the first on or after the meeting date (6月12日前). */
      yearInferred: boolean;
      /** Working days were counted in a year the official holiday data does not cover. */
      unofficialCalendar: boolean;
    }
  | { kind: "empty"; text: string }
  /** No date in the text; `word` is the vague word found (尽快, ASAP…), if any. */
  | { kind: "vague"; text: string; word: string | null }
  /** A date that does not exist (2026-02-30, 2026年13月1日) or an impossible time. */
  | { kind: "invalid"; text: string; reason: Bilingual }
  /** A relative form (本周五, 6月12日) while the meeting date is missing or invalid. */
  | { kind: "unanchored"; text: string };

/** Words that make a deadline vague (record-template §2 rule 3). */
export const VAGUE_DEADLINE_WORDS_ZH = [
  "尽快",
  "尽早",
  "尽速",
  "近期",
  "近日",
  "抓紧",
  "及时",
  "马上",
  "立即",
  "立刻",
  "随后",
  "后续",
  "稍后",
  "日后",
  "以后",
  "择期",
  "适时",
  "待定",
  "待确认",
  "另行通知",
  "另行确定",
  "再议",
  "视情况",
  "有空",
  "抽空",
  // A span or an approximate day, not one day (下月初, 6月中旬, 6月30日前后).
  "上旬",
  "中旬",
  "下旬",
  "月初",
  "月中",
  "年初",
  "年中",
  "前后",
  "左右",
  "大约",
  "大概",
] as const;

export const VAGUE_DEADLINE_WORDS_EN = [
  "as soon as possible",
  "asap",
  "tbd",
  "tbc",
  "soon",
  "later",
  "shortly",
  "promptly",
  "immediately",
  "when possible",
  "to be decided",
  "to be confirmed",
  "around",
  "early next month",
  "mid-month",
] as const;

// ---------------------------------------------------------------------------------------------
// Numbers and text normalisation

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 3, 三, 十, 十五, 二十一, 两, 一百 → number; null when it is not a number. */
export function parseCount(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === "百") {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === "十") {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = CN_DIGITS[ch];
    }
  }
  return total + current;
}

const NUMBER = "(\\d{1,3}|[零〇一二两三四五六七八九十百]{1,4})";

const WIDE = /[\uff01-\uff5e\u3000–—]/;

const CN_NUMERAL_DATE = /[〇零一二三四五六七八九十]/;
const CN_YEAR_DIGITS: Record<string, string> = { 〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

function normalise(text: string): string {
  let out = text;
  if (WIDE.test(out)) {
    out = out
      .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) // full-width ASCII
      .replace(/\u3000/g, " ")
      .replace(/[–—]/g, "-");
  }
  // 公文 dates: 二〇二六年六月三十日 → 2026年6月30日 (only numerals directly before 年, 月, 日 or 号).
  if (CN_NUMERAL_DATE.test(out)) {
    out = out
      .replace(/([〇零一二三四五六七八九]{4})\s*年/g, (_, y: string) => `${[...y].map((c) => CN_YEAR_DIGITS[c]).join("")}年`)
      .replace(/(?<![〇零一二三四五六七八九十百两])([一二三四五六七八九十]{1,3})\s*(?=[月日号])/g, (m, n: string) => String(parseCount(n) ?? m));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Matchers: each looks for one form; the first that finds its form decides.

interface Found {
  /** End of the matched date text, where a time may follow. */
  end: number;
  date?: IsoDate;
  invalid?: Bilingual;
  relative?: boolean;
  yearInferred?: boolean;
  workdays?: boolean;
  needsMeeting?: boolean;
}

type Matcher = (text: string, meeting: IsoDate | null, latin: boolean) => Found | null;

const WEEKDAYS_ZH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7 };
const MONTHS_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

const OUT_OF_RANGE: Bilingual = {
  zh: "推算出的日期超出日历范围（最晚到9999年12月31日）。",
  en: "The date it comes to is outside the calendar's range (up to 31 December 9999).",
};

function dateOrInvalid(year: number, month: number, day: number, end: number, extra: Partial<Found> = {}): Found {
  if (year > 9999) return { end, invalid: OUT_OF_RANGE };
  if (!isValidYmd(year, month, day)) {
    return {
      end,
      invalid: {
        zh: `${year}年${month}月${day}日不是有效日期。`,
        en: `${year}-${month}-${day} is not a date that exists.`,
      },
    };
  }
  return { end, date: isoDate(year, month, day), ...extra };
}

/**
 * The year of a month and day written without one: the meeting's year, or the next year when the
 * date would lie more than six months before the meeting (a December meeting writing 1月15日).
 * A date a few days or months before the meeting stays in its year, so that
 * deadline.before-meeting reports it instead of moving it a year on.
 */
export function inferredYear(meeting: IsoDate, month: number, day: number): number {
  const m = ymdOf(meeting);
  if (m.month <= 6) return m.year;
  const limit = { month: m.month - 6, day: m.day };
  const tooEarly = month < limit.month || (month === limit.month && day < limit.day);
  return tooEarly ? m.year + 1 : m.year;
}

function monthDayFrom(meeting: IsoDate, month: number, day: number, end: number, extra: Partial<Found> = {}): Found {
  return dateOrInvalid(inferredYear(meeting, month, day), month, day, end, { yearInferred: true, ...extra });
}

// Compiled once: resolveDeadline runs for every action item on every validation.
const MONTH_EN = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
/** A time must follow the date directly (spaces, a comma or 前 may come between). */
const TIME_LEAD = "^[\\s,,、(（]*(?:前|之前)?\\s*";
const EN_DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_EN}\\s*,?\\s*(\\d{4})\\b`, "i");
const EN_MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_EN}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})\\b`, "i");
const EN_DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_EN}(?![a-z])`, "i");
const EN_MONTH_DAY = new RegExp(`\\b${MONTH_EN}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, "i");
const EN_END_OF = new RegExp(`\\bend\\s+of\\s+(?:(this|the|next)\\s+)?(month|year|${MONTH_EN})`, "i");
const ZH_WORKDAYS = new RegExp(`${NUMBER}\\s*个?\\s*工作日`);
const ZH_SPAN = new RegExp(`${NUMBER}\\s*个?\\s*(天|日|周|星期|礼拜|月)\\s*(?:内|之内|以内|后|之后)`);
const WEEKDAY_IN_BRACKETS = /^\s*\(\s*(?:周|星期|礼拜)[一二三四五六日天]\s*\)/;
const TIME_COLON = new RegExp(`${TIME_LEAD}(?:(上午|早上|中午|下午|晚上|傍晚)\\s*)?(\\d{1,2}):(\\d{2})(?:\\s*(am|pm)\\b)?`, "i");
const TIME_AM_PM = new RegExp(`${TIME_LEAD}(?:at\\s+)?(\\d{1,2})\\s*(am|pm)\\b`, "i");
const TIME_WORDS = new RegExp(`${TIME_LEAD}(上午|早上|中午|下午|晚上|傍晚)?\\s*${NUMBER}\\s*[点時时]\\s*(?:(半)|(\\d{1,2}|[零〇一二三四五六七八九十]{1,3})\\s*分?)?`);

const matchers: Matcher[] = [
  // 2026-06-12, 2026/6/12, 2026.6.12, 2026年6月12日(号)
  (text) => {
    const m = /(\d{4})\s*(?:([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)/.exec(text);
    if (!m) return null;
    const month = Number(m[3] ?? m[5]);
    const day = Number(m[4] ?? m[6]);
    return dateOrInvalid(Number(m[1]), month, day, m.index + m[0].length);
  },
  // 30 June 2026, June 30, 2026
  (text, _meeting, latin) => {
    if (!latin) return null;
    const m = EN_DAY_MONTH_YEAR.exec(text);
    if (m) return dateOrInvalid(Number(m[3]), monthIndexEn(m[2]), Number(m[1]), m.index + m[0].length);
    const n = EN_MONTH_DAY_YEAR.exec(text);
    if (n) return dateOrInvalid(Number(n[3]), monthIndexEn(n[1]), Number(n[2]), n.index + n[0].length);
    return null;
  },
  // 2026年6月底 / 6月底 / 6月末
  (text, meeting) => {
    const m = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*[底末]/.exec(text);
    if (!m) return null;
    const month = Number(m[2]);
    const end = m.index + m[0].length;
    if (m[1]) return month >= 1 && month <= 12 ? { end, date: isoDate(Number(m[1]), month, daysInMonth(Number(m[1]), month)) } : dateOrInvalid(Number(m[1]), month, 1, end);
    if (!meeting) return { end, needsMeeting: true };
    if (month < 1 || month > 12) return dateOrInvalid(ymdOf(meeting).year, month, 1, end);
    const year = inferredYear(meeting, month, daysInMonth(ymdOf(meeting).year, month));
    return dateOrInvalid(year, month, daysInMonth(year, month), end, { yearInferred: true });
  },
  // 6月12日, 6月12号
  (text, meeting) => {
    const m = /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/.exec(text);
    if (!m) return null;
    const end = m.index + m[0].length;
    if (!meeting) return { end, needsMeeting: true };
    return monthDayFrom(meeting, Number(m[1]), Number(m[2]), end);
  },
  // 30 June, June 30
  (text, meeting, latin) => {
    if (!latin) return null;
    const m = EN_DAY_MONTH.exec(text);
    const n = m ? null : EN_MONTH_DAY.exec(text);
    const hit = m ? { month: m[2], day: m[1], at: m } : n ? { month: n[1], day: n[2], at: n } : null;
    if (!hit) return null;
    const end = hit.at.index + hit.at[0].length;
    if (!meeting) return { end, needsMeeting: true };
    return monthDayFrom(meeting, monthIndexEn(hit.month), Number(hit.day), end);
  },
  // 月底, 本月底, 本月末, 本月内, 下月底, 下个月底, 年底, 本年底, 今年年底, 年内; end of (the) month, end of June
  (text, meeting, latin) => {
    const zh = /(本|这个?|当|下个?)?月[底末]|(本|这个?|当|下个?)月(?:内|之内|以内)|(\d{4})?\s*(?:今|本)?年年?[底末]|(?:今|本|当)?(?<![\d〇零一二两三四五六七八九十百个])年(?:内|之内|以内)/.exec(text);
    const en = zh || !latin ? null : EN_END_OF.exec(text);
    if (!zh && !en) return null;
    const end = (zh ?? en)!.index + (zh ?? en)![0].length;
    if (zh?.[3]) return { end, date: isoDate(Number(zh[3]), 12, 31) };
    if (!meeting) return { end, needsMeeting: true };
    const { year } = ymdOf(meeting);
    if (zh) {
      if (/年/.test(zh[0])) return { end, date: isoDate(year, 12, 31), relative: true };
      const next = (zh[1] ?? zh[2])?.startsWith("下") ? 1 : 0;
      return { end, date: endOfMonth(addMonths(meeting, next)), relative: true };
    }
    const what = en![2].toLowerCase();
    if (what === "year") return { end, date: isoDate(en![1]?.toLowerCase() === "next" ? year + 1 : year, 12, 31), relative: true };
    if (what === "month") return { end, date: endOfMonth(addMonths(meeting, en![1]?.toLowerCase() === "next" ? 1 : 0)), relative: true };
    const month = monthIndexEn(what);
    const inYear = inferredYear(meeting, month, daysInMonth(year, month));
    return dateOrInvalid(inYear, month, daysInMonth(inYear, month), end, { yearInferred: true });
  },
  // 下月15日, 下个月15号, 本月20日前
  (text, meeting) => {
    const m = /(本|这个?|当|下个?)月\s*(\d{1,2})\s*[日号]/.exec(text);
    if (!m) return null;
    const end = m.index + m[0].length;
    if (!meeting) return { end, needsMeeting: true };
    const month = addMonths(isoDate(ymdOf(meeting).year, ymdOf(meeting).month, 1), m[1].startsWith("下") ? 1 : 0);
    return dateOrInvalid(ymdOf(month).year, ymdOf(month).month, Number(m[2]), end, { relative: true });
  },
  // 本周五, 这周五, 下周三, 下下周一, 周五, 星期五, 礼拜天; this Friday, next Wednesday, by Friday
  (text, meeting, latin) => {
    const zh = /(本|这|下下|下)?\s*个?\s*(?:周|星期|礼拜)\s*([一二三四五六日天1-7])/.exec(text);
    const en = zh || !latin ? null : /\b(?:(this|next)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.exec(text);
    if (!zh && !en) return null;
    const end = (zh ?? en)!.index + (zh ?? en)![0].length;
    if (!meeting) return { end, needsMeeting: true };
    const target = zh ? WEEKDAYS_ZH[zh[2]] : WEEKDAYS_EN.indexOf(en![2].toLowerCase()) + 1;
    const prefix = zh ? zh[1] : en![1]?.toLowerCase();
    const today = weekdayOf(meeting);
    if (prefix === undefined) return { end, date: addDays(meeting, (target - today + 7) % 7), relative: true };
    const weeks = prefix === "下下" ? 2 : prefix === "下" || prefix === "next" ? 1 : 0;
    return { end, date: addDays(meeting, 7 * weeks + target - today), relative: true };
  },
  // 本周内, 这周内, 本周, 下周内, 下个星期内; this week, within next week: the week's last working day
  (text, meeting, latin) => {
    const zh = /(本|这|下下|下)\s*个?\s*(?:周|星期|礼拜)(?![一二三四五六日天1-7])/.exec(text);
    const en = zh || !latin ? null : /\b(?:(?:by|within)\s+)?(?:the\s+end\s+of\s+)?(this|next)\s+week\b/i.exec(text);
    if (!zh && !en) return null;
    const end = (zh ?? en)!.index + (zh ?? en)![0].length;
    if (!meeting) return { end, needsMeeting: true };
    const prefix = zh ? zh[1] : en![1].toLowerCase();
    const weeks = prefix === "下下" ? 2 : prefix === "下" || prefix === "next" ? 1 : 0;
    return { end, date: lastWorkdayOfWeek(meeting, weeks), relative: true };
  },
  // 3个工作日内, 三个工作日; within 3 working/business days
  (text, meeting, latin) => {
    const zh = ZH_WORKDAYS.exec(text);
    const en = zh || !latin ? null : /\b(\d{1,3})\s+(?:working|business)\s+days?\b/i.exec(text);
    if (!zh && !en) return null;
    const n = parseCount((zh ?? en)![1]);
    const end = (zh ?? en)!.index + (zh ?? en)![0].length;
    if (n === null) return null;
    if (!meeting) return { end, needsMeeting: true };
    return { end, date: addWorkdays(meeting, n), relative: true, workdays: true };
  },
  // 10天内, 十日内, 两周内, 2个星期内, 一个月内, 15天后; within 10 days / 2 weeks / 1 month
  (text, meeting, latin) => {
    const zh = ZH_SPAN.exec(text);
    const en = zh || !latin ? null : /\bwithin\s+(\d{1,3}|a|one|two|three|four)\s+(days?|weeks?|months?)\b/i.exec(text);
    if (!zh && !en) return null;
    const raw = (zh ?? en)![1].toLowerCase();
    const n = en ? ({ a: 1, one: 1, two: 2, three: 3, four: 4 } as Record<string, number>)[raw] ?? Number(raw) : parseCount(raw);
    const unit = (zh ?? en)![2].toLowerCase();
    const end = (zh ?? en)!.index + (zh ?? en)![0].length;
    if (n === null || Number.isNaN(n)) return null;
    if (!meeting) return { end, needsMeeting: true };
    if (unit === "月" || unit.startsWith("month")) return { end, date: addMonths(meeting, n), relative: true };
    const days = unit === "天" || unit === "日" || unit.startsWith("day") ? n : 7 * n;
    return { end, date: addDays(meeting, days), relative: true };
  },
  // 今天, 当天, 当日, 会后当天, 明天, 次日, 第二天, 后天; today, tomorrow
  (text, meeting) => {
    const m = /(今天|今日|当天|当日|明天|明日|次日|第二天|后天)|\b(today|tomorrow)\b/i.exec(text);
    if (!m) return null;
    const end = m.index + m[0].length;
    if (!meeting) return { end, needsMeeting: true };
    const word = m[0].toLowerCase();
    const offset = word === "后天" ? 2 : ["明天", "明日", "次日", "第二天", "tomorrow"].includes(word) ? 1 : 0;
    return { end, date: addDays(meeting, offset), relative: true };
  },
  // 6.12前, 6/12 (month and day without year, written with a dot or slash)
  (text, meeting) => {
    const m = /(?<![\d./])(\d{1,2})[./](\d{1,2})(?![\d./])/.exec(text);
    if (!m) return null;
    const end = m.index + m[0].length;
    if (!meeting) return { end, needsMeeting: true };
    return monthDayFrom(meeting, Number(m[1]), Number(m[2]), end);
  },
];

/**
 * The last working day of the week (Monday to Sunday) `weeks` after the meeting's, not before the
 * meeting; its Sunday when no working day is left in it (a week of 国庆 holidays).
 */
function lastWorkdayOfWeek(meeting: IsoDate, weeks: number): IsoDate {
  const sunday = addDays(meeting, 7 * weeks + 7 - weekdayOf(meeting));
  for (let d = sunday; d >= meeting && d > addDays(sunday, -7); d = addDays(d, -1)) if (isWorkday(d)) return d;
  return sunday;
}

function monthIndexEn(name: string): number {
  return MONTHS_EN.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

// ---------------------------------------------------------------------------------------------
// Times

type TimeResult = { time: string } | { invalid: Bilingual } | null;

function findTime(rest: string): TimeResult {
  const colon = TIME_COLON.exec(rest);
  const english = colon ? null : TIME_AM_PM.exec(rest);
  if (english) return checkedTime(english[0], Number(english[1]), 0, english[2]);
  const word = colon
    ? null
    : TIME_WORDS.exec(rest);
  if (!colon && !word) return null;
  const period = (colon ? colon[1] ?? colon[4] : word![1]) ?? "";
  const hour = colon ? Number(colon[2]) : parseCount(word![2]) ?? -1;
  const minute = colon ? Number(colon[3]) : word![3] ? 30 : word![4] ? parseCount(word![4]) ?? -1 : 0;
  return checkedTime((colon ?? word)![0], hour, minute, period);
}

function checkedTime(shownText: string, hour12: number, minute: number, period: string): TimeResult {
  let hour = hour12;
  if (/下午|晚上|傍晚|pm/i.test(period) && hour >= 1 && hour < 12) hour += 12;
  if (/中午/.test(period) && hour >= 1 && hour < 6) hour += 12;
  if (/am/i.test(period) && hour === 12) hour = 0;
  const ok = hour >= 0 && minute >= 0 && minute < 60 && (hour < 24 || (hour === 24 && minute === 0));
  if (!ok) {
    const shown = shownText.replace(/^[\s,,、(（]*(?:前|之前)?\s*/, "").trim();
    return { invalid: { zh: `“${shown}”不是有效时间。`, en: `"${shown}" is not a valid time.` } };
  }
  return { time: `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}` };
}

// ---------------------------------------------------------------------------------------------
// Resolution

/**
 * A time of day typed on its own (14:00, 14：00, 1400, 9.30, 下午2点, 2点半, 2:30 pm) as 24-hour HH:MM;
 * undefined when the whole text is not one valid time. The same reading as a deadline's time.
 */
export function typedTime(text: string): string | undefined {
  const t = normalise(text).trim().replace(/^(\d{1,2})[.](\d{2})$/, "$1:$2").replace(/^(\d{1,2})(\d{2})$/, "$1:$2");
  if (!t) return undefined;
  const colon = TIME_COLON.exec(t);
  const found = colon ?? TIME_AM_PM.exec(t) ?? TIME_WORDS.exec(t);
  if (!found || found[0].trim().length !== t.length) return undefined;
  const r = findTime(t);
  return r && "time" in r && r.time !== "24:00" ? r.time : undefined;
}

/** The first vague word in the text (尽快, ASAP…), or null. */
export function findVagueWord(text: string): string | null {
  return findWord(text, VAGUE_WORDS);
}

const VAGUE_WORDS: readonly string[] = [...VAGUE_DEADLINE_WORDS_ZH, ...VAGUE_DEADLINE_WORDS_EN];

/** Words of a span or an approximate day (下月初, 中旬, 6月30日前后): a deadline must name one day. */
export const SPAN_WORDS: readonly string[] = ["上旬", "中旬", "下旬", "月初", "月中", "年初", "年中", "前后", "左右", "大约", "大概", "around", "approximately", "early next month", "mid-month"];

/** Words that make a date approximate (6月30日前后): checked before any date is read. */
const APPROXIMATE_WORDS: readonly string[] = ["前后", "左右", "大约", "大概", "around", "approximately"];

/**
 * Resolves a deadline as typed against the meeting date (ISO; may be empty when unknown).
 * Never throws.
 */
export function resolveDeadline(text: string, meetingDate: string): DeadlineResolution {
  const typed = typeof text === "string" ? text : "";
  const normal = normalise(typed).trim();
  if (normal === "") return { kind: "empty", text: typed };
  const meeting = isValidIsoDate(meetingDate) ? meetingDate : null;
  const latin = /[a-z]/i.test(normal);
  // 6月30日前后, 6月底左右: an approximate day is not a deadline, whatever date it names.
  const approximate = findWord(normal, APPROXIMATE_WORDS);
  if (approximate) return { kind: "vague", text: typed, word: approximate };
  for (const matcher of matchers) {
    let found: Found | null;
    try {
      found = matcher(normal, meeting, latin);
    } catch (e) {
      if (!(e instanceof CalendarRangeError)) throw e;
      return { kind: "invalid", text: typed, reason: OUT_OF_RANGE };
    }
    if (!found) continue;
    if (found.invalid) return { kind: "invalid", text: typed, reason: found.invalid };
    if (found.needsMeeting || !found.date) return { kind: "unanchored", text: typed };
    // A weekday in brackets may stand between the date and the time: 6月12日(周五)17:00.
    const time = findTime(normal.slice(found.end).replace(WEEKDAY_IN_BRACKETS, ""));
    if (time && "invalid" in time) return { kind: "invalid", text: typed, reason: time.invalid };
    return {
      kind: "resolved",
      text: typed,
      date: found.date,
      ...(time ? { time: time.time } : {}),
      relative: found.relative === true,
      yearInferred: found.yearInferred === true,
      unofficialCalendar: found.workdays === true && meeting !== null && unofficialYearsBetween(meeting, found.date).length > 0,
    };
  }
  return { kind: "vague", text: typed, word: findVagueWord(normal) };
}

/** The resolved date, or null for any other outcome. */
export function deadlineDate(text: string, meetingDate: string): IsoDate | null {
  const r = resolveDeadline(text, meetingDate);
  return r.kind === "resolved" ? r.date : null;
}

// ---------------------------------------------------------------------------------------------
// Suggestions

/**
 * A concrete deadline to suggest in place of a vague one: the last day of the month of `base` (the
 * meeting date, or today when the record has none; the next month's when `base` is the month's last
 * day), e.g. 2026年6月30日前 / by 30 June 2026. With no valid date at all, the form to write rather than
 * a made-up day, which would read as a real deadline.
 */
export function suggestedDeadline(base: string | null): Bilingual {
  if (!base || !isValidIsoDate(base)) return { zh: "X年X月X日前", en: "by D Month YYYY" };
  let date = endOfMonth(base);
  // On the calendar's last day there is no next month to suggest.
  if (date === base && base !== LAST_CALENDAR_DATE) date = endOfMonth(addDays(base, 1));
  return { zh: `${formatDate(date, "zh")}前`, en: `by ${formatDate(date, "en")}` };
}
