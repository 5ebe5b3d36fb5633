// The record editor the panels see: the record store's record and save state, and stand-alone the
// browser's records (new, open, delete, import, export .json). The store and its sinks are in
// recordStore.ts and localLibrary.ts; this is only the React view of them.
import { useContext, useMemo, useSyncExternalStore } from "react";
import { serialiseRecord, type CcrRecord } from "../../domain/record/record";
import type { StoredRecordSummary } from "../storage/localRecords";
import { PaneContext, StoreContext } from "./contexts";
import { importRecord, type ImportResult, type LocalLibrary } from "./localLibrary";
import { freshRecord, type RecordStore, type SaveState, type StoredRecord } from "./recordStore";

export type { ImportResult } from "./localLibrary";
export type { SaveState, StoredRecord } from "./recordStore";

export interface RecordEditor {
  record: StoredRecord;
  /** The records kept in this browser (stand-alone; none in Word). */
  summaries: StoredRecordSummary[];
  save: SaveState;
  /** Applies an edit; the record's id never changes. */
  update(change: (record: CcrRecord) => CcrRecord): void;
  /** Replaces the record with one read from elsewhere (Word) without treating it as a user edit. */
  replace(record: CcrRecord): void;
  flush(): void;
  newRecord(): void;
  select(id: string): void;
  /** Keeps records of this browser's changed elsewhere (a tracker import): all or none (LocalLibrary.keepAll). */
  keepAll(records: readonly StoredRecord[]): void;
  remove(id: string): void;
  importJson(text: string): ImportResult;
  exportJson(): { fileName: string; text: string };
}

const NO_SUMMARIES: StoredRecordSummary[] = [];
const noSubscribe = () => () => undefined;

/** The editor's actions over a store (and the browser's records, stand-alone). */
export function editorActions(store: RecordStore, library?: LocalLibrary): Omit<RecordEditor, "record" | "summaries" | "save"> {
  return {
    update: store.update,
    replace: store.replace,
    flush: store.flush,
    newRecord: library?.newRecord ?? (() => store.open(freshRecord())),
    select: library?.select ?? (() => undefined),
    keepAll: library?.keepAll ?? (() => undefined),
    remove: library?.remove ?? (() => undefined),
    importJson: library?.importJson ?? ((text) => importRecord(store, text)),
    exportJson: () => {
      store.flush();
      return { fileName: recordFileName(store.record, "json"), text: serialiseRecord(store.record) };
    },
  };
}

/** The record editor; undefined only in a test that gives PaneContext a PaneApi without one. */
export function useEditorIfAny(): RecordEditor | undefined {
  const provided = useContext(StoreContext);
  const shell = useContext(PaneContext);
  const store = provided?.store;
  const library = provided?.library;
  const getRecord = () => store?.record;
  const getSave = () => store?.save;
  const getSummaries = () => library?.summaries ?? NO_SUMMARIES;
  const record = useSyncExternalStore(store?.subscribe ?? noSubscribe, getRecord, getRecord);
  const save = useSyncExternalStore(store?.subscribe ?? noSubscribe, getSave, getSave);
  const summaries = useSyncExternalStore(library?.subscribe ?? noSubscribe, getSummaries, getSummaries);
  const actions = useMemo(() => (store ? editorActions(store, library) : undefined), [store, library]);
  return useMemo(
    () => (actions && record && save ? { ...actions, record, save, summaries } : shell?.editor),
    [actions, record, save, summaries, shell],
  );
}

export function useRecordEditor(): RecordEditor {
  const editor = useEditorIfAny();
  if (!editor) throw new Error("useRecordEditor() outside the pane's providers");
  return editor;
}

/** A file name for the record: topic and date, characters illegal in file names replaced. */
export function recordFileName(record: CcrRecord, extension: string, suffix = ""): string {
  const base = [record.topic.trim() || "ccr", record.date].filter(Boolean).join("-") + suffix;
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  const safe = base.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "_").slice(0, 80);
  return `${safe}.${extension}`;
}
