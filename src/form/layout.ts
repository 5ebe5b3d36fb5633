// The layout of the 沟通协调记录表 as a Word form: which fields appear in which section, with which
// label and placeholder, and how each field is written as cell text and read back from it.
// The OOXML builder writes this layout; the Word adapter and the .docx reader read text back through
// the same codecs, so the form has one definition.

import { ACTION_COLUMNS, CONFIRMATION_COLUMNS, FIELD_HINTS, FIELD_LABELS, FORM_TITLE, KIND_LABELS, SECTION_TITLES, STATUS_LABELS } from "../domain/record/fields";
import type { DocBlock } from "../domain/recognise/blocks";
import type { Bilingual } from "../domain/record/i18n";
import { pick } from "../domain/record/i18n";
import type { ActionItem, ActionStatus, CcrRecord, Confirmation, Lang, OpenIssue, Participant } from "../domain/record/record";
import { ACTION_STATUSES, recordLang } from "../domain/record/record";
import {
  EXTERNAL_MARK,
  NEXT_STEP_ARROW,
  NEXT_STEP_RE,
  PARAGRAPH_BREAK_RE,
  PART_SEPARATOR,
  PART_SEPARATOR_RE,
  SIDE_MARK_RE,
  alignParts,
  formatLabelledLines,
  itemAsParagraph,
  joinNames,
  readLabelledLines,
  sameItemText,
  splitItems,
  splitNames,
  LEAD_PARTS,
  type LeadKey,
} from "../domain/recognise/cell-text";
import { KIND_OPTIONS, parseConfirmed, parseLead, parseStatus } from "../domain/recognise/parts";
import { findDate, parseChoice, parseTimeRange } from "../domain/recognise/values";
import { toHalfWidth } from "../domain/recognise/labels";
import { formatDate, formatMeetingTime } from "../domain/calendar/date-format";

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

/**
 * The paragraphs of a cell text (Word separates them with \r, the .docx reader with \n), trimmed,
 * empty ones dropped; a line break inside a paragraph (\v, U+2028) stays in its paragraph.
 */
export function cellParagraphs(text: string): string[] {
  return text
    .split(PARAGRAPH_BREAK_RE)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/** Splits cell text into lines: paragraphs and line breaks alike (\r, \n, \v, U+2028, U+2029). */
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

function bi(zh: string, en: string): Bilingual {
  return { zh, en };
}

function genericHint(label: Bilingual, lines: boolean): Bilingual {
  return lines
    ? bi(`每行一条${label.zh}`, `One per line: ${label.en.toLowerCase()}`)
    : bi(`请填写${label.zh}`, `Enter the ${label.en.toLowerCase()}`);
}

function joinParts(values: readonly string[]): string {
  const list = values.map((v) => v.replace(/\r\n|[\r\n\v\u2028\u2029]/g, " "));
  while (list.length > 0 && list[list.length - 1] === "") list.pop();
  return list.join(PART_SEPARATOR);
}

/**
 * The items of a list read back from its paragraphs: an item whose text is that of a stored item
 * (line breaks of any kind alike) is the stored item, unchanged; `read` makes the others, given the
 * stored item at the same place when there is one.
 */
function readItems<T>(text: string, stored: readonly T[], format: (item: T) => string, read: (line: string, before: T | undefined) => T): T[] {
  const lines = splitItems(text);
  const used = new Set<number>();
  const same = lines.map((line) => {
    const k = stored.findIndex((item, i) => !used.has(i) && sameItemText(format(item), line));
    if (k >= 0) used.add(k);
    return k;
  });
  return lines.map((line, i) => {
    if (same[i] >= 0) return JSON.parse(JSON.stringify(stored[same[i]])) as T;
    const before = used.has(i) ? undefined : stored[i];
    if (before !== undefined) used.add(i);
    return read(line, before);
  });
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
    format: (r) => (r[path] ?? []).map(itemAsParagraph).join("\n"),
    parse: (r, text) => {
      r[path] = readItems(text, r[path] ?? [], (item) => item, (line) => line);
    },
  };
}

/**
 * A date cell shows 2026年6月9日 / 9 June 2026 (never ISO); what is read back is the ISO date when the
 * text is one date and nothing else, the text as typed otherwise (for the checks to report).
 */
export function readDateText(text: string): string {
  const t = splitLines(text).join(" ");
  const found = findDate(t);
  if (!found?.iso) return t;
  const half = toHalfWidth(t);
  const rest = (half.slice(0, found.index) + half.slice(found.index + found.length)).trim();
  return rest === "" ? found.iso : t;
}

