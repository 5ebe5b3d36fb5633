// 沟通前 (guide 二(一)): the preparation checklist of each scenario, the meeting's complexity and
// the channel recommended for a goal type and complexity (record-template.md §4). Kept in the
// record under the key `preparation` (owned by this module: readPreparation / withPreparation).

import { pick, type Bilingual } from "../record/i18n";
import { isObject, recordLang, type CcrRecord, type Channel, type GoalType, type MeetingKind, type Scenario } from "../record/record";

export const COMPLEXITIES = ["simple", "complex", "major"] as const;
/** simple: 简单信息同步; complex: 复杂问题讨论; major: 重大/重要事项确认. */
export type Complexity = (typeof COMPLEXITIES)[number];

export const COMPLEXITY_LABELS: Record<Complexity, Bilingual> = {
  simple: { zh: "简单信息同步", en: "Simple information sync" },
  complex: { zh: "复杂问题讨论", en: "Complex discussion" },
  major: { zh: "重大/重要事项确认", en: "Major or important confirmation" },
};

export interface ChecklistItem {
  text: string;
  done: boolean;
}

export interface Preparation {
  /** "" while the user has not chosen; complexityOf() then derives it from the goal type. */
  complexity: Complexity | "";
  checklist: ChecklistItem[];
  /** The user chose 沟通类型 themselves: a scenario chosen later does not change it. */
  kindChosen?: boolean;
}

export const PREPARATION_KEY = "preparation";

// ---------------------------------------------------------------------------------------------
// Record field

/** The preparation stored in the record, normalised; null when the record has none. Never throws. */
export function readPreparation(record: CcrRecord): Preparation | null {
  const v = record[PREPARATION_KEY];
  if (!isObject(v)) return null;
  const complexity = COMPLEXITIES.find((c) => c === v.complexity) ?? "";
  // No checklist stored (only kindChosen, say): the scenario's default.
  const checklist = Array.isArray(v.checklist)
    ? v.checklist.filter(isObject).map((c) => ({ text: typeof c.text === "string" ? c.text : "", done: c.done === true }))
    : defaultChecklist(record, undefined, complexity || impliedComplexity(record.goalType));
  return { complexity, checklist, ...(v.kindChosen === true ? { kindChosen: true } : {}) };
}

/**
 * 适用场景 chosen: what the scenario implies carries over — 外部单位对接 makes 沟通类型 外部, the other
 * scenarios 内部 — unless the user chose 沟通类型 themselves (their choice wins). A preparation checklist
 * not yet touched follows the scenario too.
 */
export function chooseScenario(record: CcrRecord, scenario: Scenario | ""): CcrRecord {
  const stored = readPreparation(record);
  let next: CcrRecord = { ...record, scenario };
  if (scenario && !stored?.kindChosen) next = { ...next, kind: scenario === "external" ? "external" : "internal" };
  return next;
}

/** 沟通类型 chosen by the user: kept from now on, whatever scenario is chosen later. */
export function chooseKind(record: CcrRecord, kind: MeetingKind): CcrRecord {
  const stored = record[PREPARATION_KEY];
  return { ...record, kind, [PREPARATION_KEY]: { ...(isObject(stored) ? stored : {}), kindChosen: true } };
}

export function withPreparation(record: CcrRecord, preparation: Preparation): CcrRecord {
  return { ...record, [PREPARATION_KEY]: preparation };
}

/** The stored preparation, or the scenario's default checklist when the record has none yet. */
export function preparationOf(record: CcrRecord): Preparation {
  return readPreparation(record) ?? { complexity: "", checklist: defaultChecklist(record) };
}

// ---------------------------------------------------------------------------------------------
// The checklist of the guide, per scenario

const COMMON_CHECKS: readonly Bilingual[] = [
  { zh: "明确沟通目标及需达成的具体结果", en: "State the goal and the concrete results it needs" },
  { zh: "收集背景资料、数据及流程文件", en: "Collect background material, data and process documents" },
  { zh: "预判对方关注点与异议，准备回应口径", en: "Anticipate the other side's concerns and objections; prepare answers" },
];

