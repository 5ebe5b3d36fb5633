// Read-back (复述确认, guide 二(二)): for each new commitment or action item a sentence to read
// back to the room, built from its fields in the guide's style — 您的意思是,需要我们在本周五
// (6月12日)前提供物料需求清单,对吗? — with relative dates resolved to the calendar date from the
// meeting date (by domain/calendar/deadline), so that everyone hears the same day. Marking it 已复述确认 is
// recorded on the item: `readBackOn` on the action, or on the capture of a commitment.

import { weekdayOf, type IsoDate } from "../calendar/calendar";
import { formatDate, formatMonthDay, resolveDeadline, type DeadlineResolution } from "../calendar/deadline";
import type { Bilingual } from "../record/i18n";
import type { ActionItem, CcrRecord } from "../record/record";
import { addressFor } from "./etiquette";
import { readMeeting, withMeeting, type Capture } from "./state";

export const READ_BACK_KEY = "readBackOn";

const WEEKDAY_ZH = ["", "周一", "周二", "周三", "周四", "周五", "周六", "周日"];
const WEEKDAY_EN = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export interface ReadBack {
  text: Bilingual;
  /** Owner, a resolved deadline and the task are all there: the sentence names who, what and when. */
  complete: boolean;
  /** The deadline as resolved against the meeting date. */
  deadline: DeadlineResolution;
}

/** The read-back sentence of an action item. */
export function actionReadBack(record: CcrRecord, action: ActionItem): ReadBack {
  const deadline = resolveDeadline(action.deadline, record.date);
  const task = action.task.trim();
  const owner = action.owner.trim();
  const who = ownerWords(record, owner);
  const deliverable = action.deliverable.trim();
  const dZh = deliverable ? `，交付标准：${deliverable}` : "";
  const dEn = deliverable ? `, deliverable: ${deliverable}` : "";
  let zh: string;
  let en: string;
  if (deadline.kind === "resolved") {
    zh = `您的意思是，需要${who.zh}${whenZh(deadline, record.date)}${task}${who.byZh}${dZh}，对吗？`;
    en = `Just to confirm: ${who.en} ${task} ${whenEn(deadline, record.date)}${who.byEn}${dEn}, is that right?`;
  } else {
    zh = `您的意思是，需要${who.zh}${task}${who.byZh}${dZh}——请问具体在哪一天前完成？`;
    en = `Just to confirm: ${who.en} ${task}${who.byEn}${dEn} — by which date exactly?`;
  }
  return { text: { zh, en }, complete: owner !== "" && task !== "" && deadline.kind === "resolved", deadline };
}

/**
 * The read-back sentence of a commitment (我方回应/承诺). A date named in it (本周五, 3个工作日内…)
 * is given as the calendar date.
 */
export function commitmentReadBack(record: CcrRecord, text: string): ReadBack {
  const deadline = resolveDeadline(text, record.date);
  const core = text.trim().replace(/^(我方|我们)(承诺|将|会)?/, "").replace(/[。.,,;;]+$/, "");
  const dayZh = deadline.kind === "resolved" && (deadline.relative || deadline.yearInferred) ? `，也就是${dayWithWeekdayZh(deadline, record.date)}` : "";
  const dayEn = deadline.kind === "resolved" && (deadline.relative || deadline.yearInferred) ? ` (that is ${dayWithWeekdayEn(deadline, record.date)})` : "";
  return {
    text: {
      zh: `我们确认一下：我方承诺${core}${dayZh}，对吗？`,
      en: `To confirm: we commit to ${core}${dayEn}, is that right?`,
    },
    complete: core !== "",
    deadline,
  };
}

/** The read-back of a capture: actions and commitments have one, other captures none (null). */
export function captureReadBack(record: CcrRecord, capture: Capture, index: number): ReadBack | null {
  if (capture.type === "action" && record.actions[index]) return actionReadBack(record, record.actions[index]);
  if (capture.type === "response" && typeof record.responses[index] === "string") return commitmentReadBack(record, record.responses[index]);
  return null;
}

