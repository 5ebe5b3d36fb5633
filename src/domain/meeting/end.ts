// 结束会议: stop the clock, keep the actual times beside the planned ones, and list everything that must still be
// settled before people leave — owners, deadlines, deliverables, cc for cross-department items —
// from the validator's findings on the record as it now stands.

import { outstandingActions, outstandingSummary, type ActionGaps } from "../checks/action-gaps";
import type { Finding } from "../checks/findings";
import type { Bilingual } from "../record/i18n";
import type { CcrRecord } from "../record/record";
import { validateRecord } from "../checks/validate";
import { endMeeting } from "./timer";
import { discussionPointsFromAgenda } from "./agenda";

export interface MeetingEnd {
  /** The record with the meeting stopped and the actual times kept (the planned ones unchanged). */
  record: CcrRecord;
  /** The validator's findings on that record (what the 检查 tab shows). */
  findings: Finding[];
  /** Action items with something missing or vague. */
  outstanding: ActionGaps[];
  /** One line per outstanding item. */
  summary: Bilingual[];
}

export function closeMeeting(record: CcrRecord, now: number, utcOffsetMinutes = 480): MeetingEnd {
  const stopped = endMeeting(record, now, utcOffsetMinutes);
  // The agenda items discussed become 核心讨论点 when the record has none yet.
  const ended = stopped !== record && stopped.discussionPoints.every((p) => !p.trim()) ? { ...stopped, discussionPoints: discussionPointsFromAgenda(stopped) } : stopped;
  const findings = validateRecord(ended);
  const outstanding = outstandingActions(ended, findings);
  return { record: ended, findings, outstanding, summary: outstandingSummary(outstanding) };
}
