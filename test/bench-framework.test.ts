import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { figure, formatMarkdown, formatTable, measureAll, median, medianMs, missing, README_BEGIN, README_END, withBenchTable } from "../bench/framework";

const REPO = join(__dirname, "..");

describe("bench framework", () => {
  it("takes the median", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("measures registered figures, filtered by name", async () => {
    figure("test.constant.count", "count", () => 42);
    figure("test.timed.ms", "ms", () => medianMs(() => JSON.stringify({ a: [1, 2, 3] }), { samples: 3, warmupMs: 0, minSampleMs: 0.1 }));
    const figures = await measureAll(["test."]);
    expect(figures.map((f) => f.name)).toEqual(["test.constant.count", "test.timed.ms"]);
    expect(figures[0]).toEqual({ name: "test.constant.count", value: 42, unit: "count" });
    expect(figures[1].value).toBeGreaterThan(0);
    expect(() => figure("test.constant.count", "count", () => 1)).toThrow(/twice/);
    expect(formatTable(figures)).toMatch(/^name\s+value\s+cpu ms\s+unit\n-+\s+-+\s+-+\s+----\ntest\.constant\.count\s+42\s+count\n/);
  });

  it("gives a time measured in-process the CPU time per call beside it, and a value derived from it none", async () => {
    let spin = 0;
    const busy = () => {
      for (let i = 0; i < 20_000; i++) spin += Math.sqrt(i);
    };
    const idle = () => new Promise((resolve) => setTimeout(resolve, 2));
    figure("cpu.busy.ms", "ms", () => medianMs(busy, { samples: 3, warmupMs: 0, minSampleMs: 1 }));
    figure("cpu.idle.ms", "ms", () => medianMs(idle, { samples: 3, warmup: 1, warmupMs: 0, minSampleMs: 0 }));
    figure("cpu.derived.ratio", "×", async () => (await medianMs(busy, { samples: 3, warmupMs: 0 })) * 2);
    const [busyFigure, idleFigure, derived] = await measureAll(["cpu."]);
    expect(busyFigure.cpuMs).toBeGreaterThan(0);
    // Waiting on a timer takes wall time and next to no CPU time.
    expect(idleFigure.cpuMs!).toBeLessThan(idleFigure.value!);
    expect(derived.cpuMs).toBeUndefined();
    expect(spin).toBeGreaterThan(0);
  });

  it("reports a figure that cannot be measured, or whose measure fails, as missing with the reason", async () => {
    figure("gone.tool.ms", "ms", () => missing("no such tool here (apt-get install it)"));
    figure("gone.broken.ms", "ms", () => {
      throw new Error("it broke\nsecond line");
    });
    figure("gone.present.count", "count", () => 1);
    const figures = await measureAll(["gone."]);
    expect(figures).toEqual([
      { name: "gone.tool.ms", value: null, unit: "ms", missing: "no such tool here (apt-get install it)" },
      { name: "gone.broken.ms", value: null, unit: "ms", missing: "failed: it broke" },
      { name: "gone.present.count", value: 1, unit: "count" },
    ]);
    expect(formatTable(figures)).toMatch(/gone\.tool\.ms\s+missing\s+ms {2}\(no such tool here \(apt-get install it\)\)/);
    expect(formatMarkdown(figures)).toContain("| `gone.tool.ms` | missing | | ms: no such tool here (apt-get install it) |");
  });

  it("writes the table between the README's markers and nowhere else", () => {
    const figures = [{ name: "a.ms", value: 1.5, unit: "ms", cpuMs: 1.25 }];
    const readme = `# x\n\n${README_BEGIN}\nold table\n${README_END}\n\nafter\n`;
    expect(withBenchTable(readme, figures, "Measured today.")).toBe(
      `# x\n\n${README_BEGIN}\n\nMeasured today.\n\n| figure | value | CPU per call | unit |\n|---|---:|---:|---|\n| \`a.ms\` | 1.5 | 1.25 ms | ms |\n\n${README_END}\n\nafter\n`,
    );
    expect(withBenchTable("# no markers\n", figures, "")).toBeUndefined();
  });

  it("npm run bench -- --json prints one JSON object per line and nothing else", () => {
    const run = spawnSync(join(REPO, "node_modules", ".bin", "tsx"), [join(REPO, "bench", "run.ts"), "--json", "validate.10.ms"], {
      cwd: REPO,
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const f = JSON.parse(lines[0]);
    expect(Object.keys(f)).toEqual(["name", "value", "unit", "cpuMs"]);
    expect(f.name).toBe("validate.10.ms");
    expect(f.unit).toBe("ms");
    expect(typeof f.value).toBe("number");
    expect(typeof f.cpuMs).toBe("number");
  });
});
