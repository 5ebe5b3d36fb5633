// `ccr validate` on one record file per rule (test/fixtures/rules): each gives exactly its finding.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ccr, ccrProcess } from "./support/cli";

const RULES = join(__dirname, "fixtures", "rules");

const EXPECTED: Record<string, { findings: string[]; exit: number }> = {
  required: { findings: ["required error topic", "required error lead.name"], exit: 1 },
  "action-required": { findings: ["required error actions[0].owner", "required error actions[0].deliverable"], exit: 1 },
  "deadline-vague": { findings: ["deadline.vague error actions[0].deadline"], exit: 1 },
  "deadline-invalid": { findings: ["deadline.invalid error actions[0].deadline"], exit: 1 },
  "deliverable-vague": { findings: ["deliverable.vague warning actions[0].deliverable"], exit: 0 },
  "owner-group": { findings: ["owner.group warning actions[0].owner"], exit: 0 },
  "deadline-before-meeting": { findings: ["deadline.before-meeting error actions[0].deadline"], exit: 1 },
  "time-order": { findings: ["time.order error end"], exit: 1 },
  "external-letter": { findings: ["external.letter warning formalLetter"], exit: 0 },
  "cc-cross-department": { findings: ["cc.cross-department warning actions[0].cc"], exit: 0 },
  "circulation-late": { findings: ["circulation.late warning sentOn"], exit: 0 },
  "goal-vague": { findings: ["goal.vague hint goal"], exit: 0 },
};

describe("ccr validate on a record per rule", () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}.json gives ${expected.findings.join(", ")} and exit ${expected.exit}`, async () => {
      const r = await ccr(["validate", join(RULES, `${name}.json`), "--json", "--today", "2026-11-25"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(expected.exit);
      expect(JSON.parse(r.stdout).map((f: { rule: string; severity: string; path: string }) => `${f.rule} ${f.severity} ${f.path}`)).toEqual(expected.findings);
    });
  }

  it("the example of record-template §5 gives no finding, as a process too", () => {
    const r = ccrProcess(["validate", "test/fixtures/record-template-example.json", "--json", "--today", "2026-11-25"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
