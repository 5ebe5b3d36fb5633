// Opening the Word document at start (in Word only; this module and the adapter are loaded on
// demand so the stand-alone pane never downloads them): requirement sets, the records in the
// document, and the one the cursor is in (else the first), read back with its damage report.
import { createRecordDocument } from "../../word/record-document";
import { officeJsHost } from "../../word/office-host";
import type { Capabilities, ReadResult, RecordDocument, RecordSummary } from "../../word/types";

export interface WordSession {
  doc: RecordDocument;
  capabilities: Capabilities;
  records: RecordSummary[];
  /** The record to open, when the document holds one. */
  initial?: ReadResult;
  /** A failure while reading the document at start (shown; the pane still works). */
  startError?: unknown;
}

export async function openWordSession(doc: RecordDocument = createRecordDocument(officeJsHost())): Promise<WordSession> {
  const capabilities = await doc.capabilities();
  if (!capabilities.core) return { doc, capabilities, records: [] };
  try {
    const records = await doc.listRecords();
    const id = (await doc.currentRecordId()) ?? records[0]?.id;
    const initial = id ? await doc.readRecord(id) : undefined;
    return { doc, capabilities, records, initial };
  } catch (startError) {
    return { doc, capabilities, records: [], startError };
  }
}
