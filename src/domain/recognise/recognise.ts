// Recognition of hand-filled 沟通协调记录表 documents (issue 11): from the blocks of a document (see
// blocks.ts) to a record, by the form's labels rather than by content controls. Every value comes
// from the text with its place in the document; what is left unfilled, what could not be read and the
// labels that are not the form's are reported. Nothing is invented.

import type { DocBlock } from "./blocks";
import { emptyRecord, type Participant } from "../record/record";
import type { LabelKey } from "./labels";
import { readActionLines, readListTable } from "./lists";
import {
  CHANNEL_OPTIONS,
  GOAL_TYPE_OPTIONS,
  KIND_OPTIONS,
  SCENARIO_OPTIONS,
  parseConfirmation,
  parseFormalLetter,
  parseLead,
  parseOpenIssue,
  parseParticipants,
} from "./parts";
import { found, note, unfilled, type Ctx, type Recognition, type RecognitionReport } from "./report";
import { cleanValue, findDate, parseChoice, parseTimeRange, splitList, splitNames, type ChoiceOption } from "./values";
import { walkBlocks, type Entry, type Piece } from "./walk";
import { itemPath, parseRecordPath } from "../record/record-path";

export type { DocBlock } from "./blocks";

export type {
  RecognisedField,
  Recognition,
  RecognitionNote,
  RecognitionReport,
  UnfilledField,
  UnmappedLabel,
} from "./report";

/** Line breaks inside a paragraph (\v, U+2028) read as new lines: a hand-filled cell's lines are its items. */
function withLineBreaksAsLines(blocks: readonly DocBlock[]): DocBlock[] {
  const lines = (text: string) => text.replace(/\v|\u2028/g, "\n");
  return blocks.map((b) =>
    b.kind === "paragraph"
      ? { ...b, text: lines(b.text) }
      : { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, text: lines(c.text) })) })) },
  );
}

/** Reads a hand-filled record form. Never throws; an unrelated document gives isForm false. */
export function recogniseRecord(blocks: readonly DocBlock[]): Recognition {
  const walk = walkBlocks(withLineBreaksAsLines(blocks));
  const record = emptyRecord();
  record.kind = "";
  const report: RecognitionReport = { fields: [], unfilled: [], unmapped: [...walk.unmapped], notes: [], labelsFound: 0 };
  const ctx: Ctx = { record, report };
  for (const entry of walk.entries) readEntry(ctx, entry);
  for (const table of walk.tables) readListTable(ctx, table);
  const keys = new Set<string>(walk.entries.map((e) => e.key.split(".")[0]));
  for (const t of walk.tables) keys.add(t.kind);
  report.labelsFound = keys.size;
  const isForm = keys.size >= 3 || (walk.tables.some((t) => t.kind === "actions") && keys.size >= 2);
  return { record, report, isForm };
}

type TextField = "topic" | "goal" | "place" | "recorder" | "background" | "externalUnit" | "resultFeedback" | "lessons";
type ListField = "discussionPoints" | "demands" | "disputes" | "responses" | "consensus";

function readEntry(ctx: Ctx, entry: Entry): void {
  const { record } = ctx;
  const pieces = entry.values.map((p) => ({ piece: p, ...cleanValue(p.text) }));
  const filled = pieces.filter((p) => p.value !== "");
  const key = entry.key;
  if (filled.length === 0) {
    if (key !== "actions" && key !== "circulateBy") unfilled(ctx, key, entry, pieces[0]?.piece);
    return;
  }
  const first = filled[0];
  switch (key) {
    case "topic":
    case "goal":
    case "place":
    case "recorder":
    case "background":
    case "externalUnit":
    case "resultFeedback":
    case "lessons":
      return readText(ctx, entry, key, filled);
    case "time":
    case "date":
    case "start":
    case "end":
      return readTime(ctx, entry, key, first.piece, first.value);
    case "kind":
      return readKind(ctx, entry, first.piece, first.value);
    case "goalType":
      return readChoice(ctx, entry, "goalType", GOAL_TYPE_OPTIONS, first.piece, first.value);
    case "scenario":
      return readChoice(ctx, entry, "scenario", SCENARIO_OPTIONS, first.piece, first.value);
    case "channel":
      return readChoice(ctx, entry, "channel", CHANNEL_OPTIONS, first.piece, first.value);
    case "lead":
    case "lead.name":
    case "lead.staffNo":
    case "lead.contact":
    case "lead.dept":
      return readLead(ctx, entry, key, first.piece, filled.map((f) => f.value).join(" "));
    case "participants":
    case "participants.internal":
    case "participants.external":
      for (const f of filled) readParticipants(ctx, entry, f.piece, f.value);
      return;
    case "discussionPoints":
    case "demands":
    case "disputes":
    case "responses":
    case "consensus":
      for (const f of filled) readList(ctx, entry, key, f.piece, f.value, (t) => t);
      return;
    case "openIssues":
      for (const f of filled) readList(ctx, entry, "openIssues", f.piece, f.value, parseOpenIssue);
      return;
    case "confirmations":
      for (const f of filled) readList(ctx, entry, "confirmations", f.piece, f.value, parseConfirmation);
      return;
    case "attachments":
      for (const f of filled) {
        for (const name of splitNames(f.value)) {
          found(ctx, itemPath("attachments", record.attachments.length), entry.label, f.piece);
          record.attachments.push(name);
        }
      }
      return;
    case "actions":
      for (const f of filled) readActionLines(ctx, entry, f.piece, f.value);
      return;
    case "sentOn":
    case "objectionBy":
      return readDate(ctx, entry, key, first.piece, first.value);
    case "formalLetter":
    case "formalLetter.ref":
      return readLetter(ctx, entry, key, first.piece, first.value);
    case "circulateBy":
      return note(ctx, "circulateBy", first.piece, {
        zh: "纪要发送时限由沟通日期推算,不从文档读取。",
        en: "The circulation deadline is computed from the meeting date, not read from the form.",
      });
  }
}

