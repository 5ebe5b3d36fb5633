// 记录 (会后): the record form. The panel's code is loaded on first use.
import { DocumentEdit20Regular } from "@fluentui/react-icons";
import { lazy } from "react";
import type { PaneTab } from "./types";

export const recordTab: PaneTab = {
  id: "record",
  phase: "after",
  order: 10,
  label: "tab.record",
  icon: DocumentEdit20Regular,
  Panel: lazy(() => import(/* webpackChunkName: "tab-record" */ "./record/RecordPanel").then((m) => ({ default: m.RecordPanel }))),
};
