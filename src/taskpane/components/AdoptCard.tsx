// 转换为 ccr 记录 (issue 11): in Word, a hand-filled record form's table at the cursor becomes a ccr
// record. The card explains it and runs the conversion; the outcome is shown as the pane's notice.
import { Body1, Button, Card, CardHeader, Spinner, Subtitle2 } from "@fluentui/react-components";
import { TableSimpleCheckmark20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { CcrRecord } from "../../domain/record/record";
import { adoptFormAtCursor, undoAdoption, type WordRunner } from "../../word/adopt";
import { toWordError } from "../../word/errors";
import { officeJsHost } from "../../word/office-host";
import { createRecordDocument } from "../../word/record-document";
import { adoptNotice } from "../state/adopt";
import { usePane } from "../state/pane";

export interface AdoptCardProps {
  /** Word.run to use; office.js by default (tests pass the fake's). */
  word?: WordRunner;
  /** Keeps the converted record in the document; the Word adapter's store by default. */
  store?: (record: CcrRecord) => Promise<void>;
}

export function AdoptCard({ word, store }: AdoptCardProps) {
  const { t, host, editor, notify } = usePane();
  const [busy, setBusy] = useState(false);
  /** The record converted last, which 撤销转换 can take back. */
  const [converted, setConverted] = useState<string>();
  if (host.kind !== "word" || !host.wordApi13) return null;
  /** What happened and what to do, in the pane's language (an office.js error becomes a WordError). */
  const reasonOf = (e: unknown) => t.pick(toWordError(e).userMessage);

  const convert = async () => {
    setBusy(true);
    try {
      const result = await adoptFormAtCursor(word ?? officeJsHost());
      if (result.kind !== "adopted") return notify(adoptNotice(result, t));
      editor.replace(result.record);
      setConverted(result.record.id);
      try {
        await (store ?? ((r: CcrRecord) => createRecordDocument(officeJsHost()).storeRecord(r)))(result.record);
        notify(adoptNotice(result, t));
      } catch (e) {
        // The controls are in the document; only the record data could not be kept in it.
        notify({ intent: "warning", text: t("adopt.notStored", { reason: reasonOf(e) }) });
      }
    } catch (e) {
      notify({ intent: "error", text: t("adopt.failed", { reason: reasonOf(e) }) });
    } finally {
      setBusy(false);
    }
  };

  const undo = async (id: string) => {
    setBusy(true);
    try {
      await undoAdoption(word ?? officeJsHost(), id);
      setConverted(undefined);
      notify({ intent: "success", text: t("adopt.undone") });
    } catch (e) {
      notify({ intent: "error", text: t("adopt.failed", { reason: reasonOf(e) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-testid="adopt-card">
      <CardHeader header={<Subtitle2>{t("adopt.title")}</Subtitle2>} />
      <Body1>{t("adopt.hint")}</Body1>
      <Button
        appearance="secondary"
        icon={busy ? <Spinner size="tiny" /> : <TableSimpleCheckmark20Regular />}
        disabled={busy}
        onClick={() => void convert()}
      >
        {busy ? t("adopt.working") : t("adopt.button")}
      </Button>
      {converted && (
        <Button appearance="subtle" disabled={busy} onClick={() => void undo(converted)}>
          {t("adopt.undo")}
        </Button>
      )}
    </Card>
  );
}