const SCENARIO_CHECKS: Record<Scenario, readonly Bilingual[]> = {
  project: [
    { zh: "与各部门负责人确认参会人", en: "Confirm the attendees with each department head" },
    { zh: "梳理各部门职责与时间节点", en: "List each department's duties and milestones" },
  ],
  external: [
    {
      zh: "确认对方关键决策人（如客户方业务负责人、供应商销售经理）",
      en: "Confirm their key decision makers (e.g. the client's business owner, the supplier's sales manager)",
    },
    { zh: "准备成本构成说明及优化空间", en: "Prepare the cost breakdown and room for savings" },
  ],
  resource: [
    { zh: "梳理现有资源缺口（人力、预算、设备）", en: "List the current resource gap (people, budget, equipment)" },
    { zh: "准备替代方案", en: "Prepare alternatives" },
    { zh: "明确优先级", en: "Set the priorities" },
  ],
  conflict: [
    { zh: "整理问题发生的时间、影响范围及已尝试的解决措施", en: "Note when the problem arose, its impact and the measures tried" },
    {
      zh: "分析各方案的紧急性、客户影响度及资源替代可能性",
      en: "Weigh each option's urgency, customer impact and alternatives",
    },
  ],
  progress: [
    { zh: "汇总上期待办事项完成情况", en: "Summarise the status of the last action items" },
    { zh: "整理本期进度数据及偏差", en: "Compile this period's progress figures and deviations" },
  ],
};

const AGENDA_CHECK: Bilingual = { zh: "提前发送会议议程，预留准备时间", en: "Send the agenda in advance so people can prepare" };

/** The guide's preparation checklist for the record's scenario, in the record's language. */
export function defaultChecklist(
  record: CcrRecord,
  scenario: Scenario = record.scenario || "project",
  complexity: Complexity = complexityOf(record),
): ChecklistItem[] {
  const lang = recordLang(record);
  const texts = [...COMMON_CHECKS, ...SCENARIO_CHECKS[scenario]];
  if (recommendChannel(record.goalType, complexity).agendaInAdvance) texts.push(AGENDA_CHECK);
  return texts.map((t) => ({ text: pick(t, lang), done: false }));
}

export function setChecklistDone(preparation: Preparation, index: number, done: boolean): Preparation {
  return { ...preparation, checklist: preparation.checklist.map((c, i) => (i === index ? { ...c, done } : c)) };
}

export function addChecklistItem(preparation: Preparation, text: string): Preparation {
  return { ...preparation, checklist: [...preparation.checklist, { text, done: false }] };
}

export function updateChecklistItem(preparation: Preparation, index: number, text: string): Preparation {
  return { ...preparation, checklist: preparation.checklist.map((c, i) => (i === index ? { ...c, text } : c)) };
}

export function removeChecklistItem(preparation: Preparation, index: number): Preparation {
  return { ...preparation, checklist: preparation.checklist.filter((_, i) => i !== index) };
}

export function checklistProgress(preparation: Preparation): { done: number; total: number } {
  return { done: preparation.checklist.filter((c) => c.done).length, total: preparation.checklist.length };
}

// ---------------------------------------------------------------------------------------------
// Complexity and channel (record-template §4)

/** The complexity chosen by the user, or the one the goal type implies. */
export function complexityOf(record: CcrRecord): Complexity {
  const chosen = readPreparation(record)?.complexity;
  if (chosen) return chosen;
  return impliedComplexity(record.goalType);
}

export function impliedComplexity(goalType: GoalType | ""): Complexity {
  switch (goalType) {
    case "sync":
    case "":
      return "simple";
    case "decision":
      return "major";
    default:
      return "complex";
  }
}

/** Whether the record counts as major or complex (经验总结 is asked for those). */
export function isMajorOrComplex(record: CcrRecord): boolean {
  return complexityOf(record) !== "simple";
}

export interface ChannelAdvice {
  /** Recommended channels, best first. */
  channels: Channel[];
  /** Complex discussions: send the agenda in advance and leave time to prepare. */
  agendaInAdvance: boolean;
  /** Important confirmations: a stamped formal letter and formal minutes. */
  formalMinutes: boolean;
  reason: Bilingual;
}

export function recommendChannel(goalType: GoalType | "", complexity: Complexity = impliedComplexity(goalType)): ChannelAdvice {
  if (complexity === "major") {
    return {
      channels: ["letter", "onsite", "video"],
      agendaInAdvance: true,
      formalMinutes: true,
      reason: {
        zh: "重要事项确认：采用书面函件（含盖章扫描件）并形成正式会议纪要。",
        en: "Important confirmation: a formal letter (stamped scan) and formal minutes.",
      },
    };
  }
  if (complexity === "complex") {
    return {
      channels: ["onsite", "video"],
      agendaInAdvance: true,
      formalMinutes: false,
      reason: {
        zh: "复杂问题讨论：采用视频会议或线下会议，需提前发送会议议程，预留准备时间。",
        en: "Complex discussion: a video or in-person meeting, with the agenda sent in advance.",
      },
    };
  }
  return {
    channels: ["email", "im"],
    agendaInAdvance: false,
    formalMinutes: false,
    reason: {
      zh: "简单信息同步：邮件或即时通讯工具（如企业微信、钉钉）即可。",
      en: "Simple information sync: e-mail or instant messaging is enough.",
    },
  };
}

export function channelAdviceFor(record: CcrRecord): ChannelAdvice {
  return recommendChannel(record.goalType, complexityOf(record));
}
