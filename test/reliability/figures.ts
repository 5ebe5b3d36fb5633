// The reliability tests count the cases they try and write the figures to
// test-output/reliability/<file>.json, one file per test file (they run in parallel);
// docs/reliability.md quotes them from a real run.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join(__dirname, "..", "..", "test-output", "reliability");

const counts = new Map<string, number>();

/** Counts one more case tried under `key`. */
export function tried(key: string, n = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

/** Writes the counts of this test file to test-output/reliability/<name>.json. */
export function writeFigures(name: string): void {
  mkdirSync(DIR, { recursive: true });
  const figures = Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(DIR, `${name}.json`), JSON.stringify(figures, null, 2) + "\n");
}
