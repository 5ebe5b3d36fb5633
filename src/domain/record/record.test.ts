import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyRecord, fieldsOf, parseRecord, sameRecordData, serialiseRecord } from "./record";
import { EXAMPLES_DIR } from "../../../test/support/records";

const EXAMPLES = EXAMPLES_DIR;

describe("parseRecord", () => {
  it("reads every example record and gives back the same JSON", () => {
    for (const name of readdirSync(EXAMPLES).filter((n) => n.endsWith(".json"))) {
      const text = readFileSync(join(EXAMPLES, name), "utf8");
      const result = parseRecord(text);
      expect(result.ok, name).toBe(true);
      if (result.ok) expect(JSON.parse(serialiseRecord(result.record))).toEqual({ ...emptyRecord(), ...JSON.parse(text) });
    }
  });

  it("keeps unknown keys at every level", () => {
    const result = parseRecord(
      JSON.stringify({ schema: "ccr/1", custom: { a: 1 }, lead: { name: "张伟", extra: true }, actions: [{ task: "x", myKey: [1] }] }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(fieldsOf(result.record).custom).toEqual({ a: 1 });
    expect(fieldsOf(result.record.lead).extra).toBe(true);
    expect(fieldsOf(result.record.actions[0]).myKey).toEqual([1]);
    expect(result.record.actions[0].owner).toBe("");
  });

  it("fills defaults for missing fields", () => {
    const result = parseRecord('{"topic":"周会"}');
    expect(result.ok && result.record.actions).toEqual([]);
    expect(result.ok && result.record.schema).toBe("ccr/1");
  });

  it("reports the line and column of a JSON syntax error", () => {
    const result = parseRecord('{\n  "topic": "a",\n  "goal": }');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.line).toBe(3);
    expect(result.error.column).toBeGreaterThan(1);
    expect(result.error.message.zh).toContain("第 3 行");
  });

  it("refuses another schema and non-objects", () => {
    expect(parseRecord('{"schema":"ccr/9"}').ok).toBe(false);
    expect(parseRecord("[1,2]").ok).toBe(false);
    expect(parseRecord("null").ok).toBe(false);
  });

  it("coerces wrong types instead of throwing", () => {
    const result = parseRecord('{"topic": 12, "actions": "写报告", "participants": [null, "李娜"], "kind": "other"}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.topic).toBe("12");
    expect(result.record.actions[0].task).toBe("写报告");
    expect(result.record.participants.map((p) => p.name)).toEqual(["", "李娜"]);
    expect(result.record.kind).toBe("");
  });
});

describe("sameRecordData", () => {
  const a = { ...emptyRecord(), id: "r1", topic: "周会", lang: "zh" as const, extra: { x: 1, y: [1, 2] } };
  it("ignores the order of keys, undefined values and the language", () => {
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(sameRecordData(a, { ...reordered, ...{ extra: { y: [1, 2], x: 1 } }, lang: "en", ...{ note: undefined } })).toBe(true);
    expect(sameRecordData(a, { ...a, lang: undefined })).toBe(true);
  });
  it("sees a changed field, item or unknown key", () => {
    expect(sameRecordData(a, { ...a, topic: "周会2" })).toBe(false);
    expect(sameRecordData(a, { ...a, ...{ extra: { x: 1, y: [2, 1] } } })).toBe(false);
    expect(sameRecordData(a, { ...a, id: "r2" })).toBe(false);
    expect(sameRecordData(a, { ...a, actions: [{ task: "", owner: "", ownerDept: "", deadline: "", deliverable: "", cc: [], status: "todo", progress: [] }] })).toBe(false);
  });
});
