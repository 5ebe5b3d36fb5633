// `ccr export actions|minutes|record FILE -o OUT`: writes the exports of src/export to disk.

import { basename, dirname, extname, join } from "node:path";
import { pick } from "../../domain/record/i18n";
import type { CcrRecord } from "../../domain/record/record";
import type { IsoDate } from "../../domain/calendar/iso-date";
import { exportActionsCsv } from "../../export/csv";
import { exportActionsIcs, unscheduledActions } from "../../export/ics";
import type { MinutesLayout } from "../../export/minutes-docx";
import { exportRecordDocx } from "../../export/record-docx";
import { CliError, EXIT_BAD_INPUT, EXIT_OK, type Command } from "../command";
import { isoDateOption } from "../args";
import { loadRecords } from "../load";
import { outputPath, writeOutput } from "../output";
import { recognitionNotice } from "../recognised";
import { exportWeekly } from "./export-weekly";

const KINDS = ["actions", "minutes", "record", "weekly"] as const;
type Kind = (typeof KINDS)[number];
const FORMATS = ["docx", "csv", "ics"] as const;
type Format = (typeof FORMATS)[number];

interface ExportArgs {
  kind: Kind;
  file: string;
  out?: string;
  format: Format;
  layout: MinutesLayout;
  ics: "todo" | "event";
  today?: IsoDate;
  normalisePunctuation: boolean;
}

export const exportCommand: Command = {
  name: "export",
  summary: { zh: "导出待办事项表（docx/csv/ics）、会议纪要、记录表或周进度报告（docx）", en: "Export the action-item table (docx/csv/ics), the minutes, the record form or the weekly report (docx)" },
  help: {
    zh: [
      "用法：ccr export actions 记录.json [--format docx|csv|ics] [-o 输出文件]",
      "      ccr export minutes 记录.json [--layout enterprise|gongwen] [-o 输出.docx]",
      "      ccr export record 记录.json [-o 输出.docx]",
      "      ccr export weekly 记录文件或文件夹 [--today YYYY-MM-DD] [-o 输出]",
      "",
      "  actions   待办事项表：docx（A4 横向）、csv（Excel 可直接打开）或 ics（日历提醒）",
      "  minutes   会议纪要 docx；记录仍有错误时导出为“征求意见稿”",
      "  record    沟通协调记录表 docx（含内容控件与完整记录数据，可在 Word/WPS 中填写，再用 ccr extract 读回）",
      "  weekly    周进度报告 docx（已完成/进行中/已逾期/未开始）；给出文件夹时每份记录各写一份",
      "            “文件名.weekly.docx”，-o 为输出文件夹",
      "",
      "选项：",
      "  --format docx|csv|ics   actions 的输出格式，默认 docx",
      "  --layout enterprise|gongwen  纪要版式：企业格式（默认）或公文格式（GB/T 9704-2012 纪要）",
      "  --ics todo|event        ics 中每个事项写成待办（VTODO，默认）或全天日程提醒（VEVENT）",
      "  --today YYYY-MM-DD      以此日期判断“已逾期”（weekly 默认为北京时间今天）",
      "  --normalise-punctuation 把中文记录中输入的半角标点（, : ; ( )）改为全角（，：；（））",
      "  -o, --out 文件          输出文件；默认在记录文件旁生成",
      "",
      "退出码：0 成功，2 输入有误。",
    ].join("\n"),
    en: [
      "Usage: ccr export actions RECORD.json [--format docx|csv|ics] [-o OUT]",
      "       ccr export minutes RECORD.json [--layout enterprise|gongwen] [-o OUT.docx]",
      "       ccr export record RECORD.json [-o OUT.docx]",
      "       ccr export weekly RECORD-FILE-OR-FOLDER [--today YYYY-MM-DD] [-o OUT]",
      "",
      "  actions   the action-item table: docx (A4 landscape), csv (opens in Excel) or ics (calendar reminders)",
      "  minutes   the minutes as docx; a record with errors is exported as a draft",
      "  record    the record form as docx (content controls and the whole record; fill it in Word or WPS, read it back with ccr extract)",
      "  weekly    the weekly progress report as docx (done / in progress / overdue / not started); for a folder,",
      "            one NAME.weekly.docx per record, -o naming the output folder",
      "",
      "Options:",
      "  --format docx|csv|ics   output format of actions, docx by default",
      "  --layout enterprise|gongwen  minutes layout: enterprise (default) or Chinese official (GB/T 9704-2012)",
      "  --ics todo|event        write each item as a task (VTODO, default) or an all-day reminder (VEVENT)",
      "  --today YYYY-MM-DD      the date against which items are overdue (weekly: today in Beijing time by default)",
      "  --normalise-punctuation in a Chinese record, write the typed , : ; ( ) as ，：；（）",
      "  -o, --out FILE          output file; by default next to the record file",
      "",
      "Exit codes: 0 written, 2 bad input.",
    ].join("\n"),
  },
  async run(args, io) {
    const a = parseExportArgs(args);
    if (a.kind === "weekly") return exportWeekly({ input: a.file, out: a.out, today: a.today, normalisePunctuation: a.normalisePunctuation }, io);
    const [first, ...more] = loadRecords(a.file, { cwd: io.cwd });
    if (more.length > 0) {
      throw usageError(`${a.file} 含有 ${more.length + 1} 份记录；请先用 ccr extract 取出其中一份。`, `${a.file} holds ${more.length + 1} records; take one out with ccr extract first.`);
    }
    const record = first.record;
    if (first.recognised) io.err(recognitionNotice(first.source, first.recognised, io.lang));
    const out = outputPath(a.out ?? defaultOut(a), io.cwd);
    writeOutput(out, await render(a, record));
    if (a.format === "ics") {
      const skipped = unscheduledActions(record);
      if (skipped.length > 0) {
        const nos = skipped.map((i) => i + 1).join(", ");
        io.err(
          pick(
            { zh: `注意：第 ${nos} 项的完成时限不是具体日期，未写入日历。`, en: `Note: item(s) ${nos} have no calendar date and are not in the calendar file.` },
            io.lang,
          ),
        );
      }
    }
    io.out(pick({ zh: `已写入 ${out}`, en: `Written: ${out}` }, io.lang));
    return EXIT_OK;
  },
};

