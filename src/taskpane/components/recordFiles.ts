// Stand-alone mode: the records of a file the user opens or drops on the pane — a record .json
// (ccr/1) or a .docx (ccr's record form, several records, a hand-filled or LibreOffice-saved form).
// The .docx readers are the command line's (src/export/extract.ts), loaded only when a .docx comes.
import type { Bilingual } from "../../domain/record/i18n";
import { parseRecord, type CcrRecord } from "../../domain/record/record";

/** Largest file read (as the command line: a record is a few KB, a form well under this). */
export const MAX_RECORD_FILE_BYTES = 20 * 1024 * 1024;

export interface FileRecord {
  record: CcrRecord;
  /** Its place among several in the file ("#2 (id)"). */
  place?: string;
  /** Read from a hand-filled form's labels: how many fields were filled, and LibreOffice's repairs. */
  recognised?: { filled: number; libreOfficeRepairs: number };
}

export type RecordFileResult = { ok: true; records: FileRecord[] } | { ok: false; message: Bilingual };

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

export async function readRecordFile(file: NamedFile): Promise<RecordFileResult> {
  const ext = extensionOf(file.name);
  if (ext !== ".json" && ext !== ".docx") return { ok: false, message: notARecordFile(file.name, ext) };
  if (file.size > MAX_RECORD_FILE_BYTES) {
    return { ok: false, message: { zh: `${file.name} 过大（超过 20 MB），不是记录文件。`, en: `${file.name} is too large (over 20 MB) for a record file.` } };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, message: { zh: `无法读取 ${file.name}（${reason}）。请重新选择文件。`, en: `Cannot read ${file.name} (${reason}). Choose the file again.` } };
  }
  return ext === ".json" ? jsonRecord(file.name, bytes) : docxRecords(file.name, bytes);
}

function jsonRecord(name: string, bytes: Uint8Array): RecordFileResult {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: { zh: `${name} 不是 UTF-8 文本，不是 ccr 记录文件。`, en: `${name} is not UTF-8 text, so not a ccr record file.` } };
  }
  const parsed = parseRecord(text);
  if (!parsed.ok) return { ok: false, message: { zh: `${name}：${parsed.error.message.zh}`, en: `${name}: ${parsed.error.message.en}` } };
  return { ok: true, records: [{ record: parsed.record }] };
}

async function docxRecords(name: string, bytes: Uint8Array): Promise<RecordFileResult> {
  const [{ readDocxRecords }, { filledFieldCount }] = await Promise.all([
    import(/* webpackChunkName: "read-docx" */ "../../export/extract"),
    import(/* webpackChunkName: "read-docx" */ "../../domain/recognise/recognise"),
  ]);
  const read = readDocxRecords(bytes, name);
  if (!read.ok) return { ok: false, message: read.error };
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

function notARecordFile(name: string, ext: string): Bilingual {
  if (ext === ".doc" || ext === ".wps" || ext === ".odt" || ext === ".rtf") {
    return {
      zh: `${name} 不是 .docx 文件。请在 WPS、Word 或 LibreOffice 中“另存为”Word 文档（.docx）后再打开。`,
      en: `${name} is not a .docx file. Save it as a Word document (.docx) in WPS, Word or LibreOffice and open that.`,
    };
  }
  if (ext === ".xlsx") {
    return {
      zh: `${name} 是工作簿。待办事项跟踪表请在“会后 › 待办”中导入。`,
      en: `${name} is a workbook. Import an action-item tracker in After › Action items.`,
    };
  }
  return {
    zh: `${name} 不是记录文件。可打开 ccr 的记录表或手工填写的沟通协调记录表（.docx），或记录文件（.json）。`,
    en: `${name} is not a record file. Open a ccr record form or a hand-filled 沟通协调记录表 (.docx), or a record file (.json).`,
  };
}
