// 导出: the minutes, the action tracker and the record file. Stand-alone they are downloaded; in
// Word the .docx files open as new documents (downloaded where the host cannot open them).
import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, DocumentArrowRight20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { countBySeverity } from "../../../domain/checks/findings";
import { useSaveFile } from "../../components/download";
import { localToday } from "../../state/checks";
import { usePane } from "../../state/pane";
import { EXPORTERS, exportFileName, type Exporter } from "./exporters";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function ExportPanel() {
  const styles = useStyles();
  const { t, record, findings, word, editor, notify, goTo } = usePane();
  const [busy, setBusy] = useState<string>();
  const errors = countBySeverity(findings ?? []).error;
  const opener = word?.capabilities?.canOpenDocuments ? word.doc : undefined;
  const inWord = opener !== undefined;
  const save = useSaveFile();

  const run = async (exporter: Exporter) => {
    setBusy(exporter.id);
    editor.flush();
    try {
      const file = await exporter.make(record, localToday());
      const name = exportFileName(exporter, record, file.extension, errors > 0, t);
      const outcome = await save({ name, data: file.bytes, mimeType: file.mimeType }, { preferOpen: exporter.opensInWord });
      if (outcome === "downloaded") notify({ intent: "success", text: t("export.done", { file: name }) });
    } catch (e) {
      notify({ intent: "error", text: t("export.failed", { file: t(exporter.label), reason: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className={styles.panel}>
      <Body1>{inWord ? t("export.introWord") : t("export.introDownload")}</Body1>
      {errors > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t("export.draftWarning", { n: errors })}{" "}
            <Button appearance="transparent" size="small" onClick={() => goTo("check")}>
              {t("header.goToCheck")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        {EXPORTERS.map((x) => {
          const opens = inWord && x.opensInWord;
          const action = opens ? t("export.open") : t("export.download");
          return (
          <li key={x.id} className={styles.item}>
            <span className={styles.text}>
              <Body1>{t(x.label)}</Body1>
              <Caption1 className={styles.muted}>{t(x.description)}</Caption1>
            </span>
            <Button
              appearance={x.id === "minutes" ? "primary" : "secondary"}
              icon={busy === x.id ? <Spinner size="tiny" /> : opens ? <DocumentArrowRight20Regular /> : <ArrowDownload20Regular />}
              disabled={busy !== undefined}
              aria-label={`${t(x.label)}: ${action}`}
              onClick={() => void run(x)}
              data-export={x.id}
            >
              {action}
            </Button>
          </li>
          );
        })}
      </ul>
    </section>
  );
}
