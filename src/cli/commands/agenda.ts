// `ccr agenda FILE.json|.docx [--format docx|txt|ics] [-o OUT]`: writes the agenda of a record file (the
// stored one, else the scenario's default) as .docx, plain text for e-mail/IM, or an .ics invitation.

import { basename, dirname, extname, join, resolve } from "node:path";
import { agendaOf, agendaNotices } from "../../domain/meeting/agenda";
import { agendaText } from "../../domain/meeting/agenda-text";
import { pick } from "../../domain/record/i18n";
import { agendaIcsProblem, exportAgendaIcs } from "../../export/agenda-ics";
import { parseArgs, usageError } from "../args";
import { CliError, EXIT_BAD_INPUT, EXIT_OK, type Command } from "../command";
import { readRecords } from "../load";
import { outputPath, writeOutput } from "../output";

const FORMATS = ["docx", "txt", "ics"] as const;
type Format = (typeof FORMATS)[number];
const STYLES = ["im", "email"] as const;

export const agendaCommand: Command = {
  name: "agenda",
  summary: { zh: "生成会议议程（docx/文本/日历邀请）", en: "Write the meeting agenda (docx/text/calendar invitation)" },
  help: {
    zh: [
      "用法：ccr agenda 记录.json|文档.docx [--format docx|txt|ics] [-o 输出文件]",
      "",
      "写出记录中的会议议程；记录尚无议程时使用其适用场景的标准议程。",
      "",
      "选项：",
      "  --format docx|txt|ics   docx（A4 议程文件，默认）、txt（可粘贴到企业微信/钉钉/邮件的文本）、",
      "                          ics（日历邀请，时区 Asia/Shanghai，Outlook 等可导入）",
      "  --style im|email        txt 的样式：即时通讯消息（默认）或邮件",
      "  -o, --out 文件          输出文件；默认在记录文件旁生成；txt 用 - 表示输出到屏幕",
      "",
      "退出码：0 成功，2 输入有误。",
    ].join("\n"),
    en: [
      "Usage: ccr agenda RECORD.json|DOC.docx [--format docx|txt|ics] [-o OUT]",
      "",
      "Writes the record's agenda; a record without one gets the standard agenda of its scenario.",
      "",
      "Options:",
      "  --format docx|txt|ics   docx (A4 agenda, default), txt (text for WeCom/DingTalk/e-mail),",
      "                          ics (calendar invitation in Asia/Shanghai for Outlook and others)",
      "  --style im|email        style of txt: instant message (default) or e-mail",
      "  -o, --out FILE          output file; by default next to the record file; - prints txt",
      "",
      "Exit codes: 0 written, 2 bad input.",
    ].join("\n"),
  },
  async run(args, io) {
    const parsed = parseArgs(args, { command: "agenda", valued: ["--format", "--style", "--out"], aliases: { "-o": "--out" } });
    const [file, ...extra] = parsed.positional;
    if (!file) throw usageError("agenda", "缺少记录文件。", "The record file is missing.");
    if (extra.length > 0) throw usageError("agenda", `多余的参数：${extra.join(" ")}。`, `Unexpected arguments: ${extra.join(" ")}.`);
    const format = (parsed.values["--format"] ?? "docx") as Format;
    if (!FORMATS.includes(format)) throw usageError("agenda", `--format 应为 ${FORMATS.join("|")}。`, `--format must be ${FORMATS.join("|")}.`);
    const style = parsed.values["--style"] ?? "im";
    if (!(STYLES as readonly string[]).includes(style)) throw usageError("agenda", "--style 应为 im 或 email。", "--style must be im or email.");

    // A .json record, or the first record a .docx holds (its agenda is kept in the stored record).
    const [record] = readRecords(resolve(io.cwd, file));
    if (!record) throw new CliError({ zh: `${file} 中没有记录。`, en: `${file} holds no record.` }, EXIT_BAD_INPUT);
    const agenda = agendaOf(record);
    for (const notice of agendaNotices(record, agenda)) {
      if (notice.id !== "not-sent") io.err(pick({ zh: `注意：${notice.message.zh}`, en: `Note: ${notice.message.en}` }, io.lang));
    }
    let data: Uint8Array | string;
    if (format === "txt") data = agendaText(record, agenda, { style: style as "im" | "email" }) + "\n";
    else if (format === "ics") {
      const problem = agendaIcsProblem(record);
      if (problem) throw new CliError(problem, EXIT_BAD_INPUT);
      data = exportAgendaIcs(record, agenda);
    } else {
      // The docx library is loaded only when a .docx is written, so that every other command starts faster.
      const { exportAgendaDocx } = await import("../../export/agenda-docx");
      data = await exportAgendaDocx(record, agenda);
    }

    const outArg = parsed.values["--out"];
    if (outArg === "-" && format === "txt") {
      io.out(String(data));
      return EXIT_OK;
    }
    const out = outputPath(outArg ?? join(dirname(file), `${basename(file, extname(file))}.agenda.${format}`), io.cwd);
    writeOutput(out, data);
    io.out(pick({ zh: `已写入 ${out}`, en: `Written: ${out}` }, io.lang));
    return EXIT_OK;
  },
};
