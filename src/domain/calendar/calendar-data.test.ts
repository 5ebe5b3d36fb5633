// Cross-checks calendar-cn.json against the data of the chinese-days npm package (1.5.7), which
// the runtime never uses.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addDays, dayKind, officialYears, weekdayOf } from "./calendar";
import calendarCn from "./calendar-cn.json";
import { parseIsoDate as isoDay } from "./iso-date";

const reference = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "..", "node_modules", "chinese-days", "dist", "chinese-days.json"), "utf8"),
) as { holidays: Record<string, string>; workdays: Record<string, string> };

describe("calendar-cn.json", () => {
  it("names its source and the notice of every year", () => {
    expect(calendarCn.source).toMatch(/国务院/);
    for (const entry of Object.values(calendarCn.years)) expect(entry.notice).toMatch(/国务院办公厅关于\d{4}年部分节假日安排的通知/);
  });

  it("agrees with chinese-days 1.5.7 on every day of 2020–2026", () => {
    expect(officialYears().slice(0, 7)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const differences: string[] = [];
    for (let d = isoDay("2020-01-01"); d <= isoDay("2026-12-31"); d = addDays(d, 1)) {
      const expected = reference.holidays[d] ? "holiday" : reference.workdays[d] ? "workday" : weekdayOf(d) >= 6 ? "weekend" : "workday";
      if (dayKind(d) !== expected) differences.push(`${d}: ${dayKind(d)} ≠ ${expected}`);
    }
    expect(differences).toEqual([]);
  });

  it("lists only weekend days as make-up workdays and holiday blocks in order", () => {
    for (const [year, entry] of Object.entries(calendarCn.years)) {
      for (const w of entry.workdays) expect(weekdayOf(isoDay(w.date)), `${year} ${w.date}`).toBeGreaterThanOrEqual(6);
      for (const h of entry.holidays) expect(h.from <= h.to, `${year} ${h.name.zh}`).toBe(true);
    }
  });
});
