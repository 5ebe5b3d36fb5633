// `ccr status PATH...`: every open action item across record files (.json, .docx, folders searched
// recursively) as a table — owner, department, deadline, days left or overdue, record topic —
// overdue first; `--json` for machines; filters by owner, department and overdue; `--today`.

import { relative } from "node:path";
import { unofficialCalendarNote, unofficialYearsBetween, type IsoDate } from "../../domain/calendar/calendar";
import { formatResolvedDeadline } from "../../domain/calendar/deadline";
import { displayWidth } from "../../domain/record/display-width";
import { pick } from "../../domain/record/i18n";
import type { CcrRecord, Lang } from "../../domain/record/record";
import { daysLeftText, filterActions, openActions, sortForAttention, stateLabel, type TrackedAction } from "../../domain/tracking/tracking";
import { chinaToday, isoDateOption, parseArgs, usageError } from "../args";
import { CliError, EXIT_BAD_INPUT, EXIT_OK, type Command } from "../command";
import { findRecordFiles, loadRecords } from "../load";
import { recognisedNote } from "../recognised";

export interface StatusRow {
  file: string;
  topic: string;
  meetingDate: string;
  /** 1-based number of the item in its record. */
  no: number;
  task: string;
  owner: string;
  dept: string;
  /** The deadline as typed. */
  deadline: string;
  /** The resolved date, or null when the deadline names none. */
  due: IsoDate | null;
  dueTime: string | null;
  state: TrackedAction["state"];
  dueSoon: boolean;
  daysLeft: number | null;
  unit: TrackedAction["unit"];
}

export const statusCommand: Command = {
  name: "status",
  summary: { zh: "汇总多个记录中未完成的待办事项", en: "Open action items across record files" },
  help: {
    zh: [
      "用法：ccr status 路径... [--owner 姓名] [--dept 部门] [--overdue] [--today YYYY-MM-DD] [--json]",
      "",
      "列出记录文件（.json、.docx，文件夹递归查找）中所有未完成的待办事项：负责人、责任部门、",
      "完成时限、剩余或逾期天数（工作日，按中国法定节假日及调休计算）及所属记录主题，已逾期的排在最前。",
      "",
      "选项：",
      "  --owner 姓名            只列出该负责人的事项",
      "  --dept 部门             只列出该责任部门的事项",
      "  --overdue               只列出已逾期的事项",
      "  --calendar-days         以自然日计算剩余/逾期天数（默认工作日）",
      "  --today YYYY-MM-DD      以此日期计算（默认为北京时间今天）",
      "  --json                  输出 JSON 数组（供程序使用）",
      "",
      "退出码：0 成功，2 输入有误。",
    ].join("\n"),
    en: [
      "Usage: ccr status PATH... [--owner NAME] [--dept DEPT] [--overdue] [--today YYYY-MM-DD] [--json]",
      "",
      "Lists every open action item of the record files (.json, .docx, folders searched recursively):",
      "owner, department, deadline, working days left or overdue (China's holidays and make-up days),",
      "and the record's topic, overdue items first.",
      "",
      "Options:",
      "  --owner NAME            only this owner's items",
      "  --dept DEPT             only this department's items",
      "  --overdue               only overdue items",
      "  --calendar-days         count calendar days instead of working days",
      "  --today YYYY-MM-DD      evaluate on this day (default: today in Beijing time)",
      "  --json                  print a JSON array for programs",
      "",
      "Exit codes: 0 done, 2 bad input.",
    ].join("\n"),
  },
  async run(args, io) {
    const parsed = parseArgs(args, {
      command: "status",
      valued: ["--owner", "--dept", "--today"],
      flags: ["--json", "--overdue", "--calendar-days"],
    });
    if (parsed.positional.length === 0) throw usageError("status", "请给出记录文件或文件夹。", "Give record files or folders.");
    const today = isoDateOption("status", "--today", parsed.values["--today"]) ?? chinaToday();
    const files = findRecordFiles(parsed.positional, io.cwd);

    const rows: StatusRow[] = [];
    let failed = false;
    for (const { path: file, explicit } of files) {
      let records: CcrRecord[];
      try {
        const loaded = loadRecords(file);
        records = loaded.map((l) => l.record);
        // Hand-filled forms read by their labels (issue 11) are named, so the user knows.
        for (const l of loaded) if (l.recognised) io.err(pick(recognisedNote(relative(io.cwd, file) || file), io.lang));
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        io.err(pick(e.text, io.lang));
        // A file named on the command line must be readable; one found in a folder is skipped.
        if (explicit) failed = true;
        continue;
      }
      const shown = relative(io.cwd, file) || file;
      for (const record of records) {
        const tracked = openActions(record, { today, unit: parsed.flags.has("--calendar-days") ? "days" : "workdays" });
        const filtered = filterActions(tracked, {
          owner: parsed.values["--owner"],
          dept: parsed.values["--dept"],
          states: parsed.flags.has("--overdue") ? ["overdue"] : undefined,
        });
        for (const t of sortForAttention(filtered)) rows.push(statusRow(shown, record, t));
      }
    }
    rows.sort(compareRows);

    if (parsed.flags.has("--json")) io.out(JSON.stringify(rows, null, 2));
    else io.out(statusTable(rows, io.lang));
    const years = rows.flatMap((r) => (r.due ? unofficialYearsBetween(today, r.due) : []));
    const note = unofficialCalendarNote([...new Set(years)].sort());
    if (note) io.err(pick(note, io.lang));
    return failed ? EXIT_BAD_INPUT : EXIT_OK;
  },
};

