// The office.js adapter behind RecordDocument. Every operation is one Word.run with at most two
// syncs (repair: three, whatever the number of copies of the form): first load what is needed (tags
// only, or the form's controls and tables), then queue every write and sync once. Never a sync in a
// loop. Needs WordApi 1.3 only.

import type { CcrRecord, Lang } from "../domain/record/record";
import { emptyAction, recordLang, sameRecordData, summaryOf } from "../domain/record/record";
import { adoptFormAtCursor, undoAdoption, writeAdoptedRecord } from "./adopt";
import { formBinding } from "../form/binding";
import { hasAgenda, writeAgenda } from "./agenda";
import { openAsNewDocument } from "./open-document";
import { ACTION_VALUE_COLUMNS, ALL_FIELDS, CONFIRMATIONS_CELL, CONFIRMATION_VALUE_COLUMNS } from "../form/layout";
import { flatOpcPackage } from "../ooxml/package";
import { actionsTableXml, confirmationsTableXml, recordFormBodyXml, recordFormContentXml } from "../ooxml/record-form";
import { fieldTag, parseTag, rootTag } from "../form/tags";
import { pick } from "../domain/record/i18n";
import { isRecordId, newRecordId } from "../domain/record/record-id";
import { actionPath, itemFieldPath, parseActionPath, parseRecordPath } from "../domain/record/record-path";
import { toWordError, withTimeout, wordError } from "./errors";
import { cellValue, readForm } from "../form/read";
import type { FormReading, FormSnapshot } from "../form/read";
import type { OfficeHost } from "./office-host";
import { pathsToWrite, selectionCandidates } from "./paths";
import { insertAtSelection, loadSelection } from "./selection";
import { runSelfTest } from "./self-test";
import { settingsStore } from "./record-store";
import type { RecordStore } from "./record-store";
import type { Capabilities, InsertOptions, ReadResult, RecordDocument, DocumentRecordSummary, RepairReport } from "./types";
import { WordError } from "./types";

export interface AdapterOptions {
  /** Time limit of one Word call; 20 s by default. */
  readonly timeoutMs?: number;
  /** Time limit of inserting or rebuilding a form; 60 s (Word on the web is slow with large inserts, #3271). */
  readonly insertTimeoutMs?: number;
  /** New record ids (tests pass a counter). */
  readonly newId?: () => string;
  /** Record store; the document settings of the host by default. */
  readonly store?: RecordStore;
}

const CHECKED_SETS = ["1.1", "1.2", "1.3", "1.4", "1.5"] as const;

type Controls = Word.ContentControlCollection;

/** Loads the tags of every content control in the document (one sync). */
async function loadTags(context: Word.RequestContext): Promise<Word.ContentControl[]> {
  const all: Controls = context.document.body.contentControls;
  all.load("items/tag");
  await context.sync();
  return all.items;
}

function byTag(items: readonly Word.ContentControl[]): Map<string, Word.ContentControl> {
  const out = new Map<string, Word.ContentControl>();
  for (const c of items) if (!out.has(c.tag)) out.set(c.tag, c);
  return out;
}

/** A further copy of the whole form (its own root control with the same tag): duplicate-form. */
interface Copy {
  readonly root: Word.ContentControl;
  /** The copy as a form of the same record (loaded for 修复 only). */
  readonly snapshot?: FormSnapshot;
}

interface Snapshot {
  readonly snapshot: FormSnapshot;
  readonly root: Word.ContentControl | undefined;
  readonly mine: Word.ContentControl[];
  /** Copies of the whole form outside this record's form, in document order. */
  readonly copies: Copy[];
  /**
   * Root controls of this record that hold none of its controls: a copy's old root left around the
   * new form when Word did not remove it (office-js #337); 修复 removes them, keeping what is inside.
   */
  readonly leftovers: Word.ContentControl[];
  /** Every record id that has a control in the document. */
  readonly idsInDocument: Set<string>;
  /** Every control of this record, the form's root included, in document order. */
  readonly all: Word.ContentControl[];
}

