import { describe, expect, it } from "vitest";
import { moveItem } from "./ListEditor";

describe("moveItem", () => {
  it("moves an item up or down and leaves the list alone for an index out of range", () => {
    expect(moveItem(["a", "b", "c"], 0, 2)).toEqual(["b", "c", "a"]);
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b"], 0, 5)).toEqual(["a", "b"]);
  });
});
