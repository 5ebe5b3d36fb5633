// 会中: the running meeting (src/taskpane/meeting/MeetingPanel), loaded on first use.
import { Timer20Regular } from "@fluentui/react-icons";
import { lazy } from "react";
import type { PaneTab } from "./types";

export const meetingTab: PaneTab = {
  id: "meeting",
  phase: "during",
  order: 10,
  label: "tab.meeting",
  icon: Timer20Regular,
  Panel: lazy(() => import(/* webpackChunkName: "tab-meeting" */ "../meeting/MeetingPanel").then((m) => ({ default: m.MeetingPanel }))),
};
