import { describe, expect, it } from "vitest";
import { isRecordId, newRecordId } from "./record-id";

describe("record ids", () => {
  it("accepts short tag-safe ids only: nothing that could name another file or tag", () => {
    for (const good of ["r1", "r-m3k9x2-4f7a1c", "A_b-9"]) expect(isRecordId(good), good).toBe(true);
    for (const bad of ["", "x/../../tmp/pwned", "a:b", "a b", "..", "a\\b", "记录", "x".repeat(65)]) expect(isRecordId(bad), bad).toBe(false);
  });

  it("makes valid ids from time and randomness, different at the same instant", () => {
    const at = Date.UTC(2026, 11, 2);
    expect(newRecordId(at, () => 0)).toBe(`r-${at.toString(36)}-000000`);
    const ids = new Set(Array.from({ length: 200 }, () => newRecordId(at)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(isRecordId(id)).toBe(true);
  });
});
