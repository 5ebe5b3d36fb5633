import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { completeRecord, EXAMPLES_DIR, readRecord } from "../../../test/support/records";
import { RULE_IDS } from "./findings";
import { comparePaths, pathLabel } from "../record/paths";
import { emptyRecord, parseRecord, serialiseRecord, type CcrRecord } from "../record/record";
import { canConfirm, fieldFindings, validateRecord } from "./validate";

const TODAY = "2026-11-25";

function summary(name: string, today?: string) {
  return validateRecord(readRecord(join(EXAMPLES_DIR, name)), today ? { today } : {}).map((f) => `${f.rule} ${f.severity} ${f.path}`);
}

describe("validateRecord on the examples", () => {
  it("finds nothing in the record of record-template §5", () => {
    expect(validateRecord(completeRecord(), { today: TODAY })).toEqual([]);
  });

  it("project-delay.json and weekly-sync.json are clean (but for a hint: 2026-06-19 is 端午)", () => {
    expect(summary("project-delay.json", TODAY)).toEqual(["deadline.holiday hint actions[2].deadline"]);
    expect(summary("weekly-sync.json", TODAY)).toEqual([]);
  });

  it("resource-budget.json: group owner, vague deadline, vague deliverable (and minutes sent a day late)", () => {
    expect(summary("resource-budget.json")).toEqual([
      "owner.group warning actions[1].owner",
      "deadline.vague error actions[1].deadline",
      "deliverable.vague warning actions[1].deliverable",
      "circulation.late warning sentOn",
    ]);
  });

  it("supplier-delivery.json: minutes unsent, formal letter without reference", () => {
    expect(summary("supplier-delivery.json", TODAY)).toEqual(["circulation.late warning sentOn", "external.letter warning formalLetter.ref"]);
    expect(summary("supplier-delivery.json")).toEqual(["external.letter warning formalLetter.ref"]);
  });

  it("priority-conflict.json: 本周五 resolves; only the unsent minutes once their deadline has passed", () => {
    expect(summary("priority-conflict.json")).toEqual([]);
    expect(summary("priority-conflict.json", "2026-04-07")).toEqual([]);
    expect(summary("priority-conflict.json", "2026-04-08")).toEqual(["circulation.late warning sentOn"]);
  });
});

