// The shape every `ccr` sub-command has, and what they share: language choice, output, exit codes.

import type { Bilingual } from "../domain/record/i18n";
import type { Lang } from "../domain/record/record";

export const EXIT_OK = 0;
/** The input was read and has error-severity findings. */
export const EXIT_FINDINGS = 1;
/** Unreadable or malformed input, or a usage error. */
export const EXIT_BAD_INPUT = 2;

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  lang: Lang;
  /** Current working directory, for resolving file arguments. */
  cwd: string;
}

export interface Command {
  name: string;
  summary: Bilingual;
  /** Full help text shown by `ccr NAME --help`. */
  help: Bilingual;
  run(args: string[], io: CliIO): Promise<number>;
}

/** A failure the user caused or can fix; printed without a stack trace. */
export class CliError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly exitCode: number = EXIT_BAD_INPUT,
  ) {
    super(text.en);
  }
}

export function langFromEnvironment(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  if (!locale || /^zh/i.test(locale) || locale === "C" || locale === "POSIX" || /^C\./.test(locale)) return "zh";
  return /^en/i.test(locale) ? "en" : "zh";
}

/** Takes `--lang zh|en` out of the argument list. */
export function extractLang(args: string[], fallback: Lang): { lang: Lang; rest: string[] } {
  const rest: string[] = [];
  let lang = fallback;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--lang" && i + 1 < args.length) {
      lang = args[++i] === "en" ? "en" : "zh";
    } else if (a.startsWith("--lang=")) {
      lang = a.slice(7) === "en" ? "en" : "zh";
    } else {
      rest.push(a);
    }
  }
  return { lang, rest };
}
