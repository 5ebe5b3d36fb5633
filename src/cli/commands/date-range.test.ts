// Issue 16 item 6: a `date` of 9999-12-31 (a common "no date") made validate and export minutes
// exit 2 with "Not an ISO date … 10000-01-01". Any valid date works; dates past the calendar's
// range are reported. And a year without a notice is marked provisional in the minutes.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ccr, REPO } from "../../../test/support/cli";

const EXAMPLE = join(REPO, "examples", "project-delay.json");

function recordWith(changes: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "ccr-dates-"));
  const record = { ...JSON.parse(readFileSync(EXAMPLE, "utf8")), ...changes };
  writeFileSync(join(dir, "r.json"), JSON.stringify(record));
  return dir;
}

const documentText = (file: string) => strFromU8(unzipSync(readFileSync(file))["word/document.xml"]).replace(/<[^>]+>/g, "");

describe("dates at the end of the calendar", () => {
  for (const date of ["9999-12-31", "9999-12-30", "1000-01-01"]) {
    it(`validate and export minutes work with date ${date}`, async () => {
      const dir = recordWith({ date, sentOn: "" });
      const v = await ccr(["validate", "r.json", "--json", "--today", "2026-12-02"], { cwd: dir });
      expect(v.stderr).toBe("");
      expect([0, 1]).toContain(v.code);
      const findings = JSON.parse(v.stdout) as { rule: string }[];
      if (date === "9999-12-31") expect(findings.map((f) => f.rule)).toContain("date.range");
      const m = await ccr(["export", "minutes", "r.json", "-o", "m.docx"], { cwd: dir });
      expect(m.stderr).not.toMatch(/运行出错|Not an ISO date/);
      expect(m.code).toBe(0);
      for (const kind of ["actions", "record"]) expect((await ccr(["export", kind, "r.json", "-o", `${kind}.docx`], { cwd: dir })).code).toBe(0);
      expect((await ccr(["status", "r.json", "--today", "2026-12-02"], { cwd: dir })).code).toBe(0);
    });
  }

  it("workdays add past 9999-12-31 is refused with a message, exit 2", async () => {
    const r = await ccr(["workdays", "add", "9999-12-31", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("Outside the calendar");
    expect(r.stderr).toContain("超出日历范围");
  });
});

describe("a year without a notice in the minutes", () => {
  it("marks the circulation deadline and a working-day deadline counted over it provisional", async () => {
    const dir = recordWith({ date: "2026-12-30", sentOn: "", actions: [{ task: "汇总盘点差异", owner: "李娜", ownerDept: "技术部", deadline: "3个工作日内", deliverable: "输出盘点差异清单", cc: [], status: "todo", progress: [] }] });
    expect((await ccr(["export", "minutes", "r.json", "-o", "m.docx"], { cwd: dir })).code).toBe(0);
    const text = documentText(join(dir, "m.docx"));
    expect(text).toContain("2027年1月4日（暂定）");
    expect((await ccr(["export", "actions", "r.json", "-o", "a.docx"], { cwd: dir })).code).toBe(0);
    expect(documentText(join(dir, "a.docx"))).toContain("2027年1月5日（暂定）");
  });
});
