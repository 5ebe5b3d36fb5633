// 议程 (record-template §3): the panel (tabs/agenda/AgendaPanel.tsx) is loaded on first use.
import { TextBulletListSquare20Regular } from "@fluentui/react-icons";
import { lazy } from "react";
import type { PaneTab } from "./types";

export const agendaTab: PaneTab = {
  id: "agenda",
  phase: "before",
  order: 20,
  label: "tab.agenda",
  icon: TextBulletListSquare20Regular,
  Panel: lazy(() => import(/* webpackChunkName: "tab-agenda" */ "./agenda/AgendaPanel").then((m) => ({ default: m.AgendaPanel }))),
};
