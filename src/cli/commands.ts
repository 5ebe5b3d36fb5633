// Every `ccr` sub-command, in the order the help text lists them.
import type { Command } from "./command";
import { exportCommand } from "./commands/export";

export const COMMANDS: Command[] = [exportCommand];
