// The record model of record-template.md §1 and its JSON form (§5, "schema": "ccr/1").
// parseRecord never throws: malformed input becomes a ParseFailure with a bilingual message.
// Unknown keys are kept in place so that a record survives parse → serialise unchanged.

import type { Bilingual } from "./i18n";
import { jsonLimitProblem } from "./json-limits";
import { isRecordId } from "./record-id";

export const SCHEMA = "ccr/1" as const;

export const GOAL_TYPES = ["sync", "solve", "resource", "decision"] as const;
export const SCENARIOS = ["project", "external", "resource", "conflict", "progress"] as const;
export const CHANNELS = ["email", "im", "video", "onsite", "letter"] as const;
export const KINDS = ["internal", "external"] as const;
export const SIDES = ["internal", "external"] as const;
export const ACTION_STATUSES = ["todo", "doing", "done"] as const;
export const LANGS = ["zh", "en"] as const;

export type GoalType = (typeof GOAL_TYPES)[number];
export type Scenario = (typeof SCENARIOS)[number];
export type Channel = (typeof CHANNELS)[number];
export type MeetingKind = (typeof KINDS)[number];
export type Side = (typeof SIDES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type Lang = (typeof LANGS)[number];

/** The fields whose value must be one of a list. */
export const CHOICE_FIELDS = ["goalType", "scenario", "channel", "kind"] as const;
export type ChoiceField = (typeof CHOICE_FIELDS)[number];

/**
 * Values of CHOICE_FIELDS that a file held outside their lists ("channel": "wechat"): the field
 * reads as not filled in, and the checks say what was there. A symbol key, so never written back.
 */
export const INVALID_CHOICES: unique symbol = Symbol("ccr.invalidChoices");

/**
 * An object as read from a file. Every part of a record keeps at run time the keys this version
 * does not know (parseRecord copies them through), but the types below name only the known ones,
 * so a misspelt field does not type-check. Keys that other modules keep in a record (the meeting
 * state, the agenda, …) are declared where they belong, as `unknown`: each module reads its own.
 */
type Open = { [unknownKey: string]: unknown };

export interface Lead {
  name: string;
  staffNo: string;
  contact: string;
  dept: string;
}

export interface Participant {
  name: string;
  /** Contact details of an external participant (recognised from hand-filled forms). */
  contact?: string;
  /** Attendance on the day (domain/meeting/state.ts). */
  attendance?: unknown;
  side: Side;
  /** Internal participants: 部门. */
  dept?: string;
  /** External participants: 单位. */
  unit?: string;
  /** 职务 (external) or role (internal, e.g. 部门负责人). */
  title?: string;
}

export interface OpenIssue {
  text: string;
  nextStep: string;
}

export interface ProgressNote {
  date: string;
  note: string;
}

export interface ActionItem {
  /** When the item was read back to the room (domain/meeting/readback.ts). */
  readBackOn?: unknown;
  task: string;
  owner: string;
  ownerDept: string;
  /** As typed by the user; resolved by domain/calendar/deadline. */
  deadline: string;
  deliverable: string;
  cc: string[];
  status: ActionStatus;
  progress: ProgressNote[];
}

export interface FormalLetter {
  required: boolean;
  ref: string;
}

export interface Confirmation {
  /** The party raised an objection (domain/tracking/confirmation.ts). */
  objection?: boolean;
  name: string;
  confirmed: boolean;
  date: string;
  remark: string;
}

export interface CcrRecord {
  schema: typeof SCHEMA;
  /** Stable id naming the record inside a document (content-control tags ccr:<id>:<path>). Optional in files. */
  id?: string;
  /** Language of the documents written from this record; zh when absent. */
  lang?: Lang;
  /** ISO date on which the minutes were marked confirmed (确认纪要); absent while a draft. */
  confirmedOn?: string;
  topic: string;
  goalType: GoalType | "";
  goal: string;
  scenario: Scenario | "";
  date: string;
  start: string;
  end: string;
  place: string;
  channel: Channel | "";
  kind: MeetingKind | "";
  externalUnit: string;
  lead: Lead;
  participants: Participant[];
  recorder: string;
  background: string;
  discussionPoints: string[];
  demands: string[];
  disputes: string[];
  responses: string[];
  consensus: string[];
  openIssues: OpenIssue[];
  actions: ActionItem[];
  sentOn: string;
  objectionBy: string;
  formalLetter: FormalLetter;
  confirmations: Confirmation[];
  attachments: string[];
  resultFeedback: string;
  lessons: string;
  [INVALID_CHOICES]?: Partial<Record<ChoiceField, string>>;
  // Kept by other modules, each the only reader of its key:
  /** The live meeting (domain/meeting/state.ts). */
  meeting?: unknown;
  /** The agenda (domain/meeting/agenda.ts). */
  agenda?: unknown;
  /** 冲突比较 (domain/meeting/conflict.ts). */
  conflicts?: unknown;
  /** 术语表 (domain/meeting/glossary.ts). */
  glossary?: unknown;
  /** The 会前 checklist (domain/meeting/preparation.ts). */
  preparation?: unknown;
  /** How a hand-made form was adopted (domain/recognise/adoption.ts). */
  adoption?: unknown;
  /** 沉默视为确认 (domain/tracking/confirmation.ts). */
  silenceConfirms?: unknown;
  /** A 纪要发送时限 typed in a hand-made form (form/layout.ts). */
  circulateBy?: unknown;
}

export type ParseResult =
  | { ok: true; record: CcrRecord }
  | { ok: false; error: ParseError };

export interface ParseError {
  message: Bilingual;
  /** 1-based, for JSON syntax errors. */
  line?: number;
  column?: number;
}

// ---------------------------------------------------------------------------------------------
// Construction

export function emptyLead(): Lead {
  return { name: "", staffNo: "", contact: "", dept: "" };
}

export function emptyParticipant(side: Side = "internal"): Participant {
  return side === "internal" ? { name: "", side, dept: "", title: "" } : { name: "", side, unit: "", title: "" };
}

export function emptyAction(): ActionItem {
  return { task: "", owner: "", ownerDept: "", deadline: "", deliverable: "", cc: [], status: "todo", progress: [] };
}

/** The language documents of this record are written in. */
export function recordLang(record: CcrRecord): Lang {
  return record.lang === "en" ? "en" : "zh";
}

export function emptyRecord(): CcrRecord {
  return {
    schema: SCHEMA,
    topic: "",
    goalType: "",
    goal: "",
    scenario: "",
    date: "",
    start: "",
    end: "",
    place: "",
    channel: "",
    kind: "internal",
    externalUnit: "",
    lead: emptyLead(),
    participants: [],
    recorder: "",
    background: "",
    discussionPoints: [],
    demands: [],
    disputes: [],
    responses: [],
    consensus: [],
    openIssues: [],
    actions: [],
    sentOn: "",
    objectionBy: "",
    formalLetter: { required: false, ref: "" },
    confirmations: [],
    attachments: [],
    resultFeedback: "",
    lessons: "",
  };
}

// ---------------------------------------------------------------------------------------------
// Parsing

export interface ParseOptions {
  /**
   * The id the record is known by where it is kept (a settings key, a storage key): it replaces the
   * id in the text, which then does not count.
   */
  id?: string;
}

/**
 * The one reader of record JSON text (files, import in the pane, records kept in a document or in the
 * browser): JSON syntax, then the limits of json-limits.ts, then the record's shape.
 */
export function parseRecord(text: string, options: ParseOptions = {}): ParseResult {
  const json = stripBom(String(text));
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: jsonSyntaxError(String(text), e) };
  }
  const problem = jsonLimitProblem(json);
  if (problem) return { ok: false, error: { message: problem } };
  if (options.id !== undefined && isObject(value)) setOwn(value, "id", options.id);
  return recordFromJson(value);
}