/** 已复述确认 on action `index`: `readBackOn` (ISO date) is set on the action. */
export function markActionReadBack(record: CcrRecord, index: number, on: IsoDate): CcrRecord {
  if (!record.actions[index]) return record;
  return { ...record, actions: record.actions.map((a, i) => (i === index ? { ...a, [READ_BACK_KEY]: on } : a)) };
}

export function actionReadBackOn(action: ActionItem): string {
  const v = action[READ_BACK_KEY];
  return typeof v === "string" ? v : "";
}

/** 已复述确认 on a capture that is not an action (a commitment): recorded on the capture in the meeting state. */
export function markCaptureReadBack(record: CcrRecord, capture: Capture, on: IsoDate): CcrRecord {
  const meeting = readMeeting(record);
  const captures = meeting.captures.map((c) => (sameCapture(c, capture) ? { ...c, readBackOn: on } : c));
  return withMeeting(record, { ...meeting, captures });
}

function sameCapture(a: Capture, b: Capture): boolean {
  return a.type === b.type && a.ref === b.ref && a.at === b.at && a.text === b.text;
}

// ---------------------------------------------------------------------------------------------

interface OwnerWords {
  zh: string;
  en: string;
  /** ",由王经理负责" when the subject is a side rather than the person. */
  byZh: string;
  byEn: string;
}

/**
 * Who does it, as said to the room. In an external meeting an owner on our side is 我们 and one on
 * theirs 贵方, each followed by who is responsible (their people by their habitual form of address).
 */
function ownerWords(record: CcrRecord, owner: string): OwnerWords {
  if (!owner) return { zh: "我们", en: "you need us to", byZh: "", byEn: "" };
  if (record.kind !== "external") return { zh: owner, en: `${owner} will`, byZh: "", byEn: "" };
  const theirs = record.participants.find((p) => p.side === "external" && p.name.trim() === owner);
  if (theirs) {
    const address = addressFor(theirs);
    return { zh: "贵方", en: "your side will", byZh: `，由${address}负责`, byEn: `, with ${address} responsible` };
  }
  return { zh: "我们", en: "you need us to", byZh: `，由${owner}负责`, byEn: `, with ${owner} responsible` };
}

/** 在本周五(6月12日)前 / 在3个工作日内(6月11日前) / 在6月12日(周五)17:00前. */
function whenZh(r: Extract<DeadlineResolution, { kind: "resolved" }>, meetingDate: string): string {
  const time = r.time ?? "";
  const day = dayZh(r.date, meetingDate);
  if (!r.relative) return `在${day}（${WEEKDAY_ZH[weekdayOf(r.date)]}）${time}前`;
  const core = r.text.trim().replace(/\s*(之前|以前|前)$/, "");
  if (/(内|之内|以内)$/.test(core)) return `在${core}（${day}${time}前）`;
  return `在${core}（${day}${time ? ` ${time}` : ""}）前`;
}

function whenEn(r: Extract<DeadlineResolution, { kind: "resolved" }>, meetingDate: string): string {
  return `by ${dayWithWeekdayEn(r, meetingDate)}${r.time ? `, ${r.time}` : ""}`;
}

function dayWithWeekdayZh(r: { date: IsoDate }, meetingDate: string): string {
  return `${dayZh(r.date, meetingDate)}（${WEEKDAY_ZH[weekdayOf(r.date)]}）`;
}

function dayWithWeekdayEn(r: { date: IsoDate }, meetingDate: string): string {
  return `${WEEKDAY_EN[weekdayOf(r.date)]}, ${sameYear(r.date, meetingDate) ? formatMonthDay(r.date, "en") : formatDate(r.date, "en")}`;
}

/** 6月12日 in the meeting's year, 2027年1月5日 otherwise. */
function dayZh(date: IsoDate, meetingDate: string): string {
  return sameYear(date, meetingDate) ? formatMonthDay(date, "zh") : formatDate(date, "zh");
}

function sameYear(a: string, b: string): boolean {
  return a.slice(0, 4) === b.slice(0, 4);
}
