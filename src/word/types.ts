// The small interface through which the rest of the add-in works with the Word document.
// The task pane never touches Word.* or Office.*: it calls a RecordDocument (the office.js adapter
// in production, the same adapter over the fake Word in tests).

import type { Bilingual } from "../domain/record/i18n";
import type { Agenda } from "../domain/meeting/agenda";
import type { CcrRecord, Lang, RecordSummary } from "../domain/record/record";
import type { AdoptResult } from "./adopt";
import type { AgendaWriteResult } from "./agenda";

export type { AdoptResult } from "./adopt";
export type { SelfTestReport, SelfTestStep } from "./self-test";
import type { SelfTestReport } from "./self-test";
export type { AgendaWriteResult } from "./agenda";

export interface Capabilities {
  /** WordApi 1.3: everything core (insert, fill, read back, check, select, repair). */
  readonly core: boolean;
  /** Requirement sets found, e.g. { "WordApi 1.3": true, "WordApi 1.4": false }. */
  readonly sets: Readonly<Record<string, boolean>>;
  /** Office.context.diagnostics.platform when known: "PC", "OfficeOnline", "Mac", … */
  readonly platform: string;
  /** What is missing and what still works, when core is false; undefined otherwise. */
  readonly missing?: Bilingual;
  /** A generated document can be opened in Word (createDocument().open()); else it is downloaded. */
  readonly canOpenDocuments: boolean;
  /** A file download reaches the user: not in Word for Mac, whose webview ignores downloads (office-js #4681). */
  readonly canDownload: boolean;
}

/** A record of the document; its topic as shown in the document (or stored), "" when not filled. */
export interface DocumentRecordSummary extends RecordSummary {
  /** The form is in the document (false: only the stored JSON remains). */
  readonly inDocument: boolean;
}

export type { Damage, DamageKind } from "../form/damage";
import type { Damage } from "../form/damage";

export interface ReadResult {
  /** The stored JSON overlaid with what the document shows (document text wins for the fields it shows). */
  readonly record: CcrRecord;
  /** Paths whose document text differed from the stored JSON (what the user changed in Word). */
  readonly changedInDocument: readonly string[];
  readonly damage: readonly Damage[];
}

export interface RepairReport {
  /** What was wrong before the repair. */
  readonly fixed: readonly Damage[];
  /** Text found outside the form's controls, kept as paragraphs under the form. */
  readonly keptText: readonly string[];
  /** The record as written back. */
  readonly record: CcrRecord;
  /**
   * Records made of further copies of the whole form (damage duplicate-form), in document order: each
   * under a new id, its stored JSON that of this record overlaid with what the copy shows.
   */
  readonly copies: readonly CcrRecord[];
}

export interface InsertOptions {
  /** Labels in this language; record.lang (zh) otherwise. */
  readonly lang?: Lang;
  /** Derived cell texts, e.g. 纪要发送时限 from the calendar. */
  readonly derived?: { readonly circulateBy?: string };
}

export interface RecordDocument {
  /** Requirement sets and platform; never throws. */
  capabilities(): Promise<Capabilities>;
  /** Records in the document (forms found and stored JSON), in document order. */
  listRecords(): Promise<DocumentRecordSummary[]>;
  /**
   * Inserts the form at the selection and stores the JSON (≤ 2 syncs). Gives the record a new id when
   * it has none, when that id is already in the document, or when the id is held only by stored JSON
   * of a different record; a stored record whose form was deleted, inserted again unchanged, keeps its
   * id. Returns the record as inserted.
   */
  insertRecordTemplate(record: CcrRecord, options?: InsertOptions): Promise<CcrRecord>;
  /**
   * Writes the record into its form in one batch (≤ 2 syncs) and stores the JSON. With changedPaths
   * only those controls are written; when the number of action items differs, the action table is rebuilt.
   */
  writeRecord(record: CcrRecord, changedPaths?: readonly string[], options?: InsertOptions): Promise<void>;
  /** Reads the record back (≤ 2 syncs whatever its size) with a damage report. */
  readRecord(id: string): Promise<ReadResult>;
  /** Selects and scrolls to the control of a path (a finding's path); falls back to the nearest shown field. */
  selectField(id: string, path: string): Promise<void>;
  /**
   * Rebuilds the form from what the document shows and stores, keeping every text the user wrote
   * (≤ 3 syncs). Further copies of the whole form get new ids and become records of their own; a
   * form whose only damage is such copies is left as it is.
   */
  repair(id: string, options?: InsertOptions): Promise<RepairReport>;
  /** The record the cursor is in, if any. */
  currentRecordId(): Promise<string | undefined>;
  /** Stores the record JSON in the document without touching the form. */
  storeRecord(record: CcrRecord): Promise<void>;
  /**
   * Removes the stored JSON of a record whose form is no longer in the document (1 sync to check).
   * InvalidArgument while its form is still there: nothing is removed.
   */
  forgetRecord(id: string): Promise<void>;
  /**
   * 转换为 ccr 记录: recognises the hand-filled form at the cursor and wraps its value cells in ccr's
   * controls (one insertOoxml). The record is not stored yet: call storeRecord with result.record.
   */
  adoptFormAtCursor(): Promise<AdoptResult>;
  /** 撤销转换: removes the controls of a converted form, keeping its text; the number removed. */
  undoAdoption(id: string): Promise<number>;
  /** Whether the document holds the agenda of this record. */
  hasAgenda(id: string): Promise<boolean>;
  /** 插入议程 / 更新议程: the agenda at the cursor, or rewritten in place where it already is. */
  writeAgenda(record: CcrRecord, agenda: Agenda, lang?: Lang): Promise<AgendaWriteResult>;
  /** Opens a generated .docx as a new Word document (WordApi 1.3); rejects where the host cannot. */
  openAsNewDocument(bytes: Uint8Array): Promise<void>;
  /**
   * 自检: runs every Word operation ccr uses at the end of the document and removes what it added;
   * never rejects (each failure is a step of the report).
   */
  selfTest(): Promise<SelfTestReport>;
}

export type WordErrorCode =
  | "GeneralException"
  | "ItemNotFound"
  | "InvalidArgument"
  | "AccessDenied"
  | "Unsupported"
  /** Word refused to change this part of the document (protected content, a control that cannot be deleted, Track Changes). */
  | "NotAllowed"
  | "Timeout"
  | "RecordNotFound"
  | "StorageFailed";

/**
 * Every failure of a RecordDocument method is a WordError: a code and a message in both languages
 * that says what happened and what to do. The pane shows userMessage; its own data is never lost.
 */
export class WordError extends Error {
  readonly code: WordErrorCode;
  readonly userMessage: Bilingual;
  /** The original error's code and message, for logs. */
  readonly detail: string;

  constructor(code: WordErrorCode, userMessage: Bilingual, detail = "") {
    super(`${code}: ${userMessage.en}${detail ? ` (${detail})` : ""}`);
    this.name = "WordError";
    this.code = code;
    this.userMessage = userMessage;
    this.detail = detail;
  }
}

export function isWordError(e: unknown): e is WordError {
  return e instanceof WordError;
}
