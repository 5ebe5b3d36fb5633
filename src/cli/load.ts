// Reading record files for the command line. One seam for every input format: LOADERS maps a
// file extension to a reader; .json is here, and a .docx reader can be added by one entry.

import { readFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { parseRecord, type CcrRecord } from "../domain/record";
import { CliError, EXIT_BAD_INPUT } from "./command";

export interface LoadedRecord {
  record: CcrRecord;
  /** Where the record came from, for messages: the file, or the file and the record's place in it. */
  source: string;
}

/** Reads the bytes of a file into its records; throws CliError for malformed input. */
export type RecordLoader = (path: string, bytes: Uint8Array) => LoadedRecord[] | Promise<LoadedRecord[]>;

export const LOADERS: Record<string, RecordLoader> = {
  ".json": loadJson,
};

export interface LoadOptions {
  /** Directory a relative path is taken from (default: the process's). Messages show the path as given. */
  cwd?: string;
}

/** Every record in the file at `path` (a .json file holds one). Throws CliError (exit 2) otherwise. */
export async function loadRecords(path: string, options: LoadOptions = {}): Promise<LoadedRecord[]> {
  const ext = extname(path).toLowerCase();
  const loader = LOADERS[ext];
  if (!loader) {
    const known = Object.keys(LOADERS).join(", ");
    throw new CliError(
      { zh: `无法读取 ${path}:不支持的文件类型“${ext || "(无扩展名)"}”,支持 ${known}。`, en: `Cannot read ${path}: unsupported file type "${ext || "(none)"}"; supported: ${known}.` },
      EXIT_BAD_INPUT,
    );
  }
  return loader(path, readBytes(path, options));
}

/** The one record of a file; a file with several records is refused (exit 2). */
export async function loadRecord(path: string, options: LoadOptions = {}): Promise<CcrRecord> {
  const records = await loadRecords(path, options);
  if (records.length !== 1) {
    throw new CliError(
      { zh: `${path} 含有 ${records.length} 份记录,此命令只处理一份。`, en: `${path} holds ${records.length} records; this command takes one.` },
      EXIT_BAD_INPUT,
    );
  }
  return records[0].record;
}

/** The bytes of a file; CliError (exit 2) when it cannot be read. */
export function readBytes(path: string, options: LoadOptions = {}): Uint8Array {
  try {
    return readFileSync(resolve(options.cwd ?? ".", path));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? { zh: "文件不存在", en: "no such file" } : { zh: String((e as Error).message), en: String((e as Error).message) };
    throw new CliError({ zh: `无法读取 ${path}:${reason.zh}。`, en: `Cannot read ${path}: ${reason.en}.` }, EXIT_BAD_INPUT);
  }
}

function loadJson(path: string, bytes: Uint8Array): LoadedRecord[] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError({ zh: `无法读取 ${path}:文件不是 UTF-8 文本。`, en: `Cannot read ${path}: the file is not UTF-8 text.` }, EXIT_BAD_INPUT);
  }
  const parsed = parseRecord(text);
  if (!parsed.ok) {
    const { zh, en } = parsed.error.message;
    throw new CliError({ zh: `${path}:${zh}`, en: `${path}: ${en}` }, EXIT_BAD_INPUT);
  }
  return [{ record: parsed.record, source: path }];
}
