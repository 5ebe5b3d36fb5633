// A sample of the .docx files the property tests produce, opened by other programs: python-docx (what
// scripts and most tools use) and LibreOffice (converted to PDF, and the record form converted to .docx
// and read back by `ccr extract`, as after editing the document in LibreOffice or WPS).

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, expect, it } from "vitest";
import { agendaOf } from "../../src/domain/meeting/agenda";
import { parseRecord, type CcrRecord } from "../../src/domain/record/record";
import { exportActionsDocx } from "../../src/export/actions-docx";
import { exportAgendaDocx } from "../../src/export/agenda-docx";
import { extractRecords } from "../../src/export/extract";
import { exportMinutesDocx } from "../../src/export/minutes-docx";
import { exportRecordDocx } from "../../src/export/record-docx";
import { recordWithActions, sampleRecord } from "../support/export-records";
import { readDocx } from "../../src/ooxml/read-docx";
import { legalXmlChars } from "../../src/ooxml/xml-text";
import { recogniseForm } from "../../src/cli/recognised";
import { exportWeeklyDocx } from "../../src/export/weekly-docx";
import { describeWithTools } from "../support/tools";
import { HOSTILE_FRAGMENTS, recordJson } from "./arbitraries";
import { tried, writeFigures } from "./figures";

afterAll(() => writeFigures("office-tools"));

const TODAY = isoDay("2026-06-10");

/** Three generated hostile records and one holding every hostile fragment in every kind of field. */
function sampleRecords(): CcrRecord[] {
  const all = HOSTILE_FRAGMENTS.join("");
  const handmade = {
    ...sampleRecord(),
    id: "rec-hostile",
    topic: all,
    background: all,
    consensus: [...HOSTILE_FRAGMENTS],
    actions: HOSTILE_FRAGMENTS.slice(0, 12).map((f) => ({ task: f + all, owner: f, ownerDept: f, deadline: isoDay("2026-06-12"), deliverable: f, cc: [f], status: "todo", progress: [] })),
  };
  const generated = fc.sample(recordJson.filter((j) => j.schema === "ccr/1"), { numRuns: 3, seed: 20261125 });
  return [recordWithActions(4), handmade, ...generated].map((json) => {
    const parsed = parseRecord(JSON.stringify(json));
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    return parsed.record;
  });
}

async function exportsOf(record: CcrRecord): Promise<Record<string, Uint8Array>> {
  return {
    enterprise: await exportMinutesDocx(record, { today: TODAY }),
    gongwen: await exportMinutesDocx(record, { today: TODAY, layout: "gongwen" }),
    actions: await exportActionsDocx(record, { today: TODAY }),
    agenda: await exportAgendaDocx(record, agendaOf(record)),
    weekly: await exportWeeklyDocx(record, { today: TODAY }),
    record: exportRecordDocx(record, { recordId: "rec-tools" }),
  };
}

const OPEN_ALL = String.raw`
import json, sys, docx
out = {}
for f in sys.argv[1:]:
    d = docx.Document(f)
    out[f] = len(d.paragraphs) + len(d.tables)
print(json.dumps(out))
`;
import { parseIsoDate as isoDay } from "../../src/domain/calendar/iso-date";

describeWithTools(["pythonDocx", "libreoffice"], "hostile records in other programs", () => {
  it("every produced .docx opens with python-docx and converts with LibreOffice; the record form saved again by LibreOffice is recovered", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccr-reliab-tools-"));
    const records = sampleRecords();
    const files: string[] = [];
    const forms: { file: string; record: CcrRecord }[] = [];
    for (const [i, record] of records.entries()) {
      for (const [name, bytes] of Object.entries(await exportsOf(record))) {
        const file = join(dir, `r${i}-${name}.docx`);
        writeFileSync(file, bytes);
        files.push(file);
        if (name === "record") forms.push({ file, record });
      }
    }
    tried("tools.records", records.length);
    tried("tools.docxFiles", files.length);

    const opened = JSON.parse(execFileSync("/usr/bin/python3", ["-c", OPEN_ALL, ...files], { encoding: "utf8" })) as Record<string, number>;
    for (const f of files) expect(opened[f], f).toBeGreaterThan(0);

    const profile = join(dir, "lo-profile");
    mkdirSync(profile);
    const soffice = (args: string[]) =>
      execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args], { stdio: "ignore", timeout: 240_000 });
    const pdfDir = join(dir, "pdf");
    soffice(["--convert-to", "pdf", "--outdir", pdfDir, ...files]);
    for (const f of files) {
      const pdf = join(pdfDir, f.slice(dir.length + 1).replace(/\.docx$/, ".pdf"));
      expect(existsSync(pdf) && statSync(pdf).size > 1000, pdf).toBe(true);
    }

    // The record form saved again by LibreOffice (as after an edit in LibreOffice or WPS).
    const roundDir = join(dir, "round");
    soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", roundDir, ...forms.map((f) => f.file)]);
    // LibreOffice 7.4 (Debian 12) keeps neither the content controls' tags nor the add-in's settings
    // part, and writes each cell's text several times over (src/ooxml/libreoffice.ts repairs that):
    // the record comes back by recognition of the form's labels, with the same text.
    for (const { file, record } of forms) {
      const bytes = readFileSync(join(roundDir, file.slice(dir.length + 1)));
      tried("tools.libreofficeRoundTrips");
      const back = recordAfterLibreOffice(bytes);
      const same = back !== undefined && dense(back.record.topic) === dense(record.topic);
      roundTrips.push({ file, how: back ? (same ? back.how : "recognisedWrongText") : "lost" });
      expect(back, `${file}: not recovered`).toBeDefined();
      expect(dense(back!.record.topic), `${file} (${back!.how})`).toBe(dense(record.topic));
      expect(back!.record.actions.map((a) => dense(a.task)), `${file} (${back!.how})`).toEqual(record.actions.map((a) => dense(a.task)));
    }
    // How the forms came back (content controls or recognition), for docs/reliability.md.
    tried("tools.roundTripsByControls", roundTrips.filter((r) => r.how === "controls").length);
    tried("tools.roundTripsByRecognition", roundTrips.filter((r) => r.how === "recognised").length);
    tried("tools.roundTripsRecognisedWrongText", roundTrips.filter((r) => r.how === "recognisedWrongText").length);
    tried("tools.roundTripsLost", roundTrips.filter((r) => r.how === "lost").length);
  }, 300_000);
});

const roundTrips: { file: string; how: string }[] = [];

/** The record `ccr extract` finds (content controls kept), else the one recognised from the form's labels, else none. */
function recordAfterLibreOffice(bytes: Uint8Array): { record: CcrRecord; how: "controls" | "recognised" } | undefined {
  const result = extractRecords(bytes);
  if (!result.ok) throw new Error(result.error.en);
  if (result.records.length > 0) return { record: result.records[0].record, how: "controls" };
  const read = readDocx(bytes);
  if (!read.ok) throw new Error(read.error.en);
  const recognised = recogniseForm(read.content.blocks);
  return recognised ? { record: recognised.record, how: "recognised" } : undefined;
}

function dense(text: string): string {
  return legalXmlChars(text).replace(/\s+/g, "");
}
