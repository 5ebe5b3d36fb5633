// Rule 9: the minutes are circulated within 2 working days of the meeting (warning, shows the
// date). Late when sent after the deadline, or — when today is given — still unsent after it.

import { circulationDeadline, isValidIsoDate, unofficialCalendarNote, unofficialYearsBetween } from "../calendar/calendar";
import { formatDate } from "../calendar/deadline";
import { finding, text, type Check } from "./context";

export const checkCirculationLate: Check = ({ record, meeting, today }) => {
  if (!meeting) return [];
  const due = circulationDeadline(meeting);
  if (!due) return [];
  const sentOn = text(record.sentOn);
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
        `纪要于${formatDate(sentOn, "zh")}发送,晚于发送时限${dueZh}(会后2个工作日):今后请在时限内发送。${tail("zh")}`,
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
      `纪要尚未发送,发送时限${dueZh}(会后2个工作日)已过:请立即发送给全体参与人员并填写发送日期。${tail("zh")}`,
      `The minutes have not been sent and the deadline of ${dueEn} (2 working days after the meeting) has passed: send them to all participants now and fill in the date sent.${tail("en")}`,
    ),
  ];
};
