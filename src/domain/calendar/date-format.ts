// Dates for people: 2026年6月30日 / 30 June 2026, 6月12日 / 12 June, with a time when there is one.

import { circulationDeadline, isValidIsoDate, ymdOf, type IsoDate } from "./calendar";
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

/** A resolved deadline for display: "2026年6月12日 17:00" / "12 June 2026, 17:00". */
export function formatResolvedDeadline(r: { date: IsoDate; time?: string }, lang: Lang = "zh"): string {
  const day = formatDate(r.date, lang);
  if (!r.time) return day;
  return lang === "en" ? `${day}, ${r.time}` : `${day} ${r.time}`;
}

/** 纪要发送时限 as the record form shows it: the circulation deadline formatted, "" without a meeting date. */
export function circulationDeadlineText(meetingDate: string, lang: Lang = "zh"): string {
  const due = circulationDeadline(meetingDate);
  return due ? formatDate(due, lang) : "";
}
