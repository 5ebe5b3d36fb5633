// What every agenda output says, worked out once: the meeting facts (time, place, channel, lead,
// participants, goal), the item rows, and the agenda as a plain-text notice for 企业微信/钉钉 or
// e-mail. The .docx, the .ics description and the Word section take their words from here.

import { meetingMinutes, openingStatement, type Agenda } from "./agenda";
import { formatMeetingTime } from "../calendar/date-format";
import { CHANNEL_LABELS, FIELD_LABELS } from "../record/fields";
import { pick, type Bilingual } from "../record/i18n";
import { frameMessage, type MessageStyle } from "../record/messages";
import { recordLang, type CcrRecord, type Lang, type Participant } from "../record/record";
import { labelColon, listSeparator } from "../record/punctuation";

export const AGENDA_TEXTS = {
  title: { zh: "会议议程", en: "Agenda" },
  notice: { zh: "会议通知", en: "Meeting notice" },
  items: { zh: "议程安排", en: "Agenda items" },
  materials: { zh: "会前阅读材料", en: "Please read beforehand" },
  opening: { zh: "开场说明", en: "Opening statement" },
  no: { zh: "序号", en: "No." },
  item: { zh: "议题", en: "Item" },
  presenter: { zh: "汇报人", en: "Presenter" },
  minutes: { zh: "时长", en: "Length" },
  total: { zh: "合计", en: "Total" },
} as const satisfies Record<string, Bilingual>;

/** 30分钟 / 30 min. */
export function minutesText(minutes: number, lang: Lang): string {
  return lang === "en" ? `${minutes} min` : `${minutes}分钟`;
}

/** 2026年6月8日 14:00–14:30(30分钟) / 8 June 2026, 14:00–14:30 (30 min). */
export function meetingWhen(record: CcrRecord, lang: Lang): string {
  const duration = meetingMinutes(record);
  const length = duration ? (lang === "en" ? ` (${minutesText(duration, lang)})` : `（${minutesText(duration, lang)}）`) : "";
  return formatMeetingTime(record.date, record.start, record.end, lang) + length;
}

/** 李娜(生产部) / 王强(某供应商 销售经理). */
export function participantText(p: Participant, lang: Lang): string {
  const where = (p.side === "external" ? [p.unit, p.title] : [p.dept, p.title]).map((s) => (s ?? "").trim()).filter(Boolean).join(" ");
  if (!where) return p.name.trim();
  return lang === "en" ? `${p.name.trim()} (${where})` : `${p.name.trim()}（${where}）`;
}

/** The meeting facts of the agenda as label/value pairs, empty values left out. */
export function agendaFacts(record: CcrRecord, lang: Lang = recordLang(record)): [string, string][] {
  const list = listSeparator(lang);
  const lead = record.lead.name.trim()
    ? participantText({ name: record.lead.name, side: "internal", dept: record.lead.dept }, lang)
    : "";
  const rows: [string, string][] = [
    [pick(FIELD_LABELS.topic, lang), record.topic.trim()],
    [pick(FIELD_LABELS.time, lang), meetingWhen(record, lang)],
    [pick(FIELD_LABELS.place, lang), record.place.trim()],
    [pick(FIELD_LABELS.channel, lang), record.channel ? pick(CHANNEL_LABELS[record.channel], lang) : ""],
    [pick(FIELD_LABELS.lead, lang), lead],
    [pick(FIELD_LABELS.participants, lang), record.participants.filter((p) => p.name.trim()).map((p) => participantText(p, lang)).join(list)],
    [pick(FIELD_LABELS.goal, lang), record.goal.trim()],
  ];
  return rows.filter(([, v]) => v !== "");
}

/** The item rows: 序号, 议题, 汇报人, 时长. */
export function agendaRows(agenda: Agenda, lang: Lang): [string, string, string, string][] {
  return agenda.items.map((item, i) => [String(i + 1), item.title, item.presenter, minutesText(item.minutes, lang)]);
}

/** One line per item: 1. 项目当前进展及存在问题（张伟，8分钟）. */
export function agendaItemLines(agenda: Agenda, lang: Lang): string[] {
  return agenda.items.map((item, i) => {
    const who = [item.presenter.trim(), minutesText(item.minutes, lang)].filter(Boolean);
    return lang === "en" ? `${i + 1}. ${item.title} (${who.join(", ")})` : `${i + 1}. ${item.title}（${who.join("，")}）`;
  });
}

/** The agenda as plain text, ready to paste into 企业微信/钉钉 (im) or an e-mail. */
export function agendaText(
  record: CcrRecord,
  agenda: Agenda,
  options: { style?: MessageStyle; lang?: Lang; date?: string } = {},
): string {
  const lang = options.lang ?? recordLang(record);
  const sep = labelColon(lang);
  const topic = record.topic.trim();
  const body = [
    ...agendaFacts(record, lang)
      .filter(([label]) => label !== pick(FIELD_LABELS.topic, lang))
      .map(([label, value]) => `${label}${sep}${value}`),
    "",
    `${pick(AGENDA_TEXTS.items, lang)}${sep.trim()}`,
    ...agendaItemLines(agenda, lang),
  ];
  const materials = agenda.materials.filter((m) => m.trim());
  if (materials.length > 0) body.push("", `${pick(AGENDA_TEXTS.materials, lang)}${sep.trim()}`, ...materials.map((m) => `· ${m}`));
  body.push("", `${pick(AGENDA_TEXTS.opening, lang)}${sep}${openingStatement(record, agenda, lang)}`);
  const en = lang === "en";
  return frameMessage(
    {
      title: en ? `[${AGENDA_TEXTS.notice.en}] ${topic}` : `【${AGENDA_TEXTS.notice.zh}】${topic}`,
      imGreeting: en ? "Hello everyone, " : "各位好，",
      emailGreeting: en ? "Dear colleagues," : "各位同事，您好：",
      intro: en ? "here is the agenda of the meeting below; please prepare in advance." : "现将会议议程发送如下，请提前阅读材料、做好准备。",
      body,
      ask: en ? "Please confirm that you will attend." : "请确认能否准时参会，谢谢！",
      signer: record.lead.name.trim(),
      date: options.date ?? "",
    },
    options.style ?? "im",
    lang,
  );
}
