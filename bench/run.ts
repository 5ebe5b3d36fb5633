// `npm run bench [-- --json] [-- --readme] [-- NAME…]`: imports every bench/*.bench.ts, measures the
// figures they register, and prints a table (default) or one JSON object per line:
//   {"name":"validate.1000.ms","value":1.23,"unit":"ms","cpuMs":1.2}
//   {"name":"pane.first-render.ms","value":null,"unit":"ms","missing":"…why…"}
// With --json nothing else goes to stdout. Names given filter the figures (substring match).
// --readme measures every figure and writes the table into README.md, between the bench markers.

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatTable, measureAll, README_BEGIN, README_END, withBenchTable, type Figure } from "./framework";

const here = dirname(fileURLToPath(import.meta.url));
const README = join(here, "..", "README.md");

const args = process.argv.slice(2);
const json = args.includes("--json");
const readme = args.includes("--readme");
const filters = args.filter((a) => !a.startsWith("--"));
if (readme && filters.length > 0) {
  console.error("--readme measures every figure: give no names with it.");
  process.exit(2);
}

const loadAtStart = loadavg()[0];
for (const file of readdirSync(here).filter((f) => f.endsWith(".bench.ts")).sort()) {
  await import(pathToFileURL(join(here, file)).href);
}
const figures = await measureAll(filters);
if (json) {
  for (const f of figures) process.stdout.write(JSON.stringify(f) + "\n");
} else {
  process.stdout.write(formatTable(figures) + "\n");
}
if (readme) writeReadme(figures);
if (figures.some((f) => f.missing?.startsWith("failed:"))) process.exitCode = 1;

function writeReadme(figures: readonly Figure[]): void {
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, load average ${loadAtStart.toFixed(1)} at the start`;
  const about = `Measured ${new Date().toISOString().slice(0, 10)} with Node ${process.version} on ${machine}.`;
  const text = withBenchTable(readFileSync(README, "utf8"), figures, about);
  if (text === undefined) {
    console.error(`README.md has no bench markers (${README_BEGIN} … ${README_END}): nothing written.`);
    process.exitCode = 2;
    return;
  }
  writeFileSync(README, text);
  if (!json) console.log(`README.md: ${figures.length} figures written.`);
}
