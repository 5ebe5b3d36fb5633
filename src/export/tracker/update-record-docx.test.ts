import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { addProgressNote, setActionStatus } from "../../domain/tracking/tracking";
import type { CcrRecord } from "../../domain/record/record";
import { recordWithActions } from "../../../test/support/export-records";
import { extractRecords } from "../extract";
import { exportRecordDocx } from "../record-docx";
import { updateRecordDocx } from "./update-record-docx";

function read(bytes: Uint8Array): CcrRecord[] {
  const result = extractRecords(bytes);
  if (!result.ok) throw new Error(result.error.en);
  return result.records.map((r) => r.record);
}

function updated(bytes: Uint8Array, records: CcrRecord[]): Uint8Array {
  const result = updateRecordDocx(bytes, records);
  if (!result.ok) throw new Error(result.error.en);
  return result.bytes;
}

/** The texts of every control of the document, by tag. */
function controlTexts(bytes: Uint8Array): Map<string, string> {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<w:sdt>.*?<w:tag w:val="([^"]+)"\/>.*?<w:sdtContent>(.*?)<\/w:sdtContent><\/w:sdt>/g)) {
    out.set(m[1], [...m[2].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
  }
  return out;
}

describe("a ccr form updated after a tracker import", () => {
  const record = recordWithActions(3);
  const original = exportRecordDocx(record);
  const changed = addProgressNote(setActionStatus(record, 1, "done"), 0, { date: "2026-06-15", note: "已提交初稿" });

  it("shows the new status in the form and keeps the whole new record, progress included", () => {
    const bytes = updated(original, [changed]);
    const [back] = read(bytes);
    expect(back.actions[1].status).toBe("done");
    expect(back.actions[0].progress).toEqual([{ date: "2026-06-15", note: "已提交初稿" }]);
    expect(back).toEqual({ ...changed, id: record.id });
    expect(controlTexts(bytes).get(`ccr:${record.id}:actions[1].status`)).toBe("已完成");
  });

  it("changes nothing else: other parts byte for byte, every other control's text and markup", () => {
    const bytes = updated(original, [changed]);
    const before = unzipSync(original);
    const after = unzipSync(bytes);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name === "word/document.xml" || name === "word/webextensions/webextension1.xml") continue;
      expect(after[name], name).toEqual(before[name]);
    }
    const tag = `ccr:${record.id}:actions[1].status`;
    const textsBefore = controlTexts(original);
    const textsAfter = controlTexts(bytes);
    for (const [t, text] of textsBefore) if (t !== tag && !t.endsWith(`:${record.id}`)) expect(textsAfter.get(t), t).toBe(text);
    // The status cell keeps its formatting: only the text differs.
    // (xmldom writes an empty paragraph as <w:p/>, the same XML.)
    const statusCell = /(<w:tag w:val="ccr:[^"]+:actions\[1\]\.status"\/>.*?<w:t[^>]*>)进行中(<\/w:t>)/;
    const expected = strFromU8(before["word/document.xml"]).replace(statusCell, "$1已完成$2").replace(/<w:p><\/w:p>/g, "<w:p/>");
    expect(strFromU8(after["word/document.xml"])).toBe(expected);
  });

  it("writes the status in the form's language", () => {
    const en = { ...record, lang: "en" as const };
    const bytes = updated(exportRecordDocx(en), [setActionStatus(en, 0, "doing")]);
    expect(controlTexts(bytes).get(`ccr:${record.id}:actions[0].status`)).toBe("In progress");
  });

  it("writes a value over a status cell that showed its placeholder", () => {
    const files = unzipSync(original);
    const xml = strFromU8(files["word/document.xml"]).replace(
      /(<w:tag w:val="ccr:[^"]+:actions\[2\]\.status"\/><w:id w:val="\d+"\/>)(<\/w:sdtPr>)/,
      "$1<w:showingPlcHdr/>$2",
    );
    expect(xml).toContain("<w:showingPlcHdr/>");
    const bytes = updated(zipSync({ ...files, "word/document.xml": strToU8(xml) }), [setActionStatus(record, 2, "doing")]);
    const out = strFromU8(unzipSync(bytes)["word/document.xml"]);
    expect(out).toMatch(/<w:tag w:val="ccr:[^"]+:actions\[2\]\.status"\/><w:id w:val="\d+"\/><\/w:sdtPr>/);
    expect(controlTexts(bytes).get(`ccr:${record.id}:actions[2].status`)).toBe("进行中");
  });

  it("refuses, changing nothing, a document without the stored record or with the form twice", () => {
    const files = unzipSync(original);
    const noSettings = { ...files };
    delete noSettings["word/webextensions/webextension1.xml"];
    const lost = updateRecordDocx(zipSync(noSettings), [changed]);
    expect(lost.ok || lost.error.zh).toContain("进展无法写入");

    const xml = strFromU8(files["word/document.xml"]);
    const body = xml.slice(xml.indexOf("<w:body>") + 8, xml.indexOf("<w:sectPr>"));
    const twice = zipSync({ ...files, "word/document.xml": strToU8(xml.replace("<w:sectPr>", `${body}<w:sectPr>`)) });
    const doubled = updateRecordDocx(twice, [changed]);
    expect(doubled.ok || doubled.error.en).toContain("is in the document 2 times");
  });
});
