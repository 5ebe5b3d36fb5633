// 自检 (self-test) dialog, opened from SelfTestMenu: runs RecordDocument.selfTest
// (src/word/self-test.ts) and shows the report as text to copy.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  Textarea,
} from "@fluentui/react-components";
import { useState } from "react";
import { selfTestText } from "../../word/self-test";
import type { RecordDocument } from "../../word/types";
import type { Translator } from "../i18n";


export interface SelfTestDialogProps {
  doc: RecordDocument;
  t: Translator;
  onClose(): void;
}

export function SelfTestDialog({ doc, t, onClose }: SelfTestDialogProps) {
  const [report, setReport] = useState<string>();
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    try {
      setReport(selfTestText(await doc.selfTest()));
    } finally {
      setRunning(false);
    }
  };
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("selftest.title")}</DialogTitle>
          <DialogContent>
            <p>{t("selftest.intro")}</p>
            {running && <Spinner size="tiny" label={t("selftest.running")} />}
            {report && <Textarea readOnly value={report} rows={12} style={{ width: "100%", fontFamily: "monospace" }} data-testid="selftest-report" />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={running} onClick={() => void run()} data-testid="selftest-run">
              {t("selftest.run")}
            </Button>
            {report && (
              <Button onClick={() => void navigator.clipboard?.writeText(report).catch(() => undefined)}>{t("selftest.copy")}</Button>
            )}
            <Button onClick={onClose}>{t("selftest.close")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
