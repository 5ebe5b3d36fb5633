// `ccr extract DOC.docx [-o record.json]`: the record JSON of every ccr record a Word document holds
// (the stored record with the text typed into the form over it).

import { basename, dirname, extname } from "node:path";
import { pick } from "../../domain/record/i18n";
import { serialiseRecord } from "../../domain/record/record";
import { parseArgs, usageError } from "../args";
import { EXIT_OK, type Command } from "../command";
import { loadRecords } from "../load";
import { outputPath, outputPathIn, writeOutput } from "../output";
import { recognitionJson, recognitionNotice } from "../recognised";

export const extractCommand: Command = {
  name: "extract",
  summary: { zh: "从 Word 文档（.docx）中读出记录 JSON", en: "Read the record JSON out of a Word document (.docx)" },
  help: {
    zh: [
      "用法：ccr extract 文档.docx [-o 记录.json] [--json]",
      "",
      "读出文档中每份沟通协调记录表：文档中保存的完整记录，以表格中填写的文字为准。",
      "一份记录时打印其 JSON；多份时打印 JSON 数组。",
      "文档中没有 ccr 内容控件时，按“沟通协调记录表”的标签识别手工填写的表格，并在标准错误输出中说明。",
      "",
      "选项：",
      "  -o, --out 文件   写入文件而不打印；多份记录时每份一个文件（文件名后加记录编号）",
      "  --json           打印记录及每个字段的来源（内容控件，或按标签识别时所在的表格、行、格）",
      "",
      "退出码：0 成功，2 文件无法读取、不是有效的 .docx 或不含记录。",
    ].join("\n"),
    en: [
      "Usage: ccr extract DOCUMENT.docx [-o RECORD.json] [--json]",
      "",
      "Reads every record form in the document: the record kept in it, with the text typed into the form taking precedence.",
      "One record prints its JSON; several print a JSON array.",
      "A document without ccr content controls is read as a hand-filled form by its labels, and stderr says so.",
      "",
      "Options:",
      "  -o, --out FILE   write to a file instead; several records give one file each (record id added to the name)",
      "  --json           print the record with each field's source (content controls, or the table, row and cell of a recognised form)",
      "",
      "Exit codes: 0 done, 2 unreadable, not a valid .docx, or no record in it.",
    ].join("\n"),
  },
  async run(args, io) {
    const a = parseArgs(args, { command: "extract", valued: ["--out"], flags: ["--json"], aliases: { "-o": "--out" } });
    const [file, ...extra] = a.positional;
    if (!file) throw usageError("extract", "缺少 .docx 文件。", "The .docx file is missing.");
    if (extra.length > 0) throw usageError("extract", `多余的参数：${extra.join(" ")}。`, `Unexpected arguments: ${extra.join(" ")}.`);
    if (extname(file).toLowerCase() !== ".docx") throw usageError("extract", `${file} 不是 .docx 文件。`, `${file} is not a .docx file.`);
    const loaded = loadRecords(file, { cwd: io.cwd });
    const records = loaded.map((l) => l.record);
    // A hand-filled form read by its labels (issue 11): say so; --json marks each field's source.
    for (const l of loaded) if (l.recognised) io.err(recognitionNotice(l.source, l.recognised, io.lang));
    if (a.flags.has("--json")) {
      const reports = loaded.map((l) => (l.recognised ? { ...recognitionJson(l.recognised), record: l.record } : { source: "content-controls", record: l.record }));
      io.out(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
    }
    const out = a.values["--out"];
    if (a.flags.has("--json") && out === undefined) return EXIT_OK;
    if (out === undefined) {
      io.out(records.length === 1 ? serialiseRecord(records[0]) : JSON.stringify(records, null, 2) + "\n");
      return EXIT_OK;
    }
    const target = outputPath(out, io.cwd);
    // Every path is checked before the first file is written (the names come from the document).
    const paths = records.map((record, i) =>
      records.length === 1 ? target : outputPathIn(dirname(target), `${basename(target, extname(target))}-${record.id ?? i + 1}${extname(target) || ".json"}`),
    );
    records.forEach((record, i) => {
      writeOutput(paths[i], serialiseRecord(record));
      io.err(pick({ zh: `已写入 ${paths[i]}`, en: `Written: ${paths[i]}` }, io.lang));
    });
    return EXIT_OK;
  },
};
