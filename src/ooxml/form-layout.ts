// The layout of the 沟通协调记录表 as a Word form: which fields appear in which section, with which
// label and placeholder, and how each field is written as cell text and read back from it.
// The OOXML builder writes this layout; the Word adapter and the .docx reader read text back through
// the same codecs, so the form has one definition.

import { ACTION_COLUMNS, FIELD_HINTS, FIELD_LABELS, KIND_LABELS, SECTION_TITLES, STATUS_LABELS } from "../domain/record/fields";
import type { DocBlock } from "../domain/recognise/blocks";
import type { Bilingual } from "../domain/record/i18n";
import { pick } from "../domain/record/i18n";
import type { ActionItem, ActionStatus, CcrRecord, Confirmation, Lang, OpenIssue, Participant } from "../domain/record/record";
import { ACTION_STATUSES, KINDS } from "../domain/record/record";

/** One value cell of the form: a record field shown as text. */
export interface FormField {
  /** Path in the record (`topic`) or, for the time row, the pseudo path `time` (date, start, end). */
  readonly path: string;
  readonly label: Bilingual;
  readonly hint: Bilingual;
  /** One item per line (paragraph) in the cell. */
  readonly lines: boolean;
  /** Derived text (computed, e.g. by the calendar): written by the add-in, never read back into the record. */
  readonly derived?: boolean;
  /** The cell text for a record. */
  format(record: CcrRecord, lang: Lang): string;
  /** Writes the cell text into the record (mutates it). Text equal to format(record) changes nothing. */
  parse(record: CcrRecord, text: string): void;
}

export interface ActionColumn {
  readonly field: keyof typeof ACTION_COLUMNS & keyof ActionItem;
  readonly label: Bilingual;
  readonly hint: Bilingual;
  readonly lines: boolean;
  format(action: ActionItem, lang: Lang): string;
  parse(action: ActionItem, text: string): void;
}

export type SectionKey = keyof typeof SECTION_TITLES;

