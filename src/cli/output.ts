// Where the sub-commands write files: the one place an output path is made and written. A file name
// built from a document's content (a record id, a topic) must not lead out of the folder the user
// chose with -o (issue 16.1): the path is resolved and compared with that folder before anything is
// written.

import { lstatSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { CliError } from "./command";

/**
 * The path of the file `name` directly in the folder `dir` (both resolved against `cwd`), for a name ccr
 * makes up (from a record id, for a temporary file). CliError when `name` leads anywhere else: a
 * separator, `..`, an absolute path, a name that resolves outside `dir`, or a symbolic link already
 * there under that name (writing would follow it out of the folder).
 */
export function outputPathIn(dir: string, name: string, cwd = "."): string {
  const path = pathInFolder(dir, name, cwd);
  if (isSymbolicLink(path)) {
    throw new CliError({
      zh: `已拒绝写入：${path} 是一个符号链接，写入会写到它指向的位置。未写入任何文件；请删除该链接或换一个输出文件夹。`,
      en: `Refused to write: ${path} is a symbolic link, and writing would follow it. Nothing was written; remove the link or choose another output folder.`,
    });
  }
  return path;
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function pathInFolder(dir: string, name: string, cwd: string): string {
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

/**
 * The output file the user named (`out`, resolved against `cwd`), checked as above except for links:
 * a link the user names is followed, as every command line tool does.
 */
export function outputPath(out: string, cwd = "."): string {
  const target = resolve(cwd, out);
  return pathInFolder(dirname(target), basename(target), ".");
}

/** Writes `data` to `path` (made by outputPath or outputPathIn); CliError saying why it cannot. */
export function writeOutput(path: string, data: Uint8Array | string): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    throw new CliError({ zh: `无法写入 ${path}：${(e as Error).message}`, en: `Cannot write ${path}: ${(e as Error).message}` });
  }
}
