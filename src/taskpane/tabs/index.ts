// The pane's tabs. Add a tab with one line here (see tabs/types.ts); the order inside a phase comes
// from each tab's `order`, so the line can go anywhere.
import { agendaTab } from "./agendaTab";
import { checkTab } from "./checkTab";
import { circulationTab } from "./circulationTab";
import { prepTab } from "./prepTab";
import { exportTab } from "./exportTab";
import { meetingTab } from "./meetingTab";
import { recordTab } from "./recordTab";
import { todoTab } from "./todoTab";
import type { PaneTab } from "./types";

export const TABS: readonly PaneTab[] = [
  meetingTab,
  recordTab,
  checkTab,
  prepTab,
  agendaTab,
  todoTab,
  circulationTab,
  exportTab,
];
