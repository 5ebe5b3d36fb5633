// Status and progress edits of the 待办 tab: applied to the record, and inside Word also written to
// the record's action table in one batch (the changed paths only, coalesced by the write queue).
// A record whose form is not in the document is only kept in the pane and the document settings.
import { useEffect, useMemo } from "react";
import type { CcrRecord } from "../../domain/record";
import { changedTrackingPaths } from "../../domain/tracking";
import { officeJsHost } from "../../word/office-host";
import { createRecordDocument } from "../../word/record-document";
import { createRecordWriteQueue, type RecordWriteQueue } from "../../word/record-write-queue";
import { isWordError } from "../../word/types";
import { usePane } from "./pane";

export function useTrackingWrites(): (change: (record: CcrRecord) => CcrRecord) => void {
  const { host, record, update, notify, t } = usePane();
  const queue: RecordWriteQueue | null = useMemo(() => {
    if (host.kind !== "word") return null;
    const doc = createRecordDocument(officeJsHost());
    return createRecordWriteQueue((r, paths) => doc.writeRecord(r, paths), {
      onError: (e) => {
        if (isWordError(e) && e.code === "RecordNotFound") return;
        notify({ intent: "error", text: isWordError(e) ? t.pick(e.userMessage) : t("agenda.wordFailed", { reason: e instanceof Error ? e.message : String(e) }) });
      },
    });
    // One queue per pane session in Word; messages follow the language at the time of the error.
  }, [host.kind]);
  useEffect(
    () => () => {
      void queue?.flush().finally(() => queue.dispose());
    },
    [queue],
  );
  return (change) => {
    const next = change(record);
    update(change);
    const paths = changedTrackingPaths(record, next);
    if (queue && paths.length > 0) queue.push(next, paths);
  };
}
