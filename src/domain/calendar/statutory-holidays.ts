// The statutory holidays of a year for which the State Council has published no schedule yet, as
// 《全国年节及纪念日放假办法》 fixes them: the version in force in that year (amended in 2007, 2013
// and 2024; the 2024 version, from 2025 on: 元旦 1 day, 春节 4 days from 除夕, 清明 1, 劳动节 2,
// 端午 1, 中秋 1, 国庆 3). Lunar dates and the 清明 solar term come from tyme4ts. The annual
// notice moves weekends around the holidays (调休) and gives substitute days (补假); neither can
// be known before it is published, so a provisional year has neither.

import { LunarDay, SolarTerm } from "tyme4ts";
import type { HolidayBlock } from "./calendar-years";
import { HOLIDAY_NAMES } from "./holiday-names";
import { addDays, isoDate, type IsoDate } from "./iso-date";

interface Rules {
  /** The first year the version is in force. */
  from: number;
  /** 春节: the first and last day relative to 正月初一 (-1 = 除夕). */
  spring: readonly [number, number];
  labourDays: number;
}

/** Newest first. Before 2008 the holidays were others (no 清明, 端午, 中秋): not computed. */
const VERSIONS: readonly Rules[] = [
  { from: 2025, spring: [-1, 2], labourDays: 2 },
  { from: 2014, spring: [0, 2], labourDays: 1 },
  { from: 2008, spring: [-1, 1], labourDays: 1 },
];

/** The statutory holiday days of `year` without any weekend shift; [] before 2008. */
export function statutoryHolidays(year: number): HolidayBlock[] {
  const rules = VERSIONS.find((v) => year >= v.from);
  if (!rules || year > 9999) return [];
  const newYearsDay = lunarToIso(year, 1, 1);
  const midAutumn = lunarToIso(year, 8, 15);
  const qingming = SolarTerm.fromName(year, "清明").getJulianDay().getSolarDay();
  const nationalDay = { from: isoDate(year, 10, 1), to: isoDate(year, 10, 3) };
  const midAutumnInNationalDay = midAutumn >= nationalDay.from && midAutumn <= nationalDay.to;
  const blocks: HolidayBlock[] = [
    { name: HOLIDAY_NAMES.newYear, from: isoDate(year, 1, 1), to: isoDate(year, 1, 1) },
    { name: HOLIDAY_NAMES.springFestival, from: addDays(newYearsDay, rules.spring[0]), to: addDays(newYearsDay, rules.spring[1]) },
    { name: HOLIDAY_NAMES.qingming, ...oneDay(isoDate(qingming.getYear(), qingming.getMonth(), qingming.getDay())) },
    { name: HOLIDAY_NAMES.labourDay, from: isoDate(year, 5, 1), to: isoDate(year, 5, rules.labourDays) },
    { name: HOLIDAY_NAMES.dragonBoat, ...oneDay(lunarToIso(year, 5, 5)) },
  ];
  if (midAutumnInNationalDay) blocks.push({ name: HOLIDAY_NAMES.nationalDayAndMidAutumn, ...nationalDay });
  else blocks.push({ name: HOLIDAY_NAMES.midAutumn, ...oneDay(midAutumn) }, { name: HOLIDAY_NAMES.nationalDay, ...nationalDay });
  return blocks;
}

function lunarToIso(year: number, month: number, day: number): IsoDate {
  const solar = LunarDay.fromYmd(year, month, day).getSolarDay();
  return isoDate(solar.getYear(), solar.getMonth(), solar.getDay());
}

function oneDay(date: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: date, to: date };
}