function dateField(path: "sentOn" | "objectionBy", hint: Bilingual): FormField {
  return {
    path,
    label: FIELD_LABELS[path],
    hint,
    lines: false,
    format: (r, lang) => formatDate(r[path] ?? "", lang),
    parse: (r, text) => {
      r[path] = readDateText(text);
    },
  };
}

const timeField: FormField = {
  path: "time",
  label: FIELD_LABELS.time,
  hint: bi("年月日 时分至时分，如 2026年6月8日 14:00至14:30", "Date, start and end, e.g. 8 June 2026, 14:00–14:30"),
  lines: false,
  format: (r, lang) => formatMeetingTime(r.date, r.start, r.end, lang),
  // The domain's reading of 沟通时间 (下午2点至3点半, 8 June 2026 …); text that names no valid date
  // and no time is kept as the date, for the checks to report.
  parse: (r, text) => {
    const range = parseTimeRange(splitLines(text).join(" "));
    r.date = range.date ?? (range.start === undefined && !range.yearMissing ? splitLines(text).join(" ") : "");
    r.start = range.start ?? "";
    r.end = range.end ?? "";
  },
};

const kindField: FormField = {
  path: "kind",
  label: FIELD_LABELS.kind,
  hint: bi("内部沟通 或 外部沟通", "Internal or External"),
  lines: false,
  format: (r, lang) => (r.kind ? pick(KIND_LABELS[r.kind], lang) : ""),
  parse: (r, text) => {
    const chosen = parseChoice(splitLines(text).join(" "), KIND_OPTIONS);
    r.kind = chosen.kind === "chosen" ? chosen.value : "";
  },
};

const leadField: FormField = {
  path: "lead",
  label: FIELD_LABELS.lead,
  hint: bi("每项一行：姓名：… 工号：… 联系方式：… 部门：…", "One per line: Name: … Staff no.: … Contact: … Department: …"),
  lines: true,
  format: (r, lang) => formatLabelledLines(LEAD_PARTS, r.lead, lang),
  parse: (r, text) => {
    const keys = LEAD_PARTS.map((p) => p.key);
    const labelled = readLabelledLines(LEAD_PARTS, text);
    let parts: Partial<Record<LeadKey, string>>;
    if (labelled) parts = labelled;
    else if (PART_SEPARATOR_RE.test(text)) {
      // The earlier " / " form: the parts a person did not change keep their stored value.
      const aligned = alignParts(splitLines(text).join(" "), keys.map((k) => r.lead[k] ?? ""));
      parts = Object.fromEntries(keys.map((k, i) => [k, aligned[i]]));
    } else parts = parseLead(splitLines(text).join(" ")).lead;
    r.lead = { ...r.lead, name: parts.name ?? "", staffNo: parts.staffNo ?? "", contact: parts.contact ?? "", dept: parts.dept ?? "" };
  },
};

function participantLine(p: Participant, lang: Lang): string {
  const mark = p.side === "external" ? `${pick(EXTERNAL_MARK, lang)} ` : "";
  return mark + joinParts([p.name, (p.side === "external" ? p.unit : p.dept) ?? "", p.title ?? ""]);
}

const participantsField: FormField = {
  path: "participants",
  label: FIELD_LABELS.participants,
  hint: bi(
    `每行一人：姓名 / 部门或单位 / 职务；外部人员行首写 ${EXTERNAL_MARK.zh}`,
    `One person per line: name / department or organisation / title; start external people with ${EXTERNAL_MARK.en}`,
  ),
  lines: true,
  format: (r, lang) => r.participants.map((p) => participantLine(p, lang)).join("\n"),
  parse: (r, text) => {
    const lang = recordLang(r);
    r.participants = readItems(text, r.participants, (p) => participantLine(p, lang), (line, before): Participant => {
      const mark = SIDE_MARK_RE.exec(line);
      const external = mark ? /外部|external/i.test(mark[1]) : false;
      const rest = line.replace(SIDE_MARK_RE, "");
      const side = external ? "external" : "internal";
      const stored = before ? [before.name, (before.side === "external" ? before.unit : before.dept) ?? "", before.title ?? ""] : ["", "", ""];
      const [name = "", org = "", title = ""] = alignParts(rest, stored);
      const base: Participant = before ? { ...before } : { name: "", side };
      base.name = name;
      base.side = side;
      if (external) base.unit = org;
      else base.dept = org;
      base.title = title;
      return base;
    });
  },
};

function openIssueLine(o: OpenIssue): string {
  return o.nextStep ? `${itemAsParagraph(o.text)} ${NEXT_STEP_ARROW} ${itemAsParagraph(o.nextStep)}` : itemAsParagraph(o.text);
}

