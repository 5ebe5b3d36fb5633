// What the confirmed minutes (会议纪要) say, worked out once from a record; the enterprise and the
// 公文 (GB/T 9704-2012 §10.3) layouts only differ in how they set it.

import { CHANNEL_LABELS, CONFIRMATION_COLUMNS, FIELD_LABELS, KIND_LABELS, OPEN_ISSUE_COLUMNS } from "../domain/record/fields";
import { pick, type Bilingual } from "../domain/record/i18n";
import { recordLang, type CcrRecord, type Lang, type Participant } from "../domain/record/record";
import { formatDate } from "../domain/calendar/deadline";
import { circulationDeadlineText } from "../domain/calendar/date-format";
import { objectionDeadline, objectionNotice } from "../domain/tracking/confirmation";
import { canConfirm, validateRecord } from "../domain/checks/validate";
import { meetingTime } from "./facts";
import { listSeparator } from "../domain/record/punctuation";

export const MINUTES_TEXT = {
  minutes: { zh: "会议纪要", en: "Minutes" },
  gongwenMinutes: { zh: "纪要", en: "Minutes" },
  draft: { zh: "征求意见稿", en: "Draft" },
  draftHeader: { zh: "征求意见稿 — 尚有未解决的错误，未经确认", en: "DRAFT — errors remain, not confirmed" },
  present: { zh: "出席", en: "Present" },
  absent: { zh: "请假", en: "Apologies" },
  attending: { zh: "列席", en: "In attendance" },
  nextStep: { zh: "下一步", en: "Next step" },
  confirmed: { zh: "已确认", en: "Confirmed" },
  letterPending: { zh: "待补充", en: "to follow" },
  letterLine: { zh: "书面函件确认：函件编号 {ref}（加盖公章扫描件）", en: "Confirmed by formal letter: reference {ref} (stamped scan)" },
  opening: {
    zh: "{date}，{lead}主持召开{topic}。现将会议主要内容纪要如下：",
    en: "On {date}, {lead} chaired the meeting “{topic}”. The main points are recorded below.",
  },
  reviewer: { zh: "审核人", en: "Reviewed by" },
  signedOn: { zh: "日期", en: "Date" },
  distribution: { zh: "分送", en: "Distribution" },
  copyTo: { zh: "抄送", en: "Copy to" },
  confirmationTitle: { zh: "参会方确认", en: "Confirmation by the parties" },
  attachments: { zh: "附件", en: "Attachment" },
  attachment: { zh: "附件{n}", en: "Attachment {n}" },
  actionsAttachment: { zh: "会议议定事项分工表", en: "Action items and owners" },
  responsesAttachment: { zh: "我方回应及承诺事项", en: "Our responses and commitments" },
  seeAttachment: {
    zh: "会议议定事项共{count}项，责任分工、完成时限及交付标准见{attachment}。",
    en: "The meeting agreed {count} action items; owners, deadlines and deliverables are listed in {attachment}.",
  },
  openingPlace: {
    zh: "{date}，{lead}在{place}主持召开{topic}。现将会议主要内容纪要如下：",
    en: "On {date}, {lead} chaired the meeting “{topic}” ({place}). The main points are recorded below.",
  },
} as const satisfies Record<string, Bilingual>;

/**
 * Headings of the 公文 纪要 (GB/T 9704 wording) for the parts of the summary; the enterprise layout
 * uses the form's field labels.
 */
export const GONGWEN_HEADINGS = {
  background: { zh: "会议背景", en: "Background" },
  discussionPoints: { zh: "讨论事项", en: "Matters discussed" },
  demands: { zh: "各方诉求", en: "Requests of the parties" },
  disputes: { zh: "主要分歧", en: "Points of difference" },
  responses: { zh: "我方回应及承诺", en: "Our responses and commitments" },
  consensus: { zh: "会议共识", en: "Points agreed" },
  openIssues: { zh: "待明确事项", en: "Matters still open" },
  actions: { zh: "议定事项及分工", en: "Action items" },
} as const satisfies Record<string, Bilingual>;

type SummaryKey = keyof typeof GONGWEN_HEADINGS;

/** One part of the summary: a text or a list, under its field label. */
export interface MinutesPart {
  key: SummaryKey | "resultFeedback" | "lessons";
  label: string;
  /** Paragraph texts; lists are numbered by the layout. */
  items: string[];
  numbered: boolean;
}

