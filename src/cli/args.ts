// A small argument reader shared by the sub-commands: flags, options with a value, positionals.

import { CliError, EXIT_BAD_INPUT } from "./command";

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/**
 * Splits `args` by the flags (no value) and options (one value, `--x v` or `--x=v`) a command
 * knows; anything else starting with `-` is a usage error naming the command's help.
 */
export function parseArgs(args: readonly string[], spec: { command: string; flags?: string[]; options?: string[] }): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: new Set(), values: new Map() };
  const flags = spec.flags ?? [];
  const options = spec.options ?? [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (flags.includes(arg)) out.flags.add(arg);
    else if (options.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw usageError(spec.command, `${name} 需要一个值。`, `${name} needs a value.`);
      out.values.set(name, value);
    } else if (arg.startsWith("-") && arg !== "-" && !/^-\d+$/.test(arg)) {
      throw usageError(spec.command, `未知选项 ${arg}。`, `Unknown option ${arg}.`);
    } else out.positional.push(arg);
  }
  return out;
}

export function usageError(command: string, zh: string, en: string): CliError {
  return new CliError({ zh: `${zh}\n参见 ccr ${command} --help。`, en: `${en}\nSee ccr ${command} --help.` }, EXIT_BAD_INPUT);
}
