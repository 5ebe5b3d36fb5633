// Reading record files for the sub-commands: a record .json, a Word .docx holding ccr records, and
// folders searched recursively. Unreadable input is a CliError (exit 2) with a bilingual message.
//
// One seam for every input format: LOADERS maps a file extension to a reader of the file's bytes.
// .json is read here, .docx through the record extraction of src/export.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { parseRecord, type CcrRecord } from "../domain/record/record";
import { readDocxRecords } from "../export/extract";
import type { RecognisedDocument } from "../form/recognised-form";
import { CliError, EXIT_BAD_INPUT } from "./command";

/** Largest record file read (a record is a few KB; a .docx of minutes well under this). */
export const MAX_RECORD_FILE_BYTES = 20 * 1024 * 1024;

/** Extensions a folder search collects. */
export const RECORD_EXTENSIONS = [".json", ".docx"] as const;

export interface LoadedRecord {
  record: CcrRecord;
  /** Where the record came from, for messages: the file as named, or the file and the record's place in it. */
  source: string;
  /** Set when the record was recognised from a hand-filled form's labels, not read from ccr content controls. */
  recognised?: RecognisedDocument;
}

/** Reads a file's bytes into its records; throws CliError for malformed input. */
export type RecordLoader = (path: string, bytes: Uint8Array) => LoadedRecord[];

export const LOADERS: Record<string, RecordLoader> = {
  ".json": (path, bytes) => [{ record: parseJsonRecord(path, bytes), source: path }],
  ".docx": (path, bytes) => docxRecords(path, bytes),
};

/** The records of a .docx: ccr's forms, else a hand-filled form read by its labels (src/export/extract.ts). */
function docxRecords(shown: string, bytes: Uint8Array): LoadedRecord[] {
  const read = readDocxRecords(bytes, shown);
  if (!read.ok) throw new CliError(read.error, EXIT_BAD_INPUT);
  return read.records.map((r) => ({
    record: r.record,
    source: r.place ? `${shown} ${r.place}` : shown,
    ...(r.recognised ? { recognised: r.recognised } : {}),
  }));
}

export interface LoadOptions {
  /** Directory a relative path is taken from (default: the process's). Messages show the path as given. */
  cwd?: string;
}

/** Every record in the file at `path` (a .json file holds one). CliError (exit 2) for anything unreadable. */
export function loadRecords(path: string, options: LoadOptions = {}): LoadedRecord[] {
  const ext = extname(path).toLowerCase();
  const loader = LOADERS[ext];
  if (!loader) {
    const known = Object.keys(LOADERS).join(", ");
    throw new CliError(
      {
        zh: `无法读取 ${path}：不支持的文件类型“${ext || "（无扩展名）"}”，支持 ${known}。`,
        en: `Cannot read ${path}: unsupported file type "${ext || "(none)"}"; supported: ${known}.`,
      },
      EXIT_BAD_INPUT,
    );
  }
  return loader(path, readBytes(resolve(options.cwd ?? ".", path), path));
}

/** Every record in a .json or .docx file. */
export function readRecords(path: string): CcrRecord[] {
  return loadRecords(path).map((l) => l.record);
}

/** The bytes of a file (at most MAX_RECORD_FILE_BYTES); `shown` is the name used in messages. */
export function readBytes(path: string, shown: string = path): Buffer {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw cannotRead(shown, e);
  }
  if (size > MAX_RECORD_FILE_BYTES) {
    throw new CliError({ zh: `${shown} 过大（超过 20 MB），不是记录文件。`, en: `${shown} is too large (over 20 MB) for a record file.` });
  }
  try {
    return readFileSync(path);
  } catch (e) {
    throw cannotRead(shown, e);
  }
}

function cannotRead(shown: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason =
    code === "ENOENT"
      ? { zh: "文件不存在", en: "no such file" }
      : code === "EISDIR"
        ? { zh: "这是一个文件夹，请给出文件", en: "it is a folder; name a file" }
        : code === "EACCES" || code === "EPERM"
          ? { zh: "没有读取权限", en: "permission denied" }
          : { zh: (e as Error).message, en: (e as Error).message };
  return new CliError({ zh: `无法读取 ${shown}：${reason.zh}。`, en: `Cannot read ${shown}: ${reason.en}.` });
}

function parseJsonRecord(shown: string, bytes: Uint8Array): CcrRecord {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError({ zh: `无法读取 ${shown}：文件不是 UTF-8 文本。`, en: `Cannot read ${shown}: the file is not UTF-8 text.` });
  }
  const parsed = parseRecord(text);
  if (!parsed.ok) {
    throw new CliError({ zh: `${shown}:${parsed.error.message.zh}`, en: `${shown}: ${parsed.error.message.en}` });
  }
  return parsed.record;
}

/**
 * The record files named by the arguments (explicit: named directly): files as given, folders searched recursively for
 * .json and .docx (hidden entries, node_modules and Word lock files ~$… skipped), sorted.
 */
export function findRecordFiles(inputs: readonly string[], cwd: string): { path: string; explicit: boolean }[] {
  const files: { path: string; explicit: boolean }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".") || name.startsWith("~$") || name === "node_modules") continue;
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if ((RECORD_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) files.push({ path, explicit: false });
    }
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new CliError({ zh: `找不到 ${input}。`, en: `${input} not found.` });
    }
    if (stat.isDirectory()) walk(path);
    else files.push({ path, explicit: true });
  }
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(f.path) && seen.add(f.path));
}
