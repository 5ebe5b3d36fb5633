// Table column widths from what the columns hold, so that a date (2026年6月19日), a time (17:00), a
// name or a column head never breaks inside and the long texts (事项内容, 交付标准) get the rest.
// Widths are measured in CJK character widths (em) of the table's font size: a Chinese character or
// full-width mark is 1 em, a Latin letter, digit or ASCII mark about 0.55 em.

/** How a column's cells may wrap. */
export type ColumnFit =
  /** Each line of a cell stays on one line (numbers, names, departments, status). */
  | "whole"
  /** Lines wrap only between words: at spaces and after 、，,;； (cc lists of names). */
  | "words"
  /** Chinese text wraps anywhere except inside a date, a time or a Latin word (deadlines). */
  | "dates"
  /** Long text that wraps anywhere; these columns share what the others leave. */
  | "fill";

export interface ColumnContent {
  readonly header: string;
  readonly cells: readonly string[];
  readonly fit: ColumnFit;
}

/** Cell padding (85 twips each side, see tableXml) and a little slack for rounding in the renderers. */
export const CELL_PADDING_TWIPS = 2 * 85 + 40;
/** Longest piece that is kept on one line; longer names or words wrap like text. */
const MAX_WHOLE_EM = 10;
/** A fill column never gets less than this (a readable line of six characters), even when the other columns' minimums do not fit; a table that cannot give it goes landscape. */
const FILL_FLOOR_EM = 6;
const HEAD_WIDENING = 1.1;
/** Share of the space beyond the minimums that the non-fill columns may use to stand on one line. */
const GROWTH_SHARE = 0.4;
/**
 * A line that is to stand on one line gets this much more than its estimate: renderers space CJK
 * and digits apart a little more than textEm counts (LibreOffice then broke "17:00" as "17:0"/"0").
 */
const ONE_LINE_SLACK = 1.08;

/**
 * Width of a text in em: 1 for CJK and full-width characters, 0.55 for ASCII and other narrow ones
 * (0.75 for capitals, m and w),
 * and a quarter em where a Chinese character meets a Latin letter or digit (Word, WPS and
 * LibreOffice put that space in: 2026 年 6 月 19 日).
 */
export function textEm(text: string): number {
  let em = 0;
  let previous: "wide" | "alnum" | "other" = "other";
  for (const ch of text) {
    const kind = isWide(ch) ? "wide" : /[A-Za-z0-9]/.test(ch) ? "alnum" : "other";
    if ((kind === "wide" && previous === "alnum") || (kind === "alnum" && previous === "wide")) em += 0.25;
    em += kind === "wide" ? 1 : /[A-Zmw]/.test(ch) ? 0.75 : 0.55;
    previous = kind;
  }
  return em;
}

function isWide(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x20000
  );
}

function lines(texts: readonly string[]): string[] {
  return texts.flatMap((t) => t.split("\n")).filter((l) => l.trim());
}

/** Pieces of a line between which "words" columns may break (a no-break space keeps its neighbours). */
function words(line: string): string[] {
  return line.split(/[ \t]+|(?<=[、，,;；])/).filter(Boolean);
}

const UNBREAKABLE = /(\d{4}年)?\d{1,2}月\d{1,2}[日号]|[\x21-\x7e\u00a0\u2011]+/g;

/**
 * The pieces of a line no renderer may break: dates, times and Latin words, and a line that holds
 * nothing else (2026年6月19日 17:00: LibreOffice breaks 17:00 rather than at the space before it).
 */
function unbreakable(line: string): string[] {
  if (isUnbreakableOnly(line)) return [line];
  return line.match(UNBREAKABLE) ?? [];
}

/** Whether a line holds only dates, times and Latin words (and the spaces between them). */
function isUnbreakableOnly(line: string): boolean {
  return !line.replace(UNBREAKABLE, "").trim();
}

/** The width (em) of the column's head: it breaks nowhere in Chinese and only between words in English; heads are bold, a tenth wider. */
function headEm(column: ColumnContent): number {
  return Math.max(0, ...words(column.header).map((w) => textEm(w) * HEAD_WIDENING));
}

/** The narrowest width (em) a column's text can take without breaking where it must not. */
function minimumEm(column: ColumnContent): number {
  const head = headEm(column);
  const cellLines = lines(column.cells);
  // A date column may break between a date and its time (breakBeforeTimes), nowhere inside either.
  const pieces =
    column.fit === "whole" ? cellLines : column.fit === "words" ? cellLines.flatMap(words) : column.fit === "dates" ? cellLines.flatMap((l) => l.match(UNBREAKABLE) ?? []) : cellLines.flatMap(unbreakable);
  const longest = Math.max(0, ...pieces.map((p) => textEm(p) * (column.fit === "dates" ? ONE_LINE_SLACK : 1)));
  return Math.max(head, Math.min(longest, MAX_WHOLE_EM), column.fit === "fill" ? FILL_FLOOR_EM : 1);
}

/** The width (em) the column would like: every line on one line; a list wraps between its names. */
function naturalEm(column: ColumnContent): number {
  if (column.fit === "words") return minimumEm(column);
  return Math.max(textEm(column.header), ...lines(column.cells).map(textEm));
}

/** How much text a fill column holds (em), to share the free width in proportion. */
function volumeEm(column: ColumnContent): number {
  const cells = column.cells.filter((c) => c.trim());
  const average = cells.length ? cells.reduce((sum, c) => sum + textEm(c), 0) / cells.length : 0;
  return Math.max(average, textEm(column.header), 1);
}