async function render(a: ExportArgs, record: CcrRecord): Promise<Uint8Array | string> {
  const options = { today: a.today, normalisePunctuation: a.normalisePunctuation };
  if (a.kind === "record") return exportRecordDocx(record);
  // The docx library is loaded only for the files that need it: the other commands start faster.
  if (a.kind === "minutes") return (await import("../../export/minutes-docx")).exportMinutesDocx(record, { ...options, layout: a.layout });
  if (a.format === "csv") return exportActionsCsv(record, options);
  if (a.format === "ics") return exportActionsIcs(record, { ...options, component: a.ics });
  return (await import("../../export/actions-docx")).exportActionsDocx(record, options);
}

function defaultOut(a: ExportArgs): string {
  const base = basename(a.file, extname(a.file));
  return join(dirname(a.file), `${base}.${a.kind}.${a.format}`);
}

function usageError(zh: string, en: string): CliError {
  return new CliError({ zh: `${zh}\n参见 ccr export --help。`, en: `${en}\nSee ccr export --help.` }, EXIT_BAD_INPUT);
}

export function parseExportArgs(args: string[]): ExportArgs {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (["--format", "--layout", "--ics", "--today", "--out", "-o"].includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw usageError(`${name} 需要一个值。`, `${name} needs a value.`);
      values[name === "-o" ? "--out" : name] = value;
    } else if (arg === "--normalise-punctuation") {
      values[arg] = "yes";
    } else if (arg.startsWith("-") && arg !== "-") {
      throw usageError(`未知选项 ${arg}。`, `Unknown option ${arg}.`);
    } else positional.push(arg);
  }
  const [kind, file, ...extra] = positional;
  if (!kind || !(KINDS as readonly string[]).includes(kind)) {
    throw usageError(`请指明导出内容：${KINDS.join(" / ")}。`, `Say what to export: ${KINDS.join(" / ")}.`);
  }
  if (!file) throw usageError("缺少记录文件。", "The record file is missing.");
  if (extra.length > 0) throw usageError(`多余的参数：${extra.join(" ")}。`, `Unexpected arguments: ${extra.join(" ")}.`);
  const format = (values["--format"] ?? "docx") as Format;
  if (!FORMATS.includes(format)) throw usageError(`--format 应为 ${FORMATS.join("|")}。`, `--format must be ${FORMATS.join("|")}.`);
  if (kind !== "actions" && format !== "docx") throw usageError(`${kind} 只能导出为 docx。`, `${kind} is exported as docx only.`);
  const layout = values["--layout"] ?? "enterprise";
  if (layout !== "enterprise" && layout !== "gongwen") throw usageError("--layout 应为 enterprise 或 gongwen。", "--layout must be enterprise or gongwen.");
  const ics = values["--ics"] ?? "todo";
  if (ics !== "todo" && ics !== "event") throw usageError("--ics 应为 todo 或 event。", "--ics must be todo or event.");
  const today = isoDateOption("export", "--today", values["--today"]);
  return { kind: kind as Kind, file, out: values["--out"], format, layout, ics, today, normalisePunctuation: values["--normalise-punctuation"] === "yes" };
}
