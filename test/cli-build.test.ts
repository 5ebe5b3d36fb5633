// The compiled command line (scripts/build-cli.mjs → dist/cli/ccr.mjs) as bin/ccr.mjs runs it: built
// into a scratch copy of the package layout (bin/ beside dist/cli/), it gives what the sources give,
// its lazily loaded chunks (docx for exports, exceljs for the tracker) included; without a build and
// without the sources, bin/ccr.mjs says what to do.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain ESM build script
import { buildCli } from "../scripts/build-cli.mjs";
import { ccr, REPO } from "./support/cli";
import { EXAMPLES_DIR } from "./support/records";

const scratch = mkdtempSync(join(tmpdir(), "ccr-cli-build-"));
const packageDir = join(scratch, "package");
const work = join(scratch, "work");

/** `node bin/ccr.mjs …` of the scratch package, from a folder outside the repository. */
function built(args: string[], bin = join(packageDir, "bin", "ccr.mjs")) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: "utf8", env: { ...process.env, LANG: "zh_CN.UTF-8" } });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  mkdirSync(join(packageDir, "bin"), { recursive: true });
  mkdirSync(work);
  copyFileSync(join(REPO, "bin", "ccr.mjs"), join(packageDir, "bin", "ccr.mjs"));
  await buildCli(join(packageDir, "dist", "cli"));
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the compiled ccr", () => {
  it("is one entry file with the docx and exceljs code in chunks loaded only when needed", () => {
    const entry = readFileSync(join(packageDir, "dist", "cli", "ccr.mjs"), "utf8");
    expect(entry).not.toMatch(/\bexceljs\b/);
    expect(readdirSync(join(packageDir, "dist", "cli", "chunks")).length).toBeGreaterThan(0);
  });

  it("gives the findings the sources give", async () => {
    const file = join(EXAMPLES_DIR, "resource-budget.json");
    const args = ["validate", file, "--json", "--today", "2026-06-15"];
    const r = built(args);
    const fromSources = await ccr(args, { cwd: work });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(fromSources.code);
    expect(r.stdout).toBe(fromSources.stdout);
  });

  it("lists open action items and counts working days as the sources do", async () => {
    for (const args of [
      ["status", EXAMPLES_DIR, "--today", "2026-06-15", "--json"],
      ["workdays", "add", "2026-09-30", "2"],
    ]) {
      const r = built(args);
      expect(r.stdout, args.join(" ")).toBe((await ccr(args, { cwd: work })).stdout);
      expect(r.code).toBe(0);
    }
  });

  it("writes the minutes (docx chunk) and the tracker workbook (exceljs chunk)", () => {
    const minutes = built(["export", "minutes", join(EXAMPLES_DIR, "project-delay.json"), "-o", "minutes.docx"]);
    expect(minutes.stderr).toBe("");
    expect(minutes.code).toBe(0);
    const tracker = built(["tracker", "export", EXAMPLES_DIR, "-o", "tracker.xlsx", "--today", "2026-06-15"]);
    expect(tracker.stderr).toBe("");
    expect(tracker.code).toBe(0);
    for (const name of ["minutes.docx", "tracker.xlsx"]) expect(readFileSync(join(work, name)).subarray(0, 2).toString("latin1"), name).toBe("PK");
    const read = built(["tracker", "import", "tracker.xlsx", EXAMPLES_DIR, "--dry-run"]);
    expect(read.stderr).toBe("");
    expect(read.code).toBe(0);
  });
});

describe("bin/ccr.mjs without a build", () => {
  it("outside a development checkout says in Chinese and English how to build it, exit 2", () => {
    const lone = join(scratch, "lone", "bin");
    mkdirSync(lone, { recursive: true });
    copyFileSync(join(REPO, "bin", "ccr.mjs"), join(lone, "ccr.mjs"));
    const r = built(["--help"], join(lone, "ccr.mjs"));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("请在 ccr 文件夹中运行 npm ci");
    expect(r.stderr).toContain("Run npm ci");
  });
});
