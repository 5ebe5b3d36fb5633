// Ready-to-send texts of 沟通后: reminders (对逾期未完成的及时提醒) for one owner or for every
// overdue item, in 企业微信/钉钉 or e-mail style; the weekly progress report (每周更新进度); and the
// prompts for 结果反馈 and 经验总结 once every item is done.

import type { IsoDate } from "../calendar/calendar";
import { formatDate, formatResolvedDeadline } from "../calendar/deadline";
import { FIELD_LABELS } from "../record/fields";
import { pick, type Bilingual } from "../record/i18n";
import { frameMessage, type MessageParts, type MessageStyle } from "../record/messages";
import { isMajorOrComplex } from "../meeting/preparation";
import { recordLang, type ActionItem, type CcrRecord, type Lang } from "../record/record";
import {
  allActionsDone,
  datedNoteText,
  daysLeftText,
  filterActions,
  latestNote,
  openActions,
  sortForAttention,
  stateLabel,
  trackActions,
  type DayUnit,
  type TrackedAction,
} from "./tracking";
import { listSeparator } from "../record/punctuation";


export interface MessageOptions {
  today: IsoDate;
  style?: MessageStyle;
  lang?: Lang;
  unit?: DayUnit;
}

const CC_RULE: Bilingual = { zh: "跨部门事项抄送双方部门负责人", en: "cross-department items are copied to both department heads" };

/** An item crosses departments when its department differs from the lead's, or it is already copied. */
export function crossesDepartments(action: ActionItem, record: CcrRecord): boolean {
  const own = action.ownerDept.trim();
  const lead = record.lead.dept.trim();
  return action.cc.some((c) => c.trim()) || (own !== "" && lead !== "" && own !== lead);
}

function itemLines(t: TrackedAction, n: number, record: CcrRecord, lang: Lang): string[] {
  const a = t.action;
  const deadline = t.due ? formatResolvedDeadline({ date: t.due, time: t.dueTime ?? undefined }, lang) : a.deadline.trim() || "—";
  const left = daysLeftText(t, lang);
  const lines =
    lang === "en"
      ? [`${n}. ${a.task}`, `   Deadline: ${deadline} (${left})`, `   Deliverable: ${a.deliverable.trim() || "—"}`]
      : [`${n}. ${a.task}`, `   完成时限：${deadline}（${left}）`, `   交付标准：${a.deliverable.trim() || "—"}`];
  if (crossesDepartments(a, record)) {
    const cc = a.cc.filter((c) => c.trim()).join(listSeparator(lang));
    const missing = lang === "en" ? "to be added" : "待补充";
    lines.push(lang === "en" ? `   Cc: ${cc || missing} (${CC_RULE.en})` : `   抄送：${cc || missing}（${CC_RULE.zh}）`);
  }
  const note = latestNote(a);
  if (note) {
    const dated = datedNoteText(note, lang);
    lines.push(lang === "en" ? `   Latest update: ${dated}` : `   最新进展：${dated}`);
  }
  return lines;
}

function meetingRef(record: CcrRecord, lang: Lang): string {
  const topic = record.topic.trim() || pick(FIELD_LABELS.topic, lang);
  const date = record.date ? formatDate(record.date, lang) : "";
  return lang === "en" ? `"${topic}"${date ? ` (${date})` : ""}` : `${date ? date : ""}“${topic}”`;
}


/** A reminder to one owner listing their open items, deadlines and deliverable standards. Null when they have none. */
export function ownerReminder(record: CcrRecord, owner: string, options: MessageOptions): string | null {
  const lang = options.lang ?? recordLang(record);
  const items = sortForAttention(filterActions(openActions(record, options), { owner }));
  if (items.length === 0) return null;
  const name = items[0].action.owner.trim();
  const overdue = items.some((t) => t.state === "overdue");
  const topic = record.topic.trim();
  const common = { body: items.flatMap((t, i) => itemLines(t, i + 1, record, lang)), signer: record.lead.name.trim(), date: options.today };
  const parts: MessageParts =
    lang === "en"
      ? {
          ...common,
          title: `[Action items] ${topic} — ${name}`,
          imGreeting: `@${name} Hello, `,
          emailGreeting: `Dear ${name},`,
          intro: `the following action items from ${meetingRef(record, lang)} are ${overdue ? "overdue or " : ""}still open:`,
          ask: overdue
            ? "Please reply today with your progress and the date you expect to finish; tell us if you need help."
            : "Please keep to the deadlines and update your progress weekly; tell us if you need help.",
        }
      : {
          ...common,
          title: `【待办提醒】${topic} — ${name}`,
          imGreeting: `@${name} 您好，`,
          emailGreeting: `${name}，您好：`,
          intro: `${meetingRef(record, lang)}会议确定的以下待办事项${overdue ? "已逾期或" : ""}尚未完成：`,
          ask: overdue
            ? "请于今日内反馈当前进展及预计完成日期；如遇困难或需协调资源，请及时说明。谢谢！"
            : "请按时限完成，并每周更新进度；如遇困难或需协调资源，请及时反馈。谢谢！",
        };
  return frameMessage(parts, options.style ?? "im", lang);
}

