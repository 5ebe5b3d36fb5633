// Reading a record form ccr wrote from its stored record alone (issue 15.4): a file as exportRecordDocx
// wrote it is read without its document (readDocx not called), to exactly what reading the document
// gives; a file changed since (its form edited, its stored record rewritten, its parts packed anew by
// another program) is read the thorough way, its form text winning as before.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { rawZip, type RawEntry } from "../../test/support/hostile-docx";
import { EXAMPLES_DIR } from "../../test/support/records";
import { parseRecord, type CcrRecord } from "../domain/record/record";
import { setActionStatus } from "../domain/tracking/tracking";
import * as readDocxModule from "../ooxml/read-docx";
import { readSettingsOnly } from "../ooxml/read-docx";
import { plainZipEntries } from "../ooxml/plain-zip";
import { WEBEXTENSION_PATH, WRITTEN_SETTING } from "../ooxml/web-extension";
import { readDocumentRecords, readDocxRecords, writtenRecords } from "./extract";
import { exportRecordDocx } from "./record-docx";
import { updateRecordDocx } from "./tracker/update-record-docx";

vi.mock(import("../ooxml/read-docx"), async (original) => {
  const module = await original();
  return { ...module, readDocx: vi.fn(module.readDocx) };
});
const readDocx = vi.mocked(readDocxModule.readDocx);

function examples(): CcrRecord[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const parsed = parseRecord(readFileSync(join(EXAMPLES_DIR, f), "utf8"));
      if (!parsed.ok) throw new Error(f);
      return { ...parsed.record, id: "ex-" + f.replace(/\W/g, "") };
    });
}

/** The package's parts, `path` rewritten by `edit`, zipped again (fflate, as ccr does unless `level` says otherwise). */
function repacked(bytes: Uint8Array, path?: string, edit: (xml: string) => string = (x) => x, level: 0 | 6 | 9 = 6): Uint8Array {
  const out: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = name === path ? strToU8(edit(strFromU8(data))) : data;
  return zipSync(out, { level });
}

/** readDocxRecords, and whether it read the document to get there. */
function readCounting(bytes: Uint8Array) {
  readDocx.mockClear();
  const read = readDocxRecords(bytes, "form.docx");
  return { read, documentRead: readDocx.mock.calls.length > 0 };
}

function owners(result: ReturnType<typeof readDocxRecords>): string[] {
  if (!result.ok) throw new Error(result.error.en);
  return result.records.flatMap((r) => r.record.actions.map((a) => a.owner));
}

describe("a record form ccr wrote, read from its stored record", () => {
  beforeEach(() => readDocx.mockClear());

  it.each(examples().map((r) => [r.id, r] as const))("%s: not reading the document, to what reading it gives", (_, record) => {
    const bytes = exportRecordDocx(record);
    expect(strFromU8(unzipSync(bytes)[WEBEXTENSION_PATH])).toContain(`name="${WRITTEN_SETTING}"`);
    const { read, documentRead } = readCounting(bytes);
    expect(documentRead).toBe(false);
    expect(read).toEqual(readDocumentRecords(bytes, "form.docx"));
    expect(read.ok && read.records.map((r) => r.record)).toEqual([record]);
  });

  it("a record the form does not read back as stored (a place typed as Word's placeholder text) is written without the checksum", () => {
    const record = { ...examples()[0], place: "Click or tap here to enter text." };
    const bytes = exportRecordDocx(record);
    expect(strFromU8(unzipSync(bytes)[WEBEXTENSION_PATH])).not.toContain(WRITTEN_SETTING);
    const { read, documentRead } = readCounting(bytes);
    expect(documentRead).toBe(true);
    expect(read.ok && read.records[0].record.place).toBe("");
  });

  it("a form edited after ccr wrote it (its document.xml changed) shows the edited text", () => {
    const record = examples()[0];
    record.actions[0].owner = "欧阳甲";
    const bytes = exportRecordDocx(record);
    expect(owners(readDocxRecords(bytes, "form.docx"))[0]).toBe("欧阳甲");
    const edited = repacked(bytes, "word/document.xml", (xml) => {
      expect(xml.split(">欧阳甲<")).toHaveLength(2);
      return xml.replace(">欧阳甲<", ">司马乙<");
    });
    expect(writtenRecords(edited)).toBeUndefined();
    const { read, documentRead } = readCounting(edited);
    expect(documentRead).toBe(true);
    expect(owners(read)[0]).toBe("司马乙");
    expect(read).toEqual(readDocumentRecords(edited, "form.docx"));
  });

  it("a stored record rewritten since (a tracker import) is read the thorough way, form and stored record as they are now", () => {
    const record = examples()[0];
    const bytes = exportRecordDocx(record);
    const update = updateRecordDocx(bytes, [setActionStatus(record, 0, "done")]);
    if (!update.ok) throw new Error(update.error.en);
    expect(writtenRecords(update.bytes)).toBeUndefined();
    const { read, documentRead } = readCounting(update.bytes);
    expect(documentRead).toBe(true);
    expect(read.ok && read.records[0].record.actions[0].status).toBe("done");
  });

  it("a stored record changed by hand inside the file is read the thorough way: the form's text still wins", () => {
    const record = examples()[0];
    record.actions[0].owner = "欧阳甲";
    const bytes = exportRecordDocx(record);
    const tampered = repacked(bytes, WEBEXTENSION_PATH, (xml) => xml.replace("欧阳甲", "司马乙"));
    const { read, documentRead } = readCounting(tampered);
    expect(documentRead).toBe(true);
    expect(owners(read)[0]).toBe("欧阳甲");
  });

  it.each([0, 9] as const)("the same parts packed again (level %i, as another program would) are read the thorough way, to the same records", (level) => {
    const record = examples()[1];
    const bytes = exportRecordDocx(record);
    const again = repacked(bytes, undefined, undefined, level);
    const { read, documentRead } = readCounting(again);
    expect(documentRead).toBe(true);
    expect(read).toEqual(readCounting(bytes).read);
  });
});

