import { describe, expect, it } from "vitest";
import { normaliseTypedDate } from "./typedDate";

describe("normaliseTypedDate", () => {
  it("accepts the ways people type a date", () => {
    for (const typed of ["2026-06-08", "2026/6/8", "2026.6.8", "2026年6月8日", " 2026年6月8日 "]) {
      expect(normaliseTypedDate(typed), typed).toBe("2026-06-08");
    }
  });
  it("leaves what is not one whole date", () => {
    for (const typed of ["", "6月8日", "下周三", "尽快", "2026-02-30", "2026-06-08 17:00"]) {
      expect(normaliseTypedDate(typed), typed).toBeUndefined();
    }
  });
});
