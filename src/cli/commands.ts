// Every `ccr` sub-command, in the order the help text lists them.
import type { Command } from "./command";
import { exportCommand } from "./commands/export";
import { validateCommand } from "./commands/validate";
import { workdaysCommand } from "./commands/workdays";

export const COMMANDS: Command[] = [validateCommand, workdaysCommand, exportCommand];
