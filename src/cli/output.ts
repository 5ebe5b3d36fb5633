// Where the sub-commands write files: the one place an output path is made and written. A file name
// built from a document's content (a record id, a topic) must not lead out of the folder the user
// chose with -o (issue 16.1): the path is resolved and compared with that folder before anything is
// written.

import { writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { CliError } from "./command";

/**
 * The path of the file `name` directly in the folder `dir` (both resolved against `cwd`). CliError when
 * `name` leads anywhere else: a separator, `..`, an absolute path, or a name that resolves outside `dir`.
 */
export function outputPathIn(dir: string, name: string, cwd = "."): string {
  const folder = resolve(cwd, dir);
  const path = resolve(folder, name);
  const inside = dirname(path) === folder && basename(path) === name && !/[\\/]/.test(name) && name !== "." && name !== "..";
  if (!inside) {
    throw new CliError({
      zh: `已拒绝写入：文件名“${name}”会写到文件夹 ${folder} 之外。文件中的记录编号或名称可能被篡改；未写入任何文件。`,
      en: `Refused to write: the file name "${name}" would be written outside the folder ${folder}. A record id or name in the file may have been tampered with; nothing was written.`,
    });
  }
  return path;
}

/** The output file the user named (`out`, resolved against `cwd`): its folder and its name, checked as above. */
export function outputPath(out: string, cwd = "."): string {
  const target = resolve(cwd, out);
  return outputPathIn(dirname(target), basename(target));
}

/** Writes `data` to `path` (made by outputPath or outputPathIn); CliError saying why it cannot. */
export function writeOutput(path: string, data: Uint8Array | string): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    throw new CliError({ zh: `无法写入 ${path}：${(e as Error).message}`, en: `Cannot write ${path}: ${(e as Error).message}` });
  }
}
