// A deadline on a statutory holiday (下周三前 from 2026-09-30 is 10月7日, 国庆) gets a hint with the
// next working day: the work is due while everyone is off. Weekends are not hinted (月底 often is
// one). In a year without a State Council notice the holiday is provisional, and the hint says so.

import { dayInfo, nextWorkdayFrom, unofficialCalendarNote } from "../calendar/calendar";
import { formatDate } from "../calendar/deadline";
import type { Finding } from "./findings";
import { finding, type Check } from "./context";
import { actionPath } from "../record/record-path";

export const checkDeadlineHoliday: Check = ({ deadlines }) => {
  const out: Finding[] = [];
  deadlines.forEach((d, i) => {
    if (d.kind !== "resolved") return;
    const day = dayInfo(d.date);
    if (day.kind !== "holiday" || !day.name) return;
    const next = nextWorkdayFrom(d.date);
    const note = day.official ? null : unofficialCalendarNote([Number(d.date.slice(0, 4))]);
    const nextZh = next ? `下一个工作日是${formatDate(next, "zh")}` : "其后没有可计算的工作日";
    const nextEn = next ? `the next working day is ${formatDate(next, "en")}` : "no working day can be computed after it";
    out.push(
      finding(
        "deadline.holiday",
        "hint",
        actionPath(i, "deadline"),
        `待办事项第${i + 1}项的完成时限${formatDate(d.date, "zh")}是${day.name.zh}假期，${nextZh}：请确认是否改到工作日。${note ? note.zh : ""}`,
        `The deadline of action item ${i + 1}, ${formatDate(d.date, "en")}, falls in the ${day.name.en} holiday; ${nextEn}: check whether it should be a working day.${note ? " " + note.en : ""}`,
      ),
    );
  });
  return out;
};
