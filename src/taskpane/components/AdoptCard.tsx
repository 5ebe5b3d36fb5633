// 转换为 ccr 记录 (issue 11): in Word, a hand-filled record form's table at the cursor becomes a ccr
// record. The card explains it and runs the conversion; the outcome is shown as the pane's notice.
import { Body1, Button, Card, CardHeader, Spinner, Subtitle2 } from "@fluentui/react-components";
import { TableSimpleCheckmark20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { adoptFormAtCursor, officeWordRunner, type WordRunner } from "../../word/adopt";
import { adoptNotice } from "../state/adopt";
import { usePane } from "../state/pane";

export interface AdoptCardProps {
  /** Word.run to use; office.js by default (tests pass the fake's). */
  word?: WordRunner;
}

export function AdoptCard({ word }: AdoptCardProps) {
  const { t, host, editor, notify } = usePane();
  const [busy, setBusy] = useState(false);
  if (host.kind !== "word" || !host.wordApi13) return null;

  const convert = async () => {
    setBusy(true);
    try {
      const result = await adoptFormAtCursor(word ?? officeWordRunner());
      if (result.kind === "adopted") editor.replace(result.record);
      notify(adoptNotice(result, t));
    } catch (e) {
      notify({ intent: "error", text: t("adopt.failed", { reason: e instanceof Error ? e.message : String(e) }) });
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
    </Card>
  );
}
