// 待办事项跟踪表 (issue 22): the action items of many records as the rows of one tracking sheet that
// people edit in Excel, WPS or LibreOffice, and reading the edited sheet back into the records. Pure:
// the workbook itself is src/export/tracker, the files are the command line's and the pane's.
//
// Each row carries a key (a hidden column) naming its item and what was exported for it: the record's
// id (its meeting date and topic when it has none), the item's number, its task text, status and
// latest progress note, and the text of every read-only cell. Reading back, the key finds the record;
// the item is the one at that number if its task is still the same text, else the one other item
// with that text (it moved), else none: the row is reported as unmatched, never guessed. Status and
// progress are merged three ways — exported value, the record's value now, the sheet's value — so a
// record changed since the export to something else is a conflict, reported and left as it is.

import { isValidIsoDate, type IsoDate } from "../calendar/calendar";
import { formatDate } from "../calendar/date-format";
import { resolveDeadline } from "../calendar/deadline";
import { ACTION_COLUMNS, FIELD_LABELS, STATUS_LABELS } from "../record/fields";
import type { Bilingual } from "../record/i18n";
import { ACTION_STATUSES, type ActionStatus, type CcrRecord, type Lang, type ProgressNote } from "../record/record";
import { addProgressNote, daysLeftLabel, latestNote, setActionStatus, trackActions, type DayUnit, type TrackedAction } from "./tracking";

// ---------------------------------------------------------------------------------------------
// The sheet's columns

export const TRACKER_COLUMN_IDS = [
  "topic",
  "meetingDate",
  "no",
  "task",
  "owner",
  "ownerDept",
  "due",
  "deliverable",
  "cc",
  "status",
  "note",
  "noteDate",
  "daysLeft",
  "overdue",
  "key",
] as const;
export type TrackerColumnId = (typeof TRACKER_COLUMN_IDS)[number];

/** The columns read back into the records; every other visible column is for reading only. */
export const EDITABLE_COLUMNS: readonly TrackerColumnId[] = ["status", "note", "noteDate"];

export const TRACKER_COLUMN_LABELS: Record<TrackerColumnId, Bilingual> = {
  topic: FIELD_LABELS.topic,
  meetingDate: { zh: "会议日期", en: "Meeting date" },
  no: ACTION_COLUMNS.no,
  task: ACTION_COLUMNS.task,
  owner: ACTION_COLUMNS.owner,
  ownerDept: ACTION_COLUMNS.ownerDept,
  due: { zh: "截止日期", en: "Due date" },
  deliverable: ACTION_COLUMNS.deliverable,
  cc: ACTION_COLUMNS.cc,
  status: ACTION_COLUMNS.status,
  note: { zh: "进展", en: "Progress" },
  noteDate: { zh: "进展日期", en: "Progress date" },
  daysLeft: { zh: "剩余工作日", en: "Working days left" },
  overdue: { zh: "已逾期", en: "Overdue" },
  key: { zh: "ccr 跟踪键（请勿修改）", en: "ccr key (do not edit)" },
};

/** A cell of the sheet: text, a number, a date (with a time of day when it has one), a count of days, or empty. */
export type TrackerValue = string | number | { date: IsoDate; time?: string } | { days: number; unit: DayUnit } | null;

/** A cell's value as comparable text: dates as YYYY-MM-DD [HH:MM], numbers in digits, text trimmed with LF line ends. */
export function shownText(value: TrackerValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value.replace(/\r\n?/g, "\n").trim();
  if (typeof value === "number") return String(value);
  if ("days" in value) return String(value.days);
  return value.time ? `${value.date} ${value.time}` : value.date;
}

// ---------------------------------------------------------------------------------------------
// Records and keys

export interface TrackerSource {
  record: CcrRecord;
  /** Where the record came from, for messages (a file name). */
  source: string;
}

/** What a row's hidden key holds (JSON): the item it is, and what was exported for it. */
export interface TrackerKey {
  v: 1;
  /** The record's id; absent for a record without one (it is then known by date and topic). */
  id?: string;
  date: string;
  topic: string;
  /** The item's number (1-based) at the export. */
  n: number;
  task: string;
  status: ActionStatus;
  /** The latest progress note at the export ("" when none) and its date. */
  note: string;
  noteDate: string;
  /** The read-only cells as exported (shownText), by column: edits made to them are reported. */
  shown: Partial<Record<TrackerColumnId, string>>;
}

