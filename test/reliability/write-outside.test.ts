// Issue 16.1: a document must not choose where ccr writes. Record ids that ccr never writes (path
// traversal in the add-in's settings, in a record file) are refused where they enter, and every
// command refuses a file name that leads out of the folder of -o.

import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { serialiseRecord } from "../../src/domain/record/record";
import { outputPathIn } from "../../src/cli/output";
import { CliError } from "../../src/cli/command";
import { extractRecords } from "../../src/export/extract";
import { ccr } from "../support/cli";
import { sampleRecord } from "../support/export-records";
import { docxWithStoredRecords } from "../support/hostile-docx";

const HOSTILE_IDS = ["x/../../../../tmp/pwned", "x/../package"];

let sandbox: string;
/** The folder of -o, three levels down, so that `../../../../tmp` stays inside the sandbox. */
let outDir: string;

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return lstatSync(path).isDirectory() ? allFiles(path) : [relative(sandbox, path)];
  });
}

beforeEach(() => {
  sandbox = mkdtempSync(join(tmpdir(), "ccr-outside-"));
  outDir = join(sandbox, "a", "b", "c");
  mkdirSync(outDir, { recursive: true });
  mkdirSync(join(sandbox, "tmp"));
  writeFileSync(join(outDir, "package.json"), '{"name":"mine"}\n');
});

afterEach(() => rmSync(sandbox, { recursive: true, force: true }));

describe("a .docx whose stored record ids lead out of the folder (16.1)", () => {
  it("ccr extract -o refuses it in Chinese and English and writes nothing", async () => {
    const doc = join(outDir, "hostile.docx");
    writeFileSync(doc, docxWithStoredRecords(HOSTILE_IDS.map((id) => ({ id, record: sampleRecord() }))));
    const before = allFiles(sandbox).sort();
    for (const lang of ["zh", "en"] as const) {
      const run = await ccr(["extract", "hostile.docx", "-o", "out.json"], { lang, cwd: outDir });
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain("hostile.docx");
      expect(run.stderr).toContain("x/../package");
      if (lang === "zh") expect(run.stderr).toContain("记录编号");
      else expect(run.stderr).toMatch(/record id\(s\).*not valid/);
    }
    expect(allFiles(sandbox).sort()).toEqual(before);
    expect(readFileSync(join(outDir, "package.json"), "utf8")).toBe('{"name":"mine"}\n');
  });

  it("every command that reads it refuses it (validate, status, export, agenda, tracker)", async () => {
    writeFileSync(join(outDir, "hostile.docx"), docxWithStoredRecords(HOSTILE_IDS.map((id) => ({ id, record: sampleRecord() }))));
    const before = allFiles(sandbox).sort();
    for (const args of [
      ["validate", "hostile.docx"],
      ["status", "hostile.docx"],
      ["export", "minutes", "hostile.docx", "-o", "m.docx"],
      ["agenda", "hostile.docx", "-o", "a.docx"],
      ["tracker", "export", "hostile.docx", "-o", "t.xlsx"],
    ]) {
      const run = await ccr(args, { cwd: outDir });
      expect(run.code, `${args.join(" ")}: ${run.stderr}`).toBe(2);
      expect(run.stderr, args.join(" ")).toContain("记录编号");
    }
    expect(allFiles(sandbox).sort()).toEqual(before);
  });

  it("the reader under the pane and the CLI refuses it too", () => {
    const read = extractRecords(docxWithStoredRecords([{ id: "x/../package", record: sampleRecord() }]));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.en).toContain('"x/../package"');
  });

  it("a stored record whose JSON carries another id is read under its setting's (valid) id", () => {
    const record = sampleRecord();
    const doc = docxWithStoredRecords([{ id: "good-1", record, json: serialiseRecord({ ...record, id: "x/../package" }) }]);
    const read = extractRecords(doc);
    expect(read.ok && read.records.map((r) => [r.id, r.record.id, r.record.topic])).toEqual([["good-1", "good-1", record.topic]]);
  });
});

describe("a record file with such an id (16.1)", () => {
  it("is refused with a message by every command, nothing written", async () => {
    writeFileSync(join(outDir, "bad.json"), serialiseRecord({ ...sampleRecord(), id: "x/../package" }));
    const before = allFiles(sandbox).sort();
    for (const args of [["validate", "bad.json"], ["export", "record", "bad.json", "-o", "r.docx"], ["tracker", "export", "bad.json", "-o", "t.xlsx"]]) {
      for (const lang of ["zh", "en"] as const) {
        const run = await ccr(args, { lang, cwd: outDir });
        expect(run.code, `${args.join(" ")}: ${run.stderr}`).toBe(2);
        expect(run.stderr).toContain(lang === "zh" ? "记录编号（id）" : "The record id");
      }
    }
    expect(allFiles(sandbox).sort()).toEqual(before);
  });
});

describe("outputPathIn: the one check of every file ccr writes (16.1)", () => {
  it("takes a plain name in the folder", () => {
    expect(outputPathIn(outDir, "out-r-1.json")).toBe(join(outDir, "out-r-1.json"));
    expect(outputPathIn("c", "记录.docx", join(sandbox, "a", "b"))).toBe(join(outDir, "记录.docx"));
  });

  for (const name of ["out-x/../../../../tmp/pwned.json", "out-x/../package.json", "../package.json", "/tmp/pwned.json", "a\\..\\b.json", "..", ".", "sub/file.json"]) {
    it(`refuses ${JSON.stringify(name)} with a message in both languages`, () => {
      let error: unknown;
      try {
        outputPathIn(outDir, name);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).text.zh).toContain("已拒绝写入");
      expect((error as CliError).text.en).toContain("Refused to write");
    });
  }

  it("refuses a name that is already a symbolic link in the folder: writing would follow it out", () => {
    const elsewhere = join(sandbox, "tmp", "victim.json");
    writeFileSync(elsewhere, "mine\n");
    symlinkSync(elsewhere, join(outDir, "out-r-1.json"));
    expect(() => outputPathIn(outDir, "out-r-1.json")).toThrow(CliError);
    expect(() => outputPathIn(outDir, "out-r-1.json")).toThrow(/symbolic link/);
  });

  it("ccr extract -o writes none of the records when one record's file name is a planted link", async () => {
    const elsewhere = join(sandbox, "tmp", "victim.json");
    writeFileSync(elsewhere, "mine\n");
    const records = [sampleRecord(), sampleRecord()].map((record, i) => ({ id: `r-${i + 1}`, record }));
    writeFileSync(join(outDir, "two.docx"), docxWithStoredRecords(records));
    symlinkSync(elsewhere, join(outDir, "out-r-2.json"));
    const run = await ccr(["extract", "two.docx", "-o", "out.json"], { lang: "zh", cwd: outDir });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain("符号链接");
    expect(readFileSync(elsewhere, "utf8")).toBe("mine\n");
  });
});