export interface MinutesContent {
  lang: Lang;
  /** True when the record has error findings: the export is a draft, not confirmed minutes. */
  draft: boolean;
  topic: string;
  /** The title with the draft marking. */
  title: string;
  /** The 公文 纪要标志: "<topic>纪要", with the draft marking. */
  gongwenTitle: string;
  dateLine: string;
  opening: string;
  facts: [string, string][];
  summary: MinutesPart[];
  openIssues: MinutesPart | null;
  followUp: [string, string][];
  /** The 函件编号 line of an external meeting; null for internal ones. */
  letterLine: string | null;
  notice: string;
  confirmationHeader: string[];
  confirmationRows: string[][];
  attendance: { present: string[]; absent: string[]; attending: string[] };
  feedback: MinutesPart[];
  /** The closing block: 记录人 / 审核人 (the lead) / 日期 (sent on, else the meeting date). */
  signOff: [string, string][];
  /** 分送: the departments and units that took part; 抄送: the action items' cc not among them. */
  distribution: string[];
  copyTo: string[];
}

/** A template's {name} slots filled. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));
}

/** "…见附件。" / "…见附件1。": the sentence that stands for an action table moved to attachment `n` (null: the only one). */
export function seeAttachmentText(count: number, n: number | null, lang: Lang): string {
  const attachment = n === null ? (lang === "en" ? "the attachment" : "附件") : fillText(pick(MINUTES_TEXT.attachment, lang), { n });
  return fillText(pick(MINUTES_TEXT.seeAttachment, lang), { count, attachment });
}

/** How the participant attended (an optional participant key the meeting capture may set). */
export function attendanceOf(p: Participant): "present" | "absent" | "attending" {
  const a = p.attendance;
  return a === "absent" || a === "leave" ? "absent" : a === "attending" || a === "observer" ? "attending" : "present";
}

function participantText(p: Participant, lang: Lang): string {
  const where = p.side === "external" ? [p.unit, p.title] : [p.dept, p.title];
  const extra = where.filter((s): s is string => typeof s === "string" && s.trim() !== "").join(lang === "en" ? ", " : " ");
  return extra ? (lang === "en" ? `${p.name} (${extra})` : `${p.name}（${extra}）`) : p.name;
}