/** Which record a key names: its id, or its meeting date and topic when it has no id. */
export function recordIdentity(r: { id?: string; date: string; topic: string }): string {
  return r.id ? `id:${r.id}` : `meeting:${r.date}|${r.topic.trim()}`;
}

export function parseTrackerKey(text: string): TrackerKey | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const k = value as Record<string, unknown>;
  const strings = ["date", "topic", "task", "note", "noteDate"].every((name) => typeof k[name] === "string");
  if (k.v !== 1 || !strings || !Number.isInteger(k.n) || (k.n as number) < 1) return undefined;
  if (k.id !== undefined && (typeof k.id !== "string" || k.id === "")) return undefined;
  if (!(ACTION_STATUSES as readonly unknown[]).includes(k.status)) return undefined;
  const shown: Partial<Record<TrackerColumnId, string>> = {};
  if (typeof k.shown === "object" && k.shown !== null) {
    for (const [column, text] of Object.entries(k.shown)) {
      if ((TRACKER_COLUMN_IDS as readonly string[]).includes(column) && typeof text === "string") shown[column as TrackerColumnId] = text;
    }
  }
  return { ...(k as unknown as TrackerKey), shown };
}

// ---------------------------------------------------------------------------------------------
// Export: the rows

export interface TrackerItem {
  /** Index into the sources. */
  sourceIndex: number;
  record: CcrRecord;
  tracked: TrackedAction;
  /** The sheet's cells, by column. */
  values: Record<TrackerColumnId, TrackerValue>;
  key: TrackerKey;
}

export interface TrackerRowsOptions {
  today: IsoDate;
  /** Done items too (open items only by default). */
  includeDone?: boolean;
  lang: Lang;
}

export interface TrackerRows {
  items: TrackerItem[];
  /** Records found in several sources (a record's .json and its form .docx): listed once, from the first. */
  duplicates: { identity: string; topic: string; sources: string[] }[];
}

/** One row per action item (open ones unless includeDone), records in meeting-date order, items in their order. */
export function trackerRows(sources: readonly TrackerSource[], options: TrackerRowsOptions): TrackerRows {
  const seen = new Map<string, string[]>();
  const kept: number[] = [];
  sources.forEach((s, i) => {
    const identity = recordIdentity(s.record);
    const list = seen.get(identity);
    if (list) list.push(s.source);
    else {
      seen.set(identity, [s.source]);
      kept.push(i);
    }
  });
  kept.sort((a, b) => {
    const ra = sources[a].record;
    const rb = sources[b].record;
    return ra.date.localeCompare(rb.date) || ra.topic.localeCompare(rb.topic, "zh") || a - b;
  });
  const items: TrackerItem[] = [];
  for (const sourceIndex of kept) {
    const record = sources[sourceIndex].record;
    for (const tracked of trackActions(record, { today: options.today })) {
      if (tracked.state === "done" && !options.includeDone) continue;
      const values = rowValues(record, tracked, options.lang);
      items.push({ sourceIndex, record, tracked, values, key: keyOf(record, tracked, values) });
    }
  }
  const duplicates = [...seen]
    .filter(([, list]) => list.length > 1)
    .map(([identity, list]) => ({ identity, topic: sources.find((s) => recordIdentity(s.record) === identity)!.record.topic, sources: list }));
  return { items, duplicates };
}

/** Documents are Chinese unless every record is in English. */
export function trackerLang(records: readonly CcrRecord[]): Lang {
  return records.length > 0 && records.every((r) => r.lang === "en") ? "en" : "zh";
}

function rowValues(record: CcrRecord, t: TrackedAction, lang: Lang): Record<TrackerColumnId, TrackerValue> {
  const a = t.action;
  const note = latestNote(a);
  const date = (d: string): TrackerValue => (isValidIsoDate(d) ? { date: d } : d || null);
  const values: Record<TrackerColumnId, TrackerValue> = {
    topic: record.topic,
    meetingDate: date(record.date),
    no: t.index + 1,
    task: a.task,
    owner: a.owner,
    ownerDept: a.ownerDept,
    // The date as resolved from what was typed (本周五, 3个工作日内 …); the text itself when it names none.
    due: t.due ? { date: t.due, ...(t.dueTime ? { time: t.dueTime } : {}) } : a.deadline || null,
    deliverable: a.deliverable,
    cc: a.cc.filter((c) => c.trim()).join("、"),
    status: STATUS_LABELS[a.status][lang],
    note: note?.note ?? null,
    noteDate: note ? date(note.date) : null,
    daysLeft: t.daysLeft === null || t.state === "done" ? null : { days: t.daysLeft, unit: t.unit },
    overdue: t.state === "overdue" ? daysLeftLabel(t)[lang] : null,
    key: null,
  };
  return values;
}

