// The record being edited, outside React: who wants it subscribes, every edit goes through update(),
// and each burst of edits (debounced by `delayMs`, at once on flush) goes to the registered sinks —
// the browser's storage stand-alone (state/localLibrary.ts), the Word document in Word
// (word/useWordSync.ts). Nothing here knows either of them.
import { emptyRecord, type CcrRecord } from "../../domain/record/record";
import { newRecordId } from "../../domain/record/record-id";

export type StoredRecord = CcrRecord & { id: string };

/** "notKept": no sink kept the last edits (in Word before the session has opened the document). */
export type SaveState = { kind: "saved" } | { kind: "saving" } | { kind: "failed"; reason: string } | { kind: "notKept" };

/**
 * Where the record goes after each edit burst (and when a record is opened with open()). Returns
 * false when it did not keep this record; throws when keeping it failed (the save state says why).
 */
export type RecordSink = (record: StoredRecord) => boolean | void;

export const AUTOSAVE_DELAY_MS = 400;

export function freshRecord(): StoredRecord {
  return { ...emptyRecord(), id: newRecordId() };
}

export function withId(record: CcrRecord): StoredRecord {
  return { ...record, id: record.id || newRecordId() };
}

export class RecordStore {
  private current: StoredRecord;
  private saveState: SaveState = { kind: "saved" };
  private pending = false;
  private userEdited = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly sinks = new Set<RecordSink>();

  constructor(
    initial: CcrRecord,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {
    this.current = withId(initial);
  }

  get record(): StoredRecord {
    return this.current;
  }

  get save(): SaveState {
    return this.saveState;
  }

  /** The user has edited a record since the store was made (what they typed must not be replaced unasked). */
  get edited(): boolean {
    return this.userEdited;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Registers a sink; returns its removal. */
  addSink(sink: RecordSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  /** A user edit; the record's id never changes. */
  update = (change: (record: CcrRecord) => CcrRecord): void => {
    const id = this.current.id;
    this.current = { ...change(this.current), id };
    this.userEdited = true;
    this.pending = true;
    if (this.saveState.kind !== "saving") this.saveState = { kind: "saving" };
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, this.delayMs);
    this.emit();
  };

  /**
   * Shows a record read from elsewhere (the Word document, a stored record) without sending it to
   * the sinks; edits still pending go to the sinks first.
   */
  replace = (record: CcrRecord): void => {
    this.flush();
    this.current = withId(record);
    this.emit();
  };

  /** Opens a record (new, imported) and sends it to the sinks at once; pending edits go first unless discarded. */
  open = (record: CcrRecord, options: { discardPending?: boolean } = {}): void => {
    if (options.discardPending) this.cancel();
    else this.flush();
    this.current = withId(record);
    this.persist();
  };

  /** Sends pending edits to the sinks now. */
  flush = (): void => {
    clearTimeout(this.timer);
    if (!this.pending) return;
    this.pending = false;
    this.persist();
  };

  /** Stops the autosave timer (the pane is going away; call flush() first to keep the edits). */
  dispose(): void {
    clearTimeout(this.timer);
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.pending = false;
  }

  /** Every sink gets the record, also when another one failed. */
  private persist(): void {
    const record = this.current;
    let kept = false;
    let failure: unknown;
    let failed = false;
    for (const sink of [...this.sinks]) {
      try {
        if (sink(record) !== false) kept = true;
      } catch (e) {
        failed = true;
        failure = e;
      }
    }
    this.saveState = failed
      ? { kind: "failed", reason: failure instanceof Error ? failure.message : String(failure) }
      : kept
        ? { kind: "saved" }
        : { kind: "notKept" };
    this.emit();
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
