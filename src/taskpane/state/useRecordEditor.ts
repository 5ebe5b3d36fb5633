// The record being edited and its autosave. Every edit is written to the browser's storage within
// `delayMs` of the last keystroke (and at once when the page is hidden or closed), so a reload
// restores it; in Word the document sync (src/word) is an extra sink fed by `onEdit`.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { emptyRecord, parseRecord, serialiseRecord, type CcrRecord } from "../../domain/record/record";
import type { Bilingual } from "../../domain/record/i18n";
import { newRecordId } from "../../domain/record/record-id";
import { LocalRecords, type RecordSummary } from "../storage/localRecords";

export type StoredRecord = CcrRecord & { id: string };

export type SaveState = { kind: "saved" } | { kind: "saving" } | { kind: "failed"; reason: string };

export type ImportResult = { ok: true; record: StoredRecord } | { ok: false; message: Bilingual };

export interface RecordEditor {
  record: StoredRecord;
  summaries: RecordSummary[];
  save: SaveState;
  /** Applies an edit; the record's id never changes. */
  update(change: (record: CcrRecord) => CcrRecord): void;
  /** Replaces the record with one read from elsewhere (Word) without treating it as a user edit. */
  replace(record: CcrRecord): void;
  flush(): void;
  newRecord(): void;
  select(id: string): void;
  remove(id: string): void;
  importJson(text: string): ImportResult;
  exportJson(): { fileName: string; text: string };
}

export interface EditorOptions {
  delayMs?: number;
  /** Called after each edit burst (debounced like the save), e.g. to write it into Word. */
  onEdit?: (record: StoredRecord) => void;
  /** The record to open first instead of the last one saved (e.g. the one in the Word document). */
  initial?: CcrRecord;
}

export const AUTOSAVE_DELAY_MS = 400;

export function freshRecord(): StoredRecord {
  return { ...emptyRecord(), id: newRecordId() };
}

function withId(record: CcrRecord): StoredRecord {
  return { ...record, id: record.id || newRecordId() };
}

export function useRecordEditor(store: LocalRecords, options: EditorOptions = {}): RecordEditor {
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const onEditRef = useRef(options.onEdit);
  onEditRef.current = options.onEdit;

  const [record, setRecord] = useState<StoredRecord>(() =>
    options.initial ? withId(options.initial) : (store.restore() ?? freshRecord()),
  );
  const [summaries, setSummaries] = useState<RecordSummary[]>(() => store.list());
  const [save, setSave] = useState<SaveState>({ kind: "saved" });
  const latest = useRef(record);
  const pending = useRef<StoredRecord | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const write = useCallback(
    (r: StoredRecord): boolean => {
      try {
        store.save(r);
        store.setCurrent(r.id);
        setSummaries(store.list());
        setSave({ kind: "saved" });
        return true;
      } catch (e) {
        setSave({ kind: "failed", reason: e instanceof Error ? e.message : String(e) });
        return false;
      }
    },
    [store],
  );

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const r = pending.current;
    if (!r) return;
    pending.current = null;
    write(r);
    onEditRef.current?.(r);
  }, [write]);

  const show = useCallback((r: StoredRecord) => {
    latest.current = r;
    setRecord(r);
  }, []);

  const update = useCallback(
    (change: (record: CcrRecord) => CcrRecord) => {
      const next: StoredRecord = { ...change(latest.current), id: latest.current.id };
      show(next);
      pending.current = next;
      setSave({ kind: "saving" });
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [delayMs, flush, show],
  );

  const replace = useCallback(
    (incoming: CcrRecord) => {
      const r = withId(incoming);
      show(r);
      write(r);
    },
    [show, write],
  );

  const newRecord = useCallback(() => {
    flush();
    const r = freshRecord();
    show(r);
    write(r);
  }, [flush, show, write]);

  const select = useCallback(
    (id: string) => {
      flush();
      const r = store.load(id);
      if (!r) return;
      const stored = { ...r, id };
      show(stored);
      store.setCurrent(id);
    },
    [flush, show, store],
  );

  const remove = useCallback(
    (id: string) => {
      if (id === latest.current.id) {
        clearTimeout(timer.current);
        pending.current = null;
      }
      store.remove(id);
      setSummaries(store.list());
      if (id === latest.current.id) {
        const next = store.restore() ?? freshRecord();
        show(next);
        write(next);
      }
    },
    [show, store, write],
  );

  const importJson = useCallback(
    (text: string): ImportResult => {
      const parsed = parseRecord(text);
      if (!parsed.ok) return { ok: false, message: parsed.error.message };
      flush();
      const taken = new Set(store.list().map((s) => s.id));
      const id = parsed.record.id && !taken.has(parsed.record.id) ? parsed.record.id : newRecordId();
      const r: StoredRecord = { ...parsed.record, id };
      show(r);
      write(r);
      return { ok: true, record: r };
    },
    [flush, show, store, write],
  );

  const exportJson = useCallback(() => {
    flush();
    const r = latest.current;
    return { fileName: recordFileName(r, "json"), text: serialiseRecord(r) };
  }, [flush]);

  // Keep what was typed when the page goes away (reload, pane closed, tab switched).
  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onVisibility);
      flush();
    };
  }, [flush]);

  return useMemo(
    () => ({ record, summaries, save, update, replace, flush, newRecord, select, remove, importJson, exportJson }),
    [record, summaries, save, update, replace, flush, newRecord, select, remove, importJson, exportJson],
  );
}

/** A file name for the record: topic and date, characters illegal in file names replaced. */
export function recordFileName(record: CcrRecord, extension: string, suffix = ""): string {
  const base = [record.topic.trim() || "ccr", record.date].filter(Boolean).join("-") + suffix;
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  const safe = base.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "_").slice(0, 80);
  return `${safe}.${extension}`;
}
