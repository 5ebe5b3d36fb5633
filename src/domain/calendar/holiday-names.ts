// The names of the statutory holidays, as calendar-cn.json writes them (the notice parser and
// the provisional years use them).

import type { Bilingual } from "../record/i18n";

export const HOLIDAY_NAMES = {
  newYear: { zh: "元旦", en: "New Year's Day" },
  springFestival: { zh: "春节", en: "Spring Festival" },
  qingming: { zh: "清明", en: "Qingming Festival" },
  labourDay: { zh: "劳动节", en: "Labour Day" },
  dragonBoat: { zh: "端午", en: "Dragon Boat Festival" },
  midAutumn: { zh: "中秋", en: "Mid-Autumn Festival" },
  nationalDay: { zh: "国庆", en: "National Day" },
  nationalDayAndMidAutumn: { zh: "国庆、中秋", en: "National Day and Mid-Autumn Festival" },
} as const satisfies Record<string, Bilingual>;

export type HolidayKey = keyof typeof HOLIDAY_NAMES;
