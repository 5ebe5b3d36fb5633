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
import type { Bilingual } from "../../domain/record/i18n";

const TEXT = {
  title: { zh: "自检", en: "Self-test" },
  intro: {
    zh: "自检在文档末尾插入一份测试记录表,逐项运行 ccr 使用的所有 Word 操作(插入、写入、增删事项、读回键入的文字、修复、议程、保存设置),然后删除它。请在一份可以修改的文档中运行;报告可复制给技术支持。",
    en: "The self-test inserts a test form at the end of the document, runs every Word operation ccr uses (insert, write, add and remove an item, read back typed text, repair, agenda, settings save), then removes it. Run it in a document you may change; copy the report for support.",
  },
  run: { zh: "运行自检", en: "Run the self-test" },
  running: { zh: "正在运行…", en: "Running…" },
  copy: { zh: "复制报告", en: "Copy the report" },
  close: { zh: "关闭", en: "Close" },
} satisfies Record<string, Bilingual>;

export interface SelfTestDialogProps {
  doc: RecordDocument;
  pick(text: Bilingual): string;
  onClose(): void;
}

export function SelfTestDialog({ doc, pick, onClose }: SelfTestDialogProps) {
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
          <DialogTitle>{pick(TEXT.title)}</DialogTitle>
          <DialogContent>
            <p>{pick(TEXT.intro)}</p>
            {running && <Spinner size="tiny" label={pick(TEXT.running)} />}
            {report && <Textarea readOnly value={report} rows={12} style={{ width: "100%", fontFamily: "monospace" }} data-testid="selftest-report" />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={running} onClick={() => void run()} data-testid="selftest-run">
              {pick(TEXT.run)}
            </Button>
            {report && (
              <Button onClick={() => void navigator.clipboard?.writeText(report).catch(() => undefined)}>{pick(TEXT.copy)}</Button>
            )}
            <Button onClick={onClose}>{pick(TEXT.close)}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
