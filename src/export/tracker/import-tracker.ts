// Reading an edited 待办事项跟踪表 back (issue 22), shared by `ccr tracker import` and the pane's
// stand-alone import: the workbook is read, its rows merged into the records (mergeTracker), and any
// value that cannot be read refuses the whole import — the caller then changes nothing. Conflicts
// (a record edited since the export) and unmatched rows are reported and leave the records as they are.

import type { IsoDate } from "../../domain/calendar/calendar";
import { pick, type Bilingual } from "../../domain/record/i18n";
import type { Lang } from "../../domain/record/record";
import { mergeTracker, type TrackerMerge, type TrackerSource } from "../../domain/tracking/tracker";
import { readTrackerXlsx } from "./read-tracker-xlsx";

export type TrackerImportPlan =
  /** The workbook cannot be read at all (not a workbook, not ccr's tracker, too large …). */
  | { kind: "unreadable"; error: Bilingual }
  /** Values that cannot be read (a status that is none of the three, a formula …), in row order: import nothing. */
  | { kind: "refused"; errors: Bilingual[] }
  | { kind: "merged"; merge: TrackerMerge };

export async function planTrackerImport(workbook: Uint8Array, sources: readonly TrackerSource[], options: { today: IsoDate }): Promise<TrackerImportPlan> {
  const read = await readTrackerXlsx(workbook);
  if (!read.ok) return { kind: "unreadable", error: read.error };
  const merge = mergeTracker(read.sheet.rows, sources, options);
  const errors = [...read.sheet.errors, ...merge.errors].sort((a, b) => a.row - b.row);
  if (errors.length > 0) return { kind: "refused", errors: errors.map((e) => e.message) };
  return { kind: "merged", merge };
}

/** The closing line of a refused import: how many problems, nothing changed, what to do. */
export function refusedSummary(workbook: string, problems: number): Bilingual {
  return {
    zh: `${workbook}：有 ${problems} 处问题（见上），未修改任何文件。请改正后重新导入。`,
    en: `${workbook}: ${problems} problem(s) (above); no file was changed. Correct them and import again.`,
  };
}

const FILES: Bilingual = { zh: "个文件", en: "file(s)" };

/**
 * What an import did: the changes, the conflicts kept, the rows matching no item, the edits not
 * imported. `files` counts what was updated, named by `unit` (files for the command line, records in the pane).
 */
export function trackerImportReport(merge: TrackerMerge, files: number, lang: Lang, unit: Bilingual = FILES): string {
  const lines: string[] = [];
  const section = (title: Bilingual, items: readonly { message: Bilingual }[]) => {
    if (items.length === 0) return;
    lines.push(pick(title, lang), ...items.map((i) => `  ${pick(i.message, lang)}`));
  };
  if (merge.changes.length === 0) lines.push(pick({ zh: "没有需要导入的修改。", en: "Nothing to import." }, lang));
  section({ zh: `已更新 ${files} ${unit.zh}，共 ${merge.changes.length} 处修改：`, en: `${merge.changes.length} change(s) in ${files} ${unit.en}:` }, merge.changes);
  section(
    { zh: `冲突 ${merge.conflicts.length} 处（导出后记录中已有较新的修改，予以保留，未导入）：`, en: `${merge.conflicts.length} conflict(s) (the record has a newer edit since the export, which is kept; not imported):` },
    merge.conflicts,
  );
  section({ zh: `无法对应到事项的行 ${merge.unmatched.length} 行：`, en: `${merge.unmatched.length} row(s) matching no item:` }, merge.unmatched);
  section({ zh: `未导入的修改 ${merge.ignored.length} 处：`, en: `${merge.ignored.length} edit(s) not imported:` }, merge.ignored);
  return lines.join("\n");
}
