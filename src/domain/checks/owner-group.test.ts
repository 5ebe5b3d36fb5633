import { describe, expect, it } from "vitest";
import { completeRecord, findingsOf, withAction } from "../../../test/support/records";

describe("rule 5: owner is a group", () => {
  it("passes one named person", () => {
    expect(findingsOf(completeRecord(), "owner.group")).toEqual([]);
    expect(findingsOf(withAction({ owner: "Li Na" }), "owner.group")).toEqual([]);
  });

  it("warns on groups, departments and several people", () => {
    for (const owner of ["相关部门", "各部门", "大家", "全体成员", "待定", "生产部", "李娜、张伟", "everyone"]) {
      const found = findingsOf(withAction({ owner }), "owner.group");
      expect(found.map((f) => [f.path, f.severity]), owner).toEqual([["actions[0].owner", "warning"]]);
    }
  });
});
