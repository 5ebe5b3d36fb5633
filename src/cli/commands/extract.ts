// `ccr extract DOC.docx [-o record.json]`: the record JSON of every ccr record a Word document holds
// (the stored record with the text typed into the form over it).

import { writeFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { pick } from "../../domain/i18n";
import { serialiseRecord } from "../../domain/record";
import { parseArgs, usageError } from "../args";
import { CliError, EXIT_OK, type Command } from "../command";
import { loadRecords } from "../load";

export const extractCommand: Command = {
  name: "extract",
  summary: { zh: "从 Word 文档(.docx)中读出记录 JSON", en: "Read the record JSON out of a Word document (.docx)" },
  help: {
    zh: [
      "用法:ccr extract 文档.docx [-o 记录.json]",
      "",
      "读出文档中每份沟通协调记录表:文档中保存的完整记录,以表格中填写的文字为准。",
      "一份记录时打印其 JSON;多份时打印 JSON 数组。",
      "",
      "选项:",
      "  -o, --out 文件   写入文件而不打印;多份记录时每份一个文件(文件名后加记录编号)",
      "",
      "退出码:0 成功,2 文件无法读取、不是有效的 .docx 或不含记录。",
    ].join("\n"),
    en: [
      "Usage: ccr extract DOCUMENT.docx [-o RECORD.json]",
      "",
      "Reads every record form in the document: the record kept in it, with the text typed into the form taking precedence.",
      "One record prints its JSON; several print a JSON array.",
      "",
      "Options:",
      "  -o, --out FILE   write to a file instead; several records give one file each (record id added to the name)",
      "",
      "Exit codes: 0 done, 2 unreadable, not a valid .docx, or no record in it.",
    ].join("\n"),
  },
  async run(args, io) {
    const a = parseArgs(args, { command: "extract", valued: ["--out"], aliases: { "-o": "--out" } });
    const [file, ...extra] = a.positional;
    if (!file) throw usageError("extract", "缺少 .docx 文件。", "The .docx file is missing.");
    if (extra.length > 0) throw usageError("extract", `多余的参数:${extra.join(" ")}。`, `Unexpected arguments: ${extra.join(" ")}.`);
    if (extname(file).toLowerCase() !== ".docx") throw usageError("extract", `${file} 不是 .docx 文件。`, `${file} is not a .docx file.`);
    const records = loadRecords(file, { cwd: io.cwd }).map((l) => l.record);
    const out = a.values["--out"];
    if (out === undefined) {
      io.out(records.length === 1 ? serialiseRecord(records[0]) : JSON.stringify(records, null, 2) + "\n");
      return EXIT_OK;
    }
    const target = resolve(io.cwd, out);
    records.forEach((record, i) => {
      const path = records.length === 1 ? target : join(dirname(target), `${basename(target, extname(target))}-${record.id ?? i + 1}${extname(target) || ".json"}`);
      try {
        writeFileSync(path, serialiseRecord(record));
      } catch (e) {
        throw new CliError({ zh: `无法写入 ${path}:${(e as Error).message}`, en: `Cannot write ${path}: ${(e as Error).message}` });
      }
      io.err(pick({ zh: `已写入 ${path}`, en: `Written: ${path}` }, io.lang));
    });
    return EXIT_OK;
  },
};
