import { describe, expect, it } from "vitest";
import { emptyAction, emptyRecord } from "../../domain/record/record";
import { changedPaths } from "./changes";

describe("changedPaths", () => {
  const base = { ...emptyRecord(), actions: [emptyAction(), emptyAction()] };

  it("names changed top-level fields and action cells", () => {
    const next = { ...base, topic: "周会", lead: { ...base.lead, name: "张伟" }, actions: [base.actions[0], { ...base.actions[1], owner: "李娜" }] };
    expect(changedPaths(base, next).sort()).toEqual(["actions[1].owner", "lead", "topic"]);
  });

  it("asks for the action rows to be rebuilt when items are added or removed", () => {
    expect(changedPaths(base, { ...base, actions: [...base.actions, emptyAction()] })).toEqual(["actions"]);
    expect(changedPaths(base, { ...base, actions: [base.actions[0]] })).toEqual(["actions"]);
  });

  it("finds nothing for an equal record", () => {
    expect(changedPaths(base, structuredClone(base))).toEqual([]);
  });
});
