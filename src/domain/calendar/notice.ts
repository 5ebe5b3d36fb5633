// The State Council's annual notice (国务院办公厅关于X年部分节假日安排的通知), as published,
// read into one calendar year: `ccr calendar add notice.txt` and the pane's 节假日安排 use it to
// add a year without a new release. Nothing is guessed: every sentence of the schedule must be
// understood, every weekday and day count the notice states must agree with the dates, and all
// seven holidays must be there, or the text is refused with what could not be read.
//
// One text may hold a notice and a later one that changes it (2020: 国务院办公厅关于延长2020年
// 春节假期的通知). Paragraphs without a date (the salutation, 节假日期间…) are the notice's prose.

import type { Bilingual } from "../record/i18n";
import type { CalendarYear, HolidayBlock, MakeUpWorkday } from "./calendar-years";
import { HOLIDAY_NAMES, type HolidayKey } from "./holiday-names";
import { addDays, daysBetween, isValidYmd, isoDate, weekdayOf, type IsoDate } from "./iso-date";
import { formatDate, formatMonthDay } from "./date-format";
import type { Lang } from "../record/record";

export type NoticeResult = { ok: true; year: number; entry: CalendarYear } | { ok: false; problems: Bilingual[] };

const CN_NUMBER = "[一二三四五六七八九十]{1,3}";
const SCHEDULE_TITLE = /国务院办公厅关于(\d{4})年部分节假日安排的通知/g;
const EXTENSION_TITLE = /国务院办公厅关于延长(\d{4})年春节假期的通知/g;
const DOCUMENT_NUMBER = /国办发明电〔\d{4}〕\d+号/;
const ITEM = new RegExp(`^${CN_NUMBER}、\\s*([^:]{1,20}?)\\s*:\\s*(.*)$`);
const DATE = "(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日";
const NOTE = "(?:\\(([^)]*)\\))?";
const HOLIDAY_SENTENCE = new RegExp(
  `^${DATE}${NOTE}(?:至${DATE}${NOTE})?放假(?:调休)?(?:(\\d+)天)?((?:,(?:共\\d+天|与周末连休|不调休))*)$`,
);
const WORKDAY_SENTENCE = new RegExp(`^(${DATE}${NOTE}(?:、${DATE}${NOTE})*)上班$`);
const EXTENSION_SENTENCE = new RegExp(`^延长(\\d{4})年春节假期至${DATE}${NOTE}(?:,${DATE}${NOTE}起正常上班)?$`);
const ONE_DATE = new RegExp(`${DATE}${NOTE}`, "g");
const ANY_DATE = /\d{1,2}月\d{1,2}日|\d{1,2}日\s*[(（]/;
const SIGNATURE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;

const FESTIVALS: Record<string, Exclude<HolidayKey, "nationalDayAndMidAutumn">> = {
  元旦: "newYear",
  春节: "springFestival",
  清明节: "qingming",
  清明: "qingming",
  劳动节: "labourDay",
  端午节: "dragonBoat",
  端午: "dragonBoat",
  中秋节: "midAutumn",
  中秋: "midAutumn",
  国庆节: "nationalDay",
  国庆: "nationalDay",
};

const REQUIRED: readonly Exclude<HolidayKey, "nationalDayAndMidAutumn">[] = [
  "newYear",
  "springFestival",
  "qingming",
  "labourDay",
  "dragonBoat",
  "midAutumn",
  "nationalDay",
];

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/** Reads the notice text; refuses it, with every reason, unless the whole schedule is understood. */
export function parseHolidayNotice(text: string): NoticeResult {
  const normal = normalise(text);
  const problems: Bilingual[] = [];
  const titles = [...normal.matchAll(SCHEDULE_TITLE)];
  const years = [...new Set(titles.map((m) => Number(m[1])))];
  if (years.length === 0) {
    return fail({
      zh: "没有找到通知标题“国务院办公厅关于××××年部分节假日安排的通知”：请粘贴通知全文（含标题）。",
      en: "The notice's title (国务院办公厅关于YYYY年部分节假日安排的通知) is missing: paste the whole notice, title included.",
    });
  }
  if (years.length > 1) {
    return fail({ zh: `文本中有${years.join("、")}年的多份通知：请一次只添加一年。`, en: `The text holds notices for ${years.join(", ")}: add one year at a time.` });
  }
  const year = years[0];
  const holidays: { keys: HolidayKey[]; block: HolidayBlock }[] = [];
  const workdays: MakeUpWorkday[] = [];
  const extensions: { line: string; to: IsoDate; backToWork: IsoDate | null }[] = [];
  /** Holidays the notice has an item for, read or not (an unreadable item is reported once). */
  const named = new Set<HolidayKey>();

  for (const raw of normal.split("\n")) {
    const line = raw.trim();
    if (!line || SIGNATURE_DATE.test(line) || /^国务院办公厅关于/.test(line) || DOCUMENT_NUMBER.test(line)) continue;
    const item = ITEM.exec(line);
    const festivals = item ? festivalKeys(item[1]) : null;
    if (item && festivals) {
      festivals.forEach((k) => named.add(k));
      readItem(year, line, festivals, item[2], holidays, workdays, problems);
      continue;
    }
    const body = line.replace(new RegExp(`^${CN_NUMBER}、`), "").trim();
    const extension = EXTENSION_SENTENCE.exec(body.replace(/。$/, ""));
    if (extension) {
      const found = readExtension(year, extension, problems, line);
      if (found) extensions.push(found);
      continue;
    }
    if (ANY_DATE.test(line)) problems.push(unreadable(line));
  }

  for (const key of REQUIRED) {
    if (!named.has(key)) {
      problems.push({ zh: `通知中没有${HOLIDAY_NAMES[key].zh}的安排。`, en: `The notice has no schedule for ${HOLIDAY_NAMES[key].en}.` });
    }
  }
  for (const extension of extensions) {
    const spring = holidays.find((h) => h.keys.includes("springFestival"));
    if (!spring || extension.to < spring.block.to) {
      problems.push(unreadable(extension.line));
      continue;
    }
    spring.block = { ...spring.block, to: extension.to };
    if (extension.backToWork && extension.backToWork !== addDays(extension.to, 1)) problems.push(unreadable(extension.line));
  }
  if (problems.length > 0) return { ok: false, problems };

  const blocks = holidays.map((h) => h.block);
  const entry: CalendarYear = {
    notice: noticeNames(normal),
    holidays: blocks,
    // A make-up workday inside an extended holiday is a holiday after all (2020-02-01).
    workdays: workdays.filter((w) => !blocks.some((b) => w.date >= b.from && w.date <= b.to)),
  };
  return { ok: true, year, entry };
}

function fail(problem: Bilingual): NoticeResult {
  return { ok: false, problems: [problem] };
}

function unreadable(line: string): Bilingual {
  return { zh: `无法识别：“${line}”。请粘贴通知原文，不要改动日期和标点。`, en: `Cannot read: "${line}". Paste the notice as published, without changing dates or punctuation.` };
}

/** Full-width digits, letters and brackets to ASCII, so that （周四） and (周四) read alike; one item per line. */
function normalise(text: string): string {
  return String(text)
    .replace(/\r\n?/g, "\n")
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00a0]/g, " ")
    .replace(/,\s+/g, ",")
    // Pasted without line breaks: each numbered item and each title starts a line.
    .replace(new RegExp(`([。:])\\s*(?=${CN_NUMBER}、)`, "g"), "$1\n")
    .replace(/\s*(国务院办公厅关于)/g, "\n$1")
    .replace(/\s*(国办发明电〔)/g, "\n$1")
    .replace(/[ \t]+(?=\n)|(?<=\n)[ \t]+/g, "");
}

