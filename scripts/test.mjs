// `npm test`: the whole suite. Suites whose programs are missing are skipped and named at the end
// (the suites vitest actually skipped, with what each needs), with the one apt command that installs
// what they need; CCR_REQUIRE_ALL=1 (set by .ci/run) makes a missing program a failure.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { aptCommand, detectTools, skippedSuites } from "./tools.mjs";

const tools = detectTools();
const missing = Object.entries(tools).filter(([, t]) => !t.available);
if (missing.length > 0) {
  console.log(`\nNot installed here: ${missing.map(([, t]) => t.label).join(", ")}. The tests that need them are skipped and listed at the end.\n`);
  if (process.env.CCR_REQUIRE_ALL === "1") {
    console.error(`CCR_REQUIRE_ALL=1: every suite must run. Install them (as root) with:\n  ${aptCommand(missing.map(([, t]) => t.needs))}`);
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
  const suites = skippedSuites(r);
  if (suites.length > 0) {
    const label = (pkg) => Object.values(tools).find((t) => t.needs === pkg)?.label ?? pkg;
    console.log("\nSkipped because a program is not installed:");
    for (const s of suites) console.log(`  ${s.name} (needs ${s.packages.map(label).join(", ")})`);
    console.log(`Install what they need (as root) with:\n  ${aptCommand([...new Set(suites.flatMap((s) => s.packages))])}`);
  }
} catch {
  console.log("tests: no results file written");
}
process.exit(run.status ?? 1);

