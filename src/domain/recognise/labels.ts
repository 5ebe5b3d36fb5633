// The words a hand-filled 沟通协调记录表 uses for its fields: the labels of fields.ts plus the
// variants people type (会议主题, 参会人员, 责任人, 截止时间, Subject, Attendees, Due date …), and a
// normalisation that ignores colons, spaces, numbering, required-marks and letter case.

import {
  ACTION_COLUMNS,
  CONFIRMATION_COLUMNS,
  FIELD_LABELS,
  FORM_TITLE,
  OPEN_ISSUE_COLUMNS,
  PARTICIPANT_COLUMNS,
  SECTION_TITLES,
} from "../record/fields";

/** What a label of the label/value part of a form stands for. */
export type LabelKey =
  | "topic"
  | "goalType"
  | "goal"
  | "scenario"
  | "time"
  | "date"
  | "start"
  | "end"
  | "place"
  | "channel"
  | "kind"
  | "externalUnit"
  | "lead"
  | "lead.name"
  | "lead.staffNo"
  | "lead.contact"
  | "lead.dept"
  | "participants"
  | "participants.internal"
  | "participants.external"
  | "recorder"
  | "background"
  | "discussionPoints"
  | "demands"
  | "disputes"
  | "responses"
  | "consensus"
  | "openIssues"
  | "actions"
  | "circulateBy"
  | "sentOn"
  | "objectionBy"
  | "formalLetter"
  | "formalLetter.ref"
  | "confirmations"
  | "attachments"
  | "resultFeedback"
  | "lessons";

export type ActionColumn = keyof typeof ACTION_COLUMNS;
export type ParticipantColumn = keyof typeof PARTICIPANT_COLUMNS | "deptOrUnit" | "contact";
export type OpenIssueColumn = keyof typeof OPEN_ISSUE_COLUMNS;
export type ConfirmationColumn = keyof typeof CONFIRMATION_COLUMNS;

/** Variants beyond the labels of fields.ts (which are always accepted, in both languages). */
const FIELD_VARIANTS: Record<LabelKey, string[]> = {
  topic: ["主题", "会议主题", "会议名称", "沟通事项", "subject", "meeting topic", "title"],
  goalType: ["目标类型", "沟通目的类型"],
  goal: ["目标", "沟通目的", "会议目标", "会议目的", "objective", "purpose"],
  scenario: ["场景", "沟通场景", "工作场景"],
  time: ["会议时间", "时间", "沟通时间/日期", "date and time", "date/time", "meeting time"],
  date: ["日期", "会议日期"],
  start: ["起始时间", "start time"],
  end: ["截止时刻", "end time"],
  place: ["地点", "沟通地点", "会议地点", "地点/方式", "沟通地点/形式", "place", "location", "venue", "place/channel"],
  channel: ["方式", "会议形式", "沟通形式", "沟通渠道"],
  kind: ["沟通性质", "会议类型", "meeting type", "kind"],
  externalUnit: ["对方单位", "外部单位名称", "external party", "external organisation", "external organization"],
  lead: ["主导人(姓名、工号、联系方式)", "主持人", "会议主持", "召集人", "牵头人", "chair", "host", "organiser", "organizer"],
  "lead.name": ["姓名", "主持人姓名", "lead name"],
  "lead.staffNo": ["主导人工号", "员工编号", "staff number", "employee no.", "employee number", "staff id"],
  "lead.contact": ["主导人联系方式", "联系电话", "电话", "手机", "phone", "contact details"],
  "lead.dept": ["主导人部门", "所在部门", "主导部门", "dept.", "lead's department"],
  participants: ["参会人员", "与会人员", "参加人员", "出席人员", "参会人", "参与人", "参与方", "attendees", "attendance"],
  "participants.internal": ["内部参与人员", "内部参会人员", "内部人员", "internal participants", "internal attendees"],
  "participants.external": ["外部参与人员", "外部参会人员", "外部人员", "external participants", "external attendees"],
  recorder: ["记录员", "纪要整理人", "会议记录人", "minutes taker", "note taker"],
  background: ["背景", "事由", "沟通背景", "会议背景", "背景及事由", "背景和事由", "context"],
  discussionPoints: ["讨论要点", "讨论内容", "主要讨论内容", "讨论点", "核心讨论内容", "议题", "discussion points", "discussion"],
  demands: ["对方核心诉求", "对方诉求", "核心诉求", "对方关注点", "诉求/关注点", "对方诉求/关注点", "demands", "concerns"],
  disputes: ["争议事项", "争议", "分歧点", "disputes"],
  responses: ["我方回应", "承诺事项", "我方承诺", "我方回应及承诺", "responses", "commitments"],
  consensus: ["共识", "共识事项", "已达成共识", "会议结论", "结论", "决议", "consensus", "decisions", "agreements"],
  openIssues: ["待明确事项", "分歧", "遗留问题", "待解决问题", "open issues", "open points"],
  actions: ["待办事项跟踪表", "行动项", "后续行动", "action items", "actions", "follow-up actions"],
  circulateBy: ["纪要发送截止"],
  sentOn: ["纪要发送日期", "发送时间", "纪要发送时间", "sent", "minutes sent on"],
  objectionBy: ["异议反馈截止日期", "异议反馈截止时间", "反馈截止", "异议截止", "objection deadline"],
  formalLetter: ["书面函件", "正式函件", "函件确认", "formal letter confirmation"],
  "formalLetter.ref": ["函件文号", "函号", "文号", "letter ref", "letter no."],
  confirmations: ["确认情况", "参与方确认情况", "confirmation"],
  attachments: ["附件清单", "附件列表", "附件名称", "attachment"],
  resultFeedback: ["结果反馈情况", "反馈结果", "result", "feedback"],
  lessons: ["经验教训", "复盘总结", "复盘", "lessons", "retrospective"],
};

