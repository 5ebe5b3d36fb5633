// Reading the values of a hand-filled form: example text left in brackets, blanks (____), dates and
// time ranges as people type them, ticked boxes (☑ ■ √), numbered lists. Each function returns only
// what the text says; nothing is guessed.

import { isoDate, isValidYmd } from "../calendar/calendar";
import { toHalfWidth, trimSeparators } from "./labels";

// ---------------------------------------------------------------------------------------------
// Example text and blanks

/** Bracketed text that is the template's example or instruction, not a value: (例:…), (简述…,例:…), (e.g. …). */
const EXAMPLE_BODY = /^(?:[^()()]{0,20}?(?:(?:例|示例|举例|样例|如|example)\s*[::,,]|e\.g\.|for example)|\s*(?:简述|请填写|请简述|填写|请输入|请写明|please (?:fill|enter|describe)))/i;

/**
 * The value of a field with the guide's example text "(例:…)" taken out and blanks (____) trimmed.
 * `example` says whether example text was there; an empty value with example or blanks is unfilled.
 */
export function cleanValue(raw: string): { value: string; example: boolean } {
  let text = raw;
  let example = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "(" && text[i] !== "(") continue;
    const close = closingBracket(text, i);
    const body = text.slice(i + 1, close < 0 ? text.length : close);
    if (!EXAMPLE_BODY.test(body)) continue;
    text = text.slice(0, i) + (close < 0 ? "" : text.slice(close + 1));
    example = true;
    i--;
  }
  const lines = text.split("\n").map((l) => trimSeparators(l.replace(/[_＿]{2,}/g, " ").replace(/[ \t]{2,}/g, " ")));
  return { value: lines.filter((l) => l !== "").join("\n"), example };
}

/** Index of the bracket closing the one at `open`, or -1 when it is never closed. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "(") depth++;
    else if (c === ")" || c === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Dates and times

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

export interface DateMatch {
  /** ISO YYYY-MM-DD; absent when the text names no year (6月8日). */
  iso?: string;
  /** Where the date was found in the (half-width) text. */
  index: number;
  length: number;
  yearMissing: boolean;
}

function iso(y: number, m: number, d: number): string | undefined {
  return isValidYmd(y, m, d) ? isoDate(y, m, d) : undefined;
}

/** The first calendar date in a text: 2026年6月8日, 2026-06-08, 2026/6/8, 2026.6.8, June 8, 2026, 8 June 2026, 6月8日. */
export function findDate(text: string): DateMatch | undefined {
  const t = toHalfWidth(text);
  const candidates: DateMatch[] = [];
  const ymd = /(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})(?!\d)\s*[日号]?/.exec(t);
  if (ymd) {
    const v = iso(+ymd[1], +ymd[2], +ymd[3]);
    if (v) candidates.push({ iso: v, index: ymd.index, length: ymd[0].length, yearMissing: false });
  }
  const dmy = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+(\\d{4})`, "i").exec(t);
  if (dmy) {
    const v = iso(+dmy[3], monthNumber(dmy[2]), +dmy[1]);
    if (v) candidates.push({ iso: v, index: dmy.index, length: dmy[0].length, yearMissing: false });
  }
  const mdy = new RegExp(`${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, "i").exec(t);
  if (mdy) {
    const v = iso(+mdy[3], monthNumber(mdy[1]), +mdy[2]);
    if (v) candidates.push({ iso: v, index: mdy.index, length: mdy[0].length, yearMissing: false });
  }
  if (candidates.length === 0) {
    const md = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/.exec(t);
    if (md && +md[1] >= 1 && +md[1] <= 12 && +md[2] >= 1 && +md[2] <= 31) {
      candidates.push({ index: md.index, length: md[0].length, yearMissing: true });
    }
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0];
}

