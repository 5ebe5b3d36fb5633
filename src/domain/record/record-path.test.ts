import { describe, expect, it } from "vitest";
import { emptyAction, emptyRecord } from "./record";
import {
  actionPath,
  changedPaths,
  formatRecordPath,
  getAtPath,
  parseActionPath,
  parseRecordPath,
  pathSteps,
  setAtPath,
} from "./record-path";

describe("record paths", () => {
  it("parses the finding paths of record-template §6 into steps", () => {
    expect(pathSteps("topic")).toEqual(["topic"]);
    expect(pathSteps("lead.name")).toEqual(["lead", "name"]);
    expect(pathSteps("actions[2].owner")).toEqual(["actions", 2, "owner"]);
    expect(pathSteps("actions[0].progress[1].note")).toEqual(["actions", 0, "progress", 1, "note"]);
  });

  it("refuses what is not a path", () => {
    for (const bad of ["", "[0]", "actions[", "actions[x]", "actions..owner", "lead.", "x/../y", "actions[0]owner", "__proto__ x"]) {
      expect(pathSteps(bad), bad).toBeUndefined();
      expect(parseRecordPath(bad), bad).toBeUndefined();
    }
  });

  it("reads the field, item and part, and formats them back", () => {
    expect(parseRecordPath("actions[2].owner")).toEqual({ field: "actions", index: 2, part: "owner" });
    expect(parseRecordPath("lead.name")).toEqual({ field: "lead", part: "name" });
    expect(parseRecordPath("participants[1]")).toEqual({ field: "participants", index: 1 });
    for (const text of ["topic", "lead.name", "actions[2]", "actions[2].owner"]) expect(formatRecordPath(parseRecordPath(text)!)).toBe(text);
    expect(parseActionPath(actionPath(3, "deadline"))).toEqual({ index: 3, field: "deadline" });
    expect(parseActionPath("participants[0].name")).toBeUndefined();
    expect(parseActionPath("actions[1].备注")).toEqual({ index: 1, field: "备注" });
    expect(parseActionPath("actions[0].progress[1].note")).toBeUndefined();
  });

  it("reads and writes without touching the original", () => {
    const r = { ...emptyRecord(), actions: [emptyAction(), emptyAction()] };
    const next = setAtPath(r, "actions[1].owner", "李娜");
    expect(getAtPath(next, "actions[1].owner")).toBe("李娜");
    expect(r.actions[1].owner).toBe("");
    expect(next.actions[0]).toBe(r.actions[0]);
    expect(getAtPath(setAtPath(r, "lead.name", "张伟"), "lead.name")).toBe("张伟");
    expect(getAtPath(r, "actions[9].owner")).toBeUndefined();
    expect(getAtPath(r, "topic.constructor")).toBeUndefined();
  });
});

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