describe("readSettingsOnly leaves to the thorough reader every package it would refuse", () => {
  const written = unzipSync(exportRecordDocx(examples()[0]));
  const entries = (): RawEntry[] => Object.entries(written).map(([name, data]) => ({ name, data }));
  const document = () => ({ name: "word/document.xml", data: written["word/document.xml"] });

  it("reads the settings of the same parts zipped plainly by another writer", () => {
    expect(readSettingsOnly(rawZip(entries()))?.settings).toHaveProperty(WRITTEN_SETTING);
  });

  it.each([
    ["two word/document.xml entries", () => rawZip([...entries(), document()])],
    ["word/document.xml and Word/Document.xml", () => rawZip([...entries(), { ...document(), name: "Word/Document.xml" }])],
    ["an entry missing from the central directory", () => rawZip([...entries(), { ...document(), name: "word/hidden.xml", unlisted: true }])],
    ["settings compressed with bzip2", () => rawZip(entries().map((e) => (e.name === WEBEXTENSION_PATH ? { ...e, method: 12 } : e)))],
    ["a stored record id ccr never writes", () => rawZip(entries().map((e) => (e.name === WEBEXTENSION_PATH ? { ...e, data: strFromU8(e.data as Uint8Array).replace('name="ccr.record.', 'name="ccr.record.x/../') } : e)))],
  ])("%s", (_, bytes) => {
    const hostile = bytes();
    expect(readSettingsOnly(hostile)).toBeUndefined();
    const read = readDocxRecords(hostile, "form.docx");
    expect(read).toEqual(readDocumentRecords(hostile, "form.docx"));
    expect(read.ok).toBe(false);
  });
});

describe("plainZipEntries", () => {
  const bytes = zipSync({ "a.xml": strToU8("<a/>".repeat(100)), "b/c.txt": [strToU8("c"), { level: 0 }] }, { level: 6 });

  it("lists the entries of a zip as fflate writes it, with their stored bytes", () => {
    const entries = plainZipEntries(bytes);
    expect(entries?.map((e) => [e.name, e.compression, e.size])).toEqual([
      ["a.xml", 8, 400],
      ["b/c.txt", 0, 1],
    ]);
    expect(strFromU8(entries![1].data)).toBe("c");
  });

  it("refuses anything laid out otherwise: bytes before the first entry, a comment, a cut file, a local name not the directory's", () => {
    const withComment = new Uint8Array([...bytes.subarray(0, -2), 1, 0, 0x21]);
    const renamed = bytes.slice();
    renamed[30] = "x".charCodeAt(0);
    for (const bad of [new Uint8Array([0, ...bytes]), withComment, bytes.subarray(0, -1), renamed, new Uint8Array(10)]) {
      expect(plainZipEntries(bad)).toBeUndefined();
    }
  });
});