/** Normalises an already-parsed JSON value into a record. Never throws. */
export function recordFromJson(value: unknown): ParseResult {
  if (!isObject(value)) {
    return {
      ok: false,
      error: { message: { zh: "记录文件应为一个 JSON 对象（{…}）。", en: "A record file must hold one JSON object ({…})." } },
    };
  }
  if (value.schema !== undefined && value.schema !== SCHEMA) {
    const got = typeof value.schema === "string" ? value.schema : JSON.stringify(value.schema);
    return {
      ok: false,
      error: {
        message: {
          zh: `不支持的记录格式 "${got}"，应为 "${SCHEMA}"。`,
          en: `Unsupported record schema "${got}"; expected "${SCHEMA}".`,
        },
      },
    };
  }
  if (typeof value.id === "string" && value.id !== "" && !isRecordId(value.id)) {
    const shown = JSON.stringify(value.id.slice(0, 80));
    return {
      ok: false,
      error: {
        message: {
          zh: `记录编号（id）${shown} 无效：只能由字母、数字、- 和 _ 组成，最多 64 个字符。请改正或删去 id。`,
          en: `The record id ${shown} is not valid: letters, digits, - and _ only, at most 64. Correct it or remove the id.`,
        },
      },
    };
  }
  return { ok: true, record: normaliseRecord(value) };
}

