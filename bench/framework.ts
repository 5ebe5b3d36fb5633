// A small benchmark framework: each bench/*.bench.ts file registers named figures with `figure`;
// bench/run.ts imports them all, measures, and prints a table or JSON lines. Figures, not tests:
// nothing passes or fails here.

export interface Figure {
  name: string;
  value: number;
  unit: string;
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

/** Median time of one call of `fn`, in milliseconds. */
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
  for (let s = 0; s < samples; s++) {
    const t = performance.now();
    for (let i = 0; i < repeat; i++) await fn();
    times.push((performance.now() - t) / repeat);
  }
  return median(times);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Measures every registered figure whose name contains one of `filters` (all when none). */
export async function measureAll(filters: readonly string[] = []): Promise<Figure[]> {
  const out: Figure[] = [];
  for (const r of registry) {
    if (filters.length > 0 && !filters.some((f) => r.name.includes(f))) continue;
    out.push({ name: r.name, value: round(await r.measure()), unit: r.unit });
  }
  return out;
}

function round(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(value))));
  return Number(value.toFixed(Math.min(digits, 6)));
}

export function formatTable(figures: readonly Figure[]): string {
  const nameWidth = Math.max(4, ...figures.map((f) => f.name.length));
  const valueWidth = Math.max(5, ...figures.map((f) => String(f.value).length));
  const lines = [`${"name".padEnd(nameWidth)}  ${"value".padStart(valueWidth)}  unit`, `${"-".repeat(nameWidth)}  ${"-".repeat(valueWidth)}  ----`];
  for (const f of figures) lines.push(`${f.name.padEnd(nameWidth)}  ${String(f.value).padStart(valueWidth)}  ${f.unit}`);
  return lines.join("\n");
}