/** 元旦 → [newYear]; 国庆节、中秋节 → [nationalDay, midAutumn]; null when it is not a holiday heading. */
function festivalKeys(heading: string): HolidayKey[] | null {
  const keys = heading.split(/[、和及与]/).map((name) => FESTIVALS[name.trim()]);
  return keys.length > 0 && keys.every((k) => k !== undefined) ? keys : null;
}

function holidayName(keys: readonly HolidayKey[]): Bilingual {
  if (keys.length === 1) return HOLIDAY_NAMES[keys[0]];
  if (keys.length === 2 && keys.includes("nationalDay") && keys.includes("midAutumn")) return HOLIDAY_NAMES.nationalDayAndMidAutumn;
  return { zh: keys.map((k) => HOLIDAY_NAMES[k].zh).join("、"), en: keys.map((k) => HOLIDAY_NAMES[k].en).join(" and ") };
}

function readItem(
  year: number,
  line: string,
  keys: HolidayKey[],
  body: string,
  holidays: { keys: HolidayKey[]; block: HolidayBlock }[],
  workdays: MakeUpWorkday[],
  problems: Bilingual[],
): void {
  const name = holidayName(keys);
  let found = false;
  for (const sentence of body.split("。").map((s) => s.trim()).filter(Boolean)) {
    // 鼓励各单位…安排职工在除夕(2月9日)休息: advice, not a day off.
    if (sentence.startsWith("鼓励")) continue;
    // Prose without a date (节假日期间…, when pasted without line breaks) says nothing about days.
    if (!ANY_DATE.test(sentence)) continue;
    const holiday = HOLIDAY_SENTENCE.exec(sentence);
    if (holiday && !found) {
      const block = readHoliday(year, holiday, name, line, problems);
      if (block) holidays.push({ keys, block });
      found = true;
      continue;
    }
    const work = WORKDAY_SENTENCE.exec(sentence);
    if (work) {
      for (const m of work[1].matchAll(ONE_DATE)) {
        const date = dateOf(year, m[1], m[2], m[3]);
        if (!date || !weekdayAgrees(date, m[4])) {
          problems.push(unreadable(line));
          continue;
        }
        if (weekdayOf(date) < 6) {
          problems.push({ zh: `调休上班日${date}不是周末：请核对“${line}”。`, en: `The make-up workday ${date} is not a Saturday or Sunday: check "${line}".` });
          continue;
        }
        workdays.push({ date, for: name });
      }
      continue;
    }
    problems.push(unreadable(line));
  }
  if (!found) problems.push(unreadable(line));
}

