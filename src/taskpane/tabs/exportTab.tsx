// 导出 (会后): minutes, action tracker, calendar, record file. The panel and the export code load on use.
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import { lazy } from "react";
import type { PaneTab } from "./types";

export const exportTab: PaneTab = {
  id: "export",
  phase: "after",
  order: 40,
  label: "tab.export",
  icon: ArrowDownload20Regular,
  Panel: lazy(() => import(/* webpackChunkName: "tab-export" */ "./export/ExportPanel").then((m) => ({ default: m.ExportPanel }))),
};
