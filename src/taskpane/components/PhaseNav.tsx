// Navigation in the guide's order: a phase switcher (会前 / 会中 / 会后) with that phase's tabs under
// it. Fits the 320 px default pane width.
import { makeStyles, mergeClasses, Tab, TabList, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { usePaneShell } from "../state/pane";
import { tabsByPhase, type PaneTab, type Phase } from "../tabs/types";

const useStyles = makeStyles({
  nav: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  phases: { display: "flex", justifyContent: "stretch" },
  phase: { flexGrow: 1, justifyContent: "center" },
  // One row at 320 px in both languages; narrower panes scroll the row rather than wrap it.
  tabs: { flexWrap: "nowrap", overflowX: "auto", scrollbarWidth: "none" },
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS, flexShrink: 0 },
  // Five English labels fit one row at 320 px only in the smaller type.
  dense: { "& span": { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 } },
});

export interface PhaseNavProps {
  tabs: readonly PaneTab[];
  active: PaneTab;
  onSelect(tabId: string): void;
}

export function PhaseNav({ tabs, active, onSelect }: PhaseNavProps) {
  const styles = useStyles();
  const { t } = usePaneShell();
  const groups = tabsByPhase(tabs);
  // The tab last opened in each phase, so switching phases comes back to it.
  const [lastInPhase, setLastInPhase] = useState<Partial<Record<Phase, string>>>({});
  const current = groups.find((g) => g.phase === active.phase) ?? groups[0];
  const dense = t.lang === "en" && current.tabs.length > 4;

  const select = (tabId: string) => {
    const tab = tabs.find((x) => x.id === tabId);
    if (tab) setLastInPhase((prev) => ({ ...prev, [tab.phase]: tab.id }));
    onSelect(tabId);
  };

  return (
    <nav className={styles.nav} aria-label={t("app.title")}>
      {groups.length > 1 && (
        <TabList
          className={styles.phases}
          selectedValue={current.phase}
          aria-label={t("nav.phases")}
          onTabSelect={(_, data) => {
            const group = groups.find((g) => g.phase === data.value);
            if (!group) return;
            const remembered = lastInPhase[group.phase];
            select(group.tabs.some((x) => x.id === remembered) && remembered ? remembered : group.tabs[0].id);
          }}
        >
          {groups.map((g) => (
            <Tab key={g.phase} value={g.phase} className={styles.phase} data-phase={g.phase}>
              {t(`phase.${g.phase}`)}
            </Tab>
          ))}
        </TabList>
      )}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={active.id}
        aria-label={t("nav.tabs", { phase: t(`phase.${current.phase}`) })}
        onTabSelect={(_, data) => select(String(data.value))}
      >
        {current.tabs.map((tab) => {
          const Icon = tab.icon;
          // Five or more tabs fit 320 px only without their icons.
          return (
            <Tab key={tab.id} value={tab.id} className={dense ? mergeClasses(styles.tab, styles.dense) : styles.tab} icon={current.tabs.length > 4 ? undefined : <Icon />} data-tab-button={tab.id} aria-controls={`panel-${tab.id}`}>
              {t(tab.label)}
            </Tab>
          );
        })}
      </TabList>
    </nav>
  );
}
