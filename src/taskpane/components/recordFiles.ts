// Stand-alone mode: the records of a file the user opens or drops on the pane — a record .json
// (ccr/1) or a .docx (ccr's record form, several records, a hand-filled or LibreOffice-saved form).
// The .docx readers are the command line's (src/export/extract.ts), loaded only when a .docx comes.
import { parseRecord, type CcrRecord } from "../../domain/record/record";
import type { Translator } from "../i18n";

/** Largest file read (as the command line: a record is a few KB, a form well under this). */
export const MAX_RECORD_FILE_BYTES = 20 * 1024 * 1024;

export interface FileRecord {
  record: CcrRecord;
  /** Its place among several in the file ("#2 (id)"). */
  place?: string;
  /** Read from a hand-filled form's labels: how many fields were filled, and LibreOffice's repairs. */
  recognised?: { filled: number; libreOfficeRepairs: number };
}

/** The records, or what is wrong with the file in the pane's language. */
export type RecordFileResult = { ok: true; records: FileRecord[] } | { ok: false; message: string };

/** What the pane needs of a File (a Blob with a name). */
export interface NamedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

export async function readRecordFile(file: NamedFile, t: Translator): Promise<RecordFileResult> {
  const fail = (message: string): RecordFileResult => ({ ok: false, message });
  const ext = extensionOf(file.name);
  if (ext === ".doc" || ext === ".wps" || ext === ".odt" || ext === ".rtf") return fail(t("records.notDocx", { file: file.name }));
  if (ext === ".xlsx") return fail(t("records.workbook", { file: file.name }));
  if (ext !== ".json" && ext !== ".docx") return fail(t("records.notRecordFile", { file: file.name }));
  if (file.size > MAX_RECORD_FILE_BYTES) return fail(t("records.tooLarge", { file: file.name }));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return fail(t("records.unreadable", { file: file.name, reason: e instanceof Error ? e.message : String(e) }));
  }
  if (ext === ".docx") return docxRecords(file.name, bytes, t);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(t("records.notUtf8", { file: file.name }));
  }
  const parsed = parseRecord(text);
  if (!parsed.ok) return fail(t("records.jsonInvalid", { file: file.name, reason: t.pick(parsed.error.message) }));
  return { ok: true, records: [{ record: parsed.record }] };
}

async function docxRecords(name: string, bytes: Uint8Array, t: Translator): Promise<RecordFileResult> {
  const [{ readDocxRecords }, { filledFieldCount }] = await Promise.all([
    import(/* webpackChunkName: "read-docx" */ "../../export/extract"),
    import(/* webpackChunkName: "read-docx" */ "../../domain/recognise/recognise"),
  ]);
  const read = readDocxRecords(bytes, name);
  if (!read.ok) return { ok: false, message: t.pick(read.error) };
  return {
    ok: true,
    records: read.records.map((r) => ({
      record: r.record,
      ...(r.place ? { place: r.place } : {}),
      ...(r.recognised
        ? { recognised: { filled: filledFieldCount(r.recognised.recognition.report), libreOfficeRepairs: r.recognised.libreOfficeRepairs ?? 0 } }
        : {}),
    })),
  };
}
