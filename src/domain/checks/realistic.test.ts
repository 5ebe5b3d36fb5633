// Realistic records, each with the findings expected of it written down beforehand
// (test/fixtures/realistic/*.json: name, note, today, expected, record). They exercise the
// principles of issue 18 the way records are really filled in.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRecord } from "../record/record";
import { validateRecord } from "./validate";

const DIR = join(__dirname, "..", "..", "..", "test", "fixtures", "realistic");

interface Case {
  name: string;
  note: string;
  today?: string;
  expected: string[];
  record: unknown;
}

const cases: Case[] = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as Case);

/** Half-width punctuation that zh messages write full-width (quoted user text and times aside). */
const HALF_WIDTH_IN_ZH = /[,;()]|:(?!\d)/;

describe("realistic records with expected findings", () => {
  it("are a dozen or more", () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  for (const c of cases) {
    it(`${c.name}: ${c.note}`, () => {
      const parsed = parseRecord(JSON.stringify(c.record));
      if (!parsed.ok) throw new Error(parsed.error.message.en);
      const findings = validateRecord(parsed.record, c.today ? { today: c.today } : {});
      expect(findings.map((f) => `${f.rule} ${f.severity} ${f.path}`).sort()).toEqual([...c.expected].sort());
      for (const f of findings) {
        expect(f.message.zh, f.rule).toMatch(/[\u4e00-\u9fff]/);
        const zhOwnWords = f.message.zh.replace(/“[^”]*”/g, "");
        expect(zhOwnWords, `${f.rule}: ${f.message.zh}`).not.toMatch(HALF_WIDTH_IN_ZH);
        expect(f.message.en.replace(/"[^"]*"/g, ""), f.rule).toMatch(/^[\x20-\x7e\u2014\u2019…]+$/u);
      }
    });
  }
});
