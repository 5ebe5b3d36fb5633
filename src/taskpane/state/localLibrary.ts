// Stand-alone only: the records kept in this browser (storage/localRecords.ts) behind the record
// store. Its sink writes each edit burst to the browser's storage, so a reload restores it; the 记录
// menu lists, opens, creates, deletes and imports records through it. Inside Word there is none:
// the record lives in the document.
import { parseRecord } from "../../domain/record/record";
import type { Bilingual } from "../../domain/record/i18n";
import { newRecordId } from "../../domain/record/record-id";
import type { LocalRecords, StoredRecordSummary } from "../storage/localRecords";
import { freshRecord, type RecordStore, type StoredRecord } from "./recordStore";

export type ImportResult = { ok: true; record: StoredRecord } | { ok: false; message: Bilingual };

/** The record the stand-alone pane opens first: the one open last time, else the latest saved, else a new one. */
export function restoredRecord(records: LocalRecords): StoredRecord {
  return records.restore() ?? freshRecord();
}

/** Opens a record from .json text; an id already taken gets a new one. */
export function importRecord(store: RecordStore, text: string, takenIds: readonly string[] = []): ImportResult {
  const parsed = parseRecord(text);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  const id = parsed.record.id && !takenIds.includes(parsed.record.id) ? parsed.record.id : newRecordId();
  const record: StoredRecord = { ...parsed.record, id };
  store.open(record);
  return { ok: true, record };
}

export class LocalLibrary {
  private list: StoredRecordSummary[];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly records: LocalRecords,
    private readonly store: RecordStore,
  ) {
    this.list = records.list();
  }

  /** Starts keeping the store's edits in the browser's storage; returns the stop. */
  attach(): () => void {
    return this.store.addSink(this.sink);
  }

  get summaries(): StoredRecordSummary[] {
    return this.list;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  newRecord = (): void => {
    this.store.open(freshRecord());
  };

  select = (id: string): void => {
    this.store.flush();
    const record = this.records.load(id);
    if (!record) return;
    this.store.replace({ ...record, id });
    this.records.setCurrent(id);
  };

  /**
   * Keeps records of this browser's changed elsewhere (a tracker import): all of them or, when the
   * storage refuses one, none (LocalRecords.saveAll throws). The open one becomes an edit of its own
   * (Undo and autosave as usual), after the others are safely kept.
   */
  keepAll = (records: readonly StoredRecord[]): void => {
    const open = records.find((r) => r.id === this.store.record.id);
    this.records.saveAll(records.filter((r) => r !== open));
    this.refresh();
    if (open) this.store.update(() => open);
  };

  remove = (id: string): void => {
    const open = id === this.store.record.id;
    this.records.remove(id);
    this.refresh();
    if (open) this.store.open(restoredRecord(this.records), { discardPending: true });
  };

  importJson = (text: string): ImportResult => importRecord(this.store, text, this.list.map((s) => s.id));

  private readonly sink = (record: StoredRecord): void => {
    this.records.save(record);
    this.records.setCurrent(record.id);
    this.refresh();
  };

  private refresh(): void {
    this.list = this.records.list();
    for (const listener of [...this.listeners]) listener();
  }
}