function readText(ctx: Ctx, entry: Entry, key: TextField, filled: { piece: Piece; value: string }[]): void {
  const value = filled.map((f) => f.value).join("\n");
  const existing = ctx.record[key];
  if (existing && existing !== value) {
    note(ctx, key, filled[0].piece, {
      zh: `“${entry.label}”出现了不止一次,保留第一处的内容。`,
      en: `"${entry.label}" appears more than once; the first value is kept.`,
    });
    return;
  }
  ctx.record[key] = value;
  for (const f of filled) found(ctx, key, entry.label, f.piece);
}

function readTime(ctx: Ctx, entry: Entry, key: "time" | "date" | "start" | "end", piece: Piece, value: string): void {
  const range = parseTimeRange(value);
  const parts: ("date" | "start" | "end")[] = [];
  if (range.date && (key === "time" || key === "date")) parts.push("date");
  if (range.start && key !== "end") parts.push("start");
  if (range.end && (key === "time" || key === "date")) parts.push("end");
  if (key === "end" && range.start) {
    ctx.record.end = range.start;
    found(ctx, "end", entry.label, piece);
  }
  for (const part of parts) {
    ctx.record[part] = range[part]!;
    found(ctx, part, entry.label, piece);
  }
  if (range.yearMissing) {
    note(ctx, "date", piece, {
      zh: `“${value}”中的日期没有年份,未填入沟通日期;请写成“2026年6月8日”。`,
      en: `The date in "${value}" has no year and was not filled in; write it as 2026年6月8日 or 2026-06-08.`,
    });
  } else if (parts.length === 0 && !(key === "end" && range.start)) {
    if (/\d/.test(value)) {
      note(ctx, key === "time" ? "date" : key, piece, {
        zh: `无法读出“${value}”中的时间;请写成“2026年6月8日 14:00至15:00”。`,
        en: `Could not read a date or time in "${value}"; write it as 2026年6月8日 14:00至15:00.`,
      });
    } else unfilled(ctx, key === "time" ? "date" : key, entry, piece);
  }
}

/** Any letter or digit, of any script. Made when used, not written as a literal: Unicode property
 * escapes are ES2018, and the pane is built for ES2017 webviews (EdgeHTML), where such a literal
 * would stop the whole chunk from loading. */
function letterOrDigit(): RegExp {
  return new RegExp("[\\p{L}\\p{N}]", "u");
}

function readChoice<K extends "goalType" | "scenario" | "channel", V extends string>(
  ctx: Ctx,
  entry: Entry,
  key: K,
  options: readonly ChoiceOption<V>[],
  piece: Piece,
  value: string,
): void {
  const choice = parseChoice(value, options);
  if (choice.kind === "chosen") {
    (ctx.record as unknown as Record<string, string>)[key] = choice.value;
    found(ctx, key, entry.label, piece);
  } else if (choice.kind === "none" && !letterOrDigit().test(value.replace(/[□☐○◻▢◯]/g, ""))) {
    unfilled(ctx, key, entry, piece);
  } else {
    note(ctx, key, piece, {
      zh: `“${entry.label}”的内容“${value}”无法对应到一个选项(应勾选一项)。`,
      en: `"${entry.label}" reads "${value}", which is not exactly one of its options (tick one).`,
    });
  }
}