interface Loaded {
  readonly controls: Word.ContentControlCollection;
  readonly tables?: Word.TableCollection;
  readonly paragraphs?: Word.ParagraphCollection;
}

/**
 * Queues the loads of what a form root holds: its controls (tag, text), tables (values; not for a
 * converted form, which is read from its controls alone) and, for 修复, paragraphs.
 */
function loadInside(root: Word.ContentControl, withParagraphs: boolean, withTables = true): Loaded {
  return {
    controls: root.contentControls.load("items/tag,items/text"),
    tables: withTables ? root.tables.load("items/values") : undefined,
    paragraphs: withParagraphs ? root.paragraphs.load("items/text,items/tableNestingLevel") : undefined,
  };
}

function insideOf(l: Loaded): Pick<FormSnapshot, "controls" | "tables" | "paragraphs"> {
  return {
    controls: l.controls.items.map((c) => ({ tag: c.tag, text: c.text })),
    tables: l.tables?.items.map((t) => t.values as string[][]) ?? [],
    paragraphs: l.paragraphs?.items.filter((p) => p.tableNestingLevel === 0).map((p) => p.text),
  };
}

/**
 * Two syncs: the tags, then the form's controls (tag, text), its tables (values) and, for repair, its
 * paragraphs. Further copies of the whole form are found in the second sync (a copy pasted inside this
 * record's own form is part of it, not a copy); for repair their contents are loaded in the same sync.
 */
async function loadForm(context: Word.RequestContext, id: string, store: RecordStore, forRepair: boolean): Promise<Snapshot> {
  const items = await loadTags(context);
  const idsInDocument = new Set(items.map((c) => parseTag(c.tag)?.recordId).filter((x): x is string => x !== undefined));
  const roots = items.filter((c) => c.tag === rootTag(id));
  const root = roots[0];
  const mine = items.filter((c) => parseTag(c.tag)?.recordId === id && c !== root);
  const stored = store.get(id);
  let inside: Pick<FormSnapshot, "controls" | "tables" | "paragraphs"> = { controls: [], tables: [] };
  let copies: Copy[] = [];
  let leftovers: Word.ContentControl[] = [];
  if (root) {
    const own = loadInside(root, forRepair, formBinding(stored).readsTables);
    const others = roots.slice(1).map((c) => ({
      root: c,
      parent: c.parentContentControlOrNullObject.load("tag"),
      tags: forRepair ? undefined : c.contentControls.load("items/tag"),
      inside: forRepair ? loadInside(c, true) : undefined,
    }));
    await context.sync();
    inside = insideOf(own);
    const holdsMine = (o: (typeof others)[number]) => (o.inside?.controls ?? o.tags!).items.some((c) => parseTag(c.tag)?.recordId === id);
    const apart = others.filter((o) => o.parent.isNullObject || parseTag(o.parent.tag)?.recordId !== id);
    leftovers = apart.filter((o) => !holdsMine(o)).map((o) => o.root);
    copies = apart.filter(holdsMine).map((o) => ({
      root: o.root,
      snapshot: o.inside && { recordId: id, stored, storageAvailable: store.available, rootFound: true, ...insideOf(o.inside) },
    }));
  } else if (mine.length > 0) {
    for (const c of mine) c.load("text");
    await context.sync();
    inside = { controls: mine.map((c) => ({ tag: c.tag, text: c.text })), tables: [] };
  }
  return {
    root,
    mine,
    all: items.filter((c) => parseTag(c.tag)?.recordId === id),
    copies,
    leftovers,
    idsInDocument,
    snapshot: { recordId: id, stored, storageAvailable: store.available, rootFound: root !== undefined, copies: copies.length, ...inside },
  };
}

/**
 * Queues a value into a control: its text, or the field's hint when empty. Never clear(): on the web it
 * shows Word's own placeholder instead of ccr's (#1515) and fails with NotAllowed where it meets a
 * control that cannot be deleted (#2829, #3685). The hint reads back as empty (isPlaceholderText).
 */