function keyOf(record: CcrRecord, t: TrackedAction, values: Record<TrackerColumnId, TrackerValue>): TrackerKey {
  const note = latestNote(t.action);
  const shown: Partial<Record<TrackerColumnId, string>> = {};
  for (const column of TRACKER_COLUMN_IDS) {
    if (column !== "key" && !EDITABLE_COLUMNS.includes(column)) shown[column] = shownText(values[column]);
  }
  return {
    v: 1,
    ...(record.id ? { id: record.id } : {}),
    date: record.date,
    topic: record.topic,
    n: t.index + 1,
    task: t.action.task,
    status: t.action.status,
    note: note?.note ?? "",
    noteDate: note?.date ?? "",
    shown,
  };
}

// ---------------------------------------------------------------------------------------------
// Import: the edited sheet merged into the records

/** A date cell as read: a date, or what was typed when it is not one, or nothing. */
export type SheetDate = { date: IsoDate } | { text: string } | null;

export interface TrackerSheetRow {
  /** The row's number in the sheet (1-based), for messages. */
  row: number;
  /** The hidden key cell's text ("" when empty). */
  key: string;
  status: string;
  note: string;
  noteDate: SheetDate;
  /** The read-only cells as read (shownText), by column. */
  shown: Partial<Record<TrackerColumnId, string>>;
}

export type TrackedField = "status" | "progress";

export interface TrackerChange {
  row: number;
  sourceIndex: number;
  /** The item's number in the record now. */
  no: number;
  field: TrackedField;
  from: Bilingual;
  to: Bilingual;
  /** The item's number at the export, when the item has moved since. */
  movedFrom?: number;
  message: Bilingual;
}

export interface TrackerConflict {
  row: number;
  sourceIndex: number;
  no: number;
  field: TrackedField;
  exported: Bilingual;
  current: Bilingual;
  sheet: Bilingual;
  message: Bilingual;
}

export interface TrackerNotice {
  row: number;
  sourceIndex?: number;
  column?: TrackerColumnId;
  message: Bilingual;
}

export interface TrackerMerge {
  /** The records the sheet changes, by index into the sources (only those changed). */
  updated: Map<number, CcrRecord>;
  changes: TrackerChange[];
  conflicts: TrackerConflict[];
  /** Rows that belong to no item of the records given. */
  unmatched: TrackerNotice[];
  /** Edits that are not read back (read-only columns, a cleared progress note). */
  ignored: TrackerNotice[];
  /** Values that cannot be read (a status that is none of the three, a date that is no date): nothing may be written. */
  errors: TrackerNotice[];
}

export interface MergeOptions {
  /** The date of a new progress note whose progress date was not changed in the sheet. */
  today: IsoDate;
}

/** Longest progress note read from a sheet. */
export const MAX_NOTE_CHARS = 2000;

/** 未开始 / 进行中 / 已完成 (or Not started / In progress / Done, or todo / doing / done) → the status. */
export function statusFromText(text: string): ActionStatus | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  return ACTION_STATUSES.find((s) => s === t || STATUS_LABELS[s].zh === t || STATUS_LABELS[s].en.toLowerCase() === t);
}

const statusText = (s: ActionStatus): Bilingual => STATUS_LABELS[s];
const noteText = (note: string, date: string): Bilingual =>
  note ? { zh: date ? `${formatDate(date, "zh")}：${note}` : note, en: date ? `${formatDate(date, "en")}: ${note}` : note } : { zh: "（无）", en: "(none)" };
const rowPrefix = (row: number): Bilingual => ({ zh: `第 ${row} 行`, en: `Row ${row}` });

interface Located {
  sourceIndex: number;
  index: number;
  row: TrackerSheetRow;
  key: TrackerKey;
  edit: RowEdit;
}

/** What a row asks for, read from its cells: a new status, a new progress note (each only when edited). */
interface RowEdit {
  status?: ActionStatus;
  note?: ProgressNote;
}

type Notify = (list: TrackerNotice[], row: number, message: Bilingual, extra?: Partial<TrackerNotice>) => void;

