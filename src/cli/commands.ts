// Every `ccr` sub-command, in the order the help text lists them.
import type { Command } from "./command";
import { agendaCommand } from "./commands/agenda";
import { exportCommand } from "./commands/export";
import { extractCommand } from "./commands/extract";
import { statusCommand } from "./commands/status";
import { trackerCommand } from "./commands/tracker";
import { validateCommand } from "./commands/validate";
import { workdaysCommand } from "./commands/workdays";

export const COMMANDS: Command[] = [validateCommand, workdaysCommand, agendaCommand, exportCommand, extractCommand, statusCommand, trackerCommand];
