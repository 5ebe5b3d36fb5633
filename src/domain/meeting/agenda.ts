// The standard agenda of record-template.md §3: numbered items with presenter and minutes whose
// sum is the meeting's duration, the materials to read beforehand, a closing item that confirms
// owners, deadlines and deliverable standards, the opening statement in the guide's words and the
// date the agenda was sent. Kept in the record under the key `agenda` (an unknown key to
// parseRecord, owned by this module: readAgenda / withAgenda).

import { AGENDA_TEMPLATES, PRESENTER_FALLBACK, type AgendaItemTemplate, type PresenterRole } from "./agenda-templates";
import { pick, type Bilingual } from "../record/i18n";
import { isObject, recordLang, type CcrRecord, type Lang, type Scenario } from "../record/record";

export interface AgendaItem {
  title: string;
  presenter: string;
  minutes: number;
  /** The closing item that confirms owners, deadlines and deliverable standards. */
  closing?: boolean;
}

export interface Agenda {
  items: AgendaItem[];
  /** Materials to read beforehand (会前阅读材料). */
  materials: string[];
  /** The opening statement as edited by the user; "" means the generated one is used. */
  opening: string;
  /** ISO date the agenda was sent to the participants; "" while not sent. */
  sentOn: string;
}

export const AGENDA_KEY = "agenda";

// ---------------------------------------------------------------------------------------------
// Record field

/** The agenda stored in the record, normalised; null when the record has none. Never throws. */
export function readAgenda(record: CcrRecord): Agenda | null {
  const v = record[AGENDA_KEY];
  if (!isObject(v)) return null;
  const items = Array.isArray(v.items) ? v.items.filter(isObject).map(normaliseItem) : [];
  return {
    items,
    materials: Array.isArray(v.materials) ? v.materials.filter((m): m is string => typeof m === "string") : [],
    opening: typeof v.opening === "string" ? v.opening : "",
    sentOn: typeof v.sentOn === "string" ? v.sentOn : "",
  };
}

export function withAgenda(record: CcrRecord, agenda: Agenda): CcrRecord {
  return { ...record, [AGENDA_KEY]: agenda };
}

/** The stored agenda, or the scenario's default one when the record has none yet. */
export function agendaOf(record: CcrRecord): Agenda {
  return readAgenda(record) ?? defaultAgenda(record);
}

function normaliseItem(o: Record<string, unknown>): AgendaItem {
  const minutes = typeof o.minutes === "number" ? o.minutes : Number(o.minutes);
  const item: AgendaItem = {
    title: typeof o.title === "string" ? o.title : "",
    presenter: typeof o.presenter === "string" ? o.presenter : "",
    minutes: Number.isFinite(minutes) && minutes > 0 ? Math.round(minutes) : 0,
  };
  if (o.closing === true) item.closing = true;
  return item;
}

// ---------------------------------------------------------------------------------------------
// Default agenda per scenario

/**
 * The default agenda of the record's scenario (跨部门项目协作 when none is chosen), in the record's
 * language, with presenters taken from the record and minutes fitted to the meeting's duration.
 */
export function defaultAgenda(record: CcrRecord, scenario: Scenario = record.scenario || "project"): Agenda {
  const lang = recordLang(record);
  const template = AGENDA_TEMPLATES[scenario];
  const duration = meetingMinutes(record);
  const minutes = fitMinutes(
    template.items.map((i) => i.minutes),
    duration,
  );
  return {
    items: template.items.map((t, i) => templateItem(t, minutes[i], record, lang)),
    materials: template.materials.map((m) => pick(m, lang)),
    opening: "",
    sentOn: "",
  };
}

function templateItem(t: AgendaItemTemplate, minutes: number, record: CcrRecord, lang: Lang): AgendaItem {
  const item: AgendaItem = { title: pick(t.title, lang), presenter: presenterFor(t.presenter, record, lang), minutes };
  if (t.closing) item.closing = true;
  return item;
}

export function presenterFor(role: PresenterRole, record: CcrRecord, lang: Lang): string {
  const fallback = pick(PRESENTER_FALLBACK[role], lang);
  switch (role) {
    case "lead":
      return record.lead.name.trim() || fallback;
    case "recorder":
      return record.recorder.trim() || fallback;
    case "external": {
      const unit = record.externalUnit.trim();
      return unit ? (lang === "en" ? `${unit} representative` : `${unit}代表`) : fallback;
    }
    default:
      return fallback;
  }
}

/**
 * Scales template minutes so that they add up to `total` (when known), keeping each item at least
 * one minute and giving the rounding remainder to the longest item.
 */
