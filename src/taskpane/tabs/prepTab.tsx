// 准备 (guide 二(一)): the panel (tabs/prep/PrepPanel.tsx) is loaded on first use.
import { ClipboardTaskListLtr20Regular } from "@fluentui/react-icons";
import { lazy } from "react";
import type { PaneTab } from "./types";

export const prepTab: PaneTab = {
  id: "prep",
  phase: "before",
  order: 10,
  label: "tab.prep",
  icon: ClipboardTaskListLtr20Regular,
  Panel: lazy(() => import(/* webpackChunkName: "tab-prep" */ "./prep/PrepPanel").then((m) => ({ default: m.PrepPanel }))),
};
