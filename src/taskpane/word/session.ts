// Opening the Word document at start (in Word only; this module and the adapter are loaded on
// demand so the stand-alone pane never downloads them): requirement sets, the records in the
// document, and the one the cursor is in (else the first), read back with its damage report.
import { circulationDeadlineText } from "../../domain/calendar/date-format";
import { recordLang, type CcrRecord } from "../../domain/record/record";
import { createRecordDocument } from "../../word/record-document";
import { officeJsHost } from "../../word/office-host";
import type { Capabilities, InsertOptions, ReadResult, RecordDocument, DocumentRecordSummary } from "../../word/types";

export interface WordSession {
  doc: RecordDocument;
  capabilities: Capabilities;
  records: DocumentRecordSummary[];
  /** The record to open, when the document holds one. */
  initial?: ReadResult;
  /** A failure while reading the document at start (shown; the pane still works). */
  startError?: unknown;
  /** The options for writing a record's form (see insertOptions below). */
  insertOptions(record: CcrRecord): InsertOptions;
}

/**
 * Options for writing the form: labels in the record's language and the derived 纪要发送时限. Here
 * rather than in useWordSync so that the working-day calendar loads with the adapter, after the
 * pane's first render.
 */
export function insertOptions(record: CcrRecord): InsertOptions {
  const lang = recordLang(record);
  return { lang, derived: { circulateBy: circulationDeadlineText(record.date, lang) } };
}

export async function openWordSession(doc: RecordDocument = createRecordDocument(officeJsHost())): Promise<WordSession> {
  const capabilities = await doc.capabilities();
  if (!capabilities.core) return { doc, capabilities, records: [], insertOptions };
  try {
    const records = await doc.listRecords();
    const id = (await doc.currentRecordId()) ?? records[0]?.id;
    const initial = id ? await doc.readRecord(id) : undefined;
    return { doc, capabilities, records, initial, insertOptions };
  } catch (startError) {
    return { doc, capabilities, records: [], startError, insertOptions };
  }
}
