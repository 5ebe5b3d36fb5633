// 会中: the running meeting (src/taskpane/meeting/MeetingPanel).
import { Timer20Regular } from "@fluentui/react-icons";
import { MeetingPanel } from "../meeting/MeetingPanel";
import type { PaneTab } from "./types";

export const meetingTab: PaneTab = {
  id: "meeting",
  phase: "during",
  order: 10,
  label: "tab.meeting",
  icon: Timer20Regular,
  Panel: MeetingPanel,
};
