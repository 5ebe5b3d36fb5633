// Reading the composite values of a hand-filled form: the lead (姓名/工号/联系方式), participants
// (内部:…;外部:…), open issues with their next step, confirmations, the formal letter, the enumerations.

import { CHANNEL_LABELS, GOAL_TYPE_LABELS, KIND_LABELS, SCENARIO_LABELS, STATUS_LABELS } from "../record/fields";
import type { Bilingual } from "../record/i18n";
import type { ActionStatus, Channel, Confirmation, GoalType, Lead, MeetingKind, OpenIssue, Participant, Scenario, Side } from "../record/record";
import { matchFieldLabel, normaliseLabel, splitSublabels, trimSeparators } from "./labels";
import { LEAD_PARTS, NEXT_STEP_RE, PART_SEPARATOR_RE, SIDE_MARK_RE, readLabelledLines } from "./cell-text";
import { findDate, parseChoice, splitOutsideBrackets, type ChoiceOption, type ChoiceResult } from "./values";

function words(labels: Bilingual, ...more: string[]): string[] {
  return [labels.zh, labels.en, ...more];
}

export const KIND_OPTIONS: ChoiceOption<MeetingKind>[] = [
  { value: "internal", words: words(KIND_LABELS.internal, "内部", "internal meeting") },
  { value: "external", words: words(KIND_LABELS.external, "外部", "external meeting") },
];

export const SIDE_OPTIONS: ChoiceOption<Side>[] = [
  { value: "internal", words: ["内部", "内部人员", "internal", "我方"] },
  { value: "external", words: ["外部", "外部人员", "external", "对方", "外单位"] },
];

export const CHANNEL_OPTIONS: ChoiceOption<Channel>[] = [
  { value: "email", words: words(CHANNEL_LABELS.email, "电子邮件", "email", "mail") },
  { value: "im", words: words(CHANNEL_LABELS.im, "企业微信", "微信", "即时通讯工具", "instant message", "im") },
  { value: "video", words: words(CHANNEL_LABELS.video, "腾讯会议", "钉钉会议", "飞书会议", "线上会议", "视频", "zoom", "teams", "video") },
  { value: "onsite", words: words(CHANNEL_LABELS.onsite, "现场会议", "线下", "现场", "面谈", "in person", "onsite", "on site") },
  { value: "letter", words: words(CHANNEL_LABELS.letter, "函件", "公函", "letter") },
];

export const GOAL_TYPE_OPTIONS: ChoiceOption<GoalType>[] = [
  { value: "sync", words: words(GOAL_TYPE_LABELS.sync, "sync") },
  { value: "solve", words: words(GOAL_TYPE_LABELS.solve, "problem solving", "solve") },
  { value: "resource", words: words(GOAL_TYPE_LABELS.resource, "resource") },
  { value: "decision", words: words(GOAL_TYPE_LABELS.decision, "decision") },
];

export const SCENARIO_OPTIONS: ChoiceOption<Scenario>[] = [
  { value: "project", words: words(SCENARIO_LABELS.project, "项目协作", "跨部门协作") },
  { value: "external", words: words(SCENARIO_LABELS.external, "外部对接", "外部单位沟通") },
  { value: "resource", words: words(SCENARIO_LABELS.resource, "资源协调") },
  { value: "conflict", words: words(SCENARIO_LABELS.conflict, "冲突处理") },
  { value: "progress", words: words(SCENARIO_LABELS.progress, "进度同步", "进度反馈") },
];

const STATUS_OPTIONS: ChoiceOption<ActionStatus>[] = [
  { value: "todo", words: words(STATUS_LABELS.todo, "待开始", "未启动", "todo", "to do", "open") },
  { value: "doing", words: words(STATUS_LABELS.doing, "处理中", "推进中", "跟进中", "执行中", "doing", "ongoing") },
  { value: "done", words: words(STATUS_LABELS.done, "完成", "已关闭", "已办结", "completed", "closed") },
];

