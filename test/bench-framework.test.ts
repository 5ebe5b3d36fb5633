import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { figure, formatTable, measureAll, median, medianMs } from "../bench/framework";

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
    expect(formatTable(figures)).toMatch(/^name\s+value\s+unit\n-+\s+-+\s+----\ntest\.constant\.count\s+42\s+count\n/);
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
    expect(Object.keys(f)).toEqual(["name", "value", "unit"]);
    expect(f.name).toBe("validate.10.ms");
    expect(f.unit).toBe("ms");
    expect(typeof f.value).toBe("number");
  });
});
