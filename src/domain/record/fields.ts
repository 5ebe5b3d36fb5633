// Labels of every field of the record form (record-template.md §1) and of its enumerations, in
// both languages. The Word template, the exports, the pane, the findings and the recognition of
// hand-filled forms all take their words from here.

import type { Bilingual } from "./i18n";
import type { ActionStatus, Channel, GoalType, MeetingKind, Scenario, Side } from "./record";

export const FORM_TITLE: Bilingual = { zh: "沟通协调记录表", en: "Communication and Coordination Record" };

export const SECTION_TITLES = {
  basic: { zh: "一、基本信息", en: "1. Basic information" },
  summary: { zh: "二、沟通内容摘要", en: "2. Summary" },
  actions: { zh: "三、待办事项", en: "3. Action items" },
  followUp: { zh: "四、会后闭环", en: "4. Follow-up and confirmation" },
  feedback: { zh: "五、反馈与复盘", en: "5. Feedback and retrospective" },
} as const satisfies Record<string, Bilingual>;

/** Labels by field path (top-level fields, lead.*, and the columns of list items). */
export const FIELD_LABELS = {
  topic: { zh: "沟通主题", en: "Topic" },
  goalType: { zh: "沟通目标类型", en: "Goal type" },
  goal: { zh: "沟通目标", en: "Goal" },
  scenario: { zh: "适用场景", en: "Scenario" },
  date: { zh: "沟通日期", en: "Date" },
  start: { zh: "开始时间", en: "Start" },
  end: { zh: "结束时间", en: "End" },
  time: { zh: "沟通时间", en: "Time" },
  place: { zh: "沟通地点/方式", en: "Place / channel" },
  channel: { zh: "沟通方式", en: "Channel" },
  kind: { zh: "沟通类型", en: "Type" },
  externalUnit: { zh: "外部单位", en: "External unit" },
  lead: { zh: "主导人", en: "Lead" },
  "lead.name": { zh: "主导人姓名", en: "Lead's name" },
  "lead.staffNo": { zh: "工号", en: "Staff no." },
  "lead.contact": { zh: "联系方式", en: "Contact" },
  "lead.dept": { zh: "部门", en: "Department" },
  participants: { zh: "参与人员", en: "Participants" },
  recorder: { zh: "记录人", en: "Recorder" },
  background: { zh: "背景与事由", en: "Background" },
  discussionPoints: { zh: "核心讨论点", en: "Key discussion points" },
  demands: { zh: "对方核心诉求/关注点", en: "Other side's demands and concerns" },
  disputes: { zh: "争议点", en: "Points in dispute" },
  responses: { zh: "我方回应/承诺事项", en: "Our responses and commitments" },
  consensus: { zh: "达成共识", en: "Agreed points" },
  openIssues: { zh: "待明确分歧", en: "Open disagreements" },
  actions: { zh: "待办事项", en: "Action items" },
  circulateBy: { zh: "纪要发送时限", en: "Circulate by" },
  sentOn: { zh: "发送日期", en: "Sent on" },
  objectionBy: { zh: "异议反馈截止", en: "Objections by" },
  formalLetter: { zh: "书面函件确认", en: "Formal letter" },
  "formalLetter.ref": { zh: "函件编号", en: "Letter reference" },
  confirmations: { zh: "参与方确认", en: "Confirmations" },
  attachments: { zh: "附件", en: "Attachments" },
  resultFeedback: { zh: "结果反馈", en: "Result feedback" },
  lessons: { zh: "经验总结", en: "Lessons learned" },
} as const satisfies Record<string, Bilingual>;

/** Columns of the action-item table, in the order of the form. */
export const ACTION_COLUMNS = {
  no: { zh: "序号", en: "No." },
  task: { zh: "事项内容", en: "Item" },
  owner: { zh: "负责人", en: "Owner" },
  ownerDept: { zh: "责任部门", en: "Department" },
  deadline: { zh: "完成时限", en: "Deadline" },
  deliverable: { zh: "交付标准", en: "Deliverable standard" },
  cc: { zh: "抄送", en: "Cc" },
  status: { zh: "状态", en: "Status" },
  progress: { zh: "进度更新", en: "Progress updates" },
} as const satisfies Record<string, Bilingual>;

