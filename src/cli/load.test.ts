import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { emptyRecord } from "../domain/record/record";
import { CliError } from "./command";
import { LOADERS, loadRecords, readRecords } from "./load";

const dir = mkdtempSync(join(tmpdir(), "ccr-load-"));

describe("loadRecords", () => {
  afterEach(() => {
    delete LOADERS[".txt"];
  });

  it("reads a .json record, relative to cwd, naming the file as given", () => {
    writeFileSync(join(dir, "a.json"), JSON.stringify({ schema: "ccr/1", topic: "周会" }));
    const [loaded, ...rest] = loadRecords("a.json", { cwd: dir });
    expect(rest).toEqual([]);
    expect(loaded.source).toBe("a.json");
    expect(loaded.record.topic).toBe("周会");
    expect(readRecords(join(dir, "a.json")).map((r) => r.topic)).toEqual(["周会"]);
  });

  it("refuses other extensions with exit 2 until a loader is registered", () => {
    writeFileSync(join(dir, "b.txt"), "x");
    expect(() => loadRecords("b.txt", { cwd: dir })).toThrow(CliError);
    LOADERS[".txt"] = (path) => [1, 2].map((n) => ({ record: { ...emptyRecord(), topic: `t${n}` }, source: `${path} #${n}` }));
    expect(loadRecords("b.txt", { cwd: dir }).map((r) => [r.record.topic, r.source])).toEqual([
      ["t1", "b.txt #1"],
      ["t2", "b.txt #2"],
    ]);
  });

  it("refuses a file that is not UTF-8", () => {
    writeFileSync(join(dir, "c.json"), Buffer.from([0xff, 0xfe, 0x7b]));
    try {
      loadRecords("c.json", { cwd: dir });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CliError);
      expect((e as CliError).exitCode).toBe(2);
      expect((e as CliError).text.zh).toContain("UTF-8");
    }
  });
});