function readHoliday(year: number, m: RegExpExecArray, name: Bilingual, line: string, problems: Bilingual[]): HolidayBlock | null {
  const from = dateOf(year, m[1], m[2], m[3]);
  // 1月1日至3日: the end takes the start's year and month unless it names its own.
  const to = m[7] === undefined || !from ? from : dateOf(year, m[5] ?? from.slice(0, 4), m[6] ?? from.slice(5, 7), m[7]);
  if (!from || !to || to < from || !weekdayAgrees(from, m[4]) || !weekdayAgrees(to, m[8])) {
    problems.push(unreadable(line));
    return null;
  }
  const days = daysBetween(from, to) + 1;
  const stated = [m[9], ...[...(m[10] ?? "").matchAll(/共(\d+)天/g)].map((c) => c[1])].filter((c): c is string => c !== undefined);
  if (stated.some((c) => Number(c) !== days)) {
    problems.push({ zh: `“${line}”写的天数与日期不符（${from}至${to}共${days}天）。`, en: `"${line}": the number of days does not match the dates (${from} to ${to} is ${days} days).` });
    return null;
  }
  return { name, from, to };
}

function readExtension(year: number, m: RegExpExecArray, problems: Bilingual[], line: string): { line: string; to: IsoDate; backToWork: IsoDate | null } | null {
  if (Number(m[1]) !== year) {
    problems.push(unreadable(line));
    return null;
  }
  const to = dateOf(year, m[2], m[3], m[4]);
  const backToWork = m[8] === undefined ? null : dateOf(year, m[6], m[7], m[8]);
  if (!to || !weekdayAgrees(to, m[5]) || (backToWork !== null && !weekdayAgrees(backToWork, m[9]))) {
    problems.push(unreadable(line));
    return null;
  }
  return { line, to, backToWork };
}

/** A date of the notice: its own year, else the notice's; its own month, else `month` (至3日). */
function dateOf(year: number, ownYear: string | undefined, month: string | undefined, day: string): IsoDate | null {
  const y = ownYear ? Number(ownYear) : year;
  if (month === undefined) return null;
  const mo = Number(month);
  const d = Number(day);
  return isValidYmd(y, mo, d) ? isoDate(y, mo, d) : null;
}

/** The note in brackets names no weekday, or the date's. */
function weekdayAgrees(date: IsoDate, note: string | undefined): boolean {
  const named = /(?:周|星期)([一二三四五六日天])/.exec(note ?? "");
  return !named || WEEKDAYS[named[1]] === weekdayOf(date);
}

/** 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）, several joined by ；. */
function noticeNames(normal: string): string {
  const lines = normal.split("\n").map((l) => l.trim());
  const names: string[] = [];
  lines.forEach((line, i) => {
    const title = new RegExp(SCHEDULE_TITLE.source).exec(line) ?? new RegExp(EXTENSION_TITLE.source).exec(line);
    if (!title || !line.startsWith(title[0])) return;
    const number = lines.slice(i + 1, i + 3).map((l) => DOCUMENT_NUMBER.exec(l)?.[0]).find(Boolean);
    names.push(number ? `${title[0]}（${number}）` : title[0]);
  });
  return [...new Set(names)].join("；");
}

// ---------------------------------------------------------------------------------------------
// For confirmation: what was read, one line per holiday.

const WEEKDAY_ZH = ["", "周一", "周二", "周三", "周四", "周五", "周六", "周日"];
const WEEKDAY_EN = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** 元旦：1月1日（周四）至1月3日（周六），共3天；1月4日（周日）上班 — one line per holiday. */
export function describeCalendarYear(year: number, entry: CalendarYear, lang: Lang): string[] {
  const day = (d: IsoDate) => {
    const shown = d.startsWith(`${year}-`) ? formatMonthDay(d, lang) : formatDate(d, lang);
    return lang === "en" ? `${WEEKDAY_EN[weekdayOf(d)]} ${shown}` : `${shown}（${WEEKDAY_ZH[weekdayOf(d)]}）`;
  };
  const lines = [lang === "en" ? `${year}: ${entry.notice}` : `${year}年：${entry.notice}`];
  for (const h of entry.holidays) {
    const days = daysBetween(h.from, h.to) + 1;
    const span = h.from === h.to ? day(h.from) : lang === "en" ? `${day(h.from)} to ${day(h.to)}` : `${day(h.from)}至${day(h.to)}`;
    const work = entry.workdays.filter((w) => w.for.zh === h.name.zh).map((w) => day(w.date));
    if (lang === "en") {
      lines.push(`${h.name.en}: ${span}, ${days} day${days === 1 ? "" : "s"} off${work.length ? `; make-up workdays ${work.join(", ")}` : ""}`);
    } else {
      lines.push(`${h.name.zh}：${span}，共${days}天${work.length ? `；${work.join("、")}上班` : ""}`);
    }
  }
  return lines;
}