export function serialiseRecord(record: CcrRecord): string {
  return JSON.stringify(record, null, 2) + "\n";
}

/**
 * Whether two records hold the same data, as their JSON says it: the order of keys and keys whose
 * value is undefined do not count, nor does `lang` (the language the documents are written in).
 */
/** How a list of records names one: its id, topic and meeting date (the pane's lists, the document's records). */
export interface RecordSummary {
  readonly id: string;
  readonly topic: string;
  readonly date: string;
}

export function summaryOf(record: CcrRecord & { id: string }): RecordSummary {
  return { id: record.id, topic: record.topic, date: record.date };
}

export function sameRecordData(a: CcrRecord, b: CcrRecord): boolean {
  return canonicalJson({ ...a, lang: undefined }) === canonicalJson({ ...b, lang: undefined });
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

function normaliseRecord(input: Open): CcrRecord {
  const defaults: Open = { ...emptyRecord() };
  const out: Open = {};
  // Keys present in the input keep their order; known ones are normalised in place.
  for (const key of Object.keys(input)) {
    setOwn(out, key, has(defaults, key) ? normaliseField(key, input[key]) : input[key]);
  }
  for (const key of Object.keys(defaults)) {
    if (!has(out, key)) out[key] = defaults[key];
  }
  // Optional text fields that are not in emptyRecord(): any other type is dropped (an id of 1 would
  // otherwise reach the content-control tags as a number).
  for (const key of ["id", "confirmedOn"]) {
    if (has(out, key) && typeof out[key] !== "string") delete out[key];
  }
  out.schema = SCHEMA;
  // A file must say internal or external; the default is for new records in the pane (issue 18).
  if (!has(input, "kind")) out.kind = "";
  const invalid: Partial<Record<ChoiceField, string>> = {};
  for (const key of CHOICE_FIELDS) {
    const raw = input[key];
    if (has(input, key) && out[key] === "" && raw !== "" && raw !== null && raw !== undefined) invalid[key] = typeof raw === "string" ? raw : JSON.stringify(raw);
  }
  const record = out as unknown as CcrRecord;
  if (Object.keys(invalid).length > 0) record[INVALID_CHOICES] = invalid;
  return record;
}

function normaliseField(key: string, v: unknown): unknown {
  switch (key) {
    case "schema":
      return SCHEMA;
    case "lang":
      return oneOf(v, LANGS) || "zh";
    case "goalType":
      return oneOf(v, GOAL_TYPES);
    case "scenario":
      return oneOf(v, SCENARIOS);
    case "channel":
      return oneOf(v, CHANNELS);
    case "kind":
      return oneOf(v, KINDS);
    case "lead":
      return normaliseLead(v);
    case "participants":
      return arrayOf(v, normaliseParticipant);
    case "discussionPoints":
    case "demands":
    case "disputes":
    case "responses":
    case "consensus":
    case "attachments":
      return stringList(v);
    case "openIssues":
      return arrayOf(v, normaliseOpenIssue);
    case "actions":
      return arrayOf(v, normaliseAction);
    case "formalLetter":
      return normaliseFormalLetter(v);
    case "confirmations":
      return arrayOf(v, normaliseConfirmation);
    default:
      return str(v);
  }
}

function normaliseLead(v: unknown): Lead {
  if (typeof v === "string") return { ...emptyLead(), name: v };
  return withStrings(v, emptyLead());
}

function normaliseParticipant(v: unknown): Participant {
  if (typeof v === "string") return { name: v, side: "internal" };
  // dept / unit / title are optional: only the ones present are normalised, none are added.
  const p = withStrings(v, { name: "", side: "internal" } as Participant);
  for (const key of ["dept", "unit", "title"] as const) if (key in p) p[key] = str(p[key]);
  p.side = oneOf(isObject(v) ? v.side : undefined, SIDES) || "internal";
  return p;
}

function normaliseOpenIssue(v: unknown): OpenIssue {
  if (typeof v === "string") return { text: v, nextStep: "" };
  return withStrings(v, { text: "", nextStep: "" });
}

function normaliseProgress(v: unknown): ProgressNote {
  if (typeof v === "string") return { date: "", note: v };
  return withStrings(v, { date: "", note: "" });
}

function normaliseAction(v: unknown): ActionItem {
  if (typeof v === "string") return { ...emptyAction(), task: v };
  const a = withStrings(v, emptyAction());
  const o = isObject(v) ? v : {};
  if ("cc" in o) a.cc = stringList(o.cc);
  if ("status" in o) a.status = oneOf(o.status, ACTION_STATUSES) || "todo";
  if ("progress" in o) a.progress = arrayOf(o.progress, normaliseProgress);
  return a;
}

function normaliseFormalLetter(v: unknown): FormalLetter {
  const f = withStrings(v, { required: false, ref: "" });
  const o = isObject(v) ? v : {};
  if ("required" in o) f.required = o.required === true || o.required === "true";
  return f;
}

function normaliseConfirmation(v: unknown): Confirmation {
  if (typeof v === "string") return { name: v, confirmed: false, date: "", remark: "" };
  const c = withStrings(v, { name: "", confirmed: false, date: "", remark: "" });
  const o = isObject(v) ? v : {};
  if ("confirmed" in o) c.confirmed = o.confirmed === true || o.confirmed === "true";
  return c;
}

/**
 * Copies an object, normalising the string fields named in `defaults` and keeping every
 * other key (in input order); missing fields take the defaults.
 */
function withStrings<T extends object>(v: unknown, defaults: T): T {
  const known = fieldsOf(defaults);
  const out: Open = {};
  const o = isObject(v) ? v : {};
  for (const key of Object.keys(o)) {
    setOwn(out, key, has(known, key) && typeof known[key] === "string" ? str(o[key]) : o[key]);
  }
  for (const key of Object.keys(known)) {
    if (!has(out, key)) out[key] = known[key];
  }
  return out as T;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/**
 * A record or a part of one as a map of all its keys, the unknown ones included: for the code
 * that works on keys generically (copying parts, columns named by a form's headers, tests of
 * unknown keys). The same object, not a copy.
 */
export function fieldsOf(part: object): Record<string, unknown> {
  return part as Record<string, unknown>;
}

/** The object's own key (not one inherited, such as `constructor`). */
function has(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/**
 * Sets a key as the object's own (an unknown key `__proto__` is data to keep, not the prototype:
 * an assignment would change the object's prototype and the key would be lost).
 */
function setOwn(o: Open, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

export function isObject(v: unknown): v is Open {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}

function stringList(v: unknown): string[] {
  if (typeof v === "string") return v.trim() ? [v] : [];
  if (!Array.isArray(v)) return [];
  return v.map(str);
}

/** A list field; a lone item where a list belongs is taken as a list of one. */
function arrayOf<T>(v: unknown, each: (item: unknown) => T): T[] {
  if (Array.isArray(v)) return v.map(each);
  if (typeof v === "string" ? v.trim() !== "" : isObject(v)) return [each(v)];
  return [];
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[]): T | "" {
  return typeof v === "string" && (allowed as readonly string[]).includes(v) ? (v as T) : "";
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function jsonSyntaxError(text: string, e: unknown): ParseError {
  const raw = e instanceof Error ? e.message : String(e);
  // Engines differ in whether their message has a position; find it ourselves.
  const offset = jsonErrorOffset(stripBom(text));
  const lines = stripBom(text).slice(0, offset).split("\n");
  const line = lines.length;
  const column = lines[lines.length - 1].length + 1;
  return {
    line,
    column,
    message: {
      zh: `记录文件不是有效的 JSON（第 ${line} 行第 ${column} 列）：${raw}`,
      en: `The record file is not valid JSON (line ${line}, column ${column}): ${raw}`,
    },
  };
}

/** Offset of the first JSON syntax error in text (text.length when it ends too early). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\\") {
        const n = text[i + 1];
        if (n === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            fail();
          }
          i += 6;
        } else if (n !== undefined && '"\\/bfnrt'.includes(n)) i += 2;
        else {
          i++;
          fail();
        }
      } else if (c < " ") fail();
      else i++;
    }
    fail();
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === "" || m[0] === "-") fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ":") fail();
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return void i++;
        else fail();
      }
    } else if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return void i++;
        else fail();
      }
    } else if (c === '"') string();
    else if (c === "t") literal("true");
    else if (c === "f") literal("false");
    else if (c === "n") literal("null");
    else if (c === "-" || (c >= "0" && c <= "9")) number();
    else fail();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return text.length;
  } catch (at) {
    return Math.min(typeof at === "number" ? at : 0, text.length);
  }
}