/** The width (twips) of a cell holding `em` of text, its padding included. */
function cellTwips(em: number, emTwips: number): number {
  return Math.ceil(em * emTwips) + CELL_PADDING_TWIPS;
}

/** The narrowest table (twips) in which no column breaks where it must not: below it, columnWidths shrinks them. */
export function minimumTableWidth(columns: readonly ColumnContent[], emTwips: number): number {
  return columns.reduce((sum, c) => sum + cellTwips(minimumEm(c), emTwips), 0);
}

/**
 * Column widths in twips that add up to `total`: every column first gets its minimum (head and
 * unbreakable pieces), the short columns then grow to stand on one line where there is room, and
 * the fill columns share the rest in proportion to their text. `emTwips` is the width of one CJK
 * character: the font size in half-points × 10 (五号 10.5 pt → 210).
 */
export function columnWidths(columns: readonly ColumnContent[], total: number, emTwips: number): number[] {
  const twips = (em: number) => cellTwips(em, emTwips);
  if (columns.length === 0) return [];
  const isFill = columns.map((c) => c.fit === "fill");
  const widths = columns.map((c) => twips(minimumEm(c)));
  const used = widths.reduce((a, b) => a + b, 0);
  if (used > total) {
    // Too narrow for every minimum: the fill columns give up their floor first (never their head),
    // then the others shrink alike.
    const headOnly = columns.map((c, i) => (isFill[i] ? Math.min(widths[i], twips(headEm(c))) : widths[i]));
    const spare = widths.reduce((sum, w, i) => sum + w - headOnly[i], 0);
    const give = Math.min(1, (used - total) / (spare || 1));
    const eased = widths.map((w, i) => w - Math.floor((w - headOnly[i]) * give));
    const easedTotal = eased.reduce((a, b) => a + b, 0);
    if (easedTotal <= total) return fitTo(eased, total, isFill);
    const fixed = eased.reduce((sum, w, i) => sum + (isFill[i] ? w : 0), 0);
    const scale = Math.max(0, total - fixed) / (easedTotal - fixed || 1);
    const shrunk = eased.map((w, i) => (isFill[i] ? w : Math.floor(w * scale)));
    return fitTo(shrunk, total, isFill);
  }
  let free = total - used;
  // A date with its time is kept on one line first, where the free width allows it.
  columns.forEach((c, i) => {
    if (c.fit !== "dates") return;
    const dateLines = lines(c.cells).filter(isUnbreakableOnly);
    const add = Math.max(0, twips(Math.max(0, ...dateLines.map(textEm)) * ONE_LINE_SLACK) - widths[i]);
    if (add <= free) {
      widths[i] += add;
      free -= add;
    }
  });
  // A date column that did not get its whole line keeps its minimum: the time goes on a line of its own.
  const wants = columns.map((c, i) => (isFill[i] || c.fit === "dates" ? 0 : Math.max(0, twips(naturalEm(c) * ONE_LINE_SLACK) - widths[i])));
  const wanted = wants.reduce((a, b) => a + b, 0);
  const anyFill = isFill.some(Boolean);
  const growth = anyFill ? Math.min(1, (free * GROWTH_SHARE) / (wanted || 1)) : Math.min(1, free / (wanted || 1));
  wants.forEach((w, i) => {
    const add = Math.floor(w * growth);
    widths[i] += add;
    free -= add;
  });
  const volumes = columns.map((c, i) => (isFill[i] ? volumeEm(c) : 0));
  const volume = volumes.reduce((a, b) => a + b, 0);
  if (volume > 0) widths.forEach((_, i) => (widths[i] += Math.floor((free * volumes[i]) / volume)));
  return fitTo(widths, total, anyFill ? isFill : columns.map(() => true));
}

/** Rounding leftovers go to the widest column that may take them, so the widths add up to `total`. */
function fitTo(widths: number[], total: number, takes: readonly boolean[]): number[] {
  const rest = total - widths.reduce((a, b) => a + b, 0);
  let at = -1;
  widths.forEach((w, i) => {
    if (takes[i] && (at < 0 || w > widths[at])) at = i;
  });
  if (at < 0) at = widths.length - 1;
  widths[at] += rest;
  return widths;
}

/**
 * The text with its dates kept on one line: 19 June 2026 with no-break spaces, 2026-06-19 with
 * no-break hyphens (U+2011, written as w:noBreakHyphen).
 */
export function keepDatesTogether(text: string): string {
  return text
    .replace(/\b(\d{1,2}) ([A-Z][a-z]+)(?: (\d{4}))?\b/g, (_, d: string, m: string, y?: string) => `${d}\u00a0${m}${y ? `\u00a0${y}` : ""}`)
    .replace(/(\d)-(?=\d)/g, "$1\u2011");
}

/**
 * The cell text of a date column `width` twips wide, a line holding a date and a time that would
 * not stand on one line broken before the time, so that no renderer breaks inside the time.
 */
export function breakBeforeTimes(text: string, width: number, emTwips: number): string {
  return text
    .split("\n")
    .map((line) => (cellTwips(textEm(line) * ONE_LINE_SLACK, emTwips) > width ? line.replace(/^(.*\S)\s+(\d{1,2}:\d{2}\b.*)$/, "$1\n$2") : line))
    .join("\n");
}