function readKind(ctx: Ctx, entry: Entry, piece: Piece, value: string): void {
  const unitAt = value.search(/外部单位|external (?:unit|party|organi[sz]ation)/i);
  const choiceText = unitAt >= 0 ? value.slice(0, unitAt) : value;
  const unitPart = unitAt >= 0 ? value.slice(unitAt).replace(/^[^::]*[::]?/, "") : "";
  const unit = cleanValue(unitPart.replace(/[))]\s*$/, "")).value;
  const choice = parseChoice(choiceText, KIND_OPTIONS);
  if (choice.kind === "chosen") {
    ctx.record.kind = choice.value;
    found(ctx, "kind", entry.label, piece);
  } else if (choice.kind === "none" && /[□☐○◻▢◯]/.test(choiceText)) {
    unfilled(ctx, "kind", entry, piece);
  } else {
    note(ctx, "kind", piece, {
      zh: `沟通类型“${value}”未勾选唯一的一项(内部沟通或外部沟通)。`,
      en: `Type "${value}" does not tick exactly one of internal / external.`,
    });
  }
  if (unit && !/^(无|没有|none|n\/a|-)$/i.test(unit) && !ctx.record.externalUnit) {
    ctx.record.externalUnit = unit;
    found(ctx, "externalUnit", entry.label, piece);
  }
}

function readLead(ctx: Ctx, entry: Entry, key: LabelKey, piece: Piece, value: string): void {
  const lead = ctx.record.lead;
  // A row of its own (姓名 | 张伟) may still hold more ("张伟 工号:A1023"): read it with its label.
  const parsed = parseLead(key === "lead" ? value : `${entry.label}:${value}`);
  const subs = ["name", "staffNo", "contact", "dept"] as const;
  let any = false;
  for (const sub of subs) {
    const v = parsed.lead[sub];
    if (v && !lead[sub]) {
      lead[sub] = v;
      found(ctx, `lead.${sub}`, entry.label, piece);
      any = true;
    }
  }
  if (!any) unfilled(ctx, "lead.name", entry, piece);
  if (parsed.leftover.length) {
    note(ctx, "lead", piece, {
      zh: `主导人一栏中“${parsed.leftover.join("、")}”无法对应到姓名、工号、联系方式或部门。`,
      en: `In the lead's cell, "${parsed.leftover.join(", ")}" is not a name, staff no., contact or department.`,
    });
  }
}

function readParticipants(ctx: Ctx, entry: Entry, piece: Piece, value: string): void {
  const side = entry.key === "participants.internal" ? "internal" : entry.key === "participants.external" ? "external" : undefined;
  const people = parseParticipants(value, side);
  if (people.length === 0) unfilled(ctx, "participants", entry, piece);
  for (const p of people) addParticipant(ctx, p, entry.label, piece);
}

function addParticipant(ctx: Ctx, p: Participant, label: string, piece: Piece): void {
  found(ctx, itemPath("participants", ctx.record.participants.length), label, piece);
  ctx.record.participants.push(p);
}

function readList<T>(
  ctx: Ctx,
  entry: Entry,
  key: ListField | "openIssues" | "confirmations",
  piece: Piece,
  value: string,
  each: (text: string) => T,
): void {
  const list = ctx.record[key] as T[];
  const lines = piece.text.split("\n").length;
  for (const item of splitList(value)) {
    const source = lines > 1 && piece.source.line === undefined ? { ...piece.source, line: item.line } : piece.source;
    found(ctx, `${key}[${list.length}]`, entry.label, { ...piece, source });
    list.push(each(item.text));
  }
}

function readDate(ctx: Ctx, entry: Entry, key: "sentOn" | "objectionBy", piece: Piece, value: string): void {
  const d = findDate(value);
  if (d?.iso) {
    ctx.record[key] = d.iso;
    found(ctx, key, entry.label, piece);
  } else {
    note(ctx, key, piece, {
      zh: `“${entry.label}”的内容“${value}”不是带年份的日期,未填入。`,
      en: `"${entry.label}" reads "${value}", which is not a date with its year; not filled in.`,
    });
  }
}

function readLetter(ctx: Ctx, entry: Entry, key: "formalLetter" | "formalLetter.ref", piece: Piece, value: string): void {
  if (key === "formalLetter.ref") {
    ctx.record.formalLetter.ref = value;
    ctx.record.formalLetter.required = true;
    found(ctx, "formalLetter.ref", entry.label, piece);
    return;
  }
  const letter = parseFormalLetter(value);
  if (letter.required !== undefined) {
    ctx.record.formalLetter.required = letter.required;
    found(ctx, "formalLetter.required", entry.label, piece);
  }
  if (letter.ref) {
    ctx.record.formalLetter.ref = letter.ref;
    found(ctx, "formalLetter.ref", entry.label, piece);
  }
  if (letter.required === undefined && !letter.ref) {
    note(ctx, "formalLetter", piece, {
      zh: `无法判断“${value}”是否需要书面函件(写“需要”或“不需要”,以及函件编号)。`,
      en: `Could not tell from "${value}" whether a formal letter is needed (write required / not required and its reference).`,
    });
  }
}


/** How many of the form's fields were found filled: 主导人's name and department count once, as do the action items. */
export function filledFieldCount(report: RecognitionReport): number {
  return new Set(report.fields.map((f) => parseRecordPath(f.path)?.field ?? f.path)).size;
}
