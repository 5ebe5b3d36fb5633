// Rule 6 (first half): a deadline must not fall before the meeting date (error).

import { formatDate } from "../calendar/deadline";
import type { Finding } from "./findings";
import { finding, type Check } from "./context";
import { actionPath } from "../record/record-path";

export const checkDeadlineBeforeMeeting: Check = ({ meeting, deadlines }) => {
  const out: Finding[] = [];
  if (!meeting) return out;
  deadlines.forEach((d, i) => {
    if (d.kind !== "resolved" || d.date >= meeting) return;
    out.push(
      finding(
        "deadline.before-meeting",
        "error",
        actionPath(i, "deadline"),
        `待办事项第${i + 1}项的完成时限(${formatDate(d.date, "zh")})早于沟通日期(${formatDate(meeting, "zh")}):请改为会议当天或之后的日期。`,
        `The deadline of action item ${i + 1} (${formatDate(d.date, "en")}) is before the meeting (${formatDate(meeting, "en")}): give a date on or after the meeting.`,
      ),
    );
  });
  return out;
};
