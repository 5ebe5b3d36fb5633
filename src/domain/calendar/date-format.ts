// Dates for people: 2026年6月30日 / 30 June 2026, 6月12日 / 12 June, with a time when there is one.

import { circulationDeadline, isValidIsoDate, unofficialYearsBetween, ymdOf, type IsoDate } from "./calendar";
import type { Lang } from "../record/record";

const MONTH_NAMES_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026年6月30日" / "30 June 2026"; the text itself when it is not a valid ISO date. */
export function formatDate(date: string, lang: Lang = "zh"): string {
  if (!isValidIsoDate(date)) return date;
  const { year, month, day } = ymdOf(date);
  return lang === "en" ? `${day} ${MONTH_NAMES_EN[month - 1]} ${year}` : `${year}年${month}月${day}日`;
}

/** "6月12日" / "12 June"; the text itself when it is not a valid ISO date. */
export function formatMonthDay(date: string, lang: Lang = "zh"): string {
  if (!isValidIsoDate(date)) return date;
  const { month, day } = ymdOf(date);
  return lang === "en" ? `${day} ${MONTH_NAMES_EN[month - 1]}` : `${month}月${day}日`;
}

/** "（暂定）" / " (provisional)": after a date counted in working days over a year without a State Council notice. */
export function provisionalMark(lang: Lang): string {
  return lang === "en" ? " (provisional)" : "（暂定）";
}

/**
 * A resolved deadline for display, always with its year: "2026年6月12日 17:00" / "12 June 2026, 17:00";
 * marked provisional when it was counted in working days over a year without a notice.
 */
export function formatResolvedDeadline(r: { date: IsoDate; time?: string; unofficialCalendar?: boolean }, lang: Lang = "zh"): string {
  const day = formatDate(r.date, lang);
  const shown = !r.time ? day : lang === "en" ? `${day}, ${r.time}` : `${day} ${r.time}`;
  return r.unofficialCalendar ? shown + provisionalMark(lang) : shown;
}

/** "6月12日" in the meeting's year, "2027年1月5日" in another: the year is shown whenever it is not the meeting's. */
export function formatDayFrom(date: IsoDate, meetingDate: string, lang: Lang = "zh"): string {
  return isValidIsoDate(meetingDate) && date.slice(0, 4) === meetingDate.slice(0, 4) ? formatMonthDay(date, lang) : formatDate(date, lang);
}

/**
 * 纪要发送时限 as the record form and the minutes show it: the circulation deadline formatted,
 * marked provisional when it was counted over a year without a notice; "" without a meeting date.
 */
export function circulationDeadlineText(meetingDate: string, lang: Lang = "zh"): string {
  const due = circulationDeadline(meetingDate);
  if (!due || !isValidIsoDate(meetingDate)) return "";
  return formatDate(due, lang) + (unofficialYearsBetween(meetingDate, due).length > 0 ? provisionalMark(lang) : "");
}

/**
 * 沟通时间 for people, one style per language: "2026年6月8日 14:00至14:30" / "8 June 2026, 14:00–14:30";
 * the parts that are missing are left out, a date that is not ISO is shown as typed.
 */
export function formatMeetingTime(date: string, start: string, end: string, lang: Lang = "zh"): string {
  const span = start && end ? (lang === "en" ? `${start}–${end}` : `${start}至${end}`) : start || (end ? (lang === "en" ? `until ${end}` : `至${end}`) : "");
  const day = date ? formatDate(date, lang) : "";
  return [day, span].filter(Boolean).join(lang === "en" ? ", " : " ");
}
