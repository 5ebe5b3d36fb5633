import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ccr, ccrProcess } from "../../../test/support/cli";
import { chinaToday } from "../args";
import { TEMPLATE_EXAMPLE, EXAMPLES_DIR } from "../../../test/support/records";

const EXAMPLES = EXAMPLES_DIR;
const scratch = mkdtempSync(join(tmpdir(), "ccr-validate-"));

function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

describe("ccr validate (in process)", () => {
  it("lists findings with severity, field label, path and message; exit 1 with an error finding", async () => {
    const r = await ccr(["validate", `${EXAMPLES}/resource-budget.json`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("共 4 项问题（错误 1，警告 3，提示 0）");
    expect(r.stdout).toContain("错误  待办事项第2项 · 完成时限 (actions[1].deadline)  [deadline.vague]");
    expect(r.stdout).toContain("“尽快”不是具体时限");
    expect(r.stderr).toBe("");
  });

  it("speaks English with --lang en", async () => {
    const r = await ccr(["validate", `${EXAMPLES}/resource-budget.json`, "--lang", "en"]);
    expect(r.stdout).toContain("error  Action item 2 · Deadline (actions[1].deadline)");
    expect(r.stdout).toContain("Give a calendar date, e.g. by 31 March 2026");
  });

  it("exits 0 on warnings only and on a clean record", async () => {
    expect((await ccr(["validate", `${EXAMPLES}/supplier-delivery.json`])).code).toBe(0);
    const clean = await ccr(["validate", TEMPLATE_EXAMPLE]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain("未发现问题");
  });

  it("checks unsent minutes against --today, by default today in Beijing time", async () => {
    const before = await ccr(["validate", `${EXAMPLES}/supplier-delivery.json`, "--json", "--today", "2026-07-03"]);
    const after = await ccr(["validate", `${EXAMPLES}/supplier-delivery.json`, "--json", "--today", "2026-07-07"]);
    expect(JSON.parse(before.stdout).map((f: { rule: string }) => f.rule)).toEqual(["external.letter"]);
    expect(JSON.parse(after.stdout).map((f: { rule: string }) => f.rule)).toEqual(["circulation.late", "external.letter"]);
    const byDefault = await ccr(["validate", `${EXAMPLES}/supplier-delivery.json`, "--json"]);
    const explicit = await ccr(["validate", `${EXAMPLES}/supplier-delivery.json`, "--json", "--today", chinaToday()]);
    expect(byDefault.stdout).toBe(explicit.stdout);
  });

  it("refuses bad input with exit 2 and a message on stderr", async () => {
    for (const args of [
      ["validate"],
      ["validate", file("broken.json", '{\n  "topic": }')],
      ["validate", file("list.json", "[1]")],
      ["validate", join(scratch, "missing.json")],
      ["validate", file("record.docx", "x")],
      ["validate", TEMPLATE_EXAMPLE, "--today", "2026-02-30"],
      ["validate", TEMPLATE_EXAMPLE, "--bogus"],
    ]) {
      const r = await ccr(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr.length, args.join(" ")).toBeGreaterThan(0);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await ccr(["validate", join(scratch, "broken.json")])).stderr).toContain("第 2 行");
  });

  it("has help in Chinese and English", async () => {
    expect((await ccr(["validate", "--help"])).stdout).toContain("用法：ccr validate");
    expect((await ccr(["validate", "--help"], { lang: "en" })).stdout).toContain("Usage: ccr validate");
  });
});

describe("ccr validate (as a process)", () => {
  it("--json prints exactly the §6 findings array on stdout", () => {
    const r = ccrProcess(["validate", `${EXAMPLES}/resource-budget.json`, "--json"]);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout);
    expect(findings.map((f: { rule: string; path: string }) => `${f.rule} ${f.path}`)).toEqual([
      "owner.group actions[1].owner",
      "deadline.vague actions[1].deadline",
      "deliverable.vague actions[1].deliverable",
      "circulation.late sentOn",
    ]);
    for (const f of findings) expect(Object.keys(f)).toEqual(["rule", "severity", "path", "message"]);
  });

  it("exits 0 for a clean record and 2 for malformed JSON, without a stack trace", () => {
    expect(ccrProcess(["validate", "test/fixtures/record-template-example.json"]).code).toBe(0);
    const bad = ccrProcess(["validate", file("bad.json", "{ nope")]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("JSON");
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it("takes the help language from the system locale", () => {
    expect(ccrProcess(["validate", "--help"], { LANG: "en_US.UTF-8", LC_ALL: "" }).stdout).toContain("Usage: ccr validate");
    expect(ccrProcess(["validate", "--help"], { LANG: "zh_CN.UTF-8", LC_ALL: "" }).stdout).toContain("用法");
  });
});
