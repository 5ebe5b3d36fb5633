// Running the `ccr` command line in tests: in-process (fast) or as a real process.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import type { Lang } from "../../src/domain/record/record";

export const REPO = join(__dirname, "..", "..");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** runCli with captured output; cwd is the repository root unless given. */
export async function ccr(args: string[], options: { lang?: Lang; cwd?: string } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    out: (t) => (stdout += t.endsWith("\n") ? t : t + "\n"),
    err: (t) => (stderr += t.endsWith("\n") ? t : t + "\n"),
    lang: options.lang ?? "zh",
    cwd: options.cwd ?? REPO,
  });
  return { code, stdout, stderr };
}

/** `npx tsx src/cli/main.ts …` as a separate process (tsx called directly, as npx would). */
export function ccrProcess(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const run = spawnSync(join(REPO, "node_modules", ".bin", "tsx"), [join(REPO, "src", "cli", "main.ts"), ...args], {
    cwd: REPO,
    encoding: "utf8",
    env: { ...process.env, LANG: "zh_CN.UTF-8", ...env },
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}