function statusRow(file: string, record: CcrRecord, t: TrackedAction): StatusRow {
  return {
    file,
    topic: record.topic,
    meetingDate: record.date,
    no: t.index + 1,
    task: t.action.task,
    owner: t.action.owner,
    dept: t.action.ownerDept,
    deadline: t.action.deadline,
    due: t.due,
    dueTime: t.dueTime,
    state: t.state,
    dueSoon: t.dueSoon,
    daysLeft: t.daysLeft,
    unit: t.unit,
  };
}

/** Overdue first (longest first), then by date; items without a date last. */
function compareRows(a: StatusRow, b: StatusRow): number {
  const rank = (r: StatusRow) => (r.state === "overdue" ? 0 : r.due ? 1 : 2);
  return rank(a) - rank(b) || (a.due ?? "").localeCompare(b.due ?? "") || a.file.localeCompare(b.file) || a.no - b.no;
}

/** The rows as an aligned text table (CJK characters count two columns). */
export function statusTable(rows: readonly StatusRow[], lang: Lang): string {
  if (rows.length === 0) return lang === "en" ? "No open action items." : "没有未完成的待办事项。";
  const header =
    lang === "en"
      ? ["Owner", "Department", "Deadline", "Days", "Status", "Item", "Topic"]
      : ["负责人", "责任部门", "完成时限", "剩余/逾期", "状态", "事项", "沟通主题"];
  const body = rows.map((r) => {
    const deadline = r.due ? formatResolvedDeadline({ date: r.due, time: r.dueTime ?? undefined }, lang) : r.deadline || "—";
    const mark = r.dueSoon ? (lang === "en" ? " (due soon)" : "（即将到期）") : "";
    return [r.owner || "—", r.dept || "—", deadline, daysLeftText(r, lang) + mark, stateLabel(r.state, lang), r.task, r.topic];
  });
  const widths = header.map((_, c) => Math.max(...[header, ...body].map((row) => displayWidth(row[c]))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell + " ".repeat(widths[c] - displayWidth(cell))))
      .join("  ")
      .trimEnd();
  const summary =
    lang === "en"
      ? `${rows.length} open item(s), ${rows.filter((r) => r.state === "overdue").length} overdue.`
      : `共 ${rows.length} 项未完成，其中 ${rows.filter((r) => r.state === "overdue").length} 项已逾期。`;
  return [line(header), line(header.map((_, c) => "-".repeat(widths[c]))), ...body.map(line), "", summary].join("\n");
}
