// The pane's one Word session: two-way sync of the record being edited through the word layer's
// RecordDocument. The record store's Word sink writes each edit burst in one batch (the write
// queue), the document is read back when the pane gets focus (what was typed in Word wins for the
// fields the form shows), and insert / repair / select / 转换 / 议程 are offered to the tabs, which
// never reach Word otherwise. Every failure becomes a notice in the user's language; the record in
// the pane stays as typed.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { Agenda } from "../../domain/meeting/agenda";
import type { CcrRecord, Lang } from "../../domain/record/record";
import { changedPaths } from "../../domain/record/record-path";
import { createRecordWriteQueue, type RecordWriteQueue } from "../../word/record-write-queue";
import {
  isWordError,
  type AdoptResult,
  type AgendaWriteResult,
  type Capabilities,
  type Damage,
  type RecordDocument,
  type DocumentRecordSummary,
} from "../../word/types";
import type { Translator } from "../i18n";
import type { Notice } from "../state/pane";
import type { RecordStore } from "../state/recordStore";
import type { WordSession } from "./session";

/** 转换为 ccr 记录's outcome; storeError: the controls are in the document, the record data could not be kept in it. */
export interface AdoptOutcome {
  result: AdoptResult;
  storeError?: unknown;
}

export interface WordPaneApi {
  ready: boolean;
  capabilities?: Capabilities;
  /** The document, once the session is open: every Word operation of the pane goes through it. */
  doc?: RecordDocument;
  /** Records found in the document. */
  records: DocumentRecordSummary[];
  /** The record being edited has its form in the document. */
  inDocument: boolean;
  damage: readonly Damage[];
  busy: boolean;
  insert(): Promise<void>;
  repair(): Promise<void>;
  /** Reads the document again (also done when the pane gets focus). */
  readBack(): Promise<void>;
  select(path: string): Promise<void>;
  open(id: string): Promise<void>;
  /** Removes the stored data of a record whose form is no longer in the document (the pane keeps its copy). */
  forget(id: string): Promise<void>;
  /**
   * 转换为 ccr 记录: the form at the cursor becomes the record being edited, stored in the document
   * and listed, so that edits reach it. Rejects when Word refuses the conversion (the caller says so).
   */
  adopt(): Promise<AdoptOutcome>;
  /** 撤销转换 of a record converted in this session. */
  undoAdoption(id: string): Promise<void>;
  /** Whether the document holds this record's agenda. */
  hasAgenda(id: string): Promise<boolean>;
  /** 插入议程 / 更新议程. */
  writeAgenda(record: CcrRecord, agenda: Agenda, lang?: Lang): Promise<AgendaWriteResult>;
}

const NOT_OPEN = "The Word document is not open yet.";

