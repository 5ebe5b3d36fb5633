// The ten checks of record-template §2 as one validator. Findings follow §6 and are listed in the
// order of the record form. The validator never reads the clock: `today` is passed in.

import { checkActionRequired } from "./action-required";
import { checkCcCrossDepartment } from "./cc-cross-department";
import { checkCirculationLate } from "./circulation-late";
import { checkContext, type Check } from "./context";
import { checkChoices } from "./choices";
import { checkDeadlineBeforeMeeting } from "./deadline-before-meeting";
import { checkDeadlineHoliday } from "./deadline-holiday";
import { checkDeadlineVague } from "./deadline-vague";
import { checkDeliverableVague } from "./deliverable-vague";
import { checkExternal } from "./external";
import { checkGoalVague } from "./goal-vague";
import { checkOpenIssues } from "./open-issues";
import { checkOwnerGroup } from "./owner-group";
import { checkFollowUpDates } from "./sent-on";
import { checkRequired } from "./required";
import { checkTimeOrder } from "./time-order";
import { hasErrors, type Finding } from "./findings";
import { sortByPath } from "../record/paths";
import type { CcrRecord } from "../record/record";

export interface ValidateOptions {
  /** Today's date (YYYY-MM-DD); needed to report minutes still unsent after their deadline. */
  today?: string;
}

/** The checks in the order of record-template §2 (rules 1–10), then the checks of §2's further rules. */
export const CHECKS: readonly Check[] = [
  checkRequired,
  checkActionRequired,
  checkDeadlineVague,
  checkDeliverableVague,
  checkOwnerGroup,
  checkDeadlineBeforeMeeting,
  checkTimeOrder,
  checkExternal,
  checkCcCrossDepartment,
  checkCirculationLate,
  checkGoalVague,
  checkChoices,
  checkDeadlineHoliday,
  checkFollowUpDates,
  checkOpenIssues,
];

/** All findings of a record, in document order (same place: in rule order). */
export function validateRecord(record: CcrRecord, options: ValidateOptions = {}): Finding[] {
  const ctx = checkContext(record, options.today);
  const findings: Finding[] = [];
  for (const check of CHECKS) findings.push(...check(ctx));
  // Findings at the same place keep the rule order.
  return sortByPath(findings);
}

/**
 * The findings at a field: the path itself and everything inside it (`participants` also gives
 * `participants[1].dept`; `actions[1]` gives `actions[1].owner`, not `actions[10].owner`).
 */
export function fieldFindings(findings: readonly Finding[], path: string): Finding[] {
  return findings.filter((f) => f.path === path || f.path.startsWith(path + ".") || f.path.startsWith(path + "["));
}

/** Whether the minutes may be confirmed: no error-severity finding. */
export function canConfirm(findings: readonly Finding[]): boolean {
  return !hasErrors(findings);
}