/** 状态 as typed; 已逾期 and 未完成 do not say which status, so they give none. */
export function parseStatus(text: string): ChoiceResult<ActionStatus> {
  if (/已逾期|逾期|未完成|overdue|not done/i.test(text)) return { kind: "none" };
  return parseChoice(text, STATUS_OPTIONS);
}

// ---------------------------------------------------------------------------------------------
// Lead

type LeadKey = "name" | "staffNo" | "contact" | "dept";

const LEAD_SUBLABELS: Record<string, LeadKey> = Object.fromEntries(
  (
    [
      ["name", ["姓名", "名字", "主导人", "主导人姓名", "name"]],
      ["staffNo", ["工号", "员工号", "员工编号", "编号", "staff no.", "staff no", "staff number", "employee no.", "id"]],
      ["contact", ["联系方式", "联系电话", "电话", "手机", "手机号", "邮箱", "email", "e-mail", "phone", "tel", "mobile", "contact"]],
      ["dept", ["部门", "所在部门", "dept", "dept.", "department"]],
    ] as [LeadKey, string[]][]
  ).flatMap(([key, ws]) => ws.map((w) => [normaliseLabel(w), key])),
);

function leadSublabel(label: string): LeadKey | undefined {
  const key = LEAD_SUBLABELS[normaliseLabel(label)];
  if (key) return key;
  const field = matchFieldLabel(label);
  return field?.startsWith("lead.") ? (field.slice(5) as LeadKey) : undefined;
}

const isContact = (s: string) => /@/.test(s) || (/^\+?[\d\- ]{7,}$/.test(s) && s.replace(/\D/g, "").length >= 7);
const isStaffNo = (s: string) => /^[A-Za-z]{0,4}\d{2,8}[A-Za-z]?$/.test(s) && !isContact(s);
const isDept = (s: string) => /[\u4e00-\u9fff](部|中心|处|科|室|组|办|事业部)$/.test(s) && s.length <= 12;

/** 主导人 as typed: "(姓名:张伟 工号:A1023 联系方式:138…)", "张伟,A1023,138…", "张伟(技术部)". */
export function parseLead(text: string): { lead: Partial<Lead>; leftover: string[] } {
  // ccr's own form: one labelled part a line (姓名：… 工号：…), read exactly.
  const labelled = readLabelledLines(LEAD_PARTS, text);
  if (labelled) return { lead: labelled, leftover: [] };
  const t = text.replace(/\*/g, " ");
  const { before, parts } = splitSublabels(t, leadSublabel);
  const lead: Partial<Lead> = {};
  const leftover: string[] = [];
  for (const p of parts) if (p.value && !lead[p.key]) lead[p.key] = p.value;
  const loose = parts.length ? [before] : [t];
  const cjk = /[\u4e00-\u9fff]/.test(t);
  for (const chunk of loose) {
    for (const token of chunk.split(cjk ? /[,,、;;/\s()()]+/ : /[,,、;;/()()]+/).map(trimSeparators)) {
      if (!token) continue;
      if (isContact(token) && !lead.contact) lead.contact = token;
      else if (isStaffNo(token) && !lead.staffNo) lead.staffNo = token;
      else if (isDept(token) && !lead.dept) lead.dept = token;
      else if (!lead.name) lead.name = token;
      else leftover.push(token);
    }
  }
  return { lead, leftover };
}

// ---------------------------------------------------------------------------------------------
// Participants

type PersonKey = "name" | "dept" | "unit" | "title" | "deptOrUnit" | "contact";

const PERSON_SUBLABELS: Record<string, PersonKey> = Object.fromEntries(
  (
    [
      ["name", ["姓名", "name"]],
      ["dept", ["部门", "所在部门", "dept", "dept.", "department"]],
      ["unit", ["单位", "公司", "所在单位", "unit", "company", "organisation", "organization"]],
      ["title", ["职务", "职位", "岗位", "title", "position", "role"]],
      ["deptOrUnit", ["部门/单位", "单位/部门"]],
      ["contact", ["联系方式", "电话", "contact", "phone"]],
    ] as [PersonKey, string[]][]
  ).flatMap(([key, ws]) => ws.map((w) => [normaliseLabel(w), key])),
);


