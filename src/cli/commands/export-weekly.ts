// `ccr export weekly PATH [--today YYYY-MM-DD] [-o OUT]`: the pane's 周进度报告 (src/export/weekly-docx.ts)
// for one record file, or one report per record for a folder (searched as `ccr status` does).

import { basename, dirname, extname, join, relative } from "node:path";
import type { IsoDate } from "../../domain/calendar/iso-date";
import { pick } from "../../domain/record/i18n";
import { chinaToday } from "../args";
import { CliError, EXIT_BAD_INPUT, EXIT_OK, type CliIO } from "../command";
import { findRecordFiles, loadRecords, type LoadedRecord } from "../load";
import { outputPath, outputPathIn, writeOutput } from "../output";
import { recognisedNote } from "../recognised";

/** The suffix of the files this command writes; a folder search skips them, so a second run reads the same records. */
const SUFFIX = ".weekly.docx";

export interface WeeklyArgs {
  input: string;
  out?: string;
  today?: IsoDate;
  normalisePunctuation: boolean;
}

export async function exportWeekly({ input, out, today, normalisePunctuation }: WeeklyArgs, io: CliIO): Promise<number> {
  const day = today ?? chinaToday();
  const files = findRecordFiles([input], io.cwd).filter((f) => f.explicit || !f.path.toLowerCase().endsWith(SUFFIX));
  const single = files.length === 1 && files[0].explicit;
  const reports: { name: string; folder: string; loaded: LoadedRecord }[] = [];
  let failed = false;
  for (const { path, explicit } of files) {
    const shown = relative(io.cwd, path) || path;
    let loaded: LoadedRecord[];
    try {
      loaded = loadRecords(path);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      io.err(pick(e.text, io.lang));
      if (explicit) failed = true;
      continue;
    }
    const base = basename(path, extname(path));
    loaded.forEach((l, i) => {
      if (l.recognised) io.err(pick(recognisedNote(shown), io.lang));
      reports.push({ name: loaded.length > 1 ? `${base}-${i + 1}${SUFFIX}` : `${base}${SUFFIX}`, folder: dirname(path), loaded: l });
    });
  }
  if (reports.length === 0) {
    if (!failed) io.err(pick({ zh: `${input} 中没有找到记录文件（.json、.docx），未写入任何文件。`, en: `No record files (.json, .docx) found in ${input}; nothing was written.` }, io.lang));
    return EXIT_BAD_INPUT;
  }
  const { exportWeeklyDocx } = await import("../../export/weekly-docx");
  const written = new Set<string>();
  for (const r of reports) {
    // One record named directly: -o is the file; otherwise -o is the folder the reports go to, and two
    // records of the same name (a.json and a.docx, or sub1/a.json and sub2/a.json) get a.weekly.docx and a-2.weekly.docx.
    const target = (name: string) => (single && reports.length === 1 ? outputPath(out ?? join(r.folder, name), io.cwd) : outputPathIn(out ?? r.folder, name, io.cwd));
    let path = target(r.name);
    for (let n = 2; written.has(path.toLowerCase()); n++) path = target(r.name.replace(SUFFIX, `-${n}${SUFFIX}`));
    written.add(path.toLowerCase());
    writeOutput(path, await exportWeeklyDocx(r.loaded.record, { today: day, normalisePunctuation }));
    io.out(pick({ zh: `已写入 ${path}`, en: `Written: ${path}` }, io.lang));
  }
  return failed ? EXIT_BAD_INPUT : EXIT_OK;
}
