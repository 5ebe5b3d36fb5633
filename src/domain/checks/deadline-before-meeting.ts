// Rule 6 (first half): a deadline must not fall before the meeting date (error). A month and day
// written without a year take the meeting's year (deadline.ts, inferredYear), and the message
// says so, so that 6月5日前 written at a 6月8日 meeting is reported, not moved a year on.

import { formatDate } from "../calendar/deadline";
import type { Finding } from "./findings";
import { finding, type Check } from "./context";
import { actionPath } from "../record/record-path";

export const checkDeadlineBeforeMeeting: Check = ({ meeting, deadlines }) => {
  const out: Finding[] = [];
  if (!meeting) return out;
  deadlines.forEach((d, i) => {
    if (d.kind !== "resolved" || d.date >= meeting) return;
    const typed = d.text.trim();
    const read = d.yearInferred
      ? { zh: `“${typed}”年份按沟通日期推定为${formatDate(d.date, "zh")}，`, en: `"${typed}" read as ${formatDate(d.date, "en")}, the year taken from the meeting date, ` }
      : { zh: `${formatDate(d.date, "zh")}`, en: `${formatDate(d.date, "en")}` };
    out.push(
      finding(
        "deadline.before-meeting",
        "error",
        actionPath(i, "deadline"),
        d.yearInferred
          ? `待办事项第${i + 1}项的完成时限${read.zh}早于沟通日期（${formatDate(meeting, "zh")}）：请改为会议当天或之后的日期，跨年的请写明年份。`
          : `待办事项第${i + 1}项的完成时限（${read.zh}）早于沟通日期（${formatDate(meeting, "zh")}）：请改为会议当天或之后的日期。`,
        d.yearInferred
          ? `The deadline of action item ${i + 1}: ${read.en}is before the meeting (${formatDate(meeting, "en")}): give a date on or after the meeting, with its year when it is next year.`
          : `The deadline of action item ${i + 1} (${read.en}) is before the meeting (${formatDate(meeting, "en")}): give a date on or after the meeting.`,
      ),
    );
  });
  return out;
};
