// Bugs the property tests found, each pinned by a plain example.

import { describe, expect, it } from "vitest";
import { emptyAction, parseRecord } from "../../src/domain/record/record";
import { exportActionsDocx } from "../../src/export/actions-docx";
import { extractRecords } from "../../src/export/extract";
import { exportMinutesDocx } from "../../src/export/minutes-docx";
import { exportRecordDocx } from "../../src/export/record-docx";
import { sampleRecord } from "../support/export-records";
import { docxParts } from "../../src/ooxml/package";
import { readDocx } from "../../src/ooxml/read-docx";
import { strToU8, unzipSync, zipSync } from "fflate";
import { example, setup } from "../support/word-setup";

function firstRecord(bytes: Uint8Array) {
  const result = extractRecords(bytes);
  if (!result.ok) throw new Error(result.error.en);
  return result.records[0].record;
}

describe("regressions found by the property tests", () => {
  it("U+2028, U+2029 and U+0085 in the stored record come back as typed (XML 1.0 line ends, not XML 1.1)", () => {
    const record = { ...sampleRecord(), lessons: "甲\u2028乙\u2029丙\u0085丁", background: "a\r\nb\rc" };
    const back = firstRecord(exportRecordDocx(record));
    expect(back.lessons).toBe("甲\u2028乙\u2029丙\u0085丁");
    expect(back.background).toBe("a\r\nb\rc");
  });

  it("a record without action items does not come back with an empty one (the new form's 未开始 row)", () => {
    const record = { ...sampleRecord(), actions: [] };
    expect(firstRecord(exportRecordDocx(record)).actions).toEqual([]);
  });

  it("a record id or confirmedOn of the wrong type is dropped, and such a record exports", () => {
    const parsed = parseRecord(JSON.stringify({ schema: "ccr/1", id: 1, confirmedOn: { d: 1 }, topic: "t" }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect("id" in parsed.record).toBe(false);
    expect("confirmedOn" in parsed.record).toBe(false);
    expect(firstRecord(exportRecordDocx(parsed.record)).topic).toBe("t");
  });

  it("lone surrogates and U+FFFE/U+FFFF are dropped from the docx exports, not written as U+FFFD or raw", async () => {
    const record = { ...sampleRecord(), topic: "议\ud800题\uffff\ufffe", actions: [{ ...emptyAction(), task: "任\udc00务", owner: "李娜", deadline: "2026-06-12" }] };
    for (const bytes of [await exportMinutesDocx(record), await exportMinutesDocx(record, { layout: "gongwen" }), await exportActionsDocx(record)]) {
      const xml = new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]);
      expect(xml).not.toMatch(/[\ufffd\ufffe\uffff]/);
      expect(xml).toContain("议题");
      if (xml.includes("任")) expect(xml).toContain("任务");
    }
  });

  it("refuses a DOCTYPE that comes after a long comment", () => {
    const parts = docxParts("<w:p/>");
    parts["word/document.xml"] = parts["word/document.xml"].replace(
      /^(<\?xml[^>]*\?>)/,
      `$1<!--${"x".repeat(10_000)}--><!DOCTYPE w:document [<!ENTITY a "aaaa">]>`,
    );
    const files: Record<string, Uint8Array> = {};
    for (const [k, v] of Object.entries(parts)) files[k] = strToU8(v);
    const read = readDocx(zipSync(files));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.en).toMatch(/DOCTYPE/);
  });

  it("the Word adapter: removing the last action item clears its row instead of leaving its text", async () => {
    const { doc } = setup();
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    const one = { ...rec, actions: rec.actions.slice(0, 1) };
    await doc.writeRecord(one);
    expect((await doc.readRecord(rec.id!)).record.actions).toHaveLength(1);
    await doc.writeRecord({ ...rec, actions: [] });
    expect((await doc.readRecord(rec.id!)).record.actions).toEqual([]);
  });

  it("an empty action row written in one language is still empty when the record's language changes", async () => {
    const { doc } = setup();
    const rec = await doc.insertRecordTemplate({ ...sampleRecord(), actions: [] });
    await doc.writeRecord({ ...rec, lang: "en" }, ["lang"]);
    expect((await doc.readRecord(rec.id!)).record.actions).toEqual([]);
  });
});
