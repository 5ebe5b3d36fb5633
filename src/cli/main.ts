// `ccr`: the command line over the same core as the add-in.
// Each sub-command lives in its own module and is listed in commands.ts.

import { pick } from "../domain/record/i18n";
import { CliError, EXIT_BAD_INPUT, extractLang, langFromEnvironment, type CliIO } from "./command";
import { COMMANDS } from "./commands";
import { loadUserCalendar } from "./user-calendar";

function usage(io: CliIO): string {
  const lines = [
    io.lang === "en" ? "Usage: ccr <command> [options]" : "用法：ccr <命令> [选项]",
    "",
    io.lang === "en" ? "Commands:" : "命令：",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${pick(c.summary, io.lang)}`),
    "",
    io.lang === "en"
      ? "Options for every command: --lang zh|en, --help. `ccr <command> --help` for details."
      : "通用选项：--lang zh|en（界面语言），--help（帮助）。`ccr <命令> --help` 查看详细说明。",
  ];
  return lines.join("\n");
}

export async function runCli(argv: string[], base: Omit<CliIO, "lang"> & { lang?: CliIO["lang"] }): Promise<number> {
  const { lang, rest } = extractLang(argv, base.lang ?? "zh");
  const io: CliIO = { ...base, lang };
  const [name, ...args] = rest;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(usage(io));
    return name ? 0 : EXIT_BAD_INPUT;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(io.lang === "en" ? `Unknown command "${name}".\n\n${usage(io)}` : `未知命令“${name}”。\n\n${usage(io)}`);
    return EXIT_BAD_INPUT;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.out(pick(command.help, io.lang));
    return 0;
  }
  try {
    // Years added from State Council notices count in every command (validate, status, export…).
    loadUserCalendar(io);
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(pick(e.text, io.lang));
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(io.lang === "en" ? `ccr failed: ${message}` : `ccr 运行出错：${message}`);
    return EXIT_BAD_INPUT;
  }
}

const isEntryPoint = process.argv[1] && /(?:^|[\\/])(main\.ts|ccr\.mjs|ccr)$/.test(process.argv[1]);
if (isEntryPoint) {
  runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t.endsWith("\n") ? t : t + "\n"),
    err: (t) => process.stderr.write(t.endsWith("\n") ? t : t + "\n"),
    lang: langFromEnvironment(process.env),
    cwd: process.cwd(),
  }).then((code) => {
    process.exitCode = code;
  });
}
