// 待办事项跟踪表 in the pane (issue 22): the tracker workbook (.xlsx) of the records — every record
// kept in this browser stand-alone, the document's record in Word — downloaded; and stand-alone, the
// edited workbook read back into the stored records with `ccr tracker import`'s rules (shared code:
// src/export/tracker/import-tracker.ts): any value that cannot be read changes nothing, a record
// edited since the export keeps its edit (a conflict), rows matching no item are listed.
// exceljs is loaded only on click (webpack chunk "tracker").
import { Button, Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ArrowUpload16Regular, DocumentArrowDown16Regular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import type { CcrRecord } from "../../../domain/record/record";
import type { TrackerSource } from "../../../domain/tracking/tracker";
import { Section, usePlanStyles } from "../../components/planKit";
import { useSaveFile } from "../../components/download";
import { localToday } from "../../state/checks";
import { usePane } from "../../state/pane";
import { browserStorage, LocalRecords } from "../../storage/localRecords";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface Outcome {
  intent: "success" | "warning" | "error";
  lines: string[];
}

export function TrackerCard() {
  const styles = usePlanStyles();
  const { t, record, editor, host, notify } = usePane();
  const save = useSaveFile();
  const standalone = host.kind === "standalone";
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  /** The records of the tracker, the open one as it is on screen; each named for messages. */
  const sources = (): TrackerSource[] => {
    editor.flush();
    if (!standalone) return [{ record, source: record.topic || t("header.untitled") }];
    const store = new LocalRecords(browserStorage());
    const records: CcrRecord[] = editor.summaries.map((s) => (s.id === record.id ? record : store.load(s.id))).filter((r): r is CcrRecord => r !== undefined);
    if (!records.some((r) => r.id === record.id)) records.unshift(record);
    return records.map((r) => ({ record: r, source: r.topic || t("header.untitled") }));
  };

  const download = async () => {
    setBusy(true);
    try {
      const { exportTrackerXlsx } = await import(/* webpackChunkName: "tracker" */ "../../../export/tracker/tracker-xlsx");
      const today = localToday();
      const { bytes } = await exportTrackerXlsx(sources(), { today });
      await save({ name: `${t("todo.trackerFile")}-${today}.xlsx`, data: new Uint8Array(bytes), mimeType: XLSX_MIME });
    } catch (e) {
      notify({ intent: "error", text: t("agenda.downloadFailed", { reason: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  };

  const importWorkbook = async (file: File) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const { planTrackerImport, refusedSummary, trackerImportReport } = await import(/* webpackChunkName: "tracker" */ "../../../export/tracker/import-tracker");
      const list = sources();
      const plan = await planTrackerImport(new Uint8Array(await file.arrayBuffer()), list, { today: localToday() });
      if (plan.kind === "unreadable") {
        setOutcome({ intent: "error", lines: [`${file.name}：${t.pick(plan.error)}`] });
        return;
      }
      if (plan.kind === "refused") {
        setOutcome({ intent: "error", lines: [...plan.errors.map((m) => t.pick(m)), t.pick(refusedSummary(file.name, plan.errors.length))] });
        return;
      }
      const { merge } = plan;
      // All the records or none (a full browser storage refuses the lot, and the report says so).
      const updated = [...merge.updated].flatMap(([index, record]) => {
        const id = list[index].record.id;
        return id ? [{ ...record, id }] : [];
      });
      editor.keepAll(updated);
      const problems = merge.conflicts.length + merge.unmatched.length;
      setOutcome({
        intent: problems > 0 ? "warning" : "success",
        lines: trackerImportReport(merge, merge.updated.size, t.lang, { zh: t("todo.trackerUnit"), en: t("todo.trackerUnit") }).split("\n"),
      });
    } catch (e) {
      const full = e instanceof Error && e.name === "QuotaExceededError";
      const reason = e instanceof Error ? e.message : String(e);
      setOutcome({ intent: "error", lines: [full ? t("todo.trackerStorageFull", { file: file.name }) : t("todo.trackerImportFailed", { file: file.name, reason })] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t("todo.trackerSection")} testId="todo-tracker">
      <Caption1 className={styles.muted}>{t(standalone ? "todo.trackerTextStandalone" : "todo.trackerTextWord")}</Caption1>
      <div className={styles.row}>
        <Button icon={<DocumentArrowDown16Regular />} disabled={busy} onClick={() => void download()} data-testid="todo-tracker-download">
          {t("todo.trackerDownload")}
        </Button>
        {standalone && (
          <Button icon={<ArrowUpload16Regular />} disabled={busy} onClick={() => fileInput.current?.click()} data-testid="todo-tracker-import">
            {t("todo.trackerImport")}
          </Button>
        )}
      </div>
      {standalone && (
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          data-testid="todo-tracker-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) void importWorkbook(file);
          }}
        />
      )}
      {outcome && (
        <MessageBar intent={outcome.intent} data-testid="todo-tracker-outcome" role={outcome.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>
            {outcome.lines.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
