// `ccr tracker export|import` (issue 22): the 待办事项跟踪表 as an .xlsx workbook across record files
// (.json, .docx, folders searched recursively), and the edited workbook read back into those files.
// The import is all or nothing: every file is prepared in memory first, and on any error (a value
// that cannot be read, a file that cannot be written) no file is changed; the files are then written
// beside themselves and renamed into place. Conflicts (a record edited since the export) and rows
// that belong to no item are reported and leave the records as they are.

import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, relative, resolve } from "node:path";
import { unofficialCalendarNote, unofficialYearsBetween } from "../../domain/calendar/calendar";
import { pick, type Bilingual } from "../../domain/record/i18n";
import { serialiseRecord, type CcrRecord } from "../../domain/record/record";
import type { TrackerSource } from "../../domain/tracking/tracker";
import { updateRecordDocx } from "../../export/tracker/update-record-docx";
import { chinaToday, isoDateOption, parseArgs, usageError } from "../args";
import { CliError, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, type CliIO, type Command } from "../command";
import { findRecordFiles, LOADERS, loadRecords, readBytes, type LoadedRecord } from "../load";
import { outputPath, outputPathIn, writeOutput } from "../output";
import { recognisedNote } from "../recognised";

export const trackerCommand: Command = {
  name: "tracker",
  summary: { zh: "待办事项跟踪表：导出为 .xlsx，填写后导回记录", en: "The action-item tracker: export as .xlsx, import the edited sheet back" },
  help: {
    zh: [
      "用法：ccr tracker export 路径... [-o 跟踪表.xlsx] [--today YYYY-MM-DD] [--all]",
      "      ccr tracker import 跟踪表.xlsx 路径... [--today YYYY-MM-DD] [--dry-run]",
      "",
      "export  把记录文件（.json、.docx，文件夹递归查找）中未完成的待办事项写成一个 Excel 工作簿：每个事项一行，",
      "        截止日期为日期单元格，状态有下拉列表，表头冻结并可筛选，已逾期的行标红，隐藏列记录每行对应的事项。",
      "        可在 Excel、WPS 或 LibreOffice 中填写“状态”“进展”“进展日期”三列。",
      "import  把填写后的跟踪表读回记录文件（.json，以及 ccr 生成的 .docx 记录表：表中的状态与文档内保存的记录一并更新）。",
      "        逐条列出每处修改、每个冲突（导出后记录中又有较新修改的，不覆盖）和无法对应的行；",
      "        有任何错误时不修改任何文件。",
      "",
      "选项：",
      "  -o, --out 文件          export 的输出文件，默认为当前文件夹中的“待办事项跟踪表-日期.xlsx”",
      "  --all                   export 时也列出已完成的事项",
      "  --today YYYY-MM-DD      以此日期计算剩余工作日与逾期（export），或作为新进展的日期（import）；默认为北京时间今天",
      "  --dry-run               import 时只列出将要做的修改，不写入文件",
      "",
      "退出码：0 成功；1 已导入，但有冲突或无法对应的行（见列表）；2 输入有误或无法写入（未修改任何文件）。",
    ].join("\n"),
    en: [
      "Usage: ccr tracker export PATH... [-o TRACKER.xlsx] [--today YYYY-MM-DD] [--all]",
      "       ccr tracker import TRACKER.xlsx PATH... [--today YYYY-MM-DD] [--dry-run]",
      "",
      "export  writes the open action items of the record files (.json, .docx, folders searched recursively) as one",
      "        Excel workbook: a row per item, due dates as date cells, a status drop-down, a frozen header with",
      "        filters, overdue rows in red, a hidden column naming each row's item. Status, progress and progress date",
      "        are filled in with Excel, WPS or LibreOffice.",
      "import  reads the edited tracker back into the record files (.json, and .docx forms written by ccr: the form's",
      "        status and the record kept in the document are updated together). Every change, every conflict (a record",
      "        edited since the export is never overwritten) and every row that matches no item is listed;",
      "        on any error no file is changed.",
      "",
      "Options:",
      "  -o, --out FILE          export's output file; by default 待办事项跟踪表-DATE.xlsx in the current folder",
      "  --all                   export done items too",
      "  --today YYYY-MM-DD      the day working days are counted on (export) or new progress is dated (import);",
      "                          today in Beijing time by default",
      "  --dry-run               import: list what would change, write nothing",
      "",
      "Exit codes: 0 done; 1 imported, with conflicts or unmatched rows (listed); 2 bad input or a file that cannot",
      "be written (no file changed).",
    ].join("\n"),
  },
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === "export") return runExport(rest, io);
    if (sub === "import") return runImport(rest, io);
    throw usageError("tracker", "请指明 export 或 import。", "Say export or import.");
  },
};

// ---------------------------------------------------------------------------------------------
// Loading

interface RecordFile {
  path: string;
  shown: string;
  bytes: Buffer;
  loaded: LoadedRecord[];
}

