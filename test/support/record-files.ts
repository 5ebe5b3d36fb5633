// Record files as users bring them to the stand-alone pane: ccr's record form holding two records
// (the form pasted twice, the second with another topic), for the unit and browser tests.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { CcrRecord } from "../../src/domain/record/record";
import { exportRecordDocx } from "../../src/export/record-docx";

/** The record's form followed by a copy of it whose topic is `secondTopic` (read back as two records). */
export function twoRecordDocx(record: CcrRecord, secondTopic: string): Uint8Array {
  const files = unzipSync(exportRecordDocx(record));
  const xml = strFromU8(files["word/document.xml"]);
  const start = xml.indexOf("<w:body>") + "<w:body>".length;
  const end = xml.lastIndexOf("<w:sectPr") > 0 ? xml.lastIndexOf("<w:sectPr") : xml.indexOf("</w:body>");
  const copy = xml.slice(start, end).replace(`>${record.topic}<`, `>${secondTopic}<`);
  files["word/document.xml"] = strToU8(xml.slice(0, end) + copy + xml.slice(end));
  return zipSync(files);
}
