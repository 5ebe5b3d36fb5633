// The text ccr writes into the value cells of its own form, defined once: the form's codecs
// (src/form/layout.ts) write and read it, and recognition (parts.ts) reads it in a ccr form whose
// controls were lost. Values are never escaped: what a person typed stays as typed, and reading
// compares against the stored value so that separators typed inside a value do not split it.

import { FIELD_LABELS, PARTICIPANT_COLUMNS } from "../record/fields";
import type { Bilingual } from "../record/i18n";

/** Between the parts of a composite cell (参与人员 name / department / title, 书面函件确认). */
export const PART_SEPARATOR = " / ";

/** A part separator as ccr writes it or a person retypes it: / or | with spaces around, or a full-width ／ ｜. */
export const PART_SEPARATOR_RE = /\s+[/|]\s+|\s*[／｜]\s*/;

/** The mark at the start of an external participant's line. */
export const EXTERNAL_MARK: Bilingual = { zh: "[外部]", en: "[external]" };

/** A side mark at the start of a line, in any bracket people type: [外部] 【外部】 (内部) [external]. */
export const SIDE_MARK_RE = /^\s*[[【(（]\s*(内部|外部|internal|external)\s*[\]】)）]\s*/i;

/** Between an open disagreement and its next step. */
export const NEXT_STEP_ARROW = "→";

/** The arrow as written or retyped (→ -> => ⇒), with an optional 下一步: after it. */
export const NEXT_STEP_RE = /\s*(?:→|->|=>|⇒)\s*(?:下一步\s*[:：]?|next steps?\s*[:：]?)?\s*/i;

/** Between the names of a list of names (抄送). */
export const NAME_JOINER = "、";

/** Names of a list of names are separated by 、 , ， ; ； or line breaks (never by /: 技术部/研发中心 is one name). */
export const NAME_SEPARATORS_RE = /[、,，;；\r\n\v\u2028\u2029]+/;