export function fitMinutes(template: readonly number[], total: number | null): number[] {
  const sum = template.reduce((a, b) => a + b, 0);
  if (total === null || total <= 0 || sum === 0 || template.length === 0) return [...template];
  if (total < template.length) return template.map((_, i) => (i < total ? 1 : 0));
  const scaled = template.map((m) => Math.max(1, Math.round((m * total) / sum)));
  let diff = total - scaled.reduce((a, b) => a + b, 0);
  while (diff !== 0) {
    const longest = scaled.indexOf(Math.max(...scaled));
    const step = diff > 0 ? 1 : -1;
    // Take from the longest item, never below one minute; add to the longest item.
    if (step < 0 && scaled[longest] <= 1) break;
    scaled[longest] += step;
    diff -= step;
  }
  return scaled;
}

// ---------------------------------------------------------------------------------------------
// Duration and the live minute difference

/** Minutes between two "HH:MM" times; null when either is missing or end is not after start. */
export function minutesBetween(start: string, end: string): number | null {
  const a = clockMinutes(start);
  const b = clockMinutes(end);
  if (a === null || b === null || b <= a) return null;
  return b - a;
}

function clockMinutes(text: string): number | null {
  const m = /^\s*(\d{1,2})[::](\d{2})\s*$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 24 && min < 60 ? h * 60 + min : null;
}

/** The meeting's duration in minutes from its start and end; null when not known. */
export function meetingMinutes(record: CcrRecord): number | null {
  return minutesBetween(record.start, record.end);
}

export function totalMinutes(agenda: Agenda): number {
  return agenda.items.reduce((sum, item) => sum + item.minutes, 0);
}

export interface MinuteBalance {
  /** Sum of the items' minutes. */
  total: number;
  /** The meeting's duration; null when start or end is missing. */
  duration: number | null;
  /** total − duration: positive when the items overrun, negative when time is left; null without a duration. */
  difference: number | null;
  message: Bilingual;
}

export function minuteBalance(record: CcrRecord, agenda: Agenda): MinuteBalance {
  const total = totalMinutes(agenda);
  const duration = meetingMinutes(record);
  if (duration === null) {
    return {
      total,
      duration,
      difference: null,
      message: {
        zh: `议程合计 ${total} 分钟；请填写会议开始和结束时间以核对时长。`,
        en: `The items add up to ${total} min; enter the meeting's start and end to check the length.`,
      },
    };
  }
  const difference = total - duration;
  const message: Bilingual =
    difference === 0
      ? { zh: `议程合计 ${total} 分钟，与会议时长一致。`, en: `The items add up to ${total} min, the meeting's length.` }
      : difference > 0
        ? {
            zh: `议程合计 ${total} 分钟，超出会议时长 ${duration} 分钟 ${difference} 分钟。`,
            en: `The items add up to ${total} min, ${difference} min more than the meeting's ${duration} min.`,
          }
        : {
            zh: `议程合计 ${total} 分钟，比会议时长 ${duration} 分钟少 ${-difference} 分钟。`,
            en: `The items add up to ${total} min, ${-difference} min less than the meeting's ${duration} min.`,
          };
  return { total, duration, difference, message };
}

// ---------------------------------------------------------------------------------------------
// Edit helpers (each returns a new agenda)

export function emptyAgendaItem(): AgendaItem {
  return { title: "", presenter: "", minutes: 5 };
}

/** Inserts an item at `index` (default: before the closing item, or at the end). */
export function addAgendaItem(agenda: Agenda, item: AgendaItem = emptyAgendaItem(), index?: number): Agenda {
  const items = [...agenda.items];
  const closingAt = items.findIndex((i) => i.closing);
  const at = clampIndex(index ?? (closingAt >= 0 ? closingAt : items.length), items.length);
  items.splice(at, 0, { ...item });
  return { ...agenda, items };
}

export function removeAgendaItem(agenda: Agenda, index: number): Agenda {
  if (index < 0 || index >= agenda.items.length) return agenda;
  return { ...agenda, items: agenda.items.filter((_, i) => i !== index) };
}

export function moveAgendaItem(agenda: Agenda, from: number, to: number): Agenda {
  if (from < 0 || from >= agenda.items.length) return agenda;
  const items = [...agenda.items];
  const [item] = items.splice(from, 1);
  items.splice(clampIndex(to, items.length), 0, item);
  return { ...agenda, items };
}

export function updateAgendaItem(agenda: Agenda, index: number, patch: Partial<AgendaItem>): Agenda {
  if (index < 0 || index >= agenda.items.length) return agenda;
  const items = agenda.items.map((item, i) => (i === index ? normaliseItem({ ...item, ...patch }) : item));
  return { ...agenda, items };
}

function clampIndex(i: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(i)));
}

/**
 * 核心讨论点 from the agenda (after the meeting): the titles of the items discussed, closing item left
 * out, each once; the record's own points stay first. Uses the agenda the record holds (the one
 * edited, sent or run), or the scenario's standard agenda when the meeting was run without editing it.
 */