export interface LabelValueSection {
  readonly key: Exclude<SectionKey, "actions">;
  readonly title: Bilingual;
  readonly fields: readonly FormField[];
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** Splits cell text into lines: paragraphs (\r, \n), manual line breaks (\v, U+2028). */
export function splitLines(text: string): string[] {
  return text
    .split(/\r\n|[\r\n\v\u2028\u2029]/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/** Cell text compared loosely: line breaks of any kind, trailing empty paragraphs (#116) and outer spaces ignored. */
export function sameCellText(a: string, b: string): boolean {
  return splitLines(a).join("\n") === splitLines(b).join("\n");
}

const SEP = /\s*[/／|｜]\s*/;

function parts(line: string): string[] {
  return line.split(SEP).map((p) => p.trim());
}

function joinParts(values: readonly string[]): string {
  const list = [...values];
  while (list.length > 0 && list[list.length - 1] === "") list.pop();
  return list.join(" / ");
}

function bi(zh: string, en: string): Bilingual {
  return { zh, en };
}

function genericHint(label: Bilingual, lines: boolean): Bilingual {
  return lines
    ? bi(`每行一条${label.zh}`, `One per line: ${label.en.toLowerCase()}`)
    : bi(`请填写${label.zh}`, `Enter the ${label.en.toLowerCase()}`);
}

// ---------------------------------------------------------------------------------------------
// Field codecs

type StringKey = "topic" | "goal" | "place" | "externalUnit" | "recorder" | "background" | "sentOn" | "objectionBy" | "resultFeedback" | "lessons";
type ListKey = "discussionPoints" | "demands" | "disputes" | "responses" | "consensus" | "attachments";

function textField(path: StringKey, hint?: Bilingual): FormField {
  const label = FIELD_LABELS[path];
  return {
    path,
    label,
    hint: hint ?? genericHint(label, false),
    lines: false,
    format: (r) => String(r[path] ?? ""),
    parse: (r, text) => {
      r[path] = splitLines(text).join("\n");
    },
  };
}

function listField(path: ListKey, hint?: Bilingual): FormField {
  const label = FIELD_LABELS[path];
  return {
    path,
    label,
    hint: hint ?? genericHint(label, true),
    lines: true,
    format: (r) => (r[path] ?? []).join("\n"),
    parse: (r, text) => {
      r[path] = splitLines(text);
    },
  };
}

const DATE_RE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const TIME_RE = /(\d{1,2})\s*[:：]\s*(\d{2})/g;

function isoDate(text: string): string {
  const m = DATE_RE.exec(text);
  if (!m) return "";
  return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
}

const timeField: FormField = {
  path: "time",
  label: FIELD_LABELS.time,
  hint: bi("年月日 时分 至 时分,如 2026-06-08 14:00 至 14:30", "Date, start and end, e.g. 2026-06-08 14:00 to 14:30"),
  lines: false,
  format: (r, lang) => {
    const span = r.start || r.end ? [r.start, r.end].filter(Boolean).join(lang === "en" ? " to " : " 至 ") : "";
    return [r.date, span].filter(Boolean).join(" ");
  },
  parse: (r, text) => {
    const date = isoDate(text);
    const rest = date ? text.replace(DATE_RE, " ") : text;
    const times = [...rest.matchAll(TIME_RE)].map((m) => `${m[1].padStart(2, "0")}:${m[2]}`);
    r.date = date || (times.length === 0 ? text.trim() : "");
    r.start = times[0] ?? "";
    r.end = times[1] ?? "";
  },
};

const kindField: FormField = {
  path: "kind",
  label: FIELD_LABELS.kind,
  hint: bi("内部沟通 或 外部沟通", "Internal or External"),
  lines: false,
  format: (r, lang) => (r.kind ? pick(KIND_LABELS[r.kind], lang) : ""),
  parse: (r, text) => {
    const t = text.trim().toLowerCase();
    const found = KINDS.find((k) => t === k || t === KIND_LABELS[k].zh || t === KIND_LABELS[k].en.toLowerCase());
    r.kind = found ?? (/外部|external/.test(t) ? "external" : /内部|internal/.test(t) ? "internal" : "");
  },
};

const leadField: FormField = {
  path: "lead",
  label: FIELD_LABELS.lead,
  hint: bi("姓名 / 工号 / 联系方式 / 部门", "Name / staff no. / contact / department"),
  lines: false,
  format: (r) => joinParts([r.lead.name, r.lead.staffNo, r.lead.contact, r.lead.dept]),
  parse: (r, text) => {
    const [name = "", staffNo = "", contact = "", dept = ""] = parts(splitLines(text).join(" "));
    r.lead = { ...r.lead, name, staffNo, contact, dept };
  },
};

const EXTERNAL_MARK = /^[[【(（]\s*(外部|external)\s*[\]】)）]\s*/i;

const participantsField: FormField = {
  path: "participants",
  label: FIELD_LABELS.participants,
  hint: bi(
    "每行一人:姓名 / 部门或单位 / 职务;外部人员行首写 [外部]",
    "One person per line: name / department or organisation / title; start external people with [external]",
  ),
  lines: true,
  format: (r, lang) =>
    r.participants
      .map((p) => {
        const mark = p.side === "external" ? (lang === "en" ? "[external] " : "[外部] ") : "";
        return mark + joinParts([p.name, (p.side === "external" ? p.unit : p.dept) ?? "", p.title ?? ""]);
      })
      .join("\n"),
  parse: (r, text) => {
    r.participants = splitLines(text).map((line, i): Participant => {
      const external = EXTERNAL_MARK.test(line);
      const [name = "", org = "", title = ""] = parts(line.replace(EXTERNAL_MARK, ""));
      const before = r.participants[i];
      const base: Participant = before ? { ...before } : { name: "", side: "internal" };
      base.name = name;
      base.side = external ? "external" : "internal";
      if (external) base.unit = org;
      else base.dept = org;
      base.title = title;
      return base;
    });
  },
};

const NEXT_STEP = /\s*(?:→|->|=>)\s*(?:下一步[::]?|next step[::]?)?\s*/i;

const openIssuesField: FormField = {
  path: "openIssues",
  label: FIELD_LABELS.openIssues,
  hint: bi("每行一条:分歧事项 → 下一步", "One per line: disagreement → next step"),
  lines: true,
  format: (r) => r.openIssues.map((o) => (o.nextStep ? `${o.text} → ${o.nextStep}` : o.text)).join("\n"),
  parse: (r, text) => {
    r.openIssues = splitLines(text).map((line, i): OpenIssue => {
      const [issue, ...next] = line.split(NEXT_STEP);
      return { ...(r.openIssues[i] ?? {}), text: issue.trim(), nextStep: next.join(" ").trim() };
    });
  },
};

const formalLetterField: FormField = {
  path: "formalLetter",
  label: FIELD_LABELS.formalLetter,
  hint: bi("不需要;或 需要 / 函件编号", "Not required; or Required / letter reference"),
  lines: false,
  format: (r, lang) => {
    if (!r.formalLetter.required) return r.formalLetter.ref ? joinParts([lang === "en" ? "Not required" : "不需要", r.formalLetter.ref]) : "";
    return joinParts([lang === "en" ? "Required" : "需要", r.formalLetter.ref]);
  },
  parse: (r, text) => {
    const [head = "", ...rest] = parts(splitLines(text).join(" "));
    const notRequired = /不需要|无需|not required|^no$|^none$/i.test(head);
    const required = !notRequired && /需要|required|^yes$/i.test(head);
    const ref = required || notRequired ? rest.join(" / ") : [head, ...rest].filter(Boolean).join(" / ");
    r.formalLetter = { ...r.formalLetter, required: required || (!notRequired && ref !== ""), ref };
  },
};

const CONFIRMED = /^(已确认|确认|是|confirmed|yes|✓|√)$/i;

const confirmationsField: FormField = {
  path: "confirmations",
  label: FIELD_LABELS.confirmations,
  hint: bi("每行一位:参与方 / 已确认或未确认 / 日期 / 备注", "One per line: participant / confirmed or not / date / remark"),
  lines: true,
  format: (r, lang) =>
    r.confirmations
      .map((c) =>
        joinParts([c.name, c.confirmed ? (lang === "en" ? "confirmed" : "已确认") : lang === "en" ? "not confirmed" : "未确认", c.date, c.remark]),
      )
      .join("\n"),
  parse: (r, text) => {
    r.confirmations = splitLines(text).map((line, i): Confirmation => {
      const [name = "", state = "", date = "", ...remark] = parts(line);
      return { ...(r.confirmations[i] ?? {}), name, confirmed: CONFIRMED.test(state), date, remark: remark.join(" / ") };
    });
  },
};

const circulateByField: FormField = {
  path: "circulateBy",
  label: FIELD_LABELS.circulateBy,
  hint: bi("会议日期后 2 个工作日内(自动计算)", "Within 2 working days of the meeting (computed)"),
  lines: false,
  derived: true,
  format: (r) => (typeof r.circulateBy === "string" ? r.circulateBy : ""),
  parse: () => undefined,
};

// ---------------------------------------------------------------------------------------------
// Sections

export const BASIC_FIELDS: readonly FormField[] = [
  textField("topic", FIELD_HINTS.topic),
  textField("goal", FIELD_HINTS.goal),
  timeField,
  textField("place", FIELD_HINTS.place),
  kindField,
  textField("externalUnit", bi("外部沟通时填写对方单位全称", "For external meetings: the other party's full name")),
  leadField,
  participantsField,
  textField("recorder"),
];

export const SUMMARY_FIELDS: readonly FormField[] = [
  textField("background", FIELD_HINTS.background),
  listField("discussionPoints"),
  listField("demands"),
  listField("disputes"),
  listField("responses"),
  listField("consensus"),
  openIssuesField,
];

export const FOLLOW_UP_FIELDS: readonly FormField[] = [
  circulateByField,
  textField("sentOn", bi("纪要实际发送日期,如 2026-06-09", "Date the minutes were sent, e.g. 2026-06-09")),
  textField("objectionBy", bi("请确认,如有异议请于X月X日前反馈", "Date by which objections are due")),
  formalLetterField,
  confirmationsField,
  listField("attachments"),
];

export const FEEDBACK_FIELDS: readonly FormField[] = [
  textField("resultFeedback", bi("事项全部完成后填写,如:问题已解决,最终方案为……", "When all items are done, e.g. problem solved; final solution …")),
  textField("lessons", bi("重大或复杂事项填写经验总结", "For major or complex cases")),
];

export const LABEL_VALUE_SECTIONS: readonly LabelValueSection[] = [
  { key: "basic", title: SECTION_TITLES.basic, fields: BASIC_FIELDS },
  { key: "summary", title: SECTION_TITLES.summary, fields: SUMMARY_FIELDS },
  { key: "followUp", title: SECTION_TITLES.followUp, fields: FOLLOW_UP_FIELDS },
  { key: "feedback", title: SECTION_TITLES.feedback, fields: FEEDBACK_FIELDS },
];

/** Order of the sections in the form (the action-item table is the third). */
export const SECTION_ORDER: readonly SectionKey[] = ["basic", "summary", "actions", "followUp", "feedback"];

export const ALL_FIELDS: readonly FormField[] = LABEL_VALUE_SECTIONS.flatMap((s) => s.fields);

export function formField(path: string): FormField | undefined {
  return ALL_FIELDS.find((f) => f.path === path);
}

// ---------------------------------------------------------------------------------------------
// Action-item table

function actionText(field: "task" | "owner" | "ownerDept" | "deadline" | "deliverable", hint?: Bilingual): ActionColumn {
  const label = ACTION_COLUMNS[field];
  return {
    field,
    label,
    hint: hint ?? genericHint(label, false),
    lines: field === "task" || field === "deliverable",
    format: (a) => a[field] ?? "",
    parse: (a, text) => {
      a[field] = splitLines(text).join("\n");
    },
  };
}

function statusFromText(text: string): ActionStatus | undefined {
  const t = text.trim().toLowerCase();
  return ACTION_STATUSES.find((s) => t === s || t === STATUS_LABELS[s].zh || t === STATUS_LABELS[s].en.toLowerCase());
}

/** The value columns of the action-item table (序号 is written by the form, not a field). */
export const ACTION_VALUE_COLUMNS: readonly ActionColumn[] = [
  actionText("task", bi("要做的具体事项", "What is to be done")),
  actionText("owner", FIELD_HINTS.owner),
  actionText("ownerDept", bi("负责人所在部门", "The owner's department")),
  actionText("deadline", FIELD_HINTS.deadline),
  actionText("deliverable", FIELD_HINTS.deliverable),
  {
    field: "cc",
    label: ACTION_COLUMNS.cc,
    hint: bi("跨部门事项抄送双方部门负责人", "Cross-department items: both department heads"),
    lines: false,
    format: (a) => a.cc.join("、"),
    parse: (a, text) => {
      a.cc = text
        .split(/[、,,;;\r\n\v]+/)
        .map((s) => s.trim())
        .filter(Boolean);
    },
  },
  {
    field: "status",
    label: ACTION_COLUMNS.status,
    hint: bi("未开始 / 进行中 / 已完成", "Not started / In progress / Done"),
    lines: false,
    format: (a, lang) => pick(STATUS_LABELS[a.status] ?? STATUS_LABELS.todo, lang),
    parse: (a, text) => {
      const s = statusFromText(text);
      if (s) a.status = s;
    },
  },
];

export function actionColumn(field: string): ActionColumn | undefined {
  return ACTION_VALUE_COLUMNS.find((c) => c.field === field);
}

/** Header labels of the action-item table in order, 序号 first. */
export function actionHeaderLabels(lang: Lang): string[] {
  return [pick(ACTION_COLUMNS.no, lang), ...ACTION_VALUE_COLUMNS.map((c) => pick(c.label, lang))];
}

/** Every placeholder text the form writes, in both languages; such cell text counts as empty. */
export function isPlaceholderText(text: string): boolean {
  const t = splitLines(text).join("\n");
  if (t === "") return true;
  return PLACEHOLDERS.has(t);
}

const WORD_DEFAULT_PLACEHOLDERS = [
  "Click or tap here to enter text.",
  "Click here to enter text.",
  "单击或点击此处输入文字。",
  "单击此处输入文字。",
];

const PLACEHOLDERS = new Set<string>([
  ...ALL_FIELDS.flatMap((f) => [f.hint.zh, f.hint.en]),
  ...ACTION_VALUE_COLUMNS.flatMap((c) => [c.hint.zh, c.hint.en]),
  ...WORD_DEFAULT_PLACEHOLDERS,
]);

/**
 * The blocks of a document with ccr's own placeholder texts blanked out (cell by cell, paragraph by
 * paragraph), for recognition: a form whose controls were lost (e.g. saved by LibreOffice, which
 * drops the placeholder flag) shows its hints as plain text, and a hint is never a value.
 */
export function blankPlaceholders(blocks: readonly DocBlock[]): DocBlock[] {
  const blank = (text: string) => (text !== "" && isPlaceholderText(text) ? "" : text);
  return blocks.map((b) =>
    b.kind === "paragraph"
      ? { ...b, text: blank(b.text) }
      : { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, text: blank(c.text) })) })) },
  );
}