export function mergeTracker(rows: readonly TrackerSheetRow[], sources: readonly TrackerSource[], options: MergeOptions): TrackerMerge {
  const out: TrackerMerge = { updated: new Map(), changes: [], conflicts: [], unmatched: [], ignored: [], errors: [] };
  const notice: Notify = (list, row, message, extra = {}) =>
    list.push({ row, ...extra, message: { zh: `${rowPrefix(row).zh}：${message.zh}`, en: `${rowPrefix(row).en}: ${message.en}` } });

  // Keys, and rows naming the same item twice.
  const keyed: { row: TrackerSheetRow; key: TrackerKey }[] = [];
  for (const row of rows) {
    if (!row.key.trim()) {
      notice(out.unmatched, row.row, { zh: "没有跟踪键（是后来添加的行？），未导入。", en: "no ccr key (a row added later?); not imported." });
      continue;
    }
    const key = parseTrackerKey(row.key);
    if (!key) notice(out.unmatched, row.row, { zh: "跟踪键已损坏，无法对应到事项，未导入。", en: "the ccr key is damaged and names no item; not imported." });
    else keyed.push({ row, key });
  }
  const itemId = (key: TrackerKey) => `${recordIdentity(key)}#${key.n}`;
  const byItem = new Map<string, number[]>();
  for (const { row, key } of keyed) byItem.set(itemId(key), [...(byItem.get(itemId(key)) ?? []), row.row]);
  const unique = keyed.filter(({ row, key }) => {
    const same = byItem.get(itemId(key))!;
    if (same.length === 1) return true;
    notice(out.unmatched, row.row, {
      zh: `同一事项在跟踪表中出现了 ${same.length} 次（第 ${same.join("、")} 行），无法判断以哪一行为准，未导入。`,
      en: `the same item is in ${same.length} rows (rows ${same.join(", ")}); which one holds the edit cannot be told, so none is imported.`,
    });
    return false;
  });

  // The cells first: a value that cannot be read is an error, whichever record it is for.
  const edits = unique.flatMap(({ row, key }) => {
    const edit = rowEdit(row, key, options, out, notice);
    return edit ? [{ row, key, edit }] : [];
  });

  // Records by identity (a record may be in several files: each copy is updated).
  const copies = new Map<string, number[]>();
  sources.forEach((s, i) => copies.set(recordIdentity(s.record), [...(copies.get(recordIdentity(s.record)) ?? []), i]));

  // Items: at their number when the task is the same text; else the one other unclaimed item with that text.
  const located: Located[] = [];
  const claimed = new Set<string>();
  const pending: (Omit<Located, "index">)[] = [];
  for (const { row, key, edit } of edits) {
    const targets = copies.get(recordIdentity(key));
    if (!targets) {
      notice(out.unmatched, row.row, notFound(key));
      continue;
    }
    for (const sourceIndex of targets) {
      const action = sources[sourceIndex].record.actions[key.n - 1];
      if (action && sameTask(action.task, key.task)) {
        located.push({ sourceIndex, index: key.n - 1, row, key, edit });
        claimed.add(`${sourceIndex}#${key.n - 1}`);
      } else pending.push({ sourceIndex, row, key, edit });
    }
  }
  for (const p of pending) {
    const record = sources[p.sourceIndex].record;
    const matches = record.actions.flatMap((a, i) => (sameTask(a.task, p.key.task) && !claimed.has(`${p.sourceIndex}#${i}`) ? [i] : []));
    if (matches.length === 1) {
      located.push({ ...p, index: matches[0] });
      claimed.add(`${p.sourceIndex}#${matches[0]}`);
    } else {
      notice(out.unmatched, p.row.row, itemNotFound(p.key, sources[p.sourceIndex].source, matches.length), { sourceIndex: p.sourceIndex });
    }
  }
  located.sort((a, b) => a.row.row - b.row.row || a.sourceIndex - b.sourceIndex);
  for (const at of located) mergeItem(at, sources, out);
  return out;
}

function sameTask(a: string, b: string): boolean {
  return a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
}

/**
 * What the row's cells ask for, compared with what was exported; undefined when a cell cannot be read
 * (recorded as an error). Edits that are not read back are recorded as ignored.
 */
