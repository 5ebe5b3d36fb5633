import { describe, expect, it } from "vitest";
import { emptyAction, emptyRecord } from "../../domain/record/record";
import { getAt, move, pathKeys, setAt } from "./recordPath";

describe("record paths", () => {
  it("parses the finding paths of record-template §6", () => {
    expect(pathKeys("topic")).toEqual(["topic"]);
    expect(pathKeys("lead.name")).toEqual(["lead", "name"]);
    expect(pathKeys("actions[2].owner")).toEqual(["actions", 2, "owner"]);
    expect(pathKeys("actions[0].progress[1].note")).toEqual(["actions", 0, "progress", 1, "note"]);
  });

  it("reads and writes without touching the original", () => {
    const r = { ...emptyRecord(), actions: [emptyAction(), emptyAction()] };
    const next = setAt(r, "actions[1].owner", "李娜");
    expect(getAt(next, "actions[1].owner")).toBe("李娜");
    expect(r.actions[1].owner).toBe("");
    expect(next.actions[0]).toBe(r.actions[0]);
    expect(getAt(setAt(r, "lead.name", "张伟"), "lead.name")).toBe("张伟");
    expect(getAt(r, "actions[9].owner")).toBeUndefined();
  });

  it("moves list items", () => {
    expect(move(["a", "b", "c"], 0, 2)).toEqual(["b", "c", "a"]);
    expect(move(["a", "b", "c"], 2, 1)).toEqual(["a", "c", "b"]);
    expect(move(["a", "b"], 0, 5)).toEqual(["a", "b"]);
  });
});
