// 检查: the domain's findings with counts; a click takes the user to the field. 确认纪要 is refused
// while an error remains.
import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Regular, ErrorCircle16Filled, Info16Regular, Warning16Filled } from "@fluentui/react-icons";
import { useState } from "react";
import { countBySeverity, type Finding, type Severity } from "../../../domain/checks/findings";
import { usePane } from "../../state/pane";
import { pathLabel } from "../../../domain/record/paths";
import { canConfirm } from "../../../domain/checks/validate";
import { localToday } from "../../state/checks";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    width: "100%",
    textAlign: "start",
    justifyContent: "start",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    height: "auto",
    fontWeight: tokens.fontWeightRegular,
  },
  text: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1, marginTop: "2px" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, marginTop: "2px" },
  hint: { color: tokens.colorBrandForeground1, marginTop: "2px" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  if (severity === "error") return <ErrorCircle16Filled className={styles.error} />;
  if (severity === "warning") return <Warning16Filled className={styles.warning} />;
  return <Info16Regular className={styles.hint} />;
}

export function CheckPanel() {
  const styles = useStyles();
  const { t, findings, record, update, goTo, word } = usePane();
  const [refused, setRefused] = useState<Finding[]>();
  // The validator loads after the pane's first render: nothing to count or confirm before it is there.
  if (!findings) return <Spinner size="small" label={t("app.loading")} />;
  const counts = countBySeverity(findings);

  const confirm = () => {
    if (!canConfirm(findings)) {
      setRefused(findings.filter((f) => f.severity === "error"));
      return;
    }
    setRefused(undefined);
    update((r) => ({ ...r, confirmedOn: localToday() }));
  };

  const item = (f: Finding, i: number) => (
    <li key={`${f.rule}-${f.path}-${i}`}>
      <Button
        appearance="subtle"
        className={styles.item}
        onClick={() => {
          goTo("record", f.path);
          if (word?.inDocument) void word.select(f.path);
        }}
        aria-label={`${t(`check.severity.${f.severity}`)}: ${t.pick(pathLabel(f.path))}. ${t.pick(f.message)}`}
        data-finding={f.rule}
        data-path={f.path}
      >
        <SeverityIcon severity={f.severity} />
        <span className={styles.text}>
          <Caption1 className={styles.where}>{t.pick(pathLabel(f.path))}</Caption1>
          <Body1>{t.pick(f.message)}</Body1>
        </span>
      </Button>
    </li>
  );

  return (
    <section className={styles.panel}>
      <Body1 data-testid="check-summary" aria-live="polite">
        {t("check.summary", { errors: counts.error, warnings: counts.warning, hints: counts.hint })}
      </Body1>
      {findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t("check.none")}</MessageBarBody>
        </MessageBar>
      ) : (
        <ul className={styles.list} data-testid="findings">
          {findings.map(item)}
        </ul>
      )}
      {refused && !canConfirm(findings) && (
        <MessageBar intent="error" role="alert" data-testid="confirm-refused">
          <MessageBarBody>
            {t("check.confirmRefused", { n: refused.length })}
            <ul>
              {findings
                .filter((f) => f.severity === "error")
                .map((f, i) => (
                  <li key={i}>
                    {t.pick(pathLabel(f.path))}: {t.pick(f.message)}
                  </li>
                ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {record.confirmedOn ? (
        <div className={styles.actions}>
          <MessageBar intent="success" data-testid="confirmed">
            <MessageBarBody>{t("check.confirmed", { date: record.confirmedOn })}</MessageBarBody>
          </MessageBar>
          <Button onClick={() => update((r) => ({ ...r, confirmedOn: undefined }))}>{t("check.unconfirm")}</Button>
        </div>
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" icon={<CheckmarkCircle20Regular />} onClick={confirm} data-testid="confirm">
            {t("check.confirm")}
          </Button>
        </div>
      )}
    </section>
  );
}
