// 检查 (会后): findings with counts, jump to the field, 确认纪要. The panel's code is loaded on first use.
import { ShieldCheckmark20Regular } from "@fluentui/react-icons";
import { lazy } from "react";
import type { PaneTab } from "./types";

export const checkTab: PaneTab = {
  id: "check",
  phase: "after",
  order: 30,
  label: "tab.check",
  icon: ShieldCheckmark20Regular,
  Panel: lazy(() => import(/* webpackChunkName: "tab-check" */ "./check/CheckPanel").then((m) => ({ default: m.CheckPanel }))),
};