const SIDE_MARK = /(内部(?:参与|参会)?(?:人员)?|外部(?:参与|参会)?(?:人员)?|我方|对方|internal(?: participants| attendees)?|external(?: participants| attendees)?)\s*[::]/gi;

/**
 * 参与人员 as typed: "内部:李娜(部门:生产部)、赵敏(市场部);外部:王强(单位:某供应商,职务:销售经理)",
 * one person a line, or the guide's template with blanks (which gives nobody).
 * `side` is used when the text does not say 内部/外部.
 */
export function parseParticipants(text: string, side?: Side): Participant[] {
  const body = trimSeparators(text);
  // ccr's own form writes one person a line, external people marked "[外部] 王强 / 单位 / 职务".
  const lines = body.split("\n");
  if (lines.some((l) => SIDE_MARK_RE.test(l))) {
    return lines.flatMap((line) => {
      const mark = SIDE_MARK_RE.exec(line);
      const chosen = mark ? parseChoice(mark[1], SIDE_OPTIONS) : undefined;
      return parseParticipants(line.replace(SIDE_MARK_RE, ""), chosen?.kind === "chosen" ? chosen.value : side);
    });
  }
  const sections: { side?: Side; text: string }[] = [];
  const marks = [...body.matchAll(SIDE_MARK)];
  if (marks.length === 0) sections.push({ side, text: body });
  else {
    const head = body.slice(0, marks[0].index);
    if (trimSeparators(head)) sections.push({ side, text: head });
    marks.forEach((m, i) => {
      const chosen = parseChoice(m[1], SIDE_OPTIONS);
      const end = i + 1 < marks.length ? marks[i + 1].index : body.length;
      sections.push({ side: chosen.kind === "chosen" ? chosen.value : side, text: body.slice((m.index ?? 0) + m[0].length, end) });
    });
  }
  const people: Participant[] = [];
  for (const section of sections) {
    let previous: Participant | undefined;
    for (const chunk of splitOutsideBrackets(section.text, /[、,,;;\n]/)) {
      const person = parsePerson(chunk, section.side);
      if (!person) continue;
      if (person.name === "" && previous) {
        for (const key of ["dept", "unit", "title"] as const) if (person[key] && !previous[key]) previous[key] = person[key];
        continue;
      }
      if (person.name === "") continue;
      people.push(person);
      previous = person;
    }
  }
  return people;
}

