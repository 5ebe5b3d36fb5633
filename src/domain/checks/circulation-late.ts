// Rule 9: the minutes are circulated within 2 working days of the meeting (warning, shows the
// date). Late when sent after the deadline, or — when today is given — still unsent after it. A
// sentOn that is not a date is date.invalid (sent-on.ts), not "unsent". A meeting date whose
// deadline lies past 9999-12-31 (9999-12-31, a common "no date") is date.range.

import { circulationDeadline, isValidIsoDate, unofficialCalendarNote, unofficialYearsBetween } from "../calendar/calendar";
import { formatDate } from "../calendar/deadline";
import { finding, text, type Check } from "./context";

export const checkCirculationLate: Check = ({ record, meeting, today }) => {
  if (!meeting) return [];
  const due = circulationDeadline(meeting);
  if (!due) {
    return [
      finding(
        "date.range",
        "warning",
        "date",
        `沟通日期${formatDate(meeting, "zh")}之后2个工作日超出日历范围（最晚到9999年12月31日），无法计算纪要发送时限：请填写实际的沟通日期。`,
        `Two working days after the meeting date ${formatDate(meeting, "en")} are past the calendar's range (up to 31 December 9999), so the minutes' deadline cannot be computed: fill in the actual meeting date.`,
      ),
    ];
  }
  const sentOn = text(record.sentOn);
  if (sentOn && !isValidIsoDate(sentOn)) return [];
  const note = unofficialCalendarNote(unofficialYearsBetween(meeting, due));
  const tail = (lang: "zh" | "en") => (note ? (lang === "zh" ? note.zh : " " + note.en) : "");
  const dueZh = formatDate(due, "zh");
  const dueEn = formatDate(due, "en");
  if (isValidIsoDate(sentOn)) {
    if (sentOn <= due) return [];
    return [
      finding(
        "circulation.late",
        "warning",
        "sentOn",
        `纪要于${formatDate(sentOn, "zh")}发送，晚于发送时限${dueZh}（会后2个工作日）：今后请在时限内发送。${tail("zh")}`,
        `The minutes were sent on ${formatDate(sentOn, "en")}, after the deadline of ${dueEn} (2 working days after the meeting): send them on time.${tail("en")}`,
      ),
    ];
  }
  if (!today || today <= due) return [];
  return [
    finding(
      "circulation.late",
      "warning",
      "sentOn",
      `纪要尚未发送，发送时限${dueZh}（会后2个工作日）已过：请立即发送给全体参与人员并填写发送日期。${tail("zh")}`,
      `The minutes have not been sent and the deadline of ${dueEn} (2 working days after the meeting) has passed: send them to all participants now and fill in the date sent.${tail("en")}`,
    ),
  ];
};
