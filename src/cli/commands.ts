// Every `ccr` sub-command, in the order the help text lists them.
import type { Command } from "./command";

export const COMMANDS: Command[] = [];
