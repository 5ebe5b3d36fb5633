// A tab of the pane. To add one: write src/taskpane/tabs/<name>Tab.tsx exporting a PaneTab (its
// panel lazily imported, as recordTab.tsx does, so the first paint stays small), add one line to
// TABS in tabs/index.ts, and its label to i18n/zh.ts and i18n/en.ts. The panel reads and edits the
// record through usePane() (state/pane.ts).
import type { FluentIcon } from "@fluentui/react-icons";
import type { ComponentType } from "react";
import type { MessageKey } from "../i18n";

/** The guide's three phases, in order: 会前, 会中, 会后. */
export const PHASES = ["before", "during", "after"] as const;
export type Phase = (typeof PHASES)[number];

export interface PaneTab {
  /** Stable id, used by goTo() and by the e2e tests (data-tab attribute). */
  id: string;
  phase: Phase;
  /** Position inside the phase, in the guide's order: 准备 10, 议程 20 · 会中 10 · 记录 10, 待办 20, 检查 30, 导出 40. */
  order: number;
  label: MessageKey;
  icon: FluentIcon;
  /** Usually React.lazy(() => import("./x/XPanel").then((m) => ({ default: m.XPanel }))). */
  Panel: ComponentType;
}

/** Tabs grouped by phase, each group sorted by order; phases without tabs are left out. */
export function tabsByPhase(tabs: readonly PaneTab[]): { phase: Phase; tabs: PaneTab[] }[] {
  return PHASES.map((phase) => ({
    phase,
    tabs: tabs.filter((t) => t.phase === phase).sort((a, b) => a.order - b.order),
  })).filter((g) => g.tabs.length > 0);
}
