// The hostile inputs of issue 16, built in code (no binary files): each is a file name, what it is,
// whether ccr must refuse it, and its bytes. test/reliability/hostile-table.test.ts gives each to
// every command and writes the outcome table of docs/reliability.md.

import { serialiseRecord, type CcrRecord } from "../../src/domain/record/record";
import { exportRecordDocx } from "../../src/export/record-docx";
import { sampleRecord } from "../support/export-records";
import { docxWithStoredRecords, plainDocxEntries, rawZip, type RawEntry } from "../support/hostile-docx";

export interface HostileInput {
  file: string;
  what: string;
  /** Every command must refuse it (exit 2); otherwise every command must read it. */
  refused: boolean;
  bytes(): Uint8Array | string;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentOf = (body: string) => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
const withDocument = (body: string): RawEntry[] => plainDocxEntries().map((e) => (e.name === "word/document.xml" ? { ...e, data: documentOf(body) } : e));
const json = (extra: Record<string, unknown>) => serialiseRecord({ ...sampleRecord(), ...extra } as CcrRecord);
const withRaw = (member: string) => serialiseRecord(sampleRecord()).replace(/\n}\n$/, `,\n  ${member}\n}\n`);
function nested(levels: number): unknown {
  let v: unknown = "底";
  for (let i = 0; i < levels; i++) v = { next: v };
  return v;
}

export const HOSTILE_INPUTS: HostileInput[] = [
  { file: "ids-traversal.docx", what: "stored record ids `x/../../../../tmp/pwned`, `x/../package`", refused: true, bytes: () => docxWithStoredRecords(["x/../../../../tmp/pwned", "x/../package"].map((id) => ({ id, record: sampleRecord() }))) },
  { file: "id-traversal.json", what: "a record file with `\"id\": \"x/../package\"`", refused: true, bytes: () => json({ id: "x/../package" }) },
  { file: "two-documents.docx", what: "two `word/document.xml` entries", refused: true, bytes: () => rawZip([...plainDocxEntries("给人看的"), { name: "word/document.xml", data: documentOf("<w:p/>") }]) },
  { file: "case-variant.docx", what: "`word/document.xml` and `Word/Document.xml`", refused: true, bytes: () => rawZip([...plainDocxEntries(), { name: "Word/Document.xml", data: documentOf("<w:p/>") }]) },
  { file: "unlisted.docx", what: "an entry missing from the zip's central directory", refused: true, bytes: () => rawZip(plainDocxEntries().map((e) => (e.name === "word/document.xml" ? { ...e, unlisted: true } : e))) },
  { file: "bzip2.docx", what: "`word/document.xml` compressed with bzip2 (method 12)", refused: true, bytes: () => rawZip(plainDocxEntries().map((e) => (e.name === "word/document.xml" ? { ...e, method: 12 } : e))) },
  { file: "deep-xml.docx", what: "runs nested 10,000 deep", refused: true, bytes: () => rawZip(withDocument(`<w:p>${"<w:r>".repeat(10_000)}${"</w:r>".repeat(10_000)}</w:p>`)) },
  { file: "deep.json", what: "unknown keys nested 3,000 levels", refused: true, bytes: () => json({ deep: nested(3000) }) },
  { file: "deep-stored.docx", what: "a record form whose stored record nests 3,000 levels", refused: true, bytes: () => docxWithStoredRecords([{ id: "r-1", record: sampleRecord(), json: json({ id: "r-1", deep: nested(3000) }) }]) },
  { file: "long.json", what: "a field of 10 MB", refused: true, bytes: () => json({ background: "长".repeat(3_500_000) }) },
  { file: "infinite.json", what: "`1e999` in an unknown key", refused: true, bytes: () => withRaw('"x": 1e999') },
  { file: "digits.json", what: "a 30-digit integer in an unknown key", refused: true, bytes: () => withRaw('"x": 123456789012345678901234567890') },
  { file: "nested-controls.docx", what: "content controls nested 26 deep, no ccr record (the reader once doubled its work per level: minutes)", refused: true, bytes: () => rawZip(withDocument(`${'<w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent>'.repeat(26)}<w:p/>${"</w:sdtContent></w:sdt>".repeat(26)}`)) },
  { file: "proto-keys.json", what: "unknown keys `__proto__`, `constructor`, `toString`", refused: false, bytes: () => withRaw('"__proto__": {\n    "polluted": true\n  },\n  "constructor": [\n    "x"\n  ],\n  "toString": 1') },
  { file: "proto-keys.docx", what: "the same as a record form", refused: false, bytes: () => exportRecordDocx(JSON.parse(withRaw('"__proto__": {"polluted": true}, "constructor": ["x"], "toString": 1')) as CcrRecord) },
  { file: "far-date.json", what: "`date` 9999-12-31 (a common \"no date\")", refused: false, bytes: () => json({ date: "9999-12-31" }) },
];