export function discussionPointsFromAgenda(record: CcrRecord): string[] {
  const have = record.discussionPoints.map((p) => p.trim()).filter(Boolean);
  const titles = agendaOf(record)
    .items.filter((i) => !i.closing)
    .map((i) => i.title.trim())
    .filter((title) => title && !have.includes(title));
  return [...new Set([...record.discussionPoints.filter((p) => p.trim()), ...titles])];
}

export function hasClosingItem(agenda: Agenda): boolean {
  return agenda.items.some((i) => i.closing);
}

// ---------------------------------------------------------------------------------------------
// The opening statement

/**
 * The opening statement in the guide's words: 各位好,今天会议主要讨论“…”,预计30分钟,先请…说明…,
 * 再共同商议…。 built from the topic, duration, goal and the first items.
 */
/** Topics that read as the name of a meeting: …会, …会议, …座谈; … meeting, review, call. */
const NAME_ZH = /(会|会议|座谈|研讨|评审)$/;
const NAME_EN = /\b(meeting|review|call|workshop|sync|briefing)$/i;

export function generateOpening(record: CcrRecord, agenda: Agenda, lang: Lang = recordLang(record)): string {
  const topic = record.topic.trim() || (lang === "en" ? "this meeting's topic" : "本次会议议题");
  const duration = meetingMinutes(record) ?? (totalMinutes(agenda) || null);
  const body = agenda.items.filter((i) => !i.closing && i.title.trim());
  const [first, second] = body;
  const hasClosing = hasClosingItem(agenda);
  const goal = record.goal.trim();
  if (lang === "en") {
    let text = NAME_EN.test(topic) ? `Hello, everyone, and welcome to the ${topic}` : `Hello, everyone. Today we will mainly discuss "${topic}"`;
    if (duration) text += `, expected to take ${duration} minutes`;
    text += ".";
    if (first) text += ` First ${first.presenter.trim() || "the lead"} will present ${lowerFirst(first.title.trim())}`;
    if (second) text += `${first ? ", then we will" : " We will"} discuss ${lowerFirst(second.title.trim())} together`;
    if ((first || second) && hasClosing) text += ", and finally confirm owners, deadlines and deliverable standards";
    if (first || second) text += ".";
    if (goal) text += ` Our goal: ${goal.replace(/[。.]$/, "")}.`;
    return text;
  }
  // A topic that is the meeting's name (供应商交付周期确认会) is not quoted as a subject of discussion.
  let text = NAME_ZH.test(topic) ? `各位好，今天召开${topic}` : `各位好，今天会议主要讨论“${topic}”`;
  if (duration) text += `，预计${duration}分钟`;
  if (first) text += `，先请${first.presenter.trim() || "主导人"}说明${first.title.trim()}`;
  if (second) text += `${first ? "，再" : "，"}共同商议${second.title.trim()}`;
  if ((first || second) && hasClosing) text += "，最后明确责任人、完成时限及交付标准";
  text += "。";
  if (goal) text += `本次会议的目标是${goal.replace(/[。.]$/, "")}。`;
  return text;
}

/** The opening statement to use: the user's edited text, or the generated one. */
export function openingStatement(record: CcrRecord, agenda: Agenda, lang: Lang = recordLang(record)): string {
  return agenda.opening.trim() ? agenda.opening : generateOpening(record, agenda, lang);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Warnings shown with the agenda

export interface AgendaNotice {
  id: "minutes" | "closing" | "not-sent";
  message: Bilingual;
}

/** Channels of a complex discussion (record-template §4), which need the agenda sent in advance. */
export function needsAgendaInAdvance(record: CcrRecord): boolean {
  return record.channel === "video" || record.channel === "onsite";
}

export function agendaNotices(record: CcrRecord, agenda: Agenda): AgendaNotice[] {
  const notices: AgendaNotice[] = [];
  const balance = minuteBalance(record, agenda);
  if (balance.difference !== null && balance.difference !== 0) notices.push({ id: "minutes", message: balance.message });
  if (!hasClosingItem(agenda)) {
    notices.push({
      id: "closing",
      message: {
        zh: "议程缺少收尾议题：会议结束前应当场确认责任人、完成时限及交付标准。",
        en: "The agenda has no closing item: before the end, confirm owners, deadlines and deliverable standards.",
      },
    });
  }
  if (needsAgendaInAdvance(record) && !agenda.sentOn) {
    notices.push({
      id: "not-sent",
      message: {
        zh: "视频会议/线下会议需提前发送会议议程，预留准备时间；议程尚未发送。",
        en: "A video or in-person meeting needs its agenda sent in advance so people can prepare; it has not been sent.",
      },
    });
  }
  return notices;
}