describe("findings", () => {
  const messy = () => {
    const record = completeRecord();
    record.goal = "沟通";
    record.topic = "";
    record.end = "13:00";
    record.actions.push({ ...record.actions[0], owner: "各部门", deadline: "尽快", deliverable: "" });
    record.sentOn = "2026-06-12";
    return record;
  };

  it("come in document order with §6 fields and bilingual messages", () => {
    const found = validateRecord(messy());
    expect(found.map((f) => f.path)).toEqual(["topic", "goal", "end", "actions[1].owner", "actions[1].deadline", "actions[1].deliverable", "sentOn"]);
    for (const f of found) {
      expect(Object.keys(f)).toEqual(["rule", "severity", "path", "message"]);
      expect(RULE_IDS).toContain(f.rule);
      expect(f.message.zh).toMatch(/[\u4e00-\u9fff]/);
      // English apart from the user's own words it quotes.
      expect(f.message.en.replace(/"[^"]*"/g, "")).toMatch(/^[\x20-\x7e\u2014\u2019…]+$/u);
    }
  });

  it("are filtered per field and decide whether the minutes can be confirmed", () => {
    const found = validateRecord(messy());
    expect(fieldFindings(found, "actions[1]").map((f) => f.path)).toEqual(["actions[1].owner", "actions[1].deadline", "actions[1].deliverable"]);
    expect(fieldFindings(found, "actions[1].owner").map((f) => f.rule)).toEqual(["owner.group"]);
    expect(fieldFindings(found, "actions")).toHaveLength(3);
    expect(fieldFindings(found, "lead")).toEqual([]);
    expect(canConfirm(found)).toBe(false);
    expect(canConfirm(found.filter((f) => f.severity !== "error"))).toBe(true);
    expect(canConfirm([])).toBe(true);
  });

  it("never reads the clock: the same record gives the same findings without today", () => {
    const record = completeRecord();
    record.sentOn = "";
    expect(validateRecord(record)).toEqual([]);
    expect(validateRecord(record, { today: "2030-01-01" }).map((f) => f.rule)).toEqual(["circulation.late"]);
  });
});

describe("paths", () => {
  it("order by the record form, list items by index", () => {
    const paths = ["sentOn", "actions[10].owner", "actions[2].deliverable", "actions[2].owner", "lead.name", "topic", "participants[1].dept", "participants"];
    expect([...paths].sort(comparePaths)).toEqual([
      "topic",
      "lead.name",
      "participants",
      "participants[1].dept",
      "actions[2].owner",
      "actions[2].deliverable",
      "actions[10].owner",
      "sentOn",
    ]);
  });

  it("have labels in both languages", () => {
    expect(pathLabel("topic")).toEqual({ zh: "沟通主题", en: "Topic" });
    expect(pathLabel("lead.name")).toEqual({ zh: "主导人姓名", en: "Lead's name" });
    expect(pathLabel("actions[2].owner")).toEqual({ zh: "待办事项第3项 · 负责人", en: "Action item 3 · Owner" });
    expect(pathLabel("formalLetter.ref").zh).toBe("函件编号");
  });
});

describe("properties", () => {
  it("parseRecord and validateRecord never throw on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const r = parseRecord(text);
        if (r.ok) validateRecord(r.record, { today: TODAY });
      }),
      { numRuns: 300 },
    );
  });

  it("parseRecord and validateRecord never throw on any JSON value, nor on record-like objects", () => {
    const field = fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom("2026-06-08", "尽快", "本周五", "3个工作日内", "2026-02-30", "14:00"));
    const recordLike = fc.record(
      {
        schema: fc.constant("ccr/1"),
        date: field,
        start: field,
        end: field,
        kind: fc.oneof(fc.constantFrom("internal", "external"), field),
        lead: fc.oneof(field, fc.record({ name: field, dept: field })),
        participants: fc.oneof(field, fc.array(fc.oneof(field, fc.record({ name: field, side: field, dept: field, unit: field, title: field })))),
        consensus: field,
        actions: fc.oneof(field, fc.array(fc.oneof(field, fc.record({ owner: field, ownerDept: field, deadline: field, deliverable: field, cc: field })))),
        sentOn: field,
        formalLetter: field,
      },
      { requiredKeys: ["schema"] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), recordLike), fc.option(fc.constantFrom("2026-06-08", "2027-01-04", "bad"), { nil: undefined }), (value, today) => {
        const r = parseRecord(JSON.stringify(value) ?? "null");
        if (r.ok) {
          const found = validateRecord(r.record, today ? { today } : {});
          expect(Array.isArray(found)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("an empty record gets the required findings, and even a bare object does not make it throw", () => {
    const found = validateRecord(emptyRecord());
    expect(found.filter((f) => f.rule === "required").map((f) => f.path)).toEqual([
      "topic",
      "date",
      "start",
      "end",
      "place",
      "lead.name",
      "participants",
      "background",
      "discussionPoints",
      "consensus",
    ]);
    expect(canConfirm(found)).toBe(false);
    expect(() => validateRecord({} as CcrRecord, { today: TODAY })).not.toThrow();
    expect(() => validateRecord({ actions: [null, 1, "x"], participants: [null], lead: null } as unknown as CcrRecord)).not.toThrow();
  });

  it("a complete record's JSON survives parse → serialise unchanged, unknown keys included", () => {
    const base = JSON.parse(serialiseRecord(completeRecord())) as Record<string, unknown>;
    const extra = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !(k in base) && k !== "__proto__"),
      fc.jsonValue({ maxDepth: 2 }),
      { maxKeys: 4 },
    );
    fc.assert(
      fc.property(extra, extra, (top, inAction) => {
        const input = JSON.parse(JSON.stringify({ ...base, ...top }));
        input.actions[0] = { ...input.actions[0], ...Object.fromEntries(Object.entries(inAction).filter(([k]) => !(k in input.actions[0]))) };
        const text = JSON.stringify(input, null, 2) + "\n";
        const r = parseRecord(text);
        expect(r.ok).toBe(true);
        if (r.ok) expect(serialiseRecord(r.record)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
