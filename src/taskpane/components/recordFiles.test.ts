import { describe, expect, it } from "vitest";
import { paragraph } from "../../domain/recognise/blocks";
import { serialiseRecord } from "../../domain/record/record";
import { exportRecordDocx } from "../../export/record-docx";
import { renderForm } from "../../../test/fixtures/forms";
import { recordWithActions } from "../../../test/support/export-records";
import { formDocx } from "../../../test/support/forms-docx";
import { twoRecordDocx } from "../../../test/support/record-files";
import { readRecordFile, type RecordFileResult } from "./recordFiles";

const file = (name: string, data: Uint8Array | string) => {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
};

function records(result: RecordFileResult) {
  if (!result.ok) throw new Error(result.message.en);
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
    const notForm = await readRecordFile(file("会议通知.docx", await formDocx([paragraph("会议通知"), paragraph("请准时参加。")])));
    expect(notForm).toEqual({ ok: false, message: expect.objectContaining({ zh: expect.stringContaining("会议通知.docx:文档中没有 ccr 记录表") }) });
    const notZip = await readRecordFile(file("坏.docx", "not a zip"));
    expect(notZip.ok).toBe(false);
    const doc = await readRecordFile(file("旧.doc", "x"));
    expect(doc).toEqual({ ok: false, message: { zh: expect.stringContaining("另存为"), en: expect.stringContaining("Save it as a Word document (.docx)") } });
    const txt = await readRecordFile(file("a.txt", "x"));
    expect(txt).toEqual({ ok: false, message: { zh: expect.stringContaining("a.txt 不是记录文件"), en: expect.stringContaining("a.txt is not a record file") } });
    const badJson = await readRecordFile(file("b.json", "not json"));
    expect(badJson.ok).toBe(false);
  });
});
