import { describe, expect, it } from "vitest";
import { completeRecord, findingsOf } from "../../../test/support/records";

describe("rule 6: end time after start time", () => {
  it("passes 14:00–14:30", () => {
    expect(findingsOf(completeRecord(), "time.order")).toEqual([]);
  });

  it("reports an end before or equal to the start", () => {
    for (const end of ["13:30", "14:00"]) {
      const record = completeRecord();
      record.end = end;
      expect(findingsOf(record, "time.order").map((f) => [f.path, f.severity])).toEqual([["end", "error"]]);
    }
  });
});
