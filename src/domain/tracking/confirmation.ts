// 整理并同步沟通结果 (guide 二(三)): the circulation deadline and whether the minutes went out,
// the objection deadline, each participant's confirmation (已确认 / 有异议 + remark / 未回复) with
// the opt-in rule that silence after the objection deadline counts as confirmed, and the formal
// letter of an external meeting (required, reference, date).

import { circulationDeadline, compareDates, defaultObjectionBy, isValidIsoDate, type IsoDate } from "../calendar/calendar";
import { formatDate, formatMonthDay } from "../calendar/deadline";
import { pick, type Bilingual } from "../record/i18n";
import { isObject, recordLang, type CcrRecord, type Confirmation, type FormalLetter, type Lang } from "../record/record";

// ---------------------------------------------------------------------------------------------
// Circulation

export type CirculationState = "sent" | "sent-late" | "pending" | "late" | "unknown";

export interface Circulation {
  /** Meeting date + 2 working days; null without a valid meeting date. */
  deadline: IsoDate | null;
  sentOn: string;
  state: CirculationState;
}

export function circulationOf(record: CcrRecord, today: IsoDate): Circulation {
  const deadline = circulationDeadline(record.date);
  const sentOn = record.sentOn;
  let state: CirculationState = "unknown";
  if (deadline) {
    if (isValidIsoDate(sentOn)) state = compareDates(sentOn, deadline) > 0 ? "sent-late" : "sent";
    else if (isValidIsoDate(today)) state = compareDates(today, deadline) > 0 ? "late" : "pending";
  } else if (isValidIsoDate(sentOn)) state = "sent";
  return { deadline, sentOn, state };
}

/** The objection deadline: the one in the record, else 2 working days after circulation. */
export function objectionDeadline(record: CcrRecord): IsoDate | null {
  return isValidIsoDate(record.objectionBy) ? record.objectionBy : defaultObjectionBy(record);
}

/** The line the circulated minutes carry: 请确认，如有异议请于X月X日前反馈。 */
export function objectionNotice(record: CcrRecord, lang: Lang = recordLang(record)): string {
  const by = objectionDeadline(record);
  if (!by) return lang === "en" ? "Please confirm; send any objection in writing." : "请确认，如有异议请及时书面反馈。";
  return lang === "en" ? `Please confirm; send any objection by ${formatDate(by, lang)}.` : `请确认，如有异议请于${formatMonthDay(by, lang)}前反馈。`;
}

// ---------------------------------------------------------------------------------------------
// Confirmations

export type ConfirmState = "confirmed" | "objection" | "none";

export const CONFIRM_STATE_LABELS: Record<ConfirmState | "deemed", Bilingual> = {
  confirmed: { zh: "已确认", en: "Confirmed" },
  objection: { zh: "有异议", en: "Objection" },
  none: { zh: "未回复", en: "No reply" },
  deemed: { zh: "视为确认（逾期未反馈）", en: "Deemed confirmed (no reply by the deadline)" },
};

/** Record key of the opt-in rule: silence after the objection deadline counts as confirmed. */
export const SILENCE_RULE_KEY = "silenceConfirms";

export function readSilenceRule(record: CcrRecord): boolean {
  return record[SILENCE_RULE_KEY] === true;
}

export function withSilenceRule(record: CcrRecord, on: boolean): CcrRecord {
  return { ...record, [SILENCE_RULE_KEY]: on };
}

/** The state of one stored confirmation: confirmed, an objection (flag or a remark while not confirmed), or none. */
export function confirmationState(c: Confirmation): ConfirmState {
  if (c.confirmed) return "confirmed";
  if (c.objection === true || c.remark.trim()) return "objection";
  return "none";
}

export interface ParticipantConfirmation {
  name: string;
  /** Stored state, or "confirmed" when silence counts (then `deemed` is true). */
  state: ConfirmState;
  deemed: boolean;
  date: string;
  remark: string;
}

/**
 * One row per participant (and per stored confirmation of someone not in the list), in the order
 * of the participants. Unanswered rows count as confirmed once the objection deadline has passed,
 * only when the record's silence rule is on.
 */
export function confirmationsOf(record: CcrRecord, today: IsoDate): ParticipantConfirmation[] {
  const stored = new Map(record.confirmations.map((c) => [c.name.trim(), c] as const));
  const names = [...new Set([...record.participants.map((p) => p.name.trim()), ...stored.keys()].filter(Boolean))];
  const by = objectionDeadline(record);
  const silencePassed = readSilenceRule(record) && by !== null && isValidIsoDate(today) && compareDates(today, by) > 0;
  return names.map((name) => {
    const c = stored.get(name);
    const state = c ? confirmationState(c) : "none";
    if (state === "none" && silencePassed) return { name, state: "confirmed", deemed: true, date: by ?? "", remark: c?.remark ?? "" };
    return { name, state, deemed: false, date: c?.date ?? "", remark: c?.remark ?? "" };
  });
}

export function confirmationLabel(row: ParticipantConfirmation, lang: Lang): string {
  return pick(CONFIRM_STATE_LABELS[row.deemed ? "deemed" : row.state], lang);
}

/** Sets one participant's confirmation; an objection keeps its remark, "none" clears the date. */
export function setConfirmation(
  record: CcrRecord,
  name: string,
  value: { state: ConfirmState; date?: string; remark?: string },
): CcrRecord {
  const key = name.trim();
  const existing = record.confirmations.find((c) => c.name.trim() === key);
  const next: Confirmation = {
    ...(existing ?? { name: key, confirmed: false, date: "", remark: "" }),
    confirmed: value.state === "confirmed",
    objection: value.state === "objection",
    date: value.state === "none" ? "" : (value.date ?? existing?.date ?? ""),
    remark: value.remark ?? existing?.remark ?? "",
  };
  const confirmations = existing
    ? record.confirmations.map((c) => (c === existing ? next : c))
    : [...record.confirmations, next];
  return { ...record, confirmations };
}

export interface ConfirmationSummary {
  confirmed: number;
  objection: number;
  none: number;
  /** Every participant confirmed (silence counted when the rule is on) and no objection. */
  complete: boolean;
}

export function confirmationSummary(rows: readonly ParticipantConfirmation[]): ConfirmationSummary {
  const count = (s: ConfirmState) => rows.filter((r) => r.state === s).length;
  const summary = { confirmed: count("confirmed"), objection: count("objection"), none: count("none") };
  return { ...summary, complete: rows.length > 0 && summary.confirmed === rows.length };
}

// ---------------------------------------------------------------------------------------------
// Formal letter (外部沟通重要结果需通过正式书面函件确认)

export interface FormalLetterInfo {
  required: boolean;
  ref: string;
  /** ISO date of the letter; "" while not sent. */
  date: string;
}

export function readFormalLetter(record: CcrRecord): FormalLetterInfo {
  const f = record.formalLetter;
  return {
    required: f.required === true,
    ref: typeof f.ref === "string" ? f.ref : "",
    date: isObject(f) && typeof f.date === "string" ? f.date : "",
  };
}

export function withFormalLetter(record: CcrRecord, letter: Partial<FormalLetterInfo>): CcrRecord {
  const formalLetter: FormalLetter = { ...record.formalLetter, ...letter };
  return { ...record, formalLetter };
}

/** External meeting with agreed points: the formal letter is recommended (the external.letter check). */
export function formalLetterSuggested(record: CcrRecord): boolean {
  return record.kind === "external" && record.consensus.some((c) => c.trim());
}