function rowEdit(row: TrackerSheetRow, key: TrackerKey, options: MergeOptions, out: TrackerMerge, notice: Notify): RowEdit | undefined {
  let ok = true;
  const allowed = ACTION_STATUSES.map((s) => STATUS_LABELS[s]);
  const status = statusFromText(row.status);
  if (row.status.trim() && !status) {
    notice(
      out.errors,
      row.row,
      {
        zh: `状态“${row.status.trim()}”无法识别，应为 ${allowed.map((l) => l.zh).join(" / ")} 之一（已逾期由截止日期自动判断，不需填写）。`,
        en: `the status "${row.status.trim()}" is not one of ${allowed.map((l) => l.en).join(" / ")} (overdue follows from the due date and is not typed).`,
      },
      { column: "status" },
    );
    ok = false;
  }
  const note = row.note.trim();
  if (note.length > MAX_NOTE_CHARS) {
    notice(
      out.errors,
      row.row,
      {
        zh: `进展内容过长（${note.length} 字，上限 ${MAX_NOTE_CHARS} 字），请精简后再导入。`,
        en: `the progress note is too long (${note.length} characters, at most ${MAX_NOTE_CHARS}); shorten it and import again.`,
      },
      { column: "note" },
    );
    ok = false;
  }
  const picked = noteDateOf(row.noteDate, options.today);
  if (row.noteDate && "text" in row.noteDate && row.noteDate.text.trim() && !picked) {
    notice(
      out.errors,
      row.row,
      {
        zh: `进展日期“${row.noteDate.text.trim()}”不是有效日期，请填写如 2026-06-20。`,
        en: `the progress date "${row.noteDate.text.trim()}" is not a valid date; write e.g. 2026-06-20.`,
      },
      { column: "noteDate" },
    );
    ok = false;
  }
  if (!ok) return undefined;

  for (const column of TRACKER_COLUMN_IDS) {
    const exported = key.shown[column];
    const read = row.shown[column];
    if (exported === undefined || read === undefined || exported === read) continue;
    const label = TRACKER_COLUMN_LABELS[column];
    notice(
      out.ignored,
      row.row,
      { zh: `“${label.zh}”的修改未导入（跟踪表只导入状态与进展）。`, en: `the edit of "${label.en}" is not imported (only status and progress are read back).` },
      { column },
    );
  }
  const edit: RowEdit = {};
  if (status && status !== key.status) edit.status = status;
  const dateChanged = picked !== undefined && picked !== key.noteDate;
  if (note === key.note.trim()) {
    if (dateChanged) {
      notice(
        out.ignored,
        row.row,
        { zh: "只改了进展日期，未导入；要记录新的进展，请同时填写进展内容。", en: "only the progress date changed, which is not imported; to record progress, write the note too." },
        { column: "noteDate" },
      );
    }
  } else if (!note) {
    notice(
      out.ignored,
      row.row,
      { zh: "进展被清空；已有的进展记录不会因导入而删除。", en: "the progress note was cleared; notes already kept are never deleted by an import." },
      { column: "note" },
    );
  } else {
    // A new note is dated as the sheet says when its date was changed there, else today.
    edit.note = { date: dateChanged ? picked : options.today, note };
  }
  return edit;
}

/** The date a progress date cell names, or undefined (empty or not a date). */
function noteDateOf(cell: SheetDate, today: IsoDate): IsoDate | undefined {
  if (!cell) return undefined;
  if ("date" in cell) return cell.date;
  const resolved = resolveDeadline(cell.text, today);
  return resolved.kind === "resolved" && !resolved.relative ? resolved.date : undefined;
}

function itemLabel(record: { topic: string }, no: number, task: string): Bilingual {
  const topic = record.topic.trim();
  return {
    zh: `${topic ? `《${topic}》` : "记录"}第 ${no} 项“${task.trim() || "（无事项内容）"}”`,
    en: `${topic ? `"${topic}"` : "the record"}, item ${no} "${task.trim() || "(no text)"}"`,
  };
}

function notFound(key: TrackerKey): Bilingual {
  const which = key.id ? { zh: `记录 ${key.id}`, en: `record ${key.id}` } : { zh: `${key.date} 的记录《${key.topic}》`, en: `the record "${key.topic}" of ${key.date}` };
  return {
    zh: `所给文件中没有${which.zh}，未导入（请一并给出该记录的文件或文件夹）。`,
    en: `none of the files given holds ${which.en}; not imported (give that record's file or folder too).`,
  };
}

