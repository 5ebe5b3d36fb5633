// A small benchmark framework: each bench/*.bench.ts file registers named figures with `figure`;
// bench/run.ts imports them all, measures, and prints a table or JSON lines. Figures, not tests:
// nothing passes or fails here.
//
// Honesty rules: a time measured with medianMs in this process is reported with the CPU time the
// process spent per call beside it (process.cpuUsage: on a machine shared with other work, wall time
// grows while CPU time does not); a figure that cannot be measured here is reported as missing, with
// the reason, never left out.

export interface Figure {
  name: string;
  /** null when the figure could not be measured: `missing` says why. */
  value: number | null;
  unit: string;
  /** CPU time of this process per call, in ms, for figures timed in-process with medianMs. */
  cpuMs?: number;
  missing?: string;
}

interface Registered {
  name: string;
  unit: string;
  measure: () => number | Promise<number>;
}

const registry: Registered[] = [];

/** Registers a figure: `measure` returns its value in `unit` (e.g. medianMs(...) for "ms"). */
export function figure(name: string, unit: string, measure: () => number | Promise<number>): void {
  if (registry.some((r) => r.name === name)) throw new Error(`Benchmark figure registered twice: ${name}`);
  registry.push({ name, unit, measure });
}

export function registeredFigures(): readonly Registered[] {
  return registry;
}

/** Thrown by a measure (through `missing`) when this machine cannot give the figure. */
export class FigureMissing extends Error {}

/** Ends a measure: the figure is reported as missing, with `reason` (say what to install or run). */
export function missing(reason: string): never {
  throw new FigureMissing(reason);
}

export interface TimingOptions {
  /** Samples whose median is taken (default 31). */
  samples?: number;
  /** Untimed calls first, so that the JIT has settled: at least this many (default 10)… */
  warmup?: number;
  /** …and for at least this long (default 200 ms). */
  warmupMs?: number;
  /** Each sample repeats the call until it lasts at least this long, then divides (default 2 ms). */
  minSampleMs?: number;
}

/** The wall and CPU medians of the latest medianMs call, so that measureAll can report the CPU time
 * of a figure whose value is that wall median (and only then: a ratio or a size gets none). */
let lastTiming: { ms: number; cpuMs: number } | undefined;

/** Median time of one call of `fn`, in milliseconds (wall clock). */
export async function medianMs(fn: () => unknown, options: TimingOptions = {}): Promise<number> {
  const samples = options.samples ?? 31;
  const minSampleMs = options.minSampleMs ?? 2;
  const warmupEnd = performance.now() + (options.warmupMs ?? 200);
  for (let i = 0; i < (options.warmup ?? 10) || performance.now() < warmupEnd; i++) await fn();
  // How many calls one sample needs to last minSampleMs.
  let repeat = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < repeat; i++) await fn();
    if (performance.now() - t >= minSampleMs || repeat >= 1 << 20) break;
    repeat *= 2;
  }
  const times: number[] = [];
  const cpu: number[] = [];
  for (let s = 0; s < samples; s++) {
    const c = process.cpuUsage();
    const t = performance.now();
    for (let i = 0; i < repeat; i++) await fn();
    times.push((performance.now() - t) / repeat);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000 / repeat);
  }
  lastTiming = { ms: median(times), cpuMs: median(cpu) };
  return lastTiming.ms;
}

function latestTiming(): { ms: number; cpuMs: number } | undefined {
  return lastTiming;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Measures every registered figure whose name contains one of `filters` (all when none). A figure
 * whose measure fails is reported as missing with the error, and the others are still measured. */
export async function measureAll(filters: readonly string[] = []): Promise<Figure[]> {
  const out: Figure[] = [];
  for (const r of registry) {
    if (filters.length > 0 && !filters.some((f) => r.name.includes(f))) continue;
    lastTiming = undefined;
    try {
      const value = await r.measure();
      const f: Figure = { name: r.name, value: round(value), unit: r.unit };
      const timing = latestTiming();
      if (timing && timing.ms === value) f.cpuMs = round(timing.cpuMs);
      out.push(f);
    } catch (e) {
      const reason = e instanceof FigureMissing ? e.message : `failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
      out.push({ name: r.name, value: null, unit: r.unit, missing: reason });
    }
  }
  return out;
}

function round(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(value))));
  return Number(value.toFixed(Math.min(digits, 6)));
}

function cells(f: Figure): [string, string, string, string] {
  if (f.value === null) return [f.name, "missing", "", `${f.unit}  (${f.missing})`];
  return [f.name, String(f.value), f.cpuMs === undefined ? "" : String(f.cpuMs), f.unit];
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map(cells);
  const nameWidth = Math.max(4, ...rows.map((r) => r[0].length));
  const valueWidth = Math.max(5, ...rows.map((r) => r[1].length));
  const cpuWidth = Math.max(6, ...rows.map((r) => r[2].length));
  const line = (r: readonly string[]) => `${r[0].padEnd(nameWidth)}  ${r[1].padStart(valueWidth)}  ${r[2].padStart(cpuWidth)}  ${r[3]}`;
  return [line(["name", "value", "cpu ms", "unit"]), line(["-".repeat(nameWidth), "-".repeat(valueWidth), "-".repeat(cpuWidth), "----"]), ...rows.map(line)].join("\n");
}

/** The figures as a Markdown table, for the README (`npm run bench -- --readme`). */
export function formatMarkdown(figures: readonly Figure[]): string {
  const lines = ["| figure | value | CPU per call | unit |", "|---|---:|---:|---|"];
  for (const f of figures) {
    if (f.value === null) lines.push(`| \`${f.name}\` | missing | | ${f.unit}: ${(f.missing ?? "").replaceAll("|", "\\|")} |`);
    else lines.push(`| \`${f.name}\` | ${f.value} | ${f.cpuMs === undefined ? "" : `${f.cpuMs} ms`} | ${f.unit} |`);
  }
  return lines.join("\n");
}

export const README_BEGIN = "<!-- bench:begin (npm run bench -- --readme writes this table) -->";
export const README_END = "<!-- bench:end -->";

/** `readme` with the text between its bench markers replaced by `about` and the figures' table;
 * undefined when it has no markers. */
export function withBenchTable(readme: string, figures: readonly Figure[], about: string): string | undefined {
  const start = readme.indexOf(README_BEGIN);
  const end = start < 0 ? -1 : readme.indexOf(README_END, start);
  if (end < 0) return undefined;
  const block = [README_BEGIN, "", about, "", formatMarkdown(figures), "", README_END].join("\n");
  return readme.slice(0, start) + block + readme.slice(end + README_END.length);
}
