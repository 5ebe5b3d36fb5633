// Reading record files for the sub-commands: a record .json, a Word .docx holding ccr records, and
// folders searched recursively. Unreadable input is a CliError (exit 2) with a bilingual message.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { parseRecord, type CcrRecord } from "../domain/record";
import { CliError } from "./command";

/** Largest record file read (a record is a few KB; a .docx of minutes well under this). */
export const MAX_RECORD_FILE_BYTES = 20 * 1024 * 1024;

export const RECORD_EXTENSIONS = [".json", ".docx"] as const;

function readBytes(path: string): Buffer {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new CliError({ zh: `无法读取 ${path}:${(e as Error).message}`, en: `Cannot read ${path}: ${(e as Error).message}` });
  }
  if (size > MAX_RECORD_FILE_BYTES) {
    throw new CliError({ zh: `${path} 过大(超过 20 MB),不是记录文件。`, en: `${path} is too large (over 20 MB) for a record file.` });
  }
  try {
    return readFileSync(path);
  } catch (e) {
    throw new CliError({ zh: `无法读取 ${path}:${(e as Error).message}`, en: `Cannot read ${path}: ${(e as Error).message}` });
  }
}

/** One record from a .json file. */
export function readRecordJson(path: string): CcrRecord {
  const parsed = parseRecord(readBytes(path).toString("utf8"));
  if (!parsed.ok) {
    throw new CliError({ zh: `${path}:${parsed.error.message.zh}`, en: `${path}: ${parsed.error.message.en}` });
  }
  return parsed.record;
}

/** Every record in a .json or .docx file. */
export function readRecords(path: string): CcrRecord[] {
  if (extname(path).toLowerCase() !== ".docx") return [readRecordJson(path)];
  // The .docx reader of src/export (issue 7) plugs in here once it is in main.
  readBytes(path);
  throw new CliError({ zh: `暂不支持读取 .docx 文件:${path}`, en: `Reading .docx files is not available yet: ${path}` });
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