const openIssuesField: FormField = {
  path: "openIssues",
  label: FIELD_LABELS.openIssues,
  hint: bi(`每行一条：分歧事项 ${NEXT_STEP_ARROW} 下一步`, `One per line: disagreement ${NEXT_STEP_ARROW} next step`),
  lines: true,
  format: (r) => r.openIssues.map(openIssueLine).join("\n"),
  parse: (r, text) => {
    r.openIssues = readItems(text, r.openIssues, openIssueLine, (line, before): OpenIssue => {
      const m = NEXT_STEP_RE.exec(line);
      const issue = m ? line.slice(0, m.index) : line;
      const next = m ? line.slice(m.index + m[0].length) : "";
      return { ...(before ?? {}), text: issue.trim(), nextStep: next.trim() };
    });
  },
};

const formalLetterField: FormField = {
  path: "formalLetter",
  label: FIELD_LABELS.formalLetter,
  hint: bi("不需要；或 需要 / 函件编号", "Not required; or Required / letter reference"),
  lines: false,
  format: (r, lang) => {
    // A reference of whitespace only is no reference: the cell could not give it back.
    const ref = r.formalLetter.ref.trim() ? r.formalLetter.ref : "";
    if (!r.formalLetter.required) return ref ? joinParts([lang === "en" ? "Not required" : "不需要", ref]) : "";
    return joinParts([lang === "en" ? "Required" : "需要", ref]);
  },
  parse: (r, text) => {
    const line = splitLines(text).join(" ");
    const [head = "", ref = ""] = alignParts(line, ["", r.formalLetter.ref]);
    const notRequired = /不需要|无需|not required|^no$|^none$/i.test(head);
    const required = !notRequired && /需要|required|^yes$/i.test(head);
    const reference = required || notRequired ? ref : line;
    r.formalLetter = { ...r.formalLetter, required: required || (!notRequired && reference !== ""), ref: reference };
  },
};

function confirmationLine(c: Confirmation, lang: Lang): string {
  return joinParts([c.name, c.confirmed ? (lang === "en" ? "confirmed" : "已确认") : lang === "en" ? "not confirmed" : "未确认", c.date, c.remark]);
}

const confirmationsField: FormField = {
  path: "confirmations",
  label: FIELD_LABELS.confirmations,
  hint: bi("每行一位：参与方 / 已确认或未确认 / 日期 / 备注", "One per line: participant / confirmed or not / date / remark"),
  lines: true,
  format: (r, lang) => r.confirmations.map((c) => confirmationLine(c, lang)).join("\n"),
  parse: (r, text) => {
    const lang = recordLang(r);
    r.confirmations = readItems(text, r.confirmations, (c) => confirmationLine(c, lang), (line, before): Confirmation => {
      const stored = before ? [before.name, before.confirmed ? (lang === "en" ? "confirmed" : "已确认") : lang === "en" ? "not confirmed" : "未确认", before.date, before.remark] : ["", "", "", ""];
      const [name = "", state = "", date = "", remark = ""] = alignParts(line, stored);
      return { ...(before ?? {}), name, confirmed: parseConfirmed(state) ?? false, date, remark };
    });
  },
};

const circulateByField: FormField = {
  path: "circulateBy",
  label: FIELD_LABELS.circulateBy,
  hint: bi("会议日期后 2 个工作日内（自动计算）", "Within 2 working days of the meeting (computed)"),
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
  dateField("sentOn", bi("纪要实际发送日期，如 2026年6月9日", "Date the minutes were sent, e.g. 9 June 2026")),
  dateField("objectionBy", bi("请确认，如有异议请于X月X日前反馈", "Date by which objections are due")),
  formalLetterField,
  listField("attachments"),
];

export const FEEDBACK_FIELDS: readonly FormField[] = [
  textField("resultFeedback", bi("事项全部完成后填写，如：问题已解决，最终方案为……", "When all items are done, e.g. problem solved; final solution …")),
  textField("lessons", bi("重大或复杂事项填写经验总结", "For major or complex cases")),
];

export const LABEL_VALUE_SECTIONS: readonly LabelValueSection[] = [
  { key: "basic", title: SECTION_TITLES.basic, fields: BASIC_FIELDS },
  { key: "summary", title: SECTION_TITLES.summary, fields: SUMMARY_FIELDS },
  { key: "followUp", title: SECTION_TITLES.followUp, fields: FOLLOW_UP_FIELDS },
  { key: "feedback", title: SECTION_TITLES.feedback, fields: FEEDBACK_FIELDS },
];