const ACTION_VARIANTS: Record<ActionColumn, string[]> = {
  no: ["编号", "#", "no", "number"],
  task: ["事项", "待办事项", "工作事项", "任务", "任务内容", "行动项", "工作内容", "待办内容", "task", "action", "action item", "item"],
  owner: ["责任人", "执行人", "负责人姓名", "owner", "responsible", "assignee", "person in charge"],
  ownerDept: ["部门", "负责部门", "责任单位", "所属部门", "dept", "dept.", "owner's department"],
  deadline: ["截止时间", "截止日期", "完成时间", "完成日期", "期限", "时限", "完成期限", "due", "due date", "deadline"],
  deliverable: ["交付物", "完成标准", "验收标准", "交付要求", "成果要求", "deliverable", "deliverables", "output"],
  cc: ["抄送人", "抄送对象", "cc", "copy to"],
  status: ["完成状态", "进展状态", "当前状态", "status"],
  progress: ["进度", "进展", "进展情况", "进度跟踪", "progress", "updates"],
};

const PARTICIPANT_VARIANTS: Record<ParticipantColumn, string[]> = {
  name: ["参与人员", "参会人员", "人员", "participant", "attendee"],
  side: ["内外部", "类别", "内部/外部人员", "side"],
  dept: ["所在部门"],
  unit: ["所在单位", "公司", "company", "organization", "unit"],
  title: ["职位", "岗位", "position", "role"],
  deptOrUnit: ["部门/单位", "单位/部门", "department/organisation", "department/organization", "dept./organisation"],
  contact: ["联系方式", "电话", "contact"],
};

const OPEN_ISSUE_VARIANTS: Record<OpenIssueColumn, string[]> = {
  text: ["待明确分歧", "分歧", "待明确事项", "issue", "open issue"],
  nextStep: ["下一步措施", "后续安排", "next step", "next steps"],
};

const CONFIRMATION_VARIANTS: Record<ConfirmationColumn, string[]> = {
  name: ["确认人", "姓名", "name"],
  confirmed: ["是否确认", "确认情况", "确认结果", "confirmed?"],
  date: ["确认日期", "confirmed on"],
  remark: ["意见", "异议", "remarks", "note"],
};

