// Full-width punctuation in Chinese text. The documents ccr generates use it throughout; what the
// user typed is kept as typed unless they ask for it to be normalised on export
// (`--normalise-punctuation`, or `normalisePunctuation` in the export options).

import type { CcrRecord } from "./record";

/** Han characters, CJK symbols and full-width forms: the context in which ASCII marks are wrong. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

const FULL_WIDTH: Record<string, string> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！" };

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/**
 * `,` `:` `;` `?` `!` next to Chinese text become `，` `：` `；` `？` `！` (spaces around them dropped),
 * and `(…)` holding or touching Chinese text becomes `（…）`. Marks between Latin letters or digits
 * (`14:00`, `1,000`, `Track Changes (TC)`, `http://`) are left alone.
 */
export function normaliseChinesePunctuation(text: string): string {
  let out = normaliseParentheses(text);
  out = out.replace(/ *([,:;?!]) */g, (match: string, mark: string, offset: number, whole: string) => {
    const before = whole.slice(0, offset).trimEnd().slice(-1);
    const after = whole.slice(offset + match.length, offset + match.length + 1);
    if (mark === ":" && /\d/.test(before) && /\d/.test(after)) return match;
    if (mark === ":" && whole.startsWith("//", offset + match.length)) return match;
    const chinese = isCjk(before) || (mark !== "?" && mark !== "!" && isCjk(after));
    return chinese ? FULL_WIDTH[mark] : match;
  });
  return out;
}

function normaliseParentheses(text: string): string {
  const chars = [...text];
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === "(") open.push(i);
    else if (chars[i] === ")" && open.length > 0) {
      const start = open.pop()!;
      const inside = chars.slice(start + 1, i).join("");
      const touching = isCjk(chars[start - 1]) || isCjk(chars[i + 1]);
      if (CJK.test(inside) || touching) {
        chars[start] = "（";
        chars[i] = "）";
      }
    }
  }
  return chars.join("");
}

/** The record with the free text a document shows normalised (names, dates and codes untouched). */
export function withChinesePunctuation(record: CcrRecord): CcrRecord {
  const n = normaliseChinesePunctuation;
  const list = (items: readonly string[]) => items.map(n);
  return {
    ...record,
    topic: n(record.topic),
    goal: n(record.goal),
    place: n(record.place),
    background: n(record.background),
    discussionPoints: list(record.discussionPoints),
    demands: list(record.demands),
    disputes: list(record.disputes),
    responses: list(record.responses),
    consensus: list(record.consensus),
    openIssues: record.openIssues.map((o) => ({ ...o, text: n(o.text), nextStep: n(o.nextStep) })),
    actions: record.actions.map((a) => ({
      ...a,
      task: n(a.task),
      deliverable: n(a.deliverable),
      progress: a.progress.map((p) => ({ ...p, note: n(p.note) })),
    })),
    attachments: list(record.attachments),
    confirmations: record.confirmations.map((c) => ({ ...c, remark: n(c.remark) })),
    resultFeedback: n(record.resultFeedback),
    lessons: n(record.lessons),
  };
}

/** What follows a label in generated text: "负责人：" (full-width colon) / "Owner: ". */
export function labelColon(lang: "zh" | "en"): string {
  return lang === "en" ? ": " : "：";
}

/** What stands between the names of a list in generated text: "张伟、李娜" / "Zhang Wei, Li Na". */
export function listSeparator(lang: "zh" | "en"): string {
  return lang === "en" ? ", " : "、";
}

/** The number of a list item in a document: "1．" (full-width stop, as 公文 lists) / "1. ". */
export function listNumber(n: number, lang: "zh" | "en"): string {
  return lang === "en" ? `${n}. ` : `${n}．`;
}