function itemNotFound(key: TrackerKey, source: string, matches: number): Bilingual {
  const item = itemLabel(key, key.n, key.task);
  return matches > 1
    ? {
        zh: `${source} 中有 ${matches} 个事项的内容都是“${key.task.trim()}”，无法确定哪一个是${item.zh}，未导入。`,
        en: `${source} has ${matches} items reading "${key.task.trim()}"; which one is ${item.en} cannot be told; not imported.`,
      }
    : {
        zh: `${source} 中已找不到${item.zh}（导出后被删除，或事项内容被修改），未导入。`,
        en: `${source} no longer has ${item.en} (removed, or its text changed since the export); not imported.`,
      };
}

/** The row's edits merged into one copy of its record: applied, or a conflict when the record changed since. */
function mergeItem(at: Located, sources: readonly TrackerSource[], out: TrackerMerge): void {
  const current = () => out.updated.get(at.sourceIndex) ?? sources[at.sourceIndex].record;
  const where = describe(at, current(), sources);
  const { status, note } = at.edit;
  if (status) {
    const now = current().actions[at.index].status;
    if (now === at.key.status) {
      out.updated.set(at.sourceIndex, setActionStatus(current(), at.index, status));
      out.changes.push(change(at, where, "status", statusText(now), statusText(status)));
    } else if (now !== status) {
      out.conflicts.push(conflict(at, where, "status", statusText(at.key.status), statusText(now), statusText(status)));
    }
  }
  if (note) {
    const latest = latestNote(current().actions[at.index]);
    const exported = noteText(at.key.note, at.key.noteDate);
    const sheet = noteText(note.note, note.date);
    if ((latest?.note ?? "") === at.key.note && (latest?.date ?? "") === at.key.noteDate) {
      out.updated.set(at.sourceIndex, addProgressNote(current(), at.index, note));
      out.changes.push(change(at, where, "progress", exported, sheet));
    } else if (latest?.note.trim() !== note.note) {
      out.conflicts.push(conflict(at, where, "progress", exported, noteText(latest?.note ?? "", latest?.date ?? ""), sheet));
    }
  }
}

function describe(at: Located, record: CcrRecord, sources: readonly TrackerSource[]): Bilingual {
  const item = itemLabel(record, at.index + 1, record.actions[at.index].task);
  const moved = at.index + 1 !== at.key.n ? { zh: `（导出时为第 ${at.key.n} 项）`, en: ` (item ${at.key.n} at the export)` } : { zh: "", en: "" };
  const source = sources[at.sourceIndex].source;
  return { zh: `${source} ${item.zh}${moved.zh}`, en: `${source}, ${item.en}${moved.en}` };
}

const FIELD_NAMES: Record<TrackedField, Bilingual> = { status: ACTION_COLUMNS.status, progress: TRACKER_COLUMN_LABELS.note };

function change(at: Located, where: Bilingual, field: TrackedField, from: Bilingual, to: Bilingual): TrackerChange {
  const name = FIELD_NAMES[field];
  return {
    row: at.row.row,
    sourceIndex: at.sourceIndex,
    no: at.index + 1,
    field,
    from,
    to,
    ...(at.index + 1 !== at.key.n ? { movedFrom: at.key.n } : {}),
    message: {
      zh: `${rowPrefix(at.row.row).zh} → ${where.zh}：${name.zh} ${from.zh} → ${to.zh}`,
      en: `${rowPrefix(at.row.row).en} → ${where.en}: ${name.en.toLowerCase()} ${from.en} → ${to.en}`,
    },
  };
}

function conflict(at: Located, where: Bilingual, field: TrackedField, exported: Bilingual, current: Bilingual, sheet: Bilingual): TrackerConflict {
  const name = FIELD_NAMES[field];
  return {
    row: at.row.row,
    sourceIndex: at.sourceIndex,
    no: at.index + 1,
    field,
    exported,
    current,
    sheet,
    message: {
      zh: `${rowPrefix(at.row.row).zh} → ${where.zh}：${name.zh}在导出后已在记录中改为 ${current.zh}（导出时为 ${exported.zh}），跟踪表中为 ${sheet.zh}；保留记录中较新的修改，未导入。`,
      en: `${rowPrefix(at.row.row).en} → ${where.en}: the ${name.en.toLowerCase()} was changed in the record to ${current.en} since the export (exported: ${exported.en}); the sheet has ${sheet.en}. The newer edit in the record is kept; not imported.`,
    },
  };
}