function queueText(control: Word.ContentControl, text: string, hint: string): void {
  control.insertText(text === "" ? hint : text, "Replace");
}

/** The rows of a list table in the document: the distinct item indices of its controls. */
function rowsShown(tags: ReadonlyMap<string, Word.ContentControl>, list: string): number {
  const indices = new Set<number>();
  for (const tag of tags.keys()) {
    const at = parseRecordPath(parseTag(tag)?.path ?? "");
    if (at?.field === list && at.index !== undefined) indices.add(at.index);
  }
  return indices.size;
}

/**
 * Queues the writes of 参与方确认: its cells, or its whole table when the number of confirmations
 * changed (one insertOoxml on the table's range, nothing locked in it); the single cell of a form
 * written before the table.
 */
function writeConfirmations(
  tags: ReadonlyMap<string, Word.ContentControl>,
  record: CcrRecord,
  want: ReturnType<typeof pathsToWrite>,
  lang: Lang,
  tracking: { changeTrackingMode: string } | undefined,
): void {
  if (!want.allConfirmations && want.confirmations.length === 0) return;
  const id = record.id!;
  const legacy = tags.get(fieldTag(id, CONFIRMATIONS_CELL.path));
  if (legacy) queueText(legacy, CONFIRMATIONS_CELL.format(record, lang), pick(CONFIRMATIONS_CELL.hint, lang));
  const shown = rowsShown(tags, "confirmations");
  if (shown === 0) return;
  if (shown !== Math.max(1, record.confirmations.length)) {
    refuseWhileTracking(tracking);
    const cell = [...tags.entries()].find(([tag]) => parseRecordPath(parseTag(tag)?.path ?? "")?.field === "confirmations")![1];
    cell.parentTable.getRange("Whole").insertOoxml(flatOpcPackage(confirmationsTableXml(record, { lang })), "Replace");
    return;
  }
  const paths = want.allConfirmations
    ? Array.from({ length: shown }, (_, i) => CONFIRMATION_VALUE_COLUMNS.map((c) => itemFieldPath("confirmations", i, c.field))).flat()
    : want.confirmations;
  for (const path of paths) {
    const at = parseRecordPath(path);
    const col = CONFIRMATION_VALUE_COLUMNS.find((c) => c.field === at?.part);
    const control = tags.get(fieldTag(id, path));
    if (!col || !control || at?.index === undefined) continue;
    const item = record.confirmations[at.index];
    queueText(control, item ? col.format(item, lang) : "", pick(col.hint, lang));
  }
}

const TRACK_CHANGES_MESSAGE = {
  zh: "修订(Track Changes)正在记录:增删待办事项需要重建表格,修订模式下旧表格会作为删除内容留在文档中,记录表会被读错。请在\"审阅\"中关闭修订后重试,这次的全部修改会一并写入。任务窗格中的内容已保留。",
  en: "Track Changes is on: adding or removing action items rebuilds the table, and with tracking on the old table stays in the document as a deletion that would be read back. Turn Track Changes off (Review tab), then try again: every change is written then. What you entered in the pane is kept.",
};

/** Refuses, before anything is changed, a rebuild the host would keep as a tracked deletion. */
function refuseWhileTracking(tracking: { changeTrackingMode: string } | undefined): void {
  if (tracking && tracking.changeTrackingMode !== "Off") {
    throw new WordError("NotAllowed", TRACK_CHANGES_MESSAGE, `changeTrackingMode ${tracking.changeTrackingMode}`);
  }
}

/**
 * Queues, in the batch that replaces them, the unlocking of this record's controls that Word would
 * refuse to replace (NotAllowed, office-js #2829): the locked label controls of a form written before
 * ccr dropped them (only the action table's header labels when `actionTableOnly`) and the locked root
 * of a copy of the form pasted inside it. Every control but `keep` (the root that stays).
 */
