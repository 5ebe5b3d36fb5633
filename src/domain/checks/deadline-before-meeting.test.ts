import { describe, expect, it } from "vitest";
import { findingsOf, withAction } from "../../../test/support/records";

describe("rule 6: deadline before the meeting date", () => {
  it("passes a deadline on or after the meeting date", () => {
    expect(findingsOf(withAction({ deadline: "2026-06-08" }), "deadline.before-meeting")).toEqual([]);
    const december = withAction({ deadline: "1月15日" });
    december.date = "2026-12-20";
    expect(findingsOf(december, "deadline.before-meeting")).toEqual([]); // 2027-01-15
  });

  it("reports a month-day a few days before the meeting in the meeting's year, with the year it took (issue 18)", () => {
    for (const deadline of ["6月5日前", "6/5", "六月五日前"]) {
      const [f] = findingsOf(withAction({ deadline }), "deadline.before-meeting");
      expect(f?.message.zh, deadline).toContain("2026年6月5日");
      expect(f?.message.zh, deadline).toContain("年份按沟通日期推定");
      expect(f?.message.en, deadline).toContain("5 June 2026");
    }
    const september = withAction({ deadline: "6月30日下班前" });
    september.date = "2026-09-30";
    expect(findingsOf(september, "deadline.before-meeting")).toHaveLength(1);
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