/** Rows and paragraphs that only structure the form: its title and section headings. */
const STRUCTURE_WORDS = [
  FORM_TITLE.zh,
  FORM_TITLE.en,
  ...Object.values(SECTION_TITLES).flatMap((t) => [t.zh, t.en]),
  "基本信息",
  "沟通内容摘要",
  "内容摘要",
  "会后闭环",
  "反馈与复盘",
  "内容",
  "项目",
  "填写内容",
  "字段",
  "basic information",
  "summary",
  "follow-up and confirmation",
  "feedback and retrospective",
  "content",
  "field",
  "details",
];

// ---------------------------------------------------------------------------------------------
// Normalisation

const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|[((][一二三四五六七八九十\d]+[))]|\d+(?:[、．]|\.(?!\d)|[))])|[①-⑳])\s*/;

/** Full-width ASCII forms (A-Z, 0-9, :, (, / …) become their half-width forms; ideographic space a space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** The comparable form of a label: no numbering, spaces, colons, required-marks; half-width, lower case. */
export function normaliseLabel(text: string): string {
  let t = toHalfWidth(text).trim();
  t = t.replace(NUMBERING, "");
  t = t.replace(/[((](?:必填|选填|可选|required|optional)[))]/gi, "");
  t = t.replace(/[\s*※:]+/g, "");
  return t.toLowerCase();
}

function dictionary<K extends string>(base: Record<K, { zh: string; en: string }>, variants: Record<K, string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const key of Object.keys(variants) as K[]) {
    const words = [...(base[key] ? [base[key].zh, base[key].en] : []), ...variants[key]];
    for (const w of words) {
      const n = normaliseLabel(w);
      if (n && !map.has(n)) map.set(n, key);
    }
  }
  return map;
}

const FIELD_DICT = dictionary(FIELD_LABELS as Record<LabelKey, { zh: string; en: string }>, FIELD_VARIANTS);
const ACTION_DICT = dictionary(ACTION_COLUMNS, ACTION_VARIANTS);
const PARTICIPANT_DICT = dictionary(PARTICIPANT_COLUMNS as Record<ParticipantColumn, { zh: string; en: string }>, PARTICIPANT_VARIANTS);
const OPEN_ISSUE_DICT = dictionary(OPEN_ISSUE_COLUMNS, OPEN_ISSUE_VARIANTS);
const CONFIRMATION_DICT = dictionary(CONFIRMATION_COLUMNS, CONFIRMATION_VARIANTS);
const STRUCTURE = new Set(STRUCTURE_WORDS.map(normaliseLabel));

export function matchFieldLabel(text: string): LabelKey | undefined {
  return FIELD_DICT.get(normaliseLabel(text));
}

export function matchActionColumn(text: string): ActionColumn | undefined {
  return ACTION_DICT.get(normaliseLabel(text));
}

export function matchParticipantColumn(text: string): ParticipantColumn | undefined {
  return PARTICIPANT_DICT.get(normaliseLabel(text));
}

export function matchOpenIssueColumn(text: string): OpenIssueColumn | undefined {
  return OPEN_ISSUE_DICT.get(normaliseLabel(text));
}

export function matchConfirmationColumn(text: string): ConfirmationColumn | undefined {
  return CONFIRMATION_DICT.get(normaliseLabel(text));
}

export function isStructureText(text: string): boolean {
  const n = normaliseLabel(text);
  return n !== "" && STRUCTURE.has(n);
}

/** Labels that name a part of another field's value (姓名, 部门 …), never split a paragraph line. */
const SUBFIELD_KEYS = new Set<LabelKey>(["lead.name", "lead.staffNo", "lead.contact", "lead.dept", "externalUnit", "formalLetter.ref"]);

export function isSubfieldKey(key: LabelKey): boolean {
  return SUBFIELD_KEYS.has(key);
}

/**
 * A label at the start of a text followed by a colon: "沟通主题:项目协调会" → topic, "项目协调会".
 * Also a label alone on the first line with the value below it.
 */
