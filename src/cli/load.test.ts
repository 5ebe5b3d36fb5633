import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { emptyRecord } from "../domain/record";
import { CliError } from "./command";
import { LOADERS, loadRecord, loadRecords } from "./load";

const dir = mkdtempSync(join(tmpdir(), "ccr-load-"));

describe("loadRecords", () => {
  afterEach(() => {
    delete LOADERS[".txt"];
  });

  it("reads a .json record, relative to cwd, naming the file as given", async () => {
    writeFileSync(join(dir, "a.json"), JSON.stringify({ schema: "ccr/1", topic: "周会" }));
    const [loaded, ...rest] = await loadRecords("a.json", { cwd: dir });
    expect(rest).toEqual([]);
    expect(loaded.source).toBe("a.json");
    expect(loaded.record.topic).toBe("周会");
    expect((await loadRecord("a.json", { cwd: dir })).topic).toBe("周会");
  });

  it("refuses other extensions with exit 2 until a loader is registered", async () => {
    writeFileSync(join(dir, "b.txt"), "x");
    await expect(loadRecords("b.txt", { cwd: dir })).rejects.toMatchObject({ exitCode: 2 });
    LOADERS[".txt"] = (path) => [1, 2].map((n) => ({ record: { ...emptyRecord(), topic: `t${n}` }, source: `${path} #${n}` }));
    expect((await loadRecords("b.txt", { cwd: dir })).map((r) => r.record.topic)).toEqual(["t1", "t2"]);
    await expect(loadRecord("b.txt", { cwd: dir })).rejects.toBeInstanceOf(CliError);
  });

  it("refuses a file that is not UTF-8", async () => {
    writeFileSync(join(dir, "c.json"), Buffer.from([0xff, 0xfe, 0x7b]));
    await expect(loadRecords("c.json", { cwd: dir })).rejects.toMatchObject({ exitCode: 2 });
  });
});
