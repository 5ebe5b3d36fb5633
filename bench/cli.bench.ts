// Start-up of the `ccr` command (issue 15): `node bin/ccr.mjs --help` with the command line compiled
// by scripts/build-cli.mjs from the current sources (into a scratch copy of the package layout, as
// npm ci or npm link leave it), beside `node -e 0` in the same run, runs interleaved so that a busy
// machine slows both alike. Wall time per run, median; goal cli.start.ms ≤ 3 × node.start.ms.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// @ts-expect-error plain ESM build script
import { buildCli } from "../scripts/build-cli.mjs";
import { figure, median } from "./framework";

const ROOT = join(import.meta.dirname, "..");
const RUNS = 15;

interface StartTimes {
  cliMs: number;
  nodeMs: number;
}

let measured: Promise<StartTimes> | undefined;

function wallMs(args: string[]): number {
  const t = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const ms = performance.now() - t;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return ms;
}

async function startTimes(): Promise<StartTimes> {
  measured ??= (async () => {
    const scratch = mkdtempSync(join(tmpdir(), "ccr-cli-bench-"));
    try {
      mkdirSync(join(scratch, "bin"));
      copyFileSync(join(ROOT, "bin", "ccr.mjs"), join(scratch, "bin", "ccr.mjs"));
      await buildCli(join(scratch, "dist", "cli"));
      const cli = [join(scratch, "bin", "ccr.mjs"), "--help"];
      const node = ["-e", "0"];
      wallMs(cli);
      wallMs(node);
      const cliMs: number[] = [];
      const nodeMs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        cliMs.push(wallMs(cli));
        nodeMs.push(wallMs(node));
      }
      return { cliMs: median(cliMs), nodeMs: median(nodeMs) };
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  })();
  return measured;
}

figure("cli.start.ms", "ms", async () => (await startTimes()).cliMs);
figure("node.start.ms", "ms", async () => (await startTimes()).nodeMs);
figure("cli.start.ratio", "× node", async () => {
  const t = await startTimes();
  return t.cliMs / t.nodeMs;
});
