// Malformed files given to the command line: every command that reads a record file answers each with
// a clear message in the user's language and exit code 2, never a stack trace; the limits on file
// size, zip entries and expansion hold. The 50 MB files are made in a temporary folder, never committed.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serialiseRecord } from "../../src/domain/record/record";
import { sampleRecord } from "../support/export-records";
import { docxParts } from "../../src/ooxml/package";
import { ccr, ccrProcess } from "../support/cli";
import { tried, writeFigures } from "./figures";

let dir: string;

/** name → what the file is; each is given to every command below. */
const BAD_INPUTS: Record<string, string> = {
  "truncated.json": "JSON cut off in the middle",
  "empty.json": "an empty file",
  "latin1.json": "not UTF-8",
  "array.json": "JSON that is not an object",
  "schema.json": "another schema",
  "notzip.docx": "a .docx that is not a zip",
  "broken.docx": "a zip header followed by garbage",
  "empty.docx": "an empty .docx",
  "bomb.docx": "a zip bomb (one part expanding to 100 MB)",
  "entries.docx": "a zip with 6,000 entries",
  "plain.docx": "a Word document without ccr records",
  "badxml.docx": "a .docx whose document.xml is not XML",
  "huge.json": "a 50 MB .json file",
  "huge.docx": "a 50 MB .docx file",
  "folder.json": "a folder where a file was expected",
  "missing.json": "a file that does not exist",
  "missing.docx": "a .docx that does not exist",
};

const COMMANDS: ((file: string) => string[])[] = [
  (f) => ["validate", f],
  (f) => ["extract", f],
  (f) => ["export", "actions", f, "-o", join(dir, "out.csv"), "--format", "csv"],
  (f) => ["export", "minutes", f, "-o", join(dir, "out.docx")],
  (f) => ["export", "record", f, "-o", join(dir, "out-record.docx")],
  (f) => ["agenda", f, "-o", join(dir, "out-agenda.docx")],
  (f) => ["status", f],
];

function docx(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(parts)) files[k] = typeof v === "string" ? strToU8(v) : v;
  return zipSync(files);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ccr-reliab-cli-"));
  const w = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data);
  const json = serialiseRecord(sampleRecord());
  w("truncated.json", json.slice(0, Math.floor(json.length / 2)));
  w("empty.json", "");
  w("latin1.json", Buffer.from([0x7b, 0x22, 0xe9, 0xff, 0xfe, 0x22, 0x7d]));
  w("array.json", "[1, 2, 3]");
  w("schema.json", JSON.stringify({ schema: "ccr/99", topic: "x" }));
  w("notzip.docx", "This is not a Word document.");
  w("broken.docx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(2000, 0x41)]));
  w("empty.docx", "");
  const plain = docxParts('<w:p><w:r><w:t>会议通知</w:t></w:r></w:p>');
  w("bomb.docx", docx({ ...plain, "word/document.xml": new Uint8Array(100 * 1024 * 1024).fill(0x20) }));
  const many: Record<string, Uint8Array> = {};
  for (let i = 0; i < 6000; i++) many[`x/${i}.txt`] = strToU8("x");
  w("entries.docx", docx({ ...plain, ...many }));
  w("plain.docx", docx(plain));
  w("badxml.docx", docx({ ...plain, "word/document.xml": "<w:document><w:body><w:p>" }));
  w("huge.json", Buffer.alloc(50 * 1024 * 1024, 0x20));
  w("huge.docx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(50 * 1024 * 1024)]));
  mkdirSync(join(dir, "folder.json"));
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  writeFigures("cli-input");
});

describe("malformed files on the command line", () => {
  for (const [file, what] of Object.entries(BAD_INPUTS)) {
    it(`${what} (${file}): exit 2 with a message in Chinese and in English, no stack trace`, async () => {
      for (const command of COMMANDS) {
        const args = command(file);
        if (args[0] === "status" && file === "folder.json") continue; // status takes folders

        for (const lang of ["zh", "en"] as const) {
          const run = await ccr(args, { lang, cwd: dir });
          tried("cli.runs");
          const shown = `${args.join(" ")} [${lang}]: ${run.stderr}`;
          expect(run.code, shown).toBe(2);
          expect(run.stderr.trim().length, shown).toBeGreaterThan(0);
          expect(run.stderr, shown).not.toMatch(/\n\s+at |Error:|TypeError|undefined/);
          // The message names the file and speaks the user's language.
          expect(run.stderr, shown).toContain(file);
          if (lang === "zh") expect(run.stderr, shown).toMatch(/[\u4e00-\u9fff]/);
          else expect(run.stderr.replace(/沟通协调记录表/g, ""), shown).not.toMatch(/[\u4e00-\u9fff]/);
        }
      }
      tried("cli.inputs");
    }, 120_000);
  }

  it("as a separate process too: the zip bomb, the 50 MB file and the folder end with exit 2 and one line of text", () => {
    for (const file of ["bomb.docx", "huge.json", "folder.json", "truncated.json"]) {
      const run = ccrProcess(["extract", join(dir, file)]);
      tried("cli.processRuns");
      expect(run.code, file).toBe(2);
      expect(run.stderr, file).not.toMatch(/\n\s+at /);
      expect(run.stderr.trim().split("\n").length, run.stderr).toBeLessThanOrEqual(3);
    }
  }, 120_000);
});
