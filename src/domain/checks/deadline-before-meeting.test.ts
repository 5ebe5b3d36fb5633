import { describe, expect, it } from "vitest";
import { findingsOf, withAction } from "../../../test/support/records";

describe("rule 6: deadline before the meeting date", () => {
  it("passes a deadline on or after the meeting date", () => {
    expect(findingsOf(withAction({ deadline: "2026-06-08" }), "deadline.before-meeting")).toEqual([]);
    expect(findingsOf(withAction({ deadline: "6月1日" }), "deadline.before-meeting")).toEqual([]); // next year's 6月1日
  });

  it("reports a deadline before the meeting as an error with both dates", () => {
    const [f, ...rest] = findingsOf(withAction({ deadline: "2026-06-05" }), "deadline.before-meeting");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "error", path: "actions[0].deadline" });
    expect(f.message.zh).toContain("2026年6月5日");
    expect(f.message.zh).toContain("2026年6月8日");
  });

  it("reports 本周五 resolved before a Sunday meeting", () => {
    const record = withAction({ deadline: "本周五" });
    record.date = "2026-06-14";
    expect(findingsOf(record, "deadline.before-meeting")).toHaveLength(1);
  });
});
