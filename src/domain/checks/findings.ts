// What a check reports (record-template.md §6).

import type { Bilingual } from "../record/i18n";

export const RULE_IDS = [
  "required",
  "deadline.vague",
  "deadline.invalid",
  "deadline.before-meeting",
  "deadline.holiday",
  "time.order",
  "deliverable.vague",
  "owner.group",
  "external.letter",
  "cc.cross-department",
  "circulation.late",
  "goal.vague",
  "choice.invalid",
  "date.invalid",
  "date.range",
  "sent.before-meeting",
  "open-issue.next-step",
] as const;

export type RuleId = (typeof RULE_IDS)[number];
export type Severity = "error" | "warning" | "hint";

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** JSON path in the record: `topic`, `lead.name`, `actions[2].owner`, `participants`. */
  path: string;
  message: Bilingual;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
