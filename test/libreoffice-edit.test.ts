// A record form edited and saved by LibreOffice (issue 10: "a document edited in WPS or LibreOffice
// and reopened"). LibreOffice 7.4 drops the content controls' tags and the add-in's stored record and
// writes each cell's text several times over (src/ooxml/libreoffice.ts). The record must still come
// back from the form: every field the form shows, with the edit made in LibreOffice, through
// `ccr extract`, and `ccr export record` must write a clean form again.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import type { CcrRecord, Lang } from "../src/domain/record/record";
import { exportRecordDocx } from "../src/export/record-docx";
import { extractRecords } from "../src/export/extract";
import { ACTION_VALUE_COLUMNS, ALL_FIELDS } from "../src/form/layout";
import { readDocx } from "../src/ooxml/read-docx";
import { ccr } from "./support/cli";
import { EXAMPLES_DIR, readRecord } from "./support/records";
import { tried, writeFigures } from "./reliability/figures";
import { describeWithTools } from "./support/tools";
import { EXAMPLES } from "./support/word-setup";

const EDIT_SCRIPT = join(__dirname, "support", "lo-edit.py");
const SUFFIX = "(经 LibreOffice 修改)";

/** The text of every cell the form shows (fields and action columns), as the form writes it. */
function shownCells(record: CcrRecord, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of ALL_FIELDS) if (!f.derived) out[f.path] = f.format(record, lang);
  record.actions.forEach((a, i) => {
    for (const c of ACTION_VALUE_COLUMNS) out[`actions[${i}].${c.field}`] = c.format(a, lang);
  });
  return out;
}

const dir = mkdtempSync(join(tmpdir(), "ccr-lo-edit-"));
afterAll(() => writeFigures("libreoffice-edit"));

describeWithTools(["libreoffice", "libreofficeUno"], "a record form edited and saved in LibreOffice", () => {
  const cases: [string, Lang][] = [...EXAMPLES.map((n): [string, Lang] => [n, "zh"]), ["supplier-delivery.json", "en"]];
  it.each(cases)("%s (%s form): every field the form shows comes back, with the edit made in LibreOffice", async (name, lang) => {
    const record = { ...readRecord(join(EXAMPLES_DIR, name)), lang };
    const base = join(dir, `${lang}-${name.replace(/\.json$/, "")}`);
    const original = `${base}.docx`;
    const edited = `${base}-lo.docx`;
    writeFileSync(original, exportRecordDocx(record, { recordId: "rec-lo" }));
    const profile = `${base}-profile`;
    execFileSync("/usr/bin/python3", [EDIT_SCRIPT, profile, original, edited, record.topic, record.topic + SUFFIX], { stdio: "pipe", timeout: 180_000 });
    tried("libreoffice.forms");

    const bytes = new Uint8Array(readFileSync(edited));
    const read = readDocx(bytes);
    if (!read.ok) throw new Error(read.error.en);
    // What LibreOffice 7.4 does to the form: no tagged control left, repeated text repaired.
    expect(read.content.controls).toEqual([]);
    expect(read.content.libreOfficeRepairs).toBeGreaterThan(0);
    tried("libreoffice.repairedParagraphs", read.content.libreOfficeRepairs);
    const extracted = extractRecords(bytes);
    expect(extracted.ok && extracted.records.length).toBe(0);

    const run = await ccr(["extract", edited]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("LibreOffice");
    const back = JSON.parse(run.stdout) as CcrRecord;
    const want = shownCells({ ...record, topic: record.topic + SUFFIX }, lang);
    expect(shownCells(back, lang)).toEqual(want);
    tried("libreoffice.recovered");

    // A clean form again, read back through its content controls this time.
    const clean = `${base}-clean.docx`;
    const exported = await ccr(["export", "record", edited, "-o", clean]);
    expect(exported.code, exported.stderr).toBe(0);
    const again = extractRecords(new Uint8Array(readFileSync(clean)));
    if (!again.ok) throw new Error(again.error.en);
    expect(again.records).toHaveLength(1);
    expect(shownCells(again.records[0].record, lang)).toEqual(want);
  }, 240_000);
});