export const PARTICIPANT_COLUMNS = {
  name: { zh: "姓名", en: "Name" },
  side: { zh: "内部/外部", en: "Internal / external" },
  dept: { zh: "部门", en: "Department" },
  unit: { zh: "单位", en: "Organisation" },
  title: { zh: "职务", en: "Title" },
} as const satisfies Record<string, Bilingual>;

export const OPEN_ISSUE_COLUMNS = {
  text: { zh: "分歧事项", en: "Disagreement" },
  nextStep: { zh: "下一步", en: "Next step" },
} as const satisfies Record<string, Bilingual>;

export const CONFIRMATION_COLUMNS = {
  name: { zh: "参与方", en: "Participant" },
  confirmed: { zh: "确认", en: "Confirmed" },
  date: { zh: "日期", en: "Date" },
  remark: { zh: "备注", en: "Remark" },
} as const satisfies Record<string, Bilingual>;

export const GOAL_TYPE_LABELS: Record<GoalType, Bilingual> = {
  sync: { zh: "信息同步", en: "Information sync" },
  solve: { zh: "问题解决", en: "Problem solving" },
  resource: { zh: "资源争取", en: "Resource request" },
  decision: { zh: "决策确认", en: "Decision" },
};

export const SCENARIO_LABELS: Record<Scenario, Bilingual> = {
  project: { zh: "跨部门项目协作", en: "Cross-department project collaboration" },
  external: { zh: "外部单位对接", en: "Liaison with an external party" },
  resource: { zh: "内部资源协调", en: "Internal resource coordination" },
  conflict: { zh: "问题冲突处理", en: "Conflict resolution" },
  progress: { zh: "进度同步与反馈", en: "Progress sync and feedback" },
};

export const CHANNEL_LABELS: Record<Channel, Bilingual> = {
  email: { zh: "邮件", en: "E-mail" },
  im: { zh: "即时通讯", en: "Instant messaging" },
  video: { zh: "视频会议", en: "Video meeting" },
  onsite: { zh: "线下会议", en: "Meeting in person" },
  letter: { zh: "书面函件", en: "Formal letter" },
};

export const KIND_LABELS: Record<MeetingKind, Bilingual> = {
  internal: { zh: "内部沟通", en: "Internal" },
  external: { zh: "外部沟通", en: "External" },
};

export const SIDE_LABELS: Record<Side, Bilingual> = {
  internal: { zh: "内部", en: "Internal" },
  external: { zh: "外部", en: "External" },
};

export const STATUS_LABELS: Record<ActionStatus | "overdue", Bilingual> = {
  todo: { zh: "未开始", en: "Not started" },
  doing: { zh: "进行中", en: "In progress" },
  done: { zh: "已完成", en: "Done" },
  overdue: { zh: "已逾期", en: "Overdue" },
};

/** Placeholder texts that say what to write in a field (Word content controls, pane inputs). */
export const FIELD_HINTS = {
  topic: { zh: "例：项目研发阶段延期协调会", en: "e.g. Coordination meeting on the R&D phase delay" },
  goal: {
    zh: "具体结果，如：确认研发阶段完成时间及需生产部配合的物料需求",
    en: "A concrete result, e.g. agree the R&D completion date and the materials production must prepare",
  },
  place: { zh: "例：公司3号会议室 / 腾讯会议", en: "e.g. Meeting room 3 / Tencent Meeting" },
  background: {
    zh: "简述沟通起因，例：因技术难点攻克延迟，研发阶段原定6月10日完成，现需调整计划",
    en: "Why this meeting, e.g. a technical problem delays the R&D phase planned to end on 10 June",
  },
  owner: { zh: "一位具体负责人的姓名", en: "One named person" },
  deadline: { zh: "具体日期，如 2026年6月30日前", en: "A calendar date, e.g. by 30 June 2026" },
  deliverable: {
    zh: "具体交付物，如：输出书面报告，抄送双方部门负责人",
    en: "A concrete output, e.g. a written report copied to both department heads",
  },
} as const satisfies Record<string, Bilingual>;
