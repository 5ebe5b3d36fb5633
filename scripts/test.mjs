// `npm test`: the whole suite. Suites whose programs are missing are skipped and named here,
// with the one apt command that enables them; CCR_REQUIRE_ALL=1 (set by .ci/run) makes that a failure.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { detectTools, APT_COMMAND } from "./tools.mjs";

const tools = detectTools();
const missing = Object.entries(tools).filter(([, t]) => !t.available);
if (missing.length > 0) {
  const names = missing.map(([name, t]) => `${name} (${t.needs})`).join(", ");
  console.log(`\nMissing for some suites: ${names}.`);
  console.log(`Those suites (browser, .docx rendering, manifest schema) are skipped. Enable them with:\n  ${APT_COMMAND}\n`);
  if (process.env.CCR_REQUIRE_ALL === "1") {
    console.error("CCR_REQUIRE_ALL=1: every suite must run; install the packages above.");
    process.exit(1);
  }
}

const typecheck = spawnSync("npx", ["tsc", "--noEmit", "-p", "tsconfig.json"], { stdio: "inherit" });
const domainCheck = spawnSync("npx", ["tsc", "--noEmit", "-p", "tsconfig.domain.json"], { stdio: "inherit" });
if (typecheck.status !== 0 || domainCheck.status !== 0) {
  console.error("Type check failed.");
  process.exit(1);
}

// The whole suite builds the pane once here, for every test file that needs a build (bundle size,
// security, browser tests), instead of once per test file: CCR_PROD_BUILD and CCR_DEV_BUILD name the
// folders (test/support/production-build.ts, test/e2e/pane-harness.ts). A run of chosen files builds
// what it needs itself.
const env = { ...process.env };
const builds = [];
if (process.argv.length <= 2) {
  const build = (mode, variable) => {
    const dir = mkdtempSync(join(tmpdir(), `ccr-${mode}-`));
    const made = spawnSync("npx", ["webpack", "--mode", mode, "--output-path", dir], { stdio: ["ignore", "ignore", "inherit"] });
    if (made.status !== 0) {
      console.error(`webpack --mode ${mode} failed.`);
      process.exit(1);
    }
    env[variable] = dir;
    builds.push(dir);
  };
  build("production", "CCR_PROD_BUILD");
  if (tools.chromium.available) build("development", "CCR_DEV_BUILD");
}

const resultsFile = ".vitest-results.json";
rmSync(resultsFile, { force: true });
const args = ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${resultsFile}`, ...process.argv.slice(2)];
const run = spawnSync("npx", args, { stdio: "inherit", env });
for (const dir of builds) rmSync(dir, { recursive: true, force: true });

try {
  const r = JSON.parse(readFileSync(resultsFile, "utf8"));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
  if (skipped > 0 && missing.length > 0) console.log(`(skipped suites need: ${missing.map(([, t]) => t.needs).join(" ")})`);
} catch {
  console.log("tests: no results file written");
}
process.exit(run.status ?? 1);
