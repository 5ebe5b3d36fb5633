// What a captured 待办 still lacks, read from the validator's findings (never a second check):
// which of owner / deadline / deliverable (and cc for a cross-department item) is missing or
// vague, the check's own message, and the concrete form to ask the room for — the guide's
// "尽快落实" → "6月30日前完成,输出书面报告抄送…". 结束会议 lists them for every action item.

import { deadlineDate, suggestedDeadline } from "../calendar/deadline";
import { formatDayFrom } from "../calendar/date-format";
import type { Finding, RuleId, Severity } from "./findings";
import type { Bilingual } from "../record/i18n";
import type { ActionItem, CcrRecord } from "../record/record";
import { parseRecordPath } from "../record/record-path";

export const GAP_FIELDS = ["task", "owner", "deadline", "deliverable", "cc"] as const;
export type GapField = (typeof GAP_FIELDS)[number];

export interface ActionGap {
  field: GapField;
  /** Nothing there (rule `required`) or there but not good enough (vague, group, before the meeting…). */
  state: "missing" | "vague";
  rule: RuleId;
  severity: Severity;
  /** The validator's message. */
  message: Bilingual;
  /** What to ask the room for, in a concrete form. */
  ask: Bilingual;
}

export interface ActionGaps {
  index: number;
  task: string;
  gaps: ActionGap[];
}

/** The gaps of action `index` among `findings` (from validateRecord(record)), in field order. */
export function actionGaps(record: CcrRecord, index: number, findings: readonly Finding[]): ActionGap[] {
  const action = record.actions[index];
  if (!action) return [];
  const gaps: ActionGap[] = [];
  for (const f of findings) {
    const at = parseRecordPath(f.path);
    // A hint (deadline.holiday) is worth knowing, not something the room still has to settle.
    if (at?.field !== "actions" || at.index !== index || f.severity === "hint") continue;
    const field = GAP_FIELDS.find((g) => g === (at.part ?? fieldOfRule(f.rule)));
    if (!field || gaps.some((g) => g.field === field)) continue;
    gaps.push({
      field,
      state: f.rule === "required" ? "missing" : "vague",
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      ask: askFor(field, record, action),
    });
  }
  return gaps.sort((a, b) => GAP_FIELDS.indexOf(a.field) - GAP_FIELDS.indexOf(b.field));
}

/** Every action item that still has gaps, for 结束会议. */
export function outstandingActions(record: CcrRecord, findings: readonly Finding[]): ActionGaps[] {
  return record.actions
    .map((a, index) => ({ index, task: a.task, gaps: actionGaps(record, index, findings) }))
    .filter((a) => a.gaps.length > 0);
}

/** One line per outstanding item for the end-of-meeting summary: 「提交清单」缺:负责人、完成时限. */
export function outstandingSummary(items: readonly ActionGaps[]): Bilingual[] {
  return items.map((a) => {
    const name = a.task.trim() || `#${a.index + 1}`;
    return {
      zh: `「${name}」待明确：${a.gaps.map((g) => FIELD_WORDS[g.field].zh).join("、")}`,
      en: `"${name}" still needs: ${a.gaps.map((g) => FIELD_WORDS[g.field].en).join(", ")}`,
    };
  });
}

const FIELD_WORDS: Record<GapField, Bilingual> = {
  task: { zh: "事项内容", en: "item" },
  owner: { zh: "负责人", en: "owner" },
  deadline: { zh: "完成时限", en: "deadline" },
  deliverable: { zh: "交付标准", en: "deliverable standard" },
  cc: { zh: "抄送", en: "cc" },
};

function fieldOfRule(rule: RuleId): string {
  if (rule.startsWith("deadline.")) return "deadline";
  if (rule === "deliverable.vague") return "deliverable";
  if (rule === "owner.group") return "owner";
  if (rule === "cc.cross-department") return "cc";
  return "";
}

/** The concrete form to ask for, using what the item already has (its date, its departments). */
function askFor(field: GapField, record: CcrRecord, action: ActionItem): Bilingual {
  const resolved = deadlineDate(action.deadline, record.date);
  const by = resolved
    ? { zh: `${formatDayFrom(resolved, record.date, "zh")}前`, en: `by ${formatDayFrom(resolved, record.date, "en")}` }
    : suggestedDeadline(record.date);
  const heads = deptHeads(record, action);
  switch (field) {
    case "task":
      return { zh: "请说清要做的事，例如“提交物料需求清单”。", en: "Say what is to be done, e.g. “submit the material requirements list”." };
    case "owner":
      return {
        zh: "请当场指定一位具体负责人（姓名），例如“李娜（生产部）”，不要写“相关部门”“大家”。",
        en: "Name one person as owner now, e.g. “Li Na (Production)”, not “the departments concerned” or “everyone”.",
      };
    case "deadline":
      return {
        zh: `请当场确认具体日期，例如“${by.zh}”，不要说“尽快”“近期”。`,
        en: `Agree a calendar date now, e.g. “${by.en}”, not “ASAP” or “soon”.`,
      };
    case "deliverable":
      return {
        zh: `请明确交付标准，例如把“尽快落实”改为“${by.zh}完成，输出书面报告抄送${heads.zh || "双方负责人"}”。`,
        en: `Agree the concrete output, e.g. instead of “follow up” say “done ${by.en}, written report cc ${heads.en || "both heads"}”.`,
      };
    case "cc":
      return {
        zh: `跨部门事项请抄送双方负责人${heads.zh ? `：${heads.zh}` : ""}。`,
        en: `A cross-department item is copied to both department heads${heads.en ? `: ${heads.en}` : ""}.`,
      };
  }
}

/** 技术部负责人、生产部负责人 for the lead's and the owner's departments when they differ. */
function deptHeads(record: CcrRecord, action: ActionItem): Bilingual {
  const ownerDept = action.ownerDept.trim() || (record.participants.find((p) => p.name.trim() === action.owner.trim())?.dept ?? "");
  const depts = [ownerDept, record.lead.dept].map((d) => d.trim()).filter((d, i, all) => d && all.indexOf(d) === i);
  return { zh: depts.map((d) => `${d}负责人`).join("、"), en: depts.map((d) => `head of ${d}`).join(", ") };
}
