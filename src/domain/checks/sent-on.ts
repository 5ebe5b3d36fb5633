// The follow-up dates of record-template §1.4: 发送日期 and 异议反馈截止 are dates that exist
// (date.invalid, error: "2026-06-31" is neither a date nor "not sent"), and the minutes are not
// sent before the meeting took place (sent.before-meeting, error).

import { isValidIsoDate } from "../calendar/calendar";
import { formatDate } from "../calendar/deadline";
import { pathLabel } from "../record/paths";
import type { Finding } from "./findings";
import { finding, notADate, text, type Check } from "./context";

export const checkFollowUpDates: Check = ({ record, meeting }) => {
  const out: Finding[] = [];
  for (const key of ["sentOn", "objectionBy"] as const) {
    const value = text(record[key]);
    if (!value || isValidIsoDate(value)) continue;
    const label = pathLabel(key);
    out.push(
      finding(
        "date.invalid",
        "error",
        key,
        notADate(label, value).zh,
        notADate(label, value).en,
      ),
    );
  }
  const sentOn = text(record.sentOn);
  if (meeting && isValidIsoDate(sentOn) && sentOn < meeting) {
    out.push(
      finding(
        "sent.before-meeting",
        "error",
        "sentOn",
        `纪要发送日期（${formatDate(sentOn, "zh")}）早于沟通日期（${formatDate(meeting, "zh")}）：请填写实际发送纪要的日期。`,
        `The minutes are dated as sent (${formatDate(sentOn, "en")}) before the meeting (${formatDate(meeting, "en")}): fill in the day they were actually sent.`,
      ),
    );
  }
  return out;
};