/** The record files of the arguments; a file found in a folder that cannot be read is skipped (said on stderr), a file named is an error. */
function loadRecordFiles(inputs: readonly string[], io: CliIO): RecordFile[] {
  const out: RecordFile[] = [];
  for (const { path, explicit } of findRecordFiles(inputs, io.cwd)) {
    // Relative to the current folder when inside it, else as an absolute path.
    const rel = relative(io.cwd, path);
    const shown = rel && !rel.startsWith("..") ? rel : path;
    try {
      const loader = LOADERS[extname(path).toLowerCase()];
      // A file type no loader reads: loadRecords says so.
      if (!loader) loadRecords(shown, { cwd: io.cwd });
      const bytes = readBytes(path, shown);
      const loaded = loader(shown, new Uint8Array(bytes));
      for (const l of loaded) if (l.recognised) io.err(pick(recognisedNote(shown), io.lang));
      out.push({ path, shown, bytes, loaded });
    } catch (e) {
      if (!(e instanceof CliError) || explicit) throw e;
      io.err(pick(e.text, io.lang));
    }
  }
  return out;
}

function sourcesOf(files: readonly RecordFile[]): { sources: TrackerSource[]; fileOf: number[] } {
  const sources: TrackerSource[] = [];
  const fileOf: number[] = [];
  files.forEach((f, i) =>
    f.loaded.forEach((l) => {
      sources.push({ record: l.record, source: l.source });
      fileOf.push(i);
    }),
  );
  return { sources, fileOf };
}

// ---------------------------------------------------------------------------------------------
// Export

async function runExport(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args, { command: "tracker", valued: ["--out", "--today"], flags: ["--all"], aliases: { "-o": "--out" } });
  if (parsed.positional.length === 0) throw usageError("tracker", "请给出记录文件或文件夹。", "Give record files or folders.");
  const today = isoDateOption("tracker", "--today", parsed.values["--today"]) ?? chinaToday();
  const { sources } = sourcesOf(loadRecordFiles(parsed.positional, io));
  const out = outputPath(parsed.values["--out"] ?? `待办事项跟踪表-${today}.xlsx`, io.cwd);
  // exceljs is loaded only by the tracker's sub-commands, so that every other command starts faster.
  const { exportTrackerXlsx } = await import("../../export/tracker/tracker-xlsx");
  const { bytes, rows } = await exportTrackerXlsx(sources, { today, includeDone: parsed.flags.has("--all") });
  for (const d of rows.duplicates) {
    io.err(
      pick(
        { zh: `注意：记录《${d.topic}》同时见于 ${d.sources.join("、")}，跟踪表中只列一次；导入时这些文件都会更新。`, en: `Note: the record "${d.topic}" is in ${d.sources.join(", ")}; it is listed once, and an import updates every one of them.` },
        io.lang,
      ),
    );
  }
  writeOutput(out, bytes);
  const records = new Set(rows.items.map((i) => i.sourceIndex)).size;
  io.out(pick({ zh: `已写入 ${out}：${rows.items.length} 个事项，来自 ${records} 份记录。`, en: `Written: ${out}: ${rows.items.length} item(s) from ${records} record(s).` }, io.lang));
  const years = rows.items.flatMap((i) => (i.tracked.due ? unofficialYearsBetween(today, i.tracked.due) : []));
  const note = unofficialCalendarNote([...new Set(years)].sort());
  if (note) io.err(pick(note, io.lang));
  return EXIT_OK;
}

// ---------------------------------------------------------------------------------------------
// Import

