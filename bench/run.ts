// `npm run bench [-- --json] [-- NAME…]`: imports every bench/*.bench.ts, measures the figures they
// register, and prints a table (default) or one JSON object per line:
//   {"name":"validate.1000.ms","value":1.23,"unit":"ms"}
// With --json nothing else goes to stdout. Names given filter the figures (substring match).

import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatTable, measureAll } from "./framework";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes("--json");
const filters = args.filter((a) => !a.startsWith("--"));

for (const file of readdirSync(here).filter((f) => f.endsWith(".bench.ts")).sort()) {
  await import(pathToFileURL(join(here, file)).href);
}
const figures = await measureAll(filters);
if (json) {
  for (const f of figures) process.stdout.write(JSON.stringify(f) + "\n");
} else {
  process.stdout.write(formatTable(figures) + "\n");
}
