// 会后 (guide 二(三)): the panel (tabs/circulation/CirculationPanel.tsx) is loaded on first use.
import { MailCheckmark20Regular } from "@fluentui/react-icons";
import { lazy } from "react";
import type { PaneTab } from "./types";

export const circulationTab: PaneTab = {
  id: "followup",
  phase: "after",
  order: 15,
  label: "tab.followup",
  icon: MailCheckmark20Regular,
  Panel: lazy(() => import(/* webpackChunkName: "tab-circulation" */ "./circulation/CirculationPanel").then((m) => ({ default: m.CirculationPanel }))),
};
