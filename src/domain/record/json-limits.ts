// What a record JSON text may hold, checked before it becomes a record (issue 16.7–16.9), so that
// every file a command accepts can be written and read back unchanged, and every document written
// from it opens everywhere:
// - nesting at most MAX_JSON_DEPTH levels (the readers and writers recurse; an 18 MB part of 3,000
//   levels could be written but not read back);
// - a text value at most MAX_TEXT_LENGTH characters (lxml, and so python-docx, refuses a text node
//   over 10 MB; 500,000 characters, 1.5 MB in UTF-8, stay under it even where a cell joins four values);
// - numbers that survive JavaScript's number type: 1e999 would come back as null and a 30-digit
//   integer rounded, so both are refused with a message rather than silently changed.

import type { Bilingual } from "./i18n";

export const MAX_JSON_DEPTH = 64;
export const MAX_TEXT_LENGTH = 500_000;

/** The first limit the JSON text passes, as a message; undefined when it holds none. The text is valid JSON. */
export function jsonLimitProblem(text: string): Bilingual | undefined {
  let depth = 0;
  let path: (string | number)[];
  // The path to the current value, for messages: keys and array indexes.
  const stack: { key: string | number; array: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      const isKey = nextNonSpace(text, end + 1) === ":";
      if (isKey) {
        if (stack.length > 0) stack[stack.length - 1].key = JSON.parse(text.slice(i, end + 1)) as string;
      } else if (end - i - 1 > MAX_TEXT_LENGTH && JSON.parse(text.slice(i, end + 1)).length > MAX_TEXT_LENGTH) {
        path = stack.map((s) => s.key);
        return {
          zh: `字段 ${shownPath(path)} 的文字过长（超过 ${MAX_TEXT_LENGTH.toLocaleString("en")} 个字符）：这样的文字写入 Word 文档后，部分程序无法打开。请删减，或把长文作为附件另存。`,
          en: `The field ${shownPath(path)} is too long (over ${MAX_TEXT_LENGTH.toLocaleString("en")} characters): a document holding it cannot be opened by some programs. Shorten it, or keep the long text in an attachment.`,
        };
      }
      i = end;
    } else if (c === "{" || c === "[") {
      depth++;
      stack.push({ key: c === "[" ? 0 : "", array: c === "[" });
      if (depth > MAX_JSON_DEPTH) {
        path = stack.slice(0, 3).map((s) => s.key);
        return {
          zh: `记录嵌套超过 ${MAX_JSON_DEPTH} 层（在 ${shownPath(path)} 之下）：记录文件不会有这样的结构，已拒绝读取。`,
          en: `The record nests more than ${MAX_JSON_DEPTH} levels deep (under ${shownPath(path)}): no record file has such a structure, so it is refused.`,
        };
      }
    } else if (c === "}" || c === "]") {
      depth--;
      stack.pop();
    } else if (c === ",") {
      const top = stack[stack.length - 1];
      if (top?.array) top.key = (top.key as number) + 1;
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      const m = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400))!;
      const token = m[0];
      if (!numberKept(token)) {
        path = stack.map((s) => s.key);
        return {
          zh: `${shownPath(path)} 的数值 ${token.slice(0, 40)} 无法原样保留（超出可精确表示的范围）：请把它写成文字（加上引号），或改为较小的数。`,
          en: `The number ${token.slice(0, 40)} at ${shownPath(path)} cannot be kept exactly (beyond what can be represented): write it as text (in quotes) or use a smaller number.`,
        };
      }
      i += token.length - 1;
    }
  }
  return undefined;
}

/** Whether the number the JSON token names is the number JavaScript reads (same decimal value). */
function numberKept(token: string): boolean {
  const n = Number(token);
  if (!Number.isFinite(n)) return false;
  return sameDecimal(token, String(n));
}

/** Whether two decimal numerals (JSON or JavaScript's e-notation) name the same value. */
function sameDecimal(a: string, b: string): boolean {
  const norm = (s: string) => {
    const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(s)!;
    const digits = (m[2] + (m[3] ?? "")).replace(/^0+/, "");
    const exp = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
    const trimmed = digits.replace(/0+$/, "");
    if (trimmed === "") return "0";
    return `${m[1]}${trimmed}e${exp + digits.length - trimmed.length}`;
  };
  return norm(a) === norm(b);
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

function nextNonSpace(text: string, from: number): string {
  let i = from;
  while (i < text.length && " \t\n\r".includes(text[i])) i++;
  return text[i] ?? "";
}

/** A value's place as a field path (`actions[2].task`); `$` for the whole text. */
function shownPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "$";
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");
}