/** A reminder listing every overdue item of the record, grouped by owner. Null when none is overdue. */
export function overdueReminder(record: CcrRecord, options: MessageOptions): string | null {
  const lang = options.lang ?? recordLang(record);
  const overdue = sortForAttention(trackActions(record, options).filter((t) => t.state === "overdue"));
  if (overdue.length === 0) return null;
  const owners = [...new Set(overdue.map((t) => t.action.owner.trim() || "—"))];
  const body: string[] = [];
  let n = 0;
  for (const owner of owners) {
    body.push(lang === "en" ? `${owner}:` : `${owner}：`);
    for (const t of overdue.filter((x) => (x.action.owner.trim() || "—") === owner)) body.push(...itemLines(t, ++n, record, lang));
  }
  const mentions = owners.filter((o) => o !== "—").map((o) => `@${o} `).join("");
  const topic = record.topic.trim();
  const common = { body, signer: record.lead.name.trim(), date: options.today, imGreeting: mentions };
  const parts: MessageParts =
    lang === "en"
      ? {
          ...common,
          title: `[Overdue action items] ${topic}`,
          emailGreeting: "Dear colleagues,",
          intro: `${overdue.length} action item(s) from ${meetingRef(record, lang)} are overdue:`,
          ask: "Owners, please reply today with your progress and the date you expect to finish.",
        }
      : {
          ...common,
          title: `【逾期提醒】${topic}`,
          emailGreeting: "各位同事，您好：",
          intro: `${meetingRef(record, lang)}会议确定的以下 ${overdue.length} 项待办事项已逾期：`,
          ask: "请各负责人于今日内反馈当前进展及预计完成日期。谢谢！",
        };
  return frameMessage(parts, options.style ?? "im", lang);
}

// ---------------------------------------------------------------------------------------------
// Weekly progress report

export interface WeeklySection {
  key: "done" | "doing" | "overdue" | "todo";
  title: string;
  items: TrackedAction[];
}

/** The items of the record in the report's sections: 已完成, 进行中, 已逾期, 未开始. */
export function weeklySections(record: CcrRecord, options: MessageOptions): WeeklySection[] {
  const lang = options.lang ?? recordLang(record);
  const tracked = sortForAttention(trackActions(record, options));
  return (["done", "doing", "overdue", "todo"] as const).map((key) => ({
    key,
    title: stateLabel(key, lang),
    items: tracked.filter((t) => t.state === key),
  }));
}

export function weeklyReport(record: CcrRecord, options: MessageOptions): string {
  const lang = options.lang ?? recordLang(record);
  const sections = weeklySections(record, options);
  const counts = sections.map((s) => `${s.title} ${s.items.length}`).join(listSeparator(lang));
  const lines =
    lang === "en"
      ? [`Weekly progress report: ${record.topic.trim()}`, `As of ${formatDate(options.today, lang)}. ${record.actions.length} action item(s): ${counts}.`]
      : [`【周进度报告】${record.topic.trim()}`, `截至${formatDate(options.today, lang)}，共 ${record.actions.length} 项待办：${counts}。`];
  for (const section of sections) {
    if (section.items.length === 0) continue;
    lines.push("", lang === "en" ? `${section.title} (${section.items.length})` : `${section.title}（${section.items.length} 项）`);
    section.items.forEach((t, i) => {
      const a = t.action;
      const who = [a.owner.trim(), a.ownerDept.trim()].filter(Boolean).join(" / ");
      const deadline = t.due ? formatDate(t.due, lang) : a.deadline.trim() || "—";
      const note = latestNote(a);
      const noteText = note ? datedNoteText(note, lang) : lang === "en" ? "no update yet" : "暂无进展更新";
      lines.push(
        lang === "en"
          ? `${i + 1}. ${a.task} — ${who || "—"}, due ${deadline} (${daysLeftText(t, lang)}); latest: ${noteText}`
          : `${i + 1}. ${a.task}——${who || "—"}，完成时限 ${deadline}（${daysLeftText(t, lang)}）；最新进展：${noteText}`,
      );
    });
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------
// 结果反馈 and 经验总结

export const RESULT_FEEDBACK_TEMPLATE: Bilingual = {
  zh: "问题已解决，最终方案为……，感谢各部门配合。",
  en: "The issue is resolved; the final solution is …. Thank you all for your cooperation.",
};

export const LESSONS_TEMPLATE: Bilingual = {
  zh: "做得好的：……\n做得不足的：……\n下次改进：……\n（例：本次提前预判客户成本关注点，准备充分，沟通效率提升）",
  en: "What worked: …\nWhat did not: …\nWhat to change next time: …\n(e.g. anticipating the client's cost concerns made the meeting efficient)",
};

export interface FeedbackPrompt {
  field: "resultFeedback" | "lessons";
  message: Bilingual;
  template: Bilingual;
}

/**
 * What the pane asks for once every action item is done: the result feedback, and for records
 * marked major or complex the lessons learned. Fields already filled are not asked again.
 */
export function feedbackPrompts(record: CcrRecord): FeedbackPrompt[] {
  if (!allActionsDone(record)) return [];
  const prompts: FeedbackPrompt[] = [];
  if (!record.resultFeedback.trim()) {
    prompts.push({
      field: "resultFeedback",
      message: {
        zh: "所有待办事项均已完成，请及时向相关方反馈结果。",
        en: "Every action item is done: tell everyone involved the result.",
      },
      template: RESULT_FEEDBACK_TEMPLATE,
    });
  }
  if (isMajorOrComplex(record) && !record.lessons.trim()) {
    prompts.push({
      field: "lessons",
      message: {
        zh: "本次为重大或复杂沟通，建议组织复盘，总结经验教训。",
        en: "This was a major or complex case: hold a short retrospective and note the lessons.",
      },
      template: LESSONS_TEMPLATE,
    });
  }
  return prompts;
}
