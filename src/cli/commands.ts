// Every `ccr` sub-command, in the order the help text lists them.
import type { Command } from "./command";
import { agendaCommand } from "./commands/agenda";
import { exportCommand } from "./commands/export";
import { statusCommand } from "./commands/status";

export const COMMANDS: Command[] = [agendaCommand, exportCommand, statusCommand];
