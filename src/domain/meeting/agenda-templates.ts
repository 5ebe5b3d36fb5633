// The default agenda of each scenario of record-template.md §3: numbered items with a presenter
// role and minutes, the materials to read beforehand, and a closing item that confirms owners,
// deadlines and deliverable standards. Item titles are noun phrases so that the opening statement
// can read "先请{presenter}说明{item 1},再共同商议{item 2}" as in the guide.

import type { Bilingual } from "../record/i18n";
import type { Scenario } from "../record/record";

/** Who presents an item; resolved against the record's lead, recorder and external unit. */
export type PresenterRole = "lead" | "heads" | "all" | "external" | "recorder";

export interface AgendaItemTemplate {
  readonly title: Bilingual;
  readonly presenter: PresenterRole;
  readonly minutes: number;
  readonly closing?: true;
}

export interface AgendaTemplate {
  readonly items: readonly AgendaItemTemplate[];
  readonly materials: readonly Bilingual[];
}

export const CLOSING_ITEM: AgendaItemTemplate = {
  title: { zh: "确认责任人、完成时限及交付标准", en: "Confirm owners, deadlines and deliverable standards" },
  presenter: "lead",
  minutes: 5,
  closing: true,
};

export const AGENDA_TEMPLATES: Record<Scenario, AgendaTemplate> = {
  project: {
    items: [
      { title: { zh: "项目当前进展及存在问题", en: "The project's progress and open problems" }, presenter: "lead", minutes: 8 },
      { title: { zh: "各部门职责及配合需求", en: "Each department's duties and what it needs from the others" }, presenter: "heads", minutes: 8 },
      { title: { zh: "调整方案及时间节点", en: "The revised plan and its milestones" }, presenter: "all", minutes: 9 },
      CLOSING_ITEM,
    ],
    materials: [
      { zh: "项目计划及当前进度表", en: "Project plan and current schedule" },
      { zh: "问题清单及相关数据", en: "List of problems with their data" },
    ],
  },
  external: {
    items: [
      { title: { zh: "合作需求及关注点", en: "Their requirements and concerns" }, presenter: "external", minutes: 10 },
      { title: { zh: "我方方案及回应（含成本构成说明）", en: "Our proposal and answers (with the cost breakdown)" }, presenter: "lead", minutes: 10 },
      { title: { zh: "分歧事项及解决方案", en: "Points in dispute and how to settle them" }, presenter: "all", minutes: 15 },
      {
        ...CLOSING_ITEM,
        title: {
          zh: "确认责任人、完成时限、交付标准及书面函件确认方式",
          en: "Confirm owners, deadlines, deliverable standards and the formal letter",
        },
        minutes: 10,
      },
    ],
    materials: [
      { zh: "合作协议/合同相关条款", en: "Relevant clauses of the agreement or contract" },
      { zh: "成本构成说明及优化空间", en: "Cost breakdown and room for savings" },
      { zh: "对方关注点及我方回应口径", en: "Their likely concerns and our prepared answers" },
    ],
  },
  resource: {
    items: [
      { title: { zh: "资源需求及现有缺口", en: "The resources needed and the current gap" }, presenter: "lead", minutes: 8 },
      { title: { zh: "替代方案及优先级", en: "Alternatives and priorities" }, presenter: "all", minutes: 10 },
      { title: { zh: "资源调配方案", en: "The allocation plan" }, presenter: "heads", minutes: 7 },
      CLOSING_ITEM,
    ],
    materials: [
      { zh: "资源缺口清单（人力、预算、设备）", en: "Resource gap list (people, budget, equipment)" },
      { zh: "替代方案及优先级排序", en: "Alternatives ranked by priority" },
    ],
  },
  conflict: {
    items: [
      {
        title: { zh: "问题发生时间、影响范围及已尝试措施", en: "When the problem arose, its impact and the measures tried" },
        presenter: "lead",
        minutes: 10,
      },
      { title: { zh: "各方诉求及关注点", en: "Each side's demands and concerns" }, presenter: "heads", minutes: 10 },
      {
        title: { zh: "解决方案（紧急性、影响度及资源替代可能性）", en: "Solutions (urgency, impact and alternatives)" },
        presenter: "all",
        minutes: 15,
      },
      { ...CLOSING_ITEM, minutes: 10 },
    ],
    materials: [
      { zh: "问题经过及影响范围说明", en: "Account of the problem and its impact" },
      { zh: "已尝试的解决措施及效果", en: "Measures tried and their effect" },
    ],
  },
  progress: {
    items: [
      { title: { zh: "上期待办事项完成情况", en: "The status of the last action items" }, presenter: "lead", minutes: 8 },
      { title: { zh: "各部门进展及风险", en: "Each department's progress and risks" }, presenter: "heads", minutes: 12 },
      { title: { zh: "反馈意见及下一步计划", en: "Feedback and next steps" }, presenter: "all", minutes: 5 },
      CLOSING_ITEM,
    ],
    materials: [
      { zh: "待办事项跟踪表", en: "Action-item tracking sheet" },
      { zh: "本期进度数据", en: "Progress figures for the period" },
    ],
  },
};

export const PRESENTER_FALLBACK: Record<PresenterRole, Bilingual> = {
  lead: { zh: "主导人", en: "the lead" },
  heads: { zh: "各部门负责人", en: "the department heads" },
  all: { zh: "全体参会人", en: "all participants" },
  external: { zh: "对方代表", en: "their representative" },
  recorder: { zh: "记录人", en: "the recorder" },
};