function monthNumber(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

export interface TimeRange {
  date?: string;
  start?: string;
  end?: string;
  /** A date was written without its year (6月8日): not filled in, reported. */
  yearMissing: boolean;
}

const PERIOD = "(上午|早上|中午|下午|晚上|傍晚)?";
const CLOCK = new RegExp(
  `${PERIOD}\\s*(\\d{1,2})\\s*(?::\\s*(\\d{2})|[时点](?:\\s*(\\d{1,2})\\s*分|\\s*(半))?)\\s*(a\\.?m\\.?|p\\.?m\\.?)?`,
  "gi",
);

/** 沟通时间 as typed: "2026年6月8日 14:00至15:00", "2026-06-08 14:00-15:30", "下午2点至3点半", "8 June 2026, 2:00 pm to 3:00 pm". */
export function parseTimeRange(text: string): TimeRange {
  const t = toHalfWidth(text);
  const found = findDate(t);
  const out: TimeRange = { yearMissing: found?.yearMissing ?? false };
  if (found?.iso) out.date = found.iso;
  const rest = found ? t.slice(0, found.index) + " ".repeat(found.length) + t.slice(found.index + found.length) : t;
  const clocks: { minutes: number; explicitPeriod: boolean }[] = [];
  for (const m of rest.matchAll(CLOCK)) {
    let hour = +m[2];
    const minute = m[3] !== undefined ? +m[3] : m[4] !== undefined ? +m[4] : m[5] ? 30 : 0;
    const period = (m[1] ?? "") + (m[6] ?? "").toLowerCase().replace(/\./g, "");
    if (/下午|晚上|傍晚|pm/.test(period) && hour < 12) hour += 12;
    if (/中午/.test(period) && hour < 6) hour += 12;
    if (/am/.test(period) && hour === 12) hour = 0;
    if (hour > 24 || minute > 59) continue;
    clocks.push({ minutes: hour * 60 + minute, explicitPeriod: period !== "" });
    if (clocks.length === 2) break;
  }
  if (clocks.length === 2 && !clocks[1].explicitPeriod && clocks[0].minutes >= 12 * 60 && clocks[1].minutes < 12 * 60) {
    // 下午2点至3点: the end inherits the afternoon.
    if (clocks[1].minutes + 12 * 60 > clocks[0].minutes) clocks[1].minutes += 12 * 60;
  }
  if (clocks[0]) out.start = hhmm(clocks[0].minutes);
  if (clocks[1]) out.end = hhmm(clocks[1].minutes);
  return out;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

// ---------------------------------------------------------------------------------------------
// Ticked boxes

const CHECKED = "☑✅✓✔√■☒▣●◉⊠";
const UNCHECKED = "□☐○◻▢◯✗✘×";

export interface ChoiceOption<V extends string> {
  value: V;
  words: readonly string[];
}

export type ChoiceResult<V extends string> =
  | { kind: "chosen"; value: V }
  | { kind: "none" }
  | { kind: "ambiguous"; values: V[] };

/**
 * Which option a text picks: the one whose box is ticked (☑内部沟通 □外部沟通, "内部沟通 √", [x] External),
 * or, when there are no boxes, the only option named.
 */
export function parseChoice<V extends string>(text: string, options: readonly ChoiceOption<V>[]): ChoiceResult<V> {
  const t = toHalfWidth(text)
    .replace(/\[\s*[xX√✓]\s*\]|\(\s*[√✓xX]\s*\)/g, "☑")
    .replace(/\[\s*\]|\(\s*\)/g, "□")
    .toLowerCase();
  const words = options
    .flatMap((o) => o.words.map((w) => ({ value: o.value, word: w.toLowerCase() })))
    .sort((a, b) => b.word.length - a.word.length);
  const used: boolean[] = new Array(t.length).fill(false);
  const hits: { value: V; start: number; end: number }[] = [];
  for (const { value, word } of words) {
    for (let i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
      if (used.slice(i, i + word.length).some(Boolean)) continue;
      if (/^[a-z]/.test(word) && (/[a-z]/.test(t[i - 1] ?? "") || /[a-z]/.test(t[i + word.length] ?? ""))) continue;
      for (let k = i; k < i + word.length; k++) used[k] = true;
      hits.push({ value, start: i, end: i + word.length });
    }
  }
  const unique = (vs: V[]) => [...new Set(vs)];
  // Each box belongs to the option it touches: the one right after it (☑内部沟通), or the one right
  // before it when only that one is nearer (内部沟通√ 外部沟通).
  let boxes = 0;
  const ticked: V[] = [];
  for (let m = 0; m < t.length; m++) {
    const c = t[m];
    if (!CHECKED.includes(c) && !UNCHECKED.includes(c)) continue;
    const after = hits.find((h) => h.start > m && /^[ \t]*$/.test(t.slice(m + 1, h.start)));
    const before = hits.find((h) => h.end <= m && /^[ \t]*$/.test(t.slice(h.end, m)));
    const owner = after && before ? (m - before.end < after.start - m - 1 ? before : after) : (after ?? before);
    if (!owner) continue;
    boxes++;
    if (CHECKED.includes(c)) ticked.push(owner.value);
  }
  const chosen = boxes > 0 ? unique(ticked) : unique(hits.map((h) => h.value));
  if (chosen.length === 1) return { kind: "chosen", value: chosen[0] };
  if (chosen.length === 0) return { kind: "none" };
  return { kind: "ambiguous", values: chosen };
}

// ---------------------------------------------------------------------------------------------
// Lists

const ITEM_MARK = /^\s*(?:(\d{1,2})(?:[、.．)]|\.(?!\d))|[((](\d{1,2})[))]|([①-⑳])|[•·▪\-–—*])\s*/;
const INLINE_MARK = /(^|[\s;;,,。])(?:(\d{1,2})[、.．)](?!\d)|[((](\d{1,2})[))]|([①-⑳]))/g;