async function runImport(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args, { command: "tracker", valued: ["--today"], flags: ["--dry-run"] });
  const [workbook, ...inputs] = parsed.positional;
  if (!workbook) throw usageError("tracker", "请给出跟踪表（.xlsx）。", "Give the tracker (.xlsx).");
  if (inputs.length === 0) throw usageError("tracker", "请在跟踪表之后给出要更新的记录文件或文件夹。", "Give the record files or folders to update after the tracker.");
  const today = isoDateOption("tracker", "--today", parsed.values["--today"]) ?? chinaToday();

  const bytes = readWorkbook(resolve(io.cwd, workbook), workbook);
  const files = loadRecordFiles(inputs, io);
  const { sources, fileOf } = sourcesOf(files);
  const { planTrackerImport, refusedSummary, trackerImportReport } = await import("../../export/tracker/import-tracker");
  const plan = await planTrackerImport(bytes, sources, { today });
  if (plan.kind === "unreadable") throw new CliError({ zh: `${workbook}:${plan.error.zh}`, en: `${workbook}: ${plan.error.en}` });
  if (plan.kind === "refused") return refuse(io, workbook, plan.errors, refusedSummary(workbook, plan.errors.length));
  const { merge } = plan;

  // Every file's new bytes, before anything is written.
  const writes: { file: RecordFile; data: Uint8Array | string }[] = [];
  const problems: Bilingual[] = [];
  files.forEach((file, f) => {
    const changed = [...merge.updated].filter(([s]) => fileOf[s] === f).map(([, record]) => record);
    if (changed.length === 0) return;
    const prepared = newContent(file, changed);
    if ("problem" in prepared) problems.push(prepared.problem);
    else writes.push({ file, data: prepared.data });
  });
  if (problems.length > 0) return refuse(io, workbook, problems, refusedSummary(workbook, problems.length));

  io.out(trackerImportReport(merge, writes.length, io.lang));
  if (parsed.flags.has("--dry-run")) io.out(pick({ zh: "（试运行：未修改任何文件。）", en: "(Dry run: no file was changed.)" }, io.lang));
  else writeAll(writes);
  return merge.conflicts.length > 0 || merge.unmatched.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function readWorkbook(path: string, shown: string): Uint8Array {
  try {
    if (statSync(path).isDirectory()) throw new CliError({ zh: `${shown} 是文件夹，请给出跟踪表文件（.xlsx）。`, en: `${shown} is a folder; give the tracker file (.xlsx).` });
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    if (e instanceof CliError) throw e;
    const missing = (e as NodeJS.ErrnoException).code === "ENOENT";
    throw new CliError(
      missing ? { zh: `找不到 ${shown}。`, en: `${shown} not found.` } : { zh: `无法读取 ${shown}：${(e as Error).message}`, en: `Cannot read ${shown}: ${(e as Error).message}` },
    );
  }
}

function refuse(io: CliIO, workbook: string, messages: readonly Bilingual[], summary: Bilingual): number {
  for (const m of messages) io.err(pick(m, io.lang));
  io.err(pick(summary, io.lang));
  return EXIT_BAD_INPUT;
}

/** The file's new content with its changed records, or why it cannot be written. */
function newContent(file: RecordFile, records: CcrRecord[]): { data: Uint8Array | string } | { problem: Bilingual } {
  const ext = extname(file.path).toLowerCase();
  if (ext === ".json") return { data: serialiseRecord(records[0]) };
  if (file.loaded.some((l) => l.recognised)) {
    return {
      problem: {
        zh: `${file.shown} 是手工填写的记录表（没有 ccr 内容控件，或曾被 LibreOffice 另存），无法写回。请在 Word 中用“转换为 ccr 记录”转换，或用 ccr export record ${file.shown} -o 新文件.docx 生成 ccr 记录表，导出新的跟踪表后再填写导入。`,
        en: `${file.shown} is a hand-filled form (no ccr content controls, or saved by LibreOffice) and cannot be written. Convert it in Word (转换为 ccr 记录) or write a ccr form with ccr export record ${file.shown} -o NEW.docx, export a new tracker, and fill that in.`,
      },
    };
  }
  const updated = updateRecordDocx(new Uint8Array(file.bytes), records);
  return updated.ok ? { data: updated.bytes } : { problem: { zh: `${file.shown}:${updated.error.zh}`, en: `${file.shown}: ${updated.error.en}` } };
}

/**
 * Writes every file next to itself, then renames each into place; a file changed on disk since it was
 * read, or a write that fails, stops everything before any file is replaced.
 */
function writeAll(writes: readonly { file: RecordFile; data: Uint8Array | string }[]): void {
  const temps: string[] = [];
  try {
    for (const { file, data } of writes) {
      if (!readFileSync(file.path).equals(file.bytes)) {
        throw new CliError({ zh: `${file.shown} 在导入过程中被修改了，未修改任何文件；请重新导入。`, en: `${file.shown} changed on disk during the import; no file was changed. Import again.` });
      }
      const temp = outputPathIn(dirname(file.path), `.${basename(file.path)}.ccr-import-${process.pid}.tmp`);
      temps.push(temp);
      writeFileSync(temp, data);
    }
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    if (e instanceof CliError) throw e;
    throw new CliError({ zh: `无法写入记录文件（${(e as Error).message}），未修改任何文件。`, en: `Cannot write the record files (${(e as Error).message}); no file was changed.` });
  }
  const done: string[] = [];
  writes.forEach(({ file }, i) => {
    try {
      renameSync(temps[i], file.path);
      done.push(file.shown);
    } catch (e) {
      for (const t of temps.slice(i)) rmSync(t, { force: true });
      const left = writes.slice(i).map((w) => w.file.shown);
      throw new CliError({
        zh: `无法替换 ${file.shown}（${(e as Error).message}；文件是否在 Word 中打开？）。已更新：${done.join("、") || "无"}；未更新：${left.join("、")}。关闭文件后再导入一次即可（已导入的修改不会重复）。`,
        en: `Cannot replace ${file.shown} (${(e as Error).message}; is it open in Word?). Updated: ${done.join(", ") || "none"}; not updated: ${left.join(", ")}. Close the file and import again (changes already made are not repeated).`,
      });
    }
  });
}