/** The names of a 抄送 cell or field, in order, trimmed, empty ones dropped. */
export function splitNames(text: string): string[] {
  return text
    .split(NAME_SEPARATORS_RE)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function joinNames(names: readonly string[]): string {
  return names.join(NAME_JOINER);
}

/** Line breaks inside one paragraph: Word's manual line break (\v) and the Unicode line separator. */
export const LINE_BREAK_IN_ITEM_RE = /\v|\u2028/g;

/** Paragraph breaks: one list item, or one line, each. */
export const PARAGRAPH_BREAK_RE = /\r\n|[\r\n\u2029]/;

/**
 * The items of a list cell: one per paragraph. A line break inside a paragraph (\v, U+2028) stays
 * inside its item as \n; surrounding spaces and empty paragraphs (office-js #116) are dropped.
 */
export function splitItems(text: string): string[] {
  return text
    .split(PARAGRAPH_BREAK_RE)
    .map((p) => p.replace(LINE_BREAK_IN_ITEM_RE, "\n").split("\n").map((l) => l.trim()).join("\n").trim())
    .filter((p) => p !== "");
}

/** One list item as one paragraph: its own line breaks (any kind) become manual line breaks (\v). */
export function itemAsParagraph(item: string): string {
  return item.replace(/\r\n|[\r\n\u2028\u2029]/g, "\v");
}

/** Two texts that differ only in the kind of their line breaks and in spaces at line ends. */
export function sameItemText(a: string, b: string): boolean {
  const norm = (t: string) => t.split(/\r\n|[\r\n\v\u2028\u2029]/).map((l) => l.trim()).filter((l) => l !== "").join("\n");
  return norm(a) === norm(b);
}

/** A labelled part on a line of its own: "工号：A1023". */
export interface LabelledPart<K extends string> {
  readonly key: K;
  readonly label: Bilingual;
}

/** Writes the parts that have a value, one per line: "姓名：张伟\n工号：A1023" (en: "Name: …"). */
export function formatLabelledLines<K extends string>(parts: readonly LabelledPart<K>[], values: Partial<Record<K, string>>, lang: "zh" | "en"): string {
  return parts
    .filter((p) => (values[p.key] ?? "").trim() !== "") // a blank value reads back as empty: no line for it
    .map((p) => `${p.label[lang]}${lang === "zh" ? "：" : ": "}${(values[p.key] ?? "").replace(/\r\n|[\r\n\v\u2028\u2029]/g, " ")}`)
    .join("\n");
}

/**
 * Reads labelled lines back: each line that starts with a part's label (either language) and a colon
 * starts that part; a line without a label continues the part before it. Undefined when no line
 * starts with a label (the text is in another form). Values are taken exactly as typed, trimmed.
 */
export function readLabelledLines<K extends string>(parts: readonly LabelledPart<K>[], text: string): Partial<Record<K, string>> | undefined {
  const out: Partial<Record<K, string>> = {};
  let current: K | undefined;
  let found = false;
  for (const raw of text.split(/\r\n|[\r\n\v\u2028\u2029]/)) {
    const line = raw.trim();
    if (line === "") continue;
    const hit = parts.find((p) => [p.label.zh, p.label.en].some((l) => new RegExp(`^${escapeRe(l)}\\s*[:：]`, "i").test(line)));
    if (hit) {
      const value = line.replace(/^[^:：]*[:：]/, "").trim();
      // Several labelled parts on one line (姓名:张伟 工号:A1023) is a hand-typed cell, not ccr's.
      if (parts.some((p) => [p.label.zh, p.label.en].some((l) => new RegExp(`${escapeRe(l)}\\s*[:：]`, "i").test(value)))) return undefined;
      found = true;
      current = hit.key;
      out[hit.key] = value;
    } else if (current) {
      out[current] = `${out[current]} ${line}`.trim();
    } else return undefined;
  }
  return found ? out : undefined;
}

export type LeadKey = "name" | "staffNo" | "contact" | "dept";

/** The parts of 主导人 as ccr writes them, each on a line of its own under its label. */
export const LEAD_PARTS: readonly LabelledPart<LeadKey>[] = [
  { key: "name", label: PARTICIPANT_COLUMNS.name },
  { key: "staffNo", label: FIELD_LABELS["lead.staffNo"] },
  { key: "contact", label: FIELD_LABELS["lead.contact"] },
  { key: "dept", label: FIELD_LABELS["lead.dept"] },
];

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Splits a composite cell text into `stored.length` parts at part separators so that as many stored
 * parts as possible come back unchanged: "010-8888 / 分机 1023" stays one contact when that is what
 * was stored, and only the part a person changed takes the new text. Separators typed inside a new
 * value that was never stored cannot be told from the form's own; such text goes, in order, to the
 * parts, extra pieces joined into the last one.
 */
export function alignParts(text: string, stored: readonly string[]): string[] {
  const pieces: string[] = [];
  const seps: string[] = [];
  const re = new RegExp(PART_SEPARATOR_RE.source, "g");
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    pieces.push(text.slice(last, m.index));
    seps.push(m[0]);
    last = m.index + m[0].length;
  }
  pieces.push(text.slice(last));
  const n = pieces.length;
  const k = stored.length;
  const joined = (from: number, to: number) =>
    pieces
      .slice(from, to)
      .map((p, i) => (i === 0 ? p : seps[from + i - 1] + p))
      .join("")
      .trim();
  // best[i][j]: the best score giving pieces [i, n) to parts [j, k); choice[i][j]: how many pieces part j takes.
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(k + 1).fill(-Infinity));
  const choice: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(k + 1).fill(0));
  best[n][k] = 0;
  for (let j = k - 1; j >= 0; j--) {
    for (let i = n; i >= 0; i--) {
      for (let take = 0; i + take <= n; take++) {
        if (j === k - 1 && i + take !== n) continue; // the last part takes what is left
        const rest = best[i + take][j + 1];
        if (rest === -Infinity) continue;
        const value = joined(i, i + take);
        // An unchanged part scores; a part taking other than one piece costs a little, extra pieces
        // going to later parts and missing ones to the last parts when nothing else decides.
        const score =
          rest + (value === stored[j].trim() && (value !== "" || take === 1) ? 10 : 0) - Math.abs(take - 1) - (take > 1 ? 0.01 * (k - j) : 0) - (take === 0 ? 0.001 * (k - j) : 0);
        if (score > best[i][j]) {
          best[i][j] = score;
          choice[i][j] = take;
        }
      }
    }
  }
  const out: string[] = [];
  for (let i = 0, j = 0; j < k; j++) {
    const take = choice[i][j];
    out.push(joined(i, i + take));
    i += take;
  }
  return out;
}
