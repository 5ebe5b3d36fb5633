import { describe, expect, it } from "vitest";
import { completeRecord, findingsOf, withAction } from "../../../test/support/records";

describe("rule 4: vague deliverable", () => {
  it("passes a concrete output", () => {
    expect(findingsOf(completeRecord(), "deliverable.vague")).toEqual([]);
    expect(findingsOf(withAction({ deliverable: "落实并输出书面报告" }), "deliverable.vague")).toEqual([]);
  });

  it("warns on 按要求落实, 做好, 跟进 and the like", () => {
    for (const deliverable of ["按要求落实", "做好对接", "持续跟进", "尽量处理", "follow up"]) {
      const found = findingsOf(withAction({ deliverable }), "deliverable.vague");
      expect(found.map((f) => [f.path, f.severity]), deliverable).toEqual([["actions[0].deliverable", "warning"]]);
    }
  });
});
