// 转换为 ccr 记录 (issue 11): in Word, a hand-filled record form's table at the cursor becomes a ccr
// record. The card explains it and runs the conversion; the outcome is shown as the pane's notice.
import { Body1, Button, Card, CardHeader, Spinner, Subtitle2 } from "@fluentui/react-components";
import { TableSimpleCheckmark20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { toWordError } from "../../word/errors";
import { adoptNotice } from "../state/adopt";
import { usePaneShell, useWord } from "../state/pane";

export function AdoptCard() {
  const { t, host, notify } = usePaneShell();
  const word = useWord();
  const [busy, setBusy] = useState(false);
  /** The record converted last, which 撤销转换 can take back. */
  const [converted, setConverted] = useState<string>();
  if (host.kind !== "word" || !host.wordApi13 || !word) return null;
  /** What happened and what to do, in the pane's language (an office.js error becomes a WordError). */
  const reasonOf = (e: unknown) => t.pick(toWordError(e).userMessage);

  const convert = async () => {
    setBusy(true);
    try {
      const { result, storeError } = await word.adopt();
      if (result.kind === "adopted") setConverted(result.record.id);
      // The controls are in the document; only the record data could not be kept in it.
      if (storeError !== undefined) notify({ intent: "warning", text: t("adopt.notStored", { reason: reasonOf(storeError) }) });
      else notify(adoptNotice(result, t));
    } catch (e) {
      notify({ intent: "error", text: t("adopt.failed", { reason: reasonOf(e) }) });
    } finally {
      setBusy(false);
    }
  };

  const undo = async (id: string) => {
    setBusy(true);
    try {
      await word.undoAdoption(id);
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
        disabled={busy || !word.ready}
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