function unlockInside(controls: readonly Word.ContentControl[], id: string, keep: Word.ContentControl | undefined, actionTableOnly: boolean): void {
  for (const c of controls) {
    const tag = parseTag(c.tag);
    if (c === keep || tag?.recordId !== id || tag.path) continue;
    if (actionTableOnly && !tag.label?.startsWith("col.")) continue;
    c.cannotDelete = false;
    c.cannotEdit = false;
  }
}

export function createRecordDocument(host: OfficeHost, options: AdapterOptions = {}): RecordDocument {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const insertTimeoutMs = options.insertTimeoutMs ?? 60_000;
  const newId = options.newId ?? (() => newRecordId());
  const store = options.store ?? settingsStore(host.settings());

  async function call<T>(batch: (context: Word.RequestContext) => Promise<T>, ms = timeoutMs): Promise<T> {
    if (!host.isSetSupported("WordApi", "1.3")) throw wordError("Unsupported", "WordApi 1.3 is not supported");
    try {
      return await withTimeout(host.run(batch), ms);
    } catch (e) {
      throw toWordError(e);
    }
  }

  /**
   * A Word batch and what must follow it once it has succeeded (storing the record): `then` runs
   * when Word is done even if the caller was already given a Timeout.
   */
  async function callThen<T, R>(batch: (context: Word.RequestContext) => Promise<T>, then: (result: T) => Promise<R>, ms = timeoutMs): Promise<R> {
    if (!host.isSetSupported("WordApi", "1.3")) throw wordError("Unsupported", "WordApi 1.3 is not supported");
    const done = host.run(batch).then(then);
    done.catch(() => undefined); // awaited below; a late failure after a Timeout has nobody to tell
    try {
      return await withTimeout(done, ms);
    } catch (e) {
      throw toWordError(e);
    }
  }

  /** A new id no control and no stored record has. */
  function freshId(taken: Set<string | undefined>): string {
    let id = newId();
    for (let i = 0; taken.has(id) && i < 100; i++) id = newId();
    taken.add(id);
    return id;
  }

  function langOf(record: CcrRecord, opts?: InsertOptions): Lang {
    return opts?.lang ?? recordLang(record);
  }

  async function readSnapshot(id: string): Promise<Snapshot> {
    return call((context) => loadForm(context, id, store, false));
  }

  function ensureFound(s: Snapshot): void {
    if (!s.snapshot.rootFound && s.snapshot.controls.length === 0 && !s.snapshot.stored) {
      throw wordError("RecordNotFound", s.snapshot.recordId);
    }
  }

  const doc: RecordDocument = {
    async capabilities(): Promise<Capabilities> {
      const sets: Record<string, boolean> = {};
      for (const v of CHECKED_SETS) sets[`WordApi ${v}`] = host.isSetSupported("WordApi", v);
      const core = sets["WordApi 1.3"];
      return {
        core,
        sets,
        platform: host.platform(),
        // Word on the web may neither open the new document nor say that it did not (office-js #5507): download there.
        canOpenDocuments: core && host.platform() !== "OfficeOnline",
        // Word for Mac's webview ignores downloads (office-js #4681): the pane opens, copies or explains instead.
        canDownload: host.platform() !== "Mac",
        missing: core
          ? undefined
          : {
              zh: "此 Word 不支持 WordApi 1.3:无法在文档中插入、填写和检查记录表。任务窗格中的记录编辑、检查和导出(.docx、CSV、日历)仍可使用。",
              en: "This Word lacks WordApi 1.3: the form cannot be inserted, filled or checked in the document. Editing, checking and exporting the record (.docx, CSV, calendar) in the pane still work.",
            },
      };
    },

    async listRecords(): Promise<DocumentRecordSummary[]> {
      return call(async (context) => {
        const items = await loadTags(context);
        const ids: string[] = [];
        for (const c of items) {
          const t = parseTag(c.tag);
          if (t && !ids.includes(t.recordId)) ids.push(t.recordId);
        }
        const topics = ids.map((id) => {
          const c = items.find((x) => x.tag === fieldTag(id, "topic"));
          c?.load("text");
          return c;
        });
        if (topics.some(Boolean)) await context.sync();
        const found: DocumentRecordSummary[] = ids.map((id, i) => {
          const stored = store.get(id);
          const shown = topics[i] ? cellValue(topics[i]!.text) : "";
          const topic = shown;
          return { id, topic: topic || stored?.topic || "", date: stored?.date ?? "", inDocument: true };
        });
        for (const id of store.ids()) {
          if (ids.includes(id)) continue;
          const stored = store.get(id);
          if (stored) found.push({ ...summaryOf({ ...stored, id }), inDocument: false });
        }
        return found;
      });
    },

    async insertRecordTemplate(record, opts): Promise<CcrRecord> {
      // The record is stored when Word has inserted the form, even after the pane stopped waiting
      // (withTimeout does not cancel Word.run): a form never stays without its stored record.
      return callThen(async (context) => {
        const selection = loadSelection(context);
        const parent = selection.parentContentControlOrNullObject;
        parent.load("tag");
        const table = selection.parentTableOrNullObject;
        table.load("rowCount");
        const items = context.document.body.contentControls.load("items/tag");
        await context.sync();
        if (!parent.isNullObject && parseTag(parent.tag)) {
          throw new WordError("InvalidArgument", {
            zh: "光标位于一份记录表之内。请把光标移到记录表之外的空白段落,再插入记录表。",
            en: "The cursor is inside a record form. Move it to an empty paragraph outside the form, then insert.",
          });
        }
        if (!table.isNullObject) {
          throw new WordError("InvalidArgument", {
            zh: "光标位于表格之中。记录表本身由表格组成,请把光标移到表格之外的空白段落再插入。",
            en: "The cursor is in a table. The form is made of tables: move the cursor to an empty paragraph outside any table, then insert.",
          });
        }
        const inDocument = new Set(items.items.map((c) => parseTag(c.tag)?.recordId));
        // An id held only by the stored JSON is free for that very record (its form was deleted and
        // is inserted again); for any other record it is taken.
        const stored = record.id ? store.get(record.id) : undefined;
        const reinsert = stored !== undefined && !inDocument.has(record.id) && sameRecordData(stored, record);
        const taken = new Set([...inDocument, ...store.ids().filter((x) => !(reinsert && x === record.id))]);
        const id = record.id && isRecordId(record.id) && !taken.has(record.id) ? record.id : freshId(taken);
        const lang = langOf(record, opts);
        const rec: CcrRecord = { ...record, id, lang };
        insertAtSelection(selection, flatOpcPackage(recordFormBodyXml(rec, { lang, derived: opts?.derived })));
        await context.sync();
        return rec;
      }, async (inserted) => {
        await store.put(inserted);
        return inserted;
      }, insertTimeoutMs);
    },

    async writeRecord(record, changedPaths, opts): Promise<void> {
      const id = record.id;
      if (!id || !isRecordId(id)) throw wordError("RecordNotFound", `record id "${id ?? ""}"`);
      const lang = langOf(record, opts);
      // A converted hand-filled form (issue 11): only the changed fields are written, into its own cells.
      const prior = store.get(id);
      if (prior && formBinding(prior).kind === "adopted") {
        const written = await call((context) => writeAdoptedRecord(context, prior, record, lang), insertTimeoutMs);
        await store.put(written.record);
        return;
      }
      await call(async (context) => {
        // Where the host can say so (WordApi 1.4): with Track Changes on, content the add-in replaces
        // stays in the document as a deletion whose controls are still listed (#1299, #1524).
        const tracking = host.isSetSupported("WordApi", "1.4") ? context.document.load("changeTrackingMode") : undefined;
        const items = await loadTags(context);
        const tags = byTag(items.filter((c) => parseTag(c.tag)?.recordId === id));
        if (tags.size === 0) throw wordError("RecordNotFound", id);
        const root = tags.get(rootTag(id));
        if (root && tags.size === 1) {
          refuseWhileTracking(tracking);
          // Cell controls not listed (Word on the web, office-js #2040): rewrite the form inside its root.
          unlockInside(items, id, root, false);
          root.insertOoxml(flatOpcPackage(recordFormContentXml(record, { lang, derived: opts?.derived })), "Replace");
          await context.sync();
          return;
        }
        const rowsInDocument = new Set([...tags.keys()].map((t) => parseActionPath(parseTag(t)?.path ?? "")?.index).filter((i) => i !== undefined));
        const rebuild = rowsInDocument.size !== Math.max(1, record.actions.length);
        const want = changedPaths
          ? pathsToWrite(changedPaths)
          : { fields: ALL_FIELDS.map((f) => f.path), actions: [], allActions: true, confirmations: [], allConfirmations: true };
        writeConfirmations(tags, record, want, lang, tracking);
        for (const path of want.fields) {
          const field = ALL_FIELDS.find((f) => f.path === path);
          const control = tags.get(fieldTag(id, path));
          if (!field || !control) continue;
          if (field.derived) {
            // Not locked through the API: cannotEdit on table cells disables table styles (office-js #6590).
            if (opts?.derived?.circulateBy !== undefined) queueText(control, opts.derived.circulateBy, pick(field.hint, lang));
          } else {
            queueText(control, field.format(record, lang), pick(field.hint, lang));
          }
        }
        if (rebuild) refuseWhileTracking(tracking);
        if (rebuild) {
          const cell = [...tags.entries()].find(([tag]) => parseActionPath(parseTag(tag)?.path ?? ""))?.[1];
          if (!cell) throw wordError("ItemNotFound", "action table");
          // A form written before locks were dropped has label cells that cannot be deleted (#2829).
          unlockInside(items, id, root, true);
          cell.parentTable.getRange("Whole").insertOoxml(flatOpcPackage(actionsTableXml(record, { lang })), "Replace");
        } else {
          // No action item left: the form's one row is written empty (not left with the last item's text).
          const shownActions = record.actions.length > 0 ? record.actions : [emptyAction()];
          const actionPaths = want.allActions
            ? shownActions.flatMap((_, i) => ACTION_VALUE_COLUMNS.map((c) => actionPath(i, c.field)))
            : want.actions;
          for (const path of actionPaths) {
            const ap = parseActionPath(path);
            const col = ap && ACTION_VALUE_COLUMNS.find((c) => c.field === ap.field);
            const action = ap && shownActions[ap.index];
            const control = tags.get(fieldTag(id, path));
            if (col && action && control) queueText(control, col.format(action, lang), pick(col.hint, lang));
          }
        }
        await context.sync();
      }, insertTimeoutMs);
      await store.put(record);
    },

    async readRecord(id): Promise<ReadResult> {
      const s = await readSnapshot(id);
      ensureFound(s);
      const r: FormReading = formBinding(s.snapshot.stored).read(s.snapshot);
      return { record: r.record, changedInDocument: r.changedInDocument, damage: r.damage };
    },

    async selectField(id, path): Promise<void> {
      const candidates = [...selectionCandidates(path).map((p) => fieldTag(id, p)), rootTag(id)];
      await call(async (context) => {
        const controls = context.document.body.contentControls;
        const found = candidates.map((tag) => controls.getByTag(tag).getFirstOrNullObject().load("id"));
        await context.sync();
        const target = found.find((c) => !c.isNullObject);
        if (!target) throw wordError("RecordNotFound", id);
        target.select("Select");
        await context.sync();
      });
    },

    async repair(id, opts): Promise<RepairReport> {
      return call(async (context) => {
        const s = await loadForm(context, id, store, true);
        ensureFound(s);
        // A converted hand-filled form is rebuilt as ccr's standard form.
        const binding = formBinding(s.snapshot.stored);
        const reading: FormReading = binding.read(s.snapshot);
        const record = binding.repairedRecord(reading);
        const lang = langOf(record, opts);
        const notes = [...new Set(reading.strayText)];
        // A form whose only damage is that it was copied stays as it is; its copies are rebuilt.
        const onlyCopied = notes.length === 0 && reading.damage.length > 0 && reading.damage.every((d) => d.kind === "duplicate-form");
        if (!onlyCopied) {
          const xml = (body: boolean) => flatOpcPackage((body ? recordFormBodyXml : recordFormContentXml)(record, { lang, notes, derived: opts?.derived }));
          unlockInside(s.all, id, s.root, false);
          if (s.root) {
            s.root.insertOoxml(xml(false), "Replace");
          } else if (s.mine.length > 0) {
            const first = s.mine[0].parentTable.getRange("Whole");
            const last = s.mine[s.mine.length - 1].parentTable.getRange("Whole");
            first.expandTo(last).insertOoxml(xml(true), "Replace");
          } else {
            context.document.getSelection().insertOoxml(xml(true), "Replace");
          }
        }
        // Each further copy of the whole form becomes a record of its own: the stored JSON of this
        // record overlaid with what the copy shows, under a new id. Tags are never changed after
        // insertion: the new form goes inside the copy's root, then that root (locked against deletion,
        // so unlocked first) is removed, keeping the new form.
        const taken = new Set([...s.idsInDocument, ...store.ids()]);
        const copies = s.copies.map((copy) => {
          const copyReading = readForm(copy.snapshot!);
          const rec: CcrRecord = { ...copyReading.record, id: freshId(taken) };
          // 纪要发送时限 is derived from the date: the pane's value only fits a copy with the same date.
          const derived = rec.date === record.date ? opts?.derived : undefined;
          const copyNotes = [...new Set(copyReading.strayText)];
          copy.root.insertOoxml(flatOpcPackage(recordFormBodyXml(rec, { lang: langOf(rec, opts), notes: copyNotes, derived })), "Replace");
          copy.root.cannotDelete = false;
          copy.root.delete(true);
          return rec;
        });
        for (const wrapper of s.leftovers) {
          wrapper.cannotDelete = false;
          wrapper.delete(true);
        }
        await context.sync();
        await store.putAll([record, ...copies]);
        return { fixed: reading.damage, keptText: notes, record, copies };
      }, insertTimeoutMs);
    },

    async currentRecordId(): Promise<string | undefined> {
      return call(async (context) => {
        const parent = context.document.getSelection().parentContentControlOrNullObject;
        parent.load("tag");
        await context.sync();
        return parent.isNullObject ? undefined : parseTag(parent.tag)?.recordId;
      });
    },

    async forgetRecord(id): Promise<void> {
      const shown = await call(async (context) => (await loadTags(context)).some((c) => parseTag(c.tag)?.recordId === id));
      if (shown) {
        throw new WordError("InvalidArgument", {
          zh: "这份记录的记录表仍在文档中,不能只移除其数据。如确实不再需要,请先在文档中删除记录表。",
          en: "This record's form is still in the document, so its data cannot be removed alone. Delete the form in the document first if it is no longer needed.",
        });
      }
      try {
        await store.remove(id);
      } catch (e) {
        throw toWordError(e);
      }
    },

    adoptFormAtCursor() {
      return adoptFormAtCursor(host, { newId });
    },

    undoAdoption(id) {
      return undoAdoption(host, id);
    },

    hasAgenda(id) {
      return hasAgenda(host, id);
    },

    writeAgenda(record, agenda, lang) {
      return writeAgenda(host, record, agenda, lang);
    },

    openAsNewDocument(bytes) {
      return call(async (context) => openAsNewDocument(context, bytes));
    },

    async storeRecord(record): Promise<void> {
      if (!record.id || !isRecordId(record.id)) throw wordError("InvalidArgument", "record without id");
      try {
        await store.put(record);
      } catch (e) {
        throw toWordError(e);
      }
    },

    selfTest() {
      return runSelfTest(host, doc, newId);
    },
  };
  return doc;
}
