import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeWithTools } from "../../../test/support/tools";
import { paragraph } from "../../domain/recognise/blocks";
import { serialiseRecord } from "../../domain/record/record";
import { exportRecordDocx } from "../../export/record-docx";
import { renderForm } from "../../../test/fixtures/forms";
import { recordWithActions } from "../../../test/support/export-records";
import { formDocx } from "../../../test/support/forms-docx";
import { twoRecordDocx } from "../../../test/support/record-files";
import { loadCatalogue, translator } from "../i18n";
import { readRecordFile as readWith, type NamedFile, type RecordFileResult } from "./recordFiles";

const zh = translator("zh");
const readRecordFile = (f: NamedFile) => readWith(f, zh);

const file = (name: string, data: Uint8Array | string) => {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
};

function records(result: RecordFileResult) {
  if (!result.ok) throw new Error(result.message);
  return result.records;
}

describe("the stand-alone pane's record files", () => {
  const record = recordWithActions(2);

  it("reads ccr's record form (.docx) back to the same record", async () => {
    const [r] = records(await readRecordFile(file("记录表.docx", exportRecordDocx(record))));
    expect(serialiseRecord(r.record)).toBe(serialiseRecord(record));
    expect(r.recognised).toBeUndefined();
  });

  it("reads every record of a .docx holding several, each with its place", async () => {
    const read = records(await readRecordFile(file("两份.docx", twoRecordDocx(record, "第二次协调会"))));
    expect(read.map((r) => r.record.topic)).toEqual([record.topic, "第二次协调会"]);
    expect(read.map((r) => r.place)).toEqual([`#1 (${record.id})`, `#2 (${record.id}-2)`]);
  });

  it("reads a hand-filled form by its labels and says how many fields were filled", async () => {
    const [r] = records(await readRecordFile(file("手填.docx", await formDocx(renderForm(record, "guide")))));
    expect(r.record.topic).toBe(record.topic);
    expect(r.record.actions.map((a) => a.task)).toEqual(record.actions.map((a) => a.task));
    expect(r.recognised?.filled).toBeGreaterThan(5);
  });

  it("reads a record .json", async () => {
    const [r] = records(await readRecordFile(file("r.JSON", serialiseRecord(record))));
    expect(r.record).toEqual(record);
  });

  it("says in Chinese and English what is wrong with a file that is not a record", async () => {
    await loadCatalogue("en");
    const en = translator("en");
    const notForm = file("会议通知.docx", await formDocx([paragraph("会议通知"), paragraph("请准时参加。")]));
    expect(await readRecordFile(notForm)).toEqual({ ok: false, message: expect.stringContaining("会议通知.docx:文档中没有 ccr 记录表") });
    expect(await readWith(notForm, en)).toEqual({ ok: false, message: expect.stringContaining("the document holds no ccr record") });
    expect((await readRecordFile(file("坏.docx", "not a zip"))).ok).toBe(false);
    expect(await readRecordFile(file("旧.doc", "x"))).toEqual({ ok: false, message: expect.stringContaining("“另存为”Word 文档（.docx）") });
    expect(await readWith(file("old.doc", "x"), en)).toEqual({ ok: false, message: expect.stringContaining("Save it as a Word document (.docx)") });
    expect(await readRecordFile(file("a.txt", "x"))).toEqual({ ok: false, message: expect.stringContaining("a.txt 不是记录文件") });
    expect(await readWith(file("a.txt", "x"), en)).toEqual({ ok: false, message: expect.stringContaining("a.txt is not a record file") });
    expect(await readRecordFile(file("b.json", "not json"))).toEqual({ ok: false, message: expect.stringMatching(/^b\.json 不是有效的记录：/) });
  });
});

describeWithTools(["libreoffice"], "the stand-alone pane's record files saved by LibreOffice", () => {
  it("reads the record form saved again by LibreOffice by its labels, repaired of the text LibreOffice repeats", async () => {
    const record = recordWithActions(2);
    const dir = mkdtempSync(join(tmpdir(), "ccr-pane-lo-"));
    const profile = join(dir, "profile");
    mkdirSync(profile);
    writeFileSync(join(dir, "form.docx"), exportRecordDocx(record));
    const out = join(dir, "saved");
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", out, join(dir, "form.docx")], { stdio: "ignore", timeout: 240_000 });
    const [r] = records(await readRecordFile(file("form.docx", new Uint8Array(readFileSync(join(out, "form.docx"))))));
    expect(r.record.topic).toBe(record.topic);
    expect(r.record.actions.map((a) => [a.task, a.owner])).toEqual(record.actions.map((a) => [a.task, a.owner]));
    expect(r.recognised?.libreOfficeRepairs).toBeGreaterThan(0);
  }, 300_000);
});