/** One person: "李娜(生产部)", "王强(单位:某供应商,职务:销售经理)", "李娜 生产部 主管", "(职务:经理)". */
export function parsePerson(chunk: string, side?: Side): Participant | undefined {
  const text = trimSeparators(chunk);
  if (!text) return undefined;
  const found: Partial<Record<PersonKey, string>> = {};
  const { before, parts } = splitSublabels(text, (label) => PERSON_SUBLABELS[normaliseLabel(label)]);
  let name: string;
  let loose: string[] = [];
  for (const p of parts) if (p.value && !found[p.key]) found[p.key] = p.value;
  if (parts.length) {
    name = found.name ?? trimSeparators(before.split(/[((]/)[0]);
  } else if (PART_SEPARATOR_RE.test(text)) {
    // ccr's own "name / department or organisation / title".
    [name = "", ...loose] = text.split(PART_SEPARATOR_RE).map(trimSeparators);
    loose = loose.filter(Boolean);
  } else {
    const open = text.search(/[((]/);
    const cjk = /[\u4e00-\u9fff]/.test(text);
    const head = open >= 0 ? text.slice(0, open) : text;
    const headParts = cjk ? head.trim().split(/\s+/) : [head.trim()];
    name = trimSeparators(headParts[0] ?? "");
    const details = [...headParts.slice(1), ...(open >= 0 ? [text.slice(open)] : [])].join(",");
    loose = details.split(cjk ? /[,,、/()()\s]+/ : /[,,、/()()]+/).map(trimSeparators).filter(Boolean);
  }
  const chosenSide: Side = side ?? (found.unit ? "external" : "internal");
  const person: Participant = { name, side: chosenSide };
  const place = found.deptOrUnit ?? (chosenSide === "internal" ? found.dept : found.unit) ?? loose[0] ?? "";
  const other = chosenSide === "internal" ? found.unit : found.dept;
  if (chosenSide === "internal") person.dept = place;
  else person.unit = place;
  const title = found.title ?? (parts.length ? undefined : loose[1]);
  if (title) person.title = title;
  if (other) person[chosenSide === "internal" ? "unit" : "dept"] = other;
  if (found.contact) person.contact = found.contact;
  return person;
}

// ---------------------------------------------------------------------------------------------
// Open issues, confirmations, formal letter

const NEXT_STEP = new RegExp(`[((]?\\s*(?:下一步(?:措施|计划|安排)?|后续(?:措施|安排|计划)|next steps?)\\s*[::]|${NEXT_STEP_RE.source}`, "i");

/** "试产批次数量(下一步:6月15日前由生产部提出方案)" or ccr's own "试产批次数量 → 6月15日前…" → text and next step. */
export function parseOpenIssue(text: string): OpenIssue {
  const m = NEXT_STEP.exec(text);
  if (!m) return { text: trimSeparators(text), nextStep: "" };
  return { text: trimSeparators(text.slice(0, m.index)), nextStep: trimSeparators(text.slice(m.index + m[0].length)) };
}

const CONFIRMED_OPTIONS: ChoiceOption<"yes" | "no">[] = [
  { value: "yes", words: ["已确认", "确认", "同意", "无异议", "confirmed", "yes", "agreed"] },
  { value: "no", words: ["未确认", "不确认", "有异议", "待确认", "not confirmed", "no", "objected"] },
];

export function parseConfirmed(text: string): boolean | undefined {
  if (/^[\s]*[☑✓✔√]\s*$/.test(text)) return true;
  const c = parseChoice(text, CONFIRMED_OPTIONS);
  return c.kind === "chosen" ? c.value === "yes" : undefined;
}

/** "李娜 已确认 2026-06-10 备注:无" → a confirmation. */
export function parseConfirmation(text: string): Confirmation {
  const remarkAt = text.search(/(?:备注|意见|remark)\s*[::]/i);
  const main = remarkAt >= 0 ? text.slice(0, remarkAt) : text;
  const remark = remarkAt >= 0 ? trimSeparators(text.slice(remarkAt).replace(/^[^::]*[::]/, "")) : "";
  const date = findDate(main);
  const confirmed = parseConfirmed(main) ?? false;
  const name = trimSeparators(main.split(/[\s,,::;;]+/)[0] ?? "");
  return { name, confirmed, date: date?.iso ?? "", remark };
}

const LETTER_OPTIONS: ChoiceOption<"yes" | "no">[] = [
  { value: "no", words: ["不需要", "无需", "不涉及", "否", "无", "not required", "no", "n/a"] },
  { value: "yes", words: ["需要", "是", "已发函", "已发送", "已盖章", "required", "yes"] },
];

/** 书面函件确认 as typed: "需要,函件编号:HX-2026-018", "☑需要 □不需要", "否". */
export function parseFormalLetter(text: string): { required?: boolean; ref: string } {
  const m = /(?:函件编号|编号|文号|函号|ref(?:erence)?\.?|letter no\.?)\s*[::]\s*/i.exec(text);
  const ref = m ? trimSeparators(text.slice(m.index + m[0].length).split(/[\n;;]/)[0]) : "";
  const head = m ? text.slice(0, m.index) : text;
  const choice = parseChoice(head, LETTER_OPTIONS);
  const required = choice.kind === "chosen" ? choice.value === "yes" : ref ? true : undefined;
  return { required, ref };
}

/** Splits a progress line "2026-06-10 已收集80%" into its date and note. */
export function parseProgressLine(line: string): { date: string; note: string } {
  const d = findDate(line);
  if (!d?.iso) return { date: "", note: trimSeparators(line) };
  return { date: d.iso, note: trimSeparators(line.slice(0, d.index) + line.slice(d.index + d.length)) };
}