/** Items of a list field: one per line, and numbered items typed on one line ("1.A 2.B"). Numbering is removed. */
export function splitList(text: string): { text: string; line: number }[] {
  const items: { text: string; line: number }[] = [];
  text.split("\n").forEach((line, index) => {
    for (const piece of splitNumbered(line)) {
      const item = trimSeparators(piece.replace(ITEM_MARK, ""));
      if (item !== "") items.push({ text: item, line: index });
    }
  });
  return items;
}

/** Splits "1.延期具体时长 2.生产部物料准备" at numbers that count up from the first one. */
function splitNumbered(line: string): string[] {
  const marks: { at: number; n: number }[] = [];
  for (const m of line.matchAll(INLINE_MARK)) {
    const n = m[2] ? +m[2] : m[3] ? +m[3] : m[4] ? m[4].charCodeAt(0) - 0x2460 + 1 : 0;
    marks.push({ at: (m.index ?? 0) + m[1].length, n });
  }
  const cuts: number[] = [];
  let expected = 0;
  for (const mark of marks) {
    if (cuts.length === 0 ? mark.n === 1 || mark.at === 0 : mark.n === expected) {
      if (cuts.length === 0 && mark.at !== 0 && trimSeparators(line.slice(0, mark.at)) !== "") continue;
      cuts.push(mark.at);
      expected = mark.n + 1;
    }
  }
  if (cuts.length < 2) return [line];
  return cuts.map((at, i) => line.slice(at, cuts[i + 1] ?? line.length));
}

/** Names separated by 、,,;; / or new lines (抄送, 附件). */
export function splitNames(text: string): string[] {
  return splitOutsideBrackets(text, /[、,,;;\n/]/).map(trimSeparators).filter((s) => s !== "");
}

/** Splits text at separator characters that are not inside brackets. */
export function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "(" || c === "【" || c === "[") depth++;
    else if ((c === ")" || c === ")" || c === "】" || c === "]") && depth > 0) depth--;
    else if (depth === 0 && separator.test(c)) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}
