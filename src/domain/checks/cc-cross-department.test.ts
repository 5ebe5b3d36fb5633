import { describe, expect, it } from "vitest";
import { completeRecord, findingsOf, withAction } from "../../../test/support/records";

describe("rule 8: cross-department items copied to both heads", () => {
  it("passes an item copied to both department heads, and items within the lead's department", () => {
    expect(findingsOf(completeRecord(), "cc.cross-department")).toEqual([]);
    expect(findingsOf(withAction({ ownerDept: "技术部", cc: [] }), "cc.cross-department")).toEqual([]);
  });

  it("accepts people of the record as heads of their departments", () => {
    expect(findingsOf(withAction({ cc: ["张伟", "生产部负责人"] }), "cc.cross-department")).toEqual([]);
  });

  it("warns when a head is missing and names it", () => {
    const [f] = findingsOf(withAction({ cc: ["生产部负责人"] }), "cc.cross-department");
    expect(f).toMatchObject({ severity: "warning", path: "actions[0].cc" });
    expect(f.message.zh).toContain("技术部负责人");
    const [g] = findingsOf(withAction({ cc: [] }), "cc.cross-department");
    expect(g.message.zh).toContain("生产部负责人、技术部负责人");
  });
});
