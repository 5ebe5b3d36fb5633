// The pane header: which record is open (topic, date), where it is kept, and its finding counts,
// which open the 检查 tab.
import { Badge, Button, Caption1, makeStyles, Subtitle2, tokens, Tooltip } from "@fluentui/react-components";
import { ErrorCircle16Filled, PlugConnected16Regular, PlugDisconnected16Regular, Warning16Filled } from "@fluentui/react-icons";
import { countBySeverity } from "../../domain/checks/findings";
import { useFindings, usePaneShell, useRecord } from "../state/pane";
import { useRecordEditor } from "../state/useRecordEditor";
import { LanguageMenu } from "./LanguageMenu";
import { RecordsMenu } from "./RecordsMenu";
import { SelfTestMenu } from "./SelfTestMenu";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titleRow: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, minWidth: "0" },
  title: { flexGrow: 1, minWidth: "0", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  metaRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    minWidth: "0",
  },
  meta: { color: tokens.colorNeutralForeground2 },
  counts: { display: "flex", flexShrink: 0, columnGap: tokens.spacingHorizontalXXS },
  count: { minWidth: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  errorIcon: { color: tokens.colorPaletteRedForeground1 },
  warningIcon: { color: tokens.colorPaletteDarkOrangeForeground1 },
  okIcon: { color: tokens.colorPaletteGreenForeground1 },
});

export const CHECK_TAB_ID = "check";

export function Header() {
  const styles = useStyles();
  const { t, host, goTo } = usePaneShell();
  const record = useRecord();
  const findings = useFindings();
  const { save } = useRecordEditor();
  const counts = countBySeverity(findings ?? []);
  const standalone = host.kind === "standalone";
  const saveText =
    save.kind === "saving" ? t("save.saving") : save.kind === "saved" ? t("save.saved") : undefined;

  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <Subtitle2 as="h1" className={styles.title} title={record.topic || t("header.untitled")} data-testid="record-topic">
          {record.topic || t("header.untitled")}
        </Subtitle2>
        <span className={styles.counts}>
          {counts.error > 0 && (
            <Button
              size="small"
              appearance="subtle"
              className={styles.count}
              icon={<ErrorCircle16Filled className={styles.errorIcon} />}
              aria-label={`${t("header.errors", { n: counts.error })}, ${t("header.goToCheck")}`}
              onClick={() => goTo(CHECK_TAB_ID)}
              data-testid="count-errors"
            >
              {counts.error}
            </Button>
          )}
          {counts.warning > 0 && (
            <Button
              size="small"
              appearance="subtle"
              className={styles.count}
              icon={<Warning16Filled className={styles.warningIcon} />}
              aria-label={`${t("header.warnings", { n: counts.warning })}, ${t("header.goToCheck")}`}
              onClick={() => goTo(CHECK_TAB_ID)}
              data-testid="count-warnings"
            >
              {counts.warning}
            </Button>
          )}
        </span>
        {standalone && <RecordsMenu />}
        {!standalone && <SelfTestMenu />}
        <LanguageMenu />
      </div>
      <div className={styles.metaRow}>
        <Caption1 className={styles.meta} data-testid="record-date">
          {record.date || t("header.noDate")}
        </Caption1>
        <Tooltip content={standalone ? t("host.standaloneDetail") : t("host.word")} relationship="description">
          <Badge
            appearance={standalone ? "tint" : "ghost"}
            color={standalone ? "warning" : "success"}
            icon={standalone ? <PlugDisconnected16Regular /> : <PlugConnected16Regular />}
            data-testid="host-badge"
            tabIndex={0}
          >
            {standalone ? t("host.standalone") : t("host.word")}
          </Badge>
        </Tooltip>
        {saveText && (
          <Caption1 className={styles.meta} aria-live="polite" data-testid="save-state">
            {saveText}
          </Caption1>
        )}
      </div>
    </header>
  );
}
