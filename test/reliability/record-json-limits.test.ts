// Issue 16.7–16.9: the one record reader (parseRecord) refuses, with a message, what it could not
// write and read back unchanged: nesting past 64 levels, a text past 1,000,000 characters, numbers
// JavaScript cannot hold. Unknown keys named like Object's own (`__proto__`, `constructor`) are data.

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH, MAX_TEXT_LENGTH } from "../../src/domain/record/json-limits";
import { emptyAction, parseRecord, serialiseRecord, type CcrRecord } from "../../src/domain/record/record";
import { exportActionsDocx } from "../../src/export/actions-docx";
import { exportAgendaDocx } from "../../src/export/agenda-docx";
import { extractRecords } from "../../src/export/extract";
import { exportMinutesDocx } from "../../src/export/minutes-docx";
import { exportRecordDocx } from "../../src/export/record-docx";
import { agendaOf } from "../../src/domain/meeting/agenda";
import { ccr } from "../support/cli";
import { sampleRecord } from "../support/export-records";

const dir = mkdtempSync(join(tmpdir(), "ccr-json-limits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An unknown key holding objects nested `levels` deep below the record. */
function nested(levels: number): unknown {
  let v: unknown = "底";
  for (let i = 0; i < levels; i++) v = { next: v };
  return v;
}

function refused(text: string) {
  const parsed = parseRecord(text);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? { zh: "", en: "" } : parsed.error.message;
}

async function refusedByCommands(file: string, text: string, zh: RegExp, en: RegExp) {
  writeFileSync(join(dir, file), text);
  const before = readdirSync(dir).sort();
  for (const lang of ["zh", "en"] as const) {
    for (const args of [["validate", file], ["export", "minutes", file, "-o", "m.docx"], ["export", "record", file, "-o", "r.docx"], ["export", "actions", file, "-o", "a.docx"], ["agenda", file, "-o", "g.docx"]]) {
      const run = await ccr(args, { lang, cwd: dir });
      expect(run.code, `${args.join(" ")}: ${run.stderr}`).toBe(2);
      expect(run.stderr).toMatch(lang === "zh" ? zh : en);
      expect(run.stderr).not.toMatch(/call stack|TypeError|RangeError|ccr 运行出错|ccr failed/);
    }
  }
  expect(readdirSync(dir).sort()).toEqual(before);
}

describe("nesting (16.7)", () => {
  it("3,000 levels of unknown keys: refused by every command with a message, nothing written", async () => {
    const text = serialiseRecord({ ...sampleRecord(), deep: nested(3000) } as CcrRecord);
    const message = refused(text);
    expect(message.zh).toContain(`嵌套超过 ${MAX_JSON_DEPTH} 层`);
    expect(message.en).toContain(`more than ${MAX_JSON_DEPTH} levels`);
    await refusedByCommands("deep.json", text, /嵌套超过 64 层（在 deep\.next\.next 之下）/, /more than 64 levels deep \(under deep\.next\.next\)/);
  });

  it("at the limit: accepted, and what export record writes is read back equal", () => {
    const record = { ...sampleRecord(), deep: nested(MAX_JSON_DEPTH - 1) } as CcrRecord;
    const parsed = parseRecord(serialiseRecord(record));
    expect(parsed.ok).toBe(true);
    const back = extractRecords(exportRecordDocx(record));
    expect(back.ok && serialiseRecord(back.records[0].record)).toBe(serialiseRecord(record));
    expect(parseRecord(serialiseRecord({ ...sampleRecord(), deep: nested(MAX_JSON_DEPTH) } as CcrRecord)).ok).toBe(false);
  });
});

/** The longest text node or attribute value, in UTF-8 bytes, of the XML parts python-docx parses. */
function longestXmlText(docx: Uint8Array): number {
  let longest = 0;
  for (const [name, data] of Object.entries(unzipSync(docx))) {
    if (!name.endsWith(".xml") || name.startsWith("word/webextensions/")) continue;
    const xml = strFromU8(data);
    for (const m of xml.matchAll(/>([^<]+)</g)) longest = Math.max(longest, Buffer.byteLength(m[1]));
    for (const m of xml.matchAll(/="([^"]*)"/g)) longest = Math.max(longest, Buffer.byteLength(m[1]));
  }
  return longest;
}

describe("text length (16.8)", () => {
  it("a 10 MB field is refused with the field named, by every command", async () => {
    const text = serialiseRecord({ ...sampleRecord(), background: "长".repeat(10 * 1024 * 1024 / 3) });
    expect(refused(text).zh).toContain("字段 background 的文字过长");
    await refusedByCommands("long.json", text, /字段 background 的文字过长（超过 500,000 个字符）/, /The field background is too long \(over 500,000 characters\)/);
  });

  it("fields at the limit: every .docx written keeps each text under lxml's 10 MB (python-docx opens it)", async () => {
    const full = "长".repeat(MAX_TEXT_LENGTH);
    const base = sampleRecord();
    const record: CcrRecord = {
      ...base,
      background: full,
      lead: { name: full, staffNo: full, contact: full, dept: full },
      actions: [{ ...emptyAction(), task: full, deliverable: full, ownerDept: full }],
    };
    expect(parseRecord(serialiseRecord(record)).ok).toBe(true);
    const limit = 10_000_000;
    expect(longestXmlText(exportRecordDocx(record))).toBeLessThan(limit);
    expect(longestXmlText(await exportMinutesDocx(record))).toBeLessThan(limit);
    expect(longestXmlText(await exportActionsDocx(record))).toBeLessThan(limit);
    expect(longestXmlText(await exportAgendaDocx(record, agendaOf(record)))).toBeLessThan(limit);
    expect(parseRecord(serialiseRecord({ ...base, background: full + "长" })).ok).toBe(false);
  }, 60_000);
});

describe("unknown keys and numbers (16.9)", () => {
  const hostileKeys = () =>
    serialiseRecord(sampleRecord())
      .replace(
        /\n}\n$/,
        ',\n  "__proto__": {\n    "polluted": true\n  },\n  "constructor": [\n    "x"\n  ],\n  "toString": 1,\n  "hasOwnProperty": [\n    1.5,\n    -0.25,\n    12345\n  ]\n}\n',
      )
      .replace('"dept": "技术部"', '"dept": "技术部",\n    "__proto__": "甲",\n    "constructor": {\n      "a": 1\n    }');

  it("__proto__, constructor and their kin come back byte for byte, through parse and through export record → extract", () => {
    const text = hostileKeys();
    const parsed = parseRecord(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(serialiseRecord(parsed.record)).toBe(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const back = extractRecords(exportRecordDocx(parsed.record));
    expect(back.ok && serialiseRecord(back.records[0].record)).toBe(text);
  });

  it("through the command line: extract of export record gives the file back", async () => {
    writeFileSync(join(dir, "keys.json"), hostileKeys());
    expect((await ccr(["export", "record", "keys.json", "-o", "keys.docx"], { cwd: dir })).code).toBe(0);
    const run = await ccr(["extract", "keys.docx"], { cwd: dir });
    expect(run.stdout).toBe(hostileKeys());
  });

  for (const [number, shown] of [["1e999", "1e999"], ["-1e400", "-1e400"], ["123456789012345678901234567890", "123456789012345678901234567890"], ["0.1000000000000000000000001", "0.1000000000000000000000001"]]) {
    it(`the number ${number} in an unknown key is refused with a message, not changed`, async () => {
      const text = serialiseRecord(sampleRecord()).replace(/\n}\n$/, `,\n  "x": {\n    "n": [\n      1,\n      ${number}\n    ]\n  }\n}\n`);
      const message = refused(text);
      expect(message.zh).toContain(`x.n[1] 的数值 ${shown} 无法原样保留`);
      expect(message.en).toContain(`The number ${shown} at x.n[1] cannot be kept exactly`);
      await refusedByCommands("number.json", text, /无法原样保留/, /cannot be kept exactly/);
    });
  }
});