export function minutesContent(record: CcrRecord): MinutesContent {
  const lang = recordLang(record);
  const t = (b: Bilingual) => pick(b, lang);
  const list = listSeparator(lang);
  const draft = !canConfirm(validateRecord(record));
  const draftMark = draft ? (lang === "en" ? ` (${t(MINUTES_TEXT.draft)})` : `（${t(MINUTES_TEXT.draft)}）`) : "";
  const topic = record.topic.trim();
  // One title rule: a topic that names the meeting (…协调会) takes 纪要, any other topic 会议纪要.
  const zhTitle = /会议?$/.test(topic) ? `${topic}${t(MINUTES_TEXT.gongwenMinutes)}` : `${topic}${t(MINUTES_TEXT.minutes)}`;
  const title = (lang === "en" ? `${t(MINUTES_TEXT.minutes)}: ${topic}` : zhTitle) + draftMark;
  const gongwenTitle = (lang === "en" ? `${t(MINUTES_TEXT.gongwenMinutes)}: ${topic}` : `${topic}${t(MINUTES_TEXT.gongwenMinutes)}`) + draftMark;

  const lead = [record.lead.name, record.lead.dept, record.lead.staffNo, record.lead.contact].filter((s) => s.trim());
  const place = [record.place, record.channel ? t(CHANNEL_LABELS[record.channel]) : ""].filter((s) => s.trim()).join(lang === "en" ? ", " : " / ");
  const kind = record.kind ? t(KIND_LABELS[record.kind]) : "";
  const facts: [string, string][] = [
    [t(FIELD_LABELS.topic), topic],
    [t(FIELD_LABELS.goal), record.goal],
    [t(FIELD_LABELS.time), meetingTime(record)],
    [t(FIELD_LABELS.place), place],
    [t(FIELD_LABELS.kind), record.kind === "external" && record.externalUnit ? (lang === "en" ? `${kind} (${record.externalUnit})` : `${kind}（${record.externalUnit}）`) : kind],
    [t(FIELD_LABELS.lead), lead.join(lang === "en" ? ", " : " ")],
    [t(FIELD_LABELS.participants), record.participants.map((p) => participantText(p, lang)).join(list)],
    [t(FIELD_LABELS.recorder), record.recorder],
  ];

  const part = (key: MinutesPart["key"], items: string[], numbered = true): MinutesPart => ({
    key,
    label: t(FIELD_LABELS[key]),
    items: items.filter((s) => s.trim() !== ""),
    numbered,
  });
  const summary = [
    part("background", [record.background], false),
    part("discussionPoints", record.discussionPoints),
    part("demands", record.demands),
    part("disputes", record.disputes),
    part("responses", record.responses),
    part("consensus", record.consensus),
  ].filter((p) => p.items.length > 0);
  const issues = record.openIssues.filter((o) => o.text.trim() || o.nextStep.trim());
  const openIssues = issues.length
    ? part(
        "openIssues",
        issues.map((o) => (o.nextStep.trim() ? `${o.text}${lang === "en" ? `. ${t(OPEN_ISSUE_COLUMNS.nextStep)}: ` : `。${t(OPEN_ISSUE_COLUMNS.nextStep)}：`}${o.nextStep}` : o.text)),
      )
    : null;

  const objection = objectionDeadline(record);
  const followUp: [string, string][] = [
    [t(FIELD_LABELS.circulateBy), circulationDeadlineText(record.date, lang)],
    [t(FIELD_LABELS.sentOn), formatDate(record.sentOn, lang)],
    [t(FIELD_LABELS.objectionBy), objection ? formatDate(objection, lang) : ""],
    [t(FIELD_LABELS.attachments), record.attachments.join(list)],
  ];
  const external = record.kind === "external";
  const letterLine = external
    ? fillText(t(MINUTES_TEXT.letterLine), { ref: record.formalLetter.ref.trim() || t(MINUTES_TEXT.letterPending) })
    : null;

  const names = [...record.participants.map((p) => p.name)];
  for (const c of record.confirmations) if (c.name.trim() && !names.includes(c.name)) names.push(c.name);
  const confirmationRows = names
    .filter((n) => n.trim())
    .map((name) => {
      const c = record.confirmations.find((x) => x.name === name);
      return [name, c?.confirmed ? t(MINUTES_TEXT.confirmed) : "", c ? formatDate(c.date, lang) : "", c?.remark ?? ""];
    });

  const leadName = record.lead.name.trim();
  const present = [leadName ? participantText({ ...record.lead, side: "internal", title: "" }, lang) : "", ...record.participants.filter((p) => attendanceOf(p) === "present").map((p) => participantText(p, lang))].filter(Boolean);

  const units: string[] = [];
  for (const p of [{ side: "internal" as const, dept: record.lead.dept }, ...record.participants]) {
    const unit = (p.side === "external" ? p.unit : p.dept)?.trim();
    if (unit && !units.includes(unit)) units.push(unit);
  }
  const people = new Set([leadName, ...record.participants.map((p) => p.name.trim())]);
  const copyTo: string[] = [];
  for (const cc of record.actions.flatMap((a) => a.cc).map((s) => s.trim())) {
    if (cc && !people.has(cc) && !units.includes(cc) && !copyTo.includes(cc)) copyTo.push(cc);
  }
  const signOff: [string, string][] = [
    [t(FIELD_LABELS.recorder), record.recorder.trim()],
    [t(MINUTES_TEXT.reviewer), leadName],
    [t(MINUTES_TEXT.signedOn), formatDate(record.sentOn.trim() || record.date, lang)],
  ];

  const openingValues = { date: formatDate(record.date, lang), lead: leadName, topic, place: record.place.trim() };
  return {
    lang,
    draft,
    topic,
    title,
    gongwenTitle,
    dateLine: formatDate(record.date, lang),
    opening: fillText(t(openingValues.place ? MINUTES_TEXT.openingPlace : MINUTES_TEXT.opening), openingValues),
    facts: facts.filter(([, v]) => v.trim() !== ""),
    summary,
    openIssues,
    followUp: followUp.filter(([, v]) => v.trim() !== ""),
    letterLine,
    notice: objectionNotice(record, lang),
    confirmationHeader: [CONFIRMATION_COLUMNS.name, CONFIRMATION_COLUMNS.confirmed, CONFIRMATION_COLUMNS.date, CONFIRMATION_COLUMNS.remark].map(t),
    confirmationRows,
    attendance: {
      present,
      absent: record.participants.filter((p) => attendanceOf(p) === "absent").map((p) => participantText(p, lang)),
      attending: record.participants.filter((p) => attendanceOf(p) === "attending").map((p) => participantText(p, lang)),
    },
    feedback: [part("resultFeedback", [record.resultFeedback], false), part("lessons", [record.lessons], false)].filter((p) => p.items.length > 0),
    signOff,
    distribution: units,
    copyTo,
  };
}
