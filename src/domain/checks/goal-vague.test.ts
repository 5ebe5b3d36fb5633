import { describe, expect, it } from "vitest";
import { completeRecord, findingsOf } from "../../../test/support/records";

describe("rule 10: goal too general", () => {
  it("passes a goal that names a result", () => {
    expect(findingsOf(completeRecord(), "goal.vague")).toEqual([]);
  });

  it("hints at a general goal and at a missing one", () => {
    for (const goal of ["沟通项目进展", "交流情况", ""]) {
      const record = completeRecord();
      record.goal = goal;
      expect(findingsOf(record, "goal.vague").map((f) => [f.path, f.severity]), goal).toEqual([["goal", "hint"]]);
    }
  });
});