export function useWordSync(
  sessionPromise: Promise<WordSession> | undefined,
  store: RecordStore,
  t: Translator,
  notify: (n: Notice) => void,
): WordPaneApi | undefined {
  const [session, setSession] = useState<WordSession>();
  const [records, setRecords] = useState<DocumentRecordSummary[]>([]);
  const [damage, setDamage] = useState<readonly Damage[]>([]);
  const [busy, setBusy] = useState(false);
  const written = useRef<CcrRecord | undefined>(undefined);
  const queue = useRef<RecordWriteQueue | undefined>(undefined);
  const tRef = useRef(t);
  tRef.current = t;

  const fail = useCallback(
    (e: unknown) => {
      const text = isWordError(e) ? tRef.current.pick(e.userMessage) : tRef.current("word.failed", { reason: e instanceof Error ? e.message : String(e) });
      notify({ intent: "error", text });
    },
    [notify],
  );

  // Open the document once office.js is ready.
  useEffect(() => {
    if (!sessionPromise) return;
    let live = true;
    sessionPromise.then(
      (s) => {
        if (!live) return;
        setSession(s);
        setRecords(s.records);
        // What the user typed before the document was open (a slow start) is not replaced.
        if (s.initial && !store.edited) {
          store.replace(s.initial.record);
          written.current = s.initial.record;
          setDamage(s.initial.damage);
        }
        if (s.startError) fail(s.startError);
      },
      (e) => live && fail(e),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per session
  }, [sessionPromise]);

  const doc = session?.doc;
  const id = useSyncExternalStore(store.subscribe, () => store.record.id, () => store.record.id);
  const inDocument = Boolean(id && records.some((r) => r.id === id && r.inDocument));

  // One write queue per document: edits of a burst become one batch.
  useEffect(() => {
    if (!session) return;
    const { doc, insertOptions } = session;
    const q = createRecordWriteQueue((record, paths) => doc.writeRecord(record, paths, insertOptions(record)), {
      onError: fail,
      onWritten: (record) => {
        written.current = record;
      },
    });
    queue.current = q;
    return () => {
      void q.flush().finally(() => q.dispose());
    };
  }, [session, fail]);

  // The store's Word sink: edits reach the form for a record whose form is in the document; a
  // record not inserted yet is kept in the document's add-in data (listed as not inserted), so
  // closing the pane before 插入记录表 loses nothing.
  useEffect(() => {
    if (!session) return;
    return store.addSink((record) => {
      const q = queue.current;
      if (!q) return false;
      const listed = records.find((r) => r.id === record.id);
      if (!listed?.inDocument) {
        if (!record.id) return false;
        session.doc.storeRecord(record).then(
          () => {
            if (!listed) void session.doc.listRecords().then(setRecords, fail);
          },
          fail,
        );
        return true;
      }
      const before = written.current;
      const paths = before && before.id === record.id ? changedPaths(before, record) : undefined;
      if (paths && paths.length === 0) return true;
      q.push(record, paths);
      return true;
    });
  }, [store, session, records, fail]);

  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      try {
        await work();
      } catch (e) {
        fail(e);
      } finally {
        setBusy(false);
      }
    },
    [fail],
  );

  const refreshList = useCallback(async () => {
    if (doc) setRecords(await doc.listRecords());
  }, [doc]);

  const readBack = useCallback(async () => {
    if (!doc || !id || !inDocument) return;
    store.flush();
    await queue.current?.flush();
    const result = await doc.readRecord(id);
    setDamage(result.damage);
    written.current = result.record;
    if (result.changedInDocument.length > 0) {
      store.replace({ ...result.record, id });
      notify({ intent: "info", text: tRef.current("word.readBack", { n: result.changedInDocument.length }) });
    }
  }, [doc, id, inDocument, store, notify]);

  // Read back what was typed in Word when the pane gets the focus again.
  useEffect(() => {
    if (!inDocument) return;
    const onFocus = () => void readBack().catch(fail);
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [inDocument, readBack, fail]);

  const api = useMemo<WordPaneApi | undefined>(() => {
    if (!sessionPromise) return undefined;
    return {
      ready: session !== undefined,
      capabilities: session?.capabilities,
      doc: session?.doc,
      records,
      inDocument,
      damage,
      busy,
      insert: () =>
        run(async () => {
          if (!session) return;
          store.flush();
          const inserted = await session.doc.insertRecordTemplate(store.record, session.insertOptions(store.record));
          store.replace(inserted);
          written.current = inserted;
          setDamage([]);
          await refreshList();
          notify({ intent: "success", text: tRef.current("word.inserted") });
        }),
      repair: () =>
        run(async () => {
          if (!session || !id) return;
          await queue.current?.flush();
          const report = await session.doc.repair(id, session.insertOptions(store.record));
          store.replace({ ...report.record, id });
          written.current = report.record;
          setDamage([]);
          await refreshList();
          const n = report.fixed.length;
          const copies = report.copies.length;
          // Copies of the whole form (duplicate-form) became records of their own: the list shows them.
          notify({ intent: "success", text: copies > 0 ? tRef.current("word.repairedCopies", { n, copies }) : tRef.current("word.repaired", { n }) });
        }),
      readBack: () => run(readBack),
      select: (path) =>
        run(async () => {
          if (doc && id && inDocument) await doc.selectField(id, path);
        }),
      open: (other) =>
        run(async () => {
          if (!doc) return;
          store.flush();
          await queue.current?.flush();
          const result = await doc.readRecord(other);
          store.replace({ ...result.record, id: other });
          written.current = result.record;
          setDamage(result.damage);
        }),
      forget: (other) =>
        run(async () => {
          if (!doc) return;
          await doc.forgetRecord(other);
          await refreshList();
          notify({ intent: "success", text: tRef.current("word.forgotten") });
        }),
      adopt: async () => {
        if (!doc) throw new Error(NOT_OPEN);
        store.flush();
        await queue.current?.flush();
        const result = await doc.adoptFormAtCursor();
        if (result.kind !== "adopted") return { result };
        store.replace(result.record);
        written.current = result.record;
        let storeError: unknown;
        try {
          await doc.storeRecord(result.record);
        } catch (e) {
          storeError = e;
        }
        await refreshList().catch(fail);
        return { result, storeError };
      },
      undoAdoption: async (other) => {
        if (!doc) throw new Error(NOT_OPEN);
        await queue.current?.flush();
        await doc.undoAdoption(other);
        await refreshList().catch(fail);
      },
      hasAgenda: (other) => (doc ? doc.hasAgenda(other) : Promise.resolve(false)),
      writeAgenda: (record, agenda, lang) => (doc ? doc.writeAgenda(record, agenda, lang) : Promise.reject(new Error(NOT_OPEN))),
    };
  }, [sessionPromise, session, records, inDocument, damage, busy, run, doc, store, id, refreshList, notify, readBack, fail]);

  return api;
}