export function leadingLabel(text: string): { key: LabelKey; label: string; rest: string } | undefined {
  const t = text.replace(/^\s+/, "");
  const firstLine = t.split("\n", 1)[0];
  const colon = /[::]/.exec(firstLine);
  if (colon && colon.index <= 30) {
    const label = firstLine.slice(0, colon.index);
    const key = matchFieldLabel(label);
    if (key) return { key, label: label.trim(), rest: t.slice(colon.index + 1).trim() };
  }
  if (firstLine.length < t.length) {
    const key = matchFieldLabel(firstLine);
    if (key) return { key, label: firstLine.trim(), rest: t.slice(firstLine.length + 1).trim() };
  }
  return undefined;
}

/**
 * Splits one line holding several "label:value" pairs ("沟通时间:… 沟通地点:…") at the labels of
 * top-level fields that follow a space or a semicolon. Returns one piece when there is nothing to split.
 */
export function splitAtFieldLabels(line: string): string[] {
  const pieces: string[] = [];
  const re = /(^|[\s;;])([^\s;;::]{1,20})\s*[::]/g;
  let last = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const key = matchFieldLabel(m[2]);
    const at = m.index + m[1].length;
    if (!key || SUBFIELD_KEYS.has(key) || at === 0) continue;
    if (isInsideBrackets(line, at)) continue;
    pieces.push(line.slice(last, at).trim().replace(/[;;]$/, ""));
    last = at;
  }
  pieces.push(line.slice(last).trim());
  return pieces.filter((p) => p !== "");
}

export function isInsideBrackets(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if ("((【[".includes(text[i])) depth++;
    else if ("))】]".includes(text[i]) && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Finds sub-labels inside a value ("姓名:张伟 工号:A1023 联系方式:138…") and returns the text before
 * the first one and each sub-label's value, trimmed of separators. Sub-labels are matched by `match`.
 */
export function splitSublabels<K extends string>(
  text: string,
  match: (label: string) => K | undefined,
): { before: string; parts: { key: K; value: string }[] } {
  const re = /([A-Za-z][A-Za-z.' ]{0,24}|[\u4e00-\u9fff/]{1,8})\s*[::]/g;
  const hits: { key: K; start: number; valueStart: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The label may be the tail of a longer run ("王强单位:" → "单位"): try the shortest tails too.
    const word = m[1];
    const latin = /^[A-Za-z]/.test(word);
    for (let cut = 0; cut < word.length; cut++) {
      if (latin && cut > 0 && word[cut - 1] !== " ") continue;
      const key = match(word.slice(cut));
      if (key) {
        hits.push({ key, start: m.index + cut, valueStart: m.index + m[0].length });
        break;
      }
    }
  }
  const parts = hits.map((h, i) => ({
    key: h.key,
    value: trimSeparators(text.slice(h.valueStart, i + 1 < hits.length ? hits[i + 1].start : text.length)),
  }));
  return { before: trimSeparators(hits.length ? text.slice(0, hits[0].start) : text), parts };
}

/** Trims separators, blanks (___) and brackets left unbalanced at either end. */
export function trimSeparators(text: string): string {
  let t = text;
  for (;;) {
    const before = t;
    t = t.replace(/^[\s,,;;、_＿*::]+|[\s,,;;、。_＿*—–-]+$/g, "");
    if (/^[((]/.test(t) && !hasClosing(t)) t = t.slice(1);
    if (/[))]$/.test(t) && !hasOpening(t)) t = t.slice(0, -1);
    if (/^[((].*[))]$/s.test(t) && balancedInside(t.slice(1, -1))) t = t.slice(1, -1);
    if (t === before) return t;
  }
}

function hasClosing(t: string): boolean {
  return /[))]/.test(t);
}

function hasOpening(t: string): boolean {
  return /[((]/.test(t);
}

/** True when brackets in text pair up, so "(a)(b)" is not taken as "(…)" around "a)(b". */
function balancedInside(t: string): boolean {
  let depth = 0;
  for (const c of t) {
    if (c === "(" || c === "(") depth++;
    else if (c === ")" || c === ")") {
      depth--;
      if (depth < 0) return false;
    }
  }
  return depth === 0;
}
