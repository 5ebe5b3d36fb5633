import { describe, expect, it } from "vitest";
import { clearBrowserData } from "./clearBrowserData";

function storage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    removeItem: (k: string) => void map.delete(k),
    keys: () => [...map.keys()],
  };
}

describe("clearBrowserData", () => {
  it("removes every ccr key, records, index and settings, and nothing else", () => {
    const s = storage({
      "ccr.records.v1": "[]",
      "ccr.record.r1": "{}",
      "ccr.record.r2": "{}",
      "ccr.current": "r1",
      "ccr.lang": "en",
      "ccr.calendar.v1": "{}",
      "other.app": "keep",
    });
    expect(clearBrowserData(s)).toBe(6);
    expect(s.keys()).toEqual(["other.app"]);
  });
});
