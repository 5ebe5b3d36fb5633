import { describe, expect, it } from "vitest";
import { completeRecord, findingsOf } from "../../../test/support/records";

describe("open disagreements name their next step", () => {
  it("warns on an open issue without a next step", () => {
    const record = completeRecord();
    record.openIssues = [{ text: "试产批次数量", nextStep: "6月15日前由生产部提出方案" }, { text: "包装规格", nextStep: " " }];
    const found = findingsOf(record, "open-issue.next-step");
    expect(found.map((f) => [f.path, f.severity])).toEqual([["openIssues[1].nextStep", "warning"]]);
    expect(found[0].message.zh).toContain("待明确分歧“包装规格”没有下一步");
    expect(found[0].message.en).toContain('"包装规格" has no next step');
  });

  it("passes the record of record-template §5", () => {
    expect(findingsOf(completeRecord(), "open-issue.next-step")).toEqual([]);
  });
});
