// The pane's tabs. Add a tab with one line here (see tabs/types.ts); the order inside a phase comes
// from each tab's `order`, so the line can go anywhere.
import { checkTab } from "./checkTab";
import { exportTab } from "./exportTab";
import { meetingTab } from "./meetingTab";
import { recordTab } from "./recordTab";
import type { PaneTab } from "./types";

export const TABS: readonly PaneTab[] = [
  meetingTab,
  recordTab,
  checkTab,
  exportTab,
];
