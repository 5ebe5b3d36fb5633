import { describe, expect, it } from "vitest";
import { completeRecord, findingsOf, withAction } from "../../../test/support/records";

describe("rule 2: every action item has owner, deadline and deliverable", () => {
  it("passes complete action items", () => {
    expect(findingsOf(completeRecord(), "required")).toEqual([]);
  });

  it("reports each missing column of each item", () => {
    const record = withAction({ owner: "", deliverable: "  " });
    record.actions.push({ ...record.actions[0], task: "", owner: "李娜", deadline: "", deliverable: "清单" });
    const found = findingsOf(record, "required");
    expect(found.map((f) => f.path)).toEqual(["actions[0].owner", "actions[0].deliverable", "actions[1].task", "actions[1].deadline"]);
    expect(found[0].message.zh).toContain("负责人");
    expect(found[3].message.zh).toContain("2026年6月30日前");
  });

  it("does not call an empty deadline vague", () => {
    expect(findingsOf(withAction({ deadline: "" }), "deadline.vague")).toEqual([]);
  });
});
