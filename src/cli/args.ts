// A small option parser shared by the sub-commands: `--name value`, `--name=value`, flags, `-o`,
// positional arguments (negative numbers such as -2 included); unknown options and missing values
// are usage errors (exit 2).

import { isValidIsoDate, parseIsoDate, type IsoDate } from "../domain/calendar/calendar";
import { CliError, EXIT_BAD_INPUT } from "./command";

export interface OptionSpec {
  /** Options that take a value, e.g. ["--format", "--out"]. */
  valued: readonly string[];
  /** Options without a value, e.g. ["--json"]. */
  flags?: readonly string[];
  /** Short forms, e.g. { "-o": "--out" }. */
  aliases?: Readonly<Record<string, string>>;
  /** Command name for "see ccr NAME --help". */
  command: string;
}

export interface ParsedArgs {
  positional: string[];
  values: Record<string, string>;
  flags: Set<string>;
}

export function usageError(command: string, zh: string, en: string): CliError {
  return new CliError({ zh: `${zh}\n参见 ccr ${command} --help。`, en: `${en}\nSee ccr ${command} --help.` }, EXIT_BAD_INPUT);
}

export function parseArgs(args: readonly string[], spec: OptionSpec): ParsedArgs {
  const out: ParsedArgs = { positional: [], values: {}, flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      out.positional.push(...args.slice(i + 1));
      break;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const raw = eq > 0 ? arg.slice(0, eq) : arg;
    const name = spec.aliases?.[raw] ?? raw;
    if (spec.valued.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw usageError(spec.command, `${raw} 需要一个值。`, `${raw} needs a value.`);
      out.values[name] = value;
    } else if (spec.flags?.includes(name) && eq < 0) {
      out.flags.add(name);
    } else if (arg.startsWith("-") && arg !== "-" && !/^-\d+$/.test(arg)) {
      throw usageError(spec.command, `未知选项 ${arg}。`, `Unknown option ${arg}.`);
    } else {
      out.positional.push(arg);
    }
  }
  return out;
}

/** Today's date in China (Asia/Shanghai), whatever the machine's time zone. */
export function chinaToday(now: Date = new Date()): IsoDate {
  return parseIsoDate(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now));
}

/** Checks an ISO date option (--today). */
export function isoDateOption(command: string, name: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isValidIsoDate(value)) throw usageError(command, `${name} 应为有效日期 YYYY-MM-DD。`, `${name} must be a valid date YYYY-MM-DD.`);
  return value;
}