/** The signature lines under the form, for the lead and the recorder to sign on paper. */
export const SIGNATURE_LINES: readonly Bilingual[] = [
  bi("主导人（签字）：＿＿＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日", "Lead (signature): ____________________    Date: ______________"),
  bi("记录人（签字）：＿＿＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日", "Recorder (signature): ________________    Date: ______________"),
];

/** Title of the confirmation table. */
export const CONFIRMATIONS_TITLE: Bilingual = bi("参与方确认", "Confirmation by the parties");

/** Texts of the form's own paragraphs outside tables (title and section headings) in both languages. */
export function formHeadingTexts(): string[] {
  return [FORM_TITLE, ...Object.values(SECTION_TITLES), CONFIRMATIONS_TITLE, ...SIGNATURE_LINES].flatMap((t) => [t.zh, t.en]);
}

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
    // A deadline typed as an ISO date is shown as 2026年6月19日 and read back as the same date.
    format: (a, lang) => (field === "deadline" ? formatDate(a.deadline, lang) : (a[field] ?? "")),
    parse: (a, text) => {
      a[field] = field === "deadline" ? readDateText(text) : splitLines(text).join("\n");
    },
  };
}

function statusFromText(text: string): ActionStatus | undefined {
  const t = text.trim().toLowerCase();
  const exact = ACTION_STATUSES.find((s) => t === s || t === STATUS_LABELS[s].zh || t === STATUS_LABELS[s].en.toLowerCase());
  if (exact) return exact;
  const read = parseStatus(text);
  return read.kind === "chosen" ? read.value : undefined;
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
    format: (a) => joinNames(a.cc),
    parse: (a, text) => {
      a.cc = splitNames(text);
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

// ---------------------------------------------------------------------------------------------
// The parties' confirmation table (参与方确认): one row per party, one control per cell

export interface ConfirmationColumn {
  readonly field: "name" | "confirmed" | "date" | "remark";
  readonly label: Bilingual;
  readonly hint: Bilingual;
  format(confirmation: Confirmation, lang: Lang): string;
  parse(confirmation: Confirmation, text: string): void;
}

function confirmationText(field: "name" | "date" | "remark", hint: Bilingual): ConfirmationColumn {
  return {
    field,
    label: CONFIRMATION_COLUMNS[field],
    hint,
    format: (c, lang) => (field === "date" ? formatDate(c.date, lang) : (c[field] ?? "")),
    parse: (c, text) => {
      c[field] = field === "date" ? readDateText(text) : splitLines(text).join(" ");
    },
  };
}

export const CONFIRMATION_VALUE_COLUMNS: readonly ConfirmationColumn[] = [
  confirmationText("name", bi("参与方姓名或单位", "Party (name or organisation)")),
  {
    field: "confirmed",
    label: bi("确认情况", "Confirmed"),
    hint: bi("已确认 / 未确认", "Confirmed / not confirmed"),
    format: (c, lang) => (c.confirmed ? (lang === "en" ? "Confirmed" : "已确认") : lang === "en" ? "Not confirmed" : "未确认"),
    parse: (c, text) => {
      c.confirmed = parseConfirmed(splitLines(text).join(" ")) ?? false;
    },
  },
  confirmationText("date", bi("确认日期", "Date confirmed")),
  confirmationText("remark", bi("意见或备注", "Comments")),
];

/** Header labels of the confirmation table in order. */
export function confirmationHeaderLabels(lang: Lang): string[] {
  return CONFIRMATION_VALUE_COLUMNS.map((c) => pick(c.label, lang));
}

/** The earlier single cell 参与方确认 (forms written before the confirmation table, converted hand-filled forms). */
export const CONFIRMATIONS_CELL: FormField = confirmationsField;

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

/** The zh hints as forms written before full-width punctuation showed them (，：；（） as ASCII). */
function asciiPunctuationHint(hint: string): string {
  return hint.replace(/[，：；（）]/g, (ch) => ({ "，": ",", "：": ":", "；": ";", "（": "(", "）": ")" })[ch] ?? ch);
}

const HINTS = [
  ...[...ALL_FIELDS, CONFIRMATIONS_CELL].map((f) => f.hint),
  ...ACTION_VALUE_COLUMNS.map((c) => c.hint),
  ...CONFIRMATION_VALUE_COLUMNS.map((c) => c.hint),
];

const PLACEHOLDERS = new Set<string>([
  ...HINTS.flatMap((h) => [h.zh, asciiPunctuationHint(h.zh), h.en]),
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
