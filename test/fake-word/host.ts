// The fake Word host: one document (blocks), the selection, document settings, requirement sets,
// sync counting and fault injection, and helpers that play the user editing the document.
// Plain TypeScript with no node: imports, so the pane's browser tests can bundle it as a stub office.js.

import type { Block, BlockSdt, CcHost, Para, Row, Table, TreeIndex } from "./model";
import {
  OoxmlError,
  blocksParagraphs,
  blocksText,
  isDeleteLocked,
  isEditLocked,
  ccOf,
  cloneBlock,
  cloneRow,
  containerOf,
  copyBlocks,
  indexTree,
  isWithin,
  newCc,
  para,
  parseOoxml,
  textBlocks,
} from "./model";
import { FakeOfficeError, itemNotFound } from "./errors";
import { FakeRequestContext } from "./context";
import type { Op } from "./context";
import type { RangeTarget } from "./objects";

export interface FakeWordOptions {
  /** Requirement sets and their highest version, e.g. { WordApi: "1.3" } (the default). */
  readonly sets?: Readonly<Record<string, string>>;
  /** Office.context.diagnostics.platform: "PC" (default) or "OfficeOnline", "Mac". */
  readonly platform?: string;
  /** Word on the web adds an empty paragraph to table cells inserted by insertOoxml (office-js #116). */
  readonly strayParagraphInCells?: boolean;
  /** insertOoxml rejects valid OOXML with GeneralException (office-js #3327, #240, #3270). */
  readonly rejectOoxml?: boolean;
  /** Word on the web left content controls inside tables out of collections (office-js #2040). */
  readonly hideControlsInTables?: boolean;
  /** ContentControl.delete(true) leaves the control in place without an error (office-js #337). */
  readonly deleteKeepingContentIgnored?: boolean;
  /** The document is read-only: every change fails with GeneralException, as Word answers there (office-js #5484). */
  readonly readOnly?: boolean;
  /**
   * Locks as Word applies them (on unless false): replacing, clearing or deleting content that holds a
   * control that cannot be deleted fails with NotAllowed (office-js #2829); so does changing the
   * content of a control whose content cannot be edited.
   */
  readonly locks?: boolean;
  /**
   * Track Changes on: content replaced or deleted through the API stays in the document as a deletion,
   * its controls still listed with their tags (#1299, #1524); changeTrackingMode reads "TrackAll" (WordApi 1.4).
   */
  readonly trackChanges?: boolean;
  /**
   * Controls around whole table cells are not listed and cannot be reached (Word on the web: #1947,
   * #950, #2040). On by default where the platform is OfficeOnline.
   */
  readonly hideCellControls?: boolean;
  /** createDocument().open() neither opens nor rejects (Word on the web, #5507). On by default on OfficeOnline. */
  readonly openNeverSettles?: boolean;
  /** Another user edits the document: each settings saveAsync reloads their add-in (#4354); counted in otherUserReloads. */
  readonly coauthoring?: boolean;
  /** Initial body; an empty paragraph when absent. */
  readonly body?: Block[];
  /** Settings as saved in the file. */
  readonly savedSettings?: ReadonlyMap<string, unknown>;
}

interface Fault {
  /** 1-based number of the sync that fails, counted from the start. */
  atSync: number;
  code?: string;
  message?: string;
  hang?: boolean;
  delayMs?: number;
}

type AsyncResultLike = { status: "succeeded" | "failed"; error?: { code: number; message: string } };

/** Office.Settings of the common API: in memory until saveAsync writes it into the file. */
export class FakeSettings {
  readonly live = new Map<string, unknown>();
  saved: Map<string, unknown>;
  failSave = false;
  saveCount = 0;
  /** Reloads of a co-author's add-in caused by saveAsync (#4354). */
  otherUserReloads = 0;
  coauthoring = false;
  constructor(saved: ReadonlyMap<string, unknown> = new Map()) {
    this.saved = new Map(saved);
    for (const [k, v] of saved) this.live.set(k, v);
  }
  get(name: string): unknown {
    return this.live.has(name) ? structuredCloneJson(this.live.get(name)) : null;
  }
  set(name: string, value: unknown): void {
    this.live.set(name, structuredCloneJson(value));
  }
  remove(name: string): void {
    this.live.delete(name);
  }
  saveAsync(a?: unknown, b?: unknown): void {
    const callback = (typeof a === "function" ? a : b) as ((r: AsyncResultLike) => void) | undefined;
    this.saveCount++;
    if (this.coauthoring) this.otherUserReloads++;
    const ok = !this.failSave;
    if (ok) this.saved = new Map(this.live);
    const result: AsyncResultLike = ok ? { status: "succeeded" } : { status: "failed", error: { code: 5001, message: "Settings could not be saved" } };
    queueMicrotask(() => callback?.(result));
  }
}

function structuredCloneJson(v: unknown): unknown {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

/** Undo units the fake keeps (Word's stack is bounded too). */
const UNDO_LIMIT = 100;

export class FakeWordHost {
  body: Block[];
  /** The paragraph holding the cursor. */
  selection: Para;
  /** Uid of the control last selected through the API (what the user sees highlighted). */
  selectedControlId: number | undefined;
  readonly settings: FakeSettings;
  readonly options: FakeWordOptions;
  syncCount = 0;
  /** Number of Word.run calls. */
  runCount = 0;
  private version = 0;
  private cache: { version: number; index: TreeIndex; controls: Set<CcHost> } | undefined;
  private faults: Fault[] = [];
  /** Word's undo stack: the document before each change, newest last (see undo()). */
  private undoStack: { body: Block[]; selection: number }[] = [];
  private beforeSyncHooks: Array<{ atSync: number; edit: (host: FakeWordHost) => void }> = [];

  constructor(options: FakeWordOptions = {}) {
    this.options = options;
    this.body = options.body ?? [para()];
    if (this.body.length === 0) this.body.push(para());
    this.selection = blocksParagraphs(this.body)[0] ?? (this.body[0] as Para);
    this.settings = new FakeSettings(options.savedSettings);
    this.settings.coauthoring = options.coauthoring === true;
  }

  /** Word on the web? (controls around cells hidden, open() of a new document never settling) */
  get web(): boolean {
    return this.options.platform === "OfficeOnline";
  }

  /** The highest WordApi version of this host's requirement sets. */
  supports(version: string): boolean {
    return setSupported(this.options.sets ?? { WordApi: "1.3" }, "WordApi", version);
  }

  /** Documents opened with createDocument().open(), as base64. */
  readonly openedDocuments: string[] = [];
  /** Set by an operation during a sync that never answers (open() on the web, #5507). */
  hangThisSync = false;

  /** The user has selected the text of the paragraph holding the cursor (a selection that is not empty). */
  selectionCoversText = false;

  /** The user selects the text of a paragraph (insertOoxml "Replace" on it would delete that text, as in Word). */
  selectParagraphText(p: Para): void {
    this.selection = p;
    this.selectionCoversText = blocksText([p]) !== "";
  }

  // -------------------------------------------------------------------------------------------
  // What office.js offers: Word.run and the Office globals

  run = async <T>(batch: (context: FakeRequestContext) => Promise<T> | T): Promise<T> => {
    this.runCount++;
    const context = new FakeRequestContext(this);
    try {
      const result = await batch(context);
      // office.js runs what is still queued when the batch ends.
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      // Proxies of this batch are dead from now on (InvalidObjectPath when used in another Word.run).
      context.close();
    }
  };

  /** Objects shaped like the globals `Word` and `Office` of office.js, for the adapter or a stub script. */
  globals(): { Word: { run: FakeWordHost["run"] }; Office: FakeOfficeGlobal } {
    const sets = this.options.sets ?? { WordApi: "1.3" };
    return {
      Word: { run: this.run },
      Office: {
        context: {
          requirements: { isSetSupported: (name: string, version?: string) => setSupported(sets, name, version) },
          diagnostics: { platform: this.options.platform ?? "PC" },
          document: { settings: this.settings },
        },
      },
    };
  }

  // -------------------------------------------------------------------------------------------
  // Fault injection

  /** Makes the n-th sync from now (1 = the next) fail with an office.js error code. */
  failSync(code: string, message = `${code} (injected)`, n = 1): void {
    this.faults.push({ atSync: this.syncCount + n, code, message });
  }

  /** Makes the next sync answer only after `ms` (Word on the web with a large insert, #3271). */
  delayNextSync(ms: number): void {
    this.faults.push({ atSync: this.syncCount + 1, delayMs: ms });
  }

  /** Makes the next sync never answer (to test timeouts). */
  hangNextSync(): void {
    this.faults.push({ atSync: this.syncCount + 1, hang: true });
  }

  /** Runs `edit` just before the n-th sync from now (1 = the next) executes: the user editing between two syncs. */
  beforeNextSync(edit: (host: FakeWordHost) => void, n = 1): void {
    this.beforeSyncHooks.push({ atSync: this.syncCount + n, edit });
  }

  async executeBatch(ops: Op[]): Promise<void> {
    this.syncCount++;
    const fault = this.faults.find((f) => f.atSync === this.syncCount);
    if (fault?.hang) return new Promise<void>(() => undefined);
    if (fault?.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    await Promise.resolve();
    const due = this.beforeSyncHooks.filter((h) => h.atSync === this.syncCount);
    this.beforeSyncHooks = this.beforeSyncHooks.filter((h) => h.atSync !== this.syncCount);
    for (const h of due) h.edit(this);
    if (fault && fault.delayMs === undefined) throw new FakeOfficeError(fault.code ?? "GeneralException", fault.message ?? "injected failure");
    // Only the last UNDO_LIMIT changes of a batch can still be on the stack when it ends: the ones
    // before them are not snapshotted (a batch of 7,000 insertText on a large form stays linear).
    let changes = ops.filter((op) => op.mutates).length;
    for (const op of ops) {
      if (op.mutates && this.options.readOnly) {
        throw new FakeOfficeError("GeneralException", "GeneralException (the document is read-only).");
      }
      if (!op.mutates) {
        op.run();
        continue;
      }
      const before = changes-- <= UNDO_LIMIT ? this.snapshot() : undefined;
      op.run();
      if (before) this.pushUndo(before);
    }
    if (this.hangThisSync) {
      this.hangThisSync = false;
      return new Promise<void>(() => undefined);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Undo (Ctrl+Z)
  //
  // Modelling assumption: every operation that changes the document is one undo unit when it is
  // applied at sync — insertOoxml, insertText, insertContentControl, delete, clear, each property
  // set on a control (tag, title, appearance, locks) — and so is each edit of the user helpers below
  // (type, removeControl, duplicateRow …). office.js offers no way to group operations into one
  // unit (office-js #1827). Settings are not part of the document and are not undone. undo()
  // restores the body and the cursor exactly as they were before the last unit; proxies to nodes
  // created after it are gone (ItemNotFound), as in Word.

  /** How many undo units are on the stack. */
  get undoDepth(): number {
    return this.undoStack.length;
  }

  /** Word's Ctrl+Z: the document as it was before the last change. False when there is nothing to undo. */
  undo(): boolean {
    const unit = this.undoStack.pop();
    if (!unit) return false;
    this.body = unit.body;
    const paragraphs = blocksParagraphs(this.body);
    this.selection = paragraphs[unit.selection] ?? paragraphs[0];
    this.touch();
    return true;
  }

  private snapshot(): { body: Block[]; selection: number } {
    return { body: copyBlocks(this.body), selection: blocksParagraphs(this.body).indexOf(this.selection) };
  }

  /** Word keeps a bounded undo stack; so does the fake (the oldest units fall off). */
  private pushUndo(unit = this.snapshot()): void {
    this.undoStack.push(unit);
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
  }

  // -------------------------------------------------------------------------------------------
  // The tree

  touch(): void {
    this.version++;
  }

  index(): TreeIndex {
    if (!this.cache || this.cache.version !== this.version) {
      const index = indexTree(this.body);
      this.cache = { version: this.version, index, controls: new Set(index.controls) };
    }
    return this.cache.index;
  }

  /** A resolver that returns the node while it is in the document (a control: while it is still a control). */
  bound<N>(node: N): () => N | null {
    const n = node as unknown as CcHost;
    const wasControl = (n.kind === "tc" && n.sdt !== undefined) || n.kind === "sdt" || n.kind === "isdt";
    return () => {
      this.index();
      const c = this.cache!;
      if (!c.index.parent.has(n)) return null;
      if (wasControl && !c.controls.has(n)) return null;
      return node;
    };
  }

  rangeBlocks(t: RangeTarget): Block[] {
    switch (t.kind) {
      case "body":
        return this.body;
      case "selection":
        return [this.selection];
      case "point":
        return [];
      case "blocks":
        return t.blocks;
      case "node": {
        const n = t.node;
        if (n.kind === "p" || n.kind === "tbl") return [n];
        if (n.kind === "isdt") return [];
        return n.blocks;
      }
    }
  }

  rangeStart(t: RangeTarget): Block | CcHost | undefined {
    if (t.kind === "point") return this.rangeStart(t.of);
    if (t.kind === "selection") return this.selection;
    if (t.kind === "node") return t.node;
    if (t.kind === "blocks") return t.blocks[0];
    return undefined;
  }

  controlsIn(t: RangeTarget): CcHost[] {
    const index = this.index();
    const hideCells = this.options.hideCellControls ?? this.web;
    const listed = index.controls.filter((c) => !(this.options.hideControlsInTables && this.parentTableOf(c)) && !(hideCells && c.kind === "tc"));
    if (t.kind === "body") return listed;
    const roots: unknown[] = t.kind === "node" ? [t.node] : this.rangeBlocks(t);
    return listed.filter((c) => roots.some((r) => c !== r && isWithin(index, c, r as Block)));
  }

  tablesIn(t: RangeTarget): Table[] {
    const index = this.index();
    if (t.kind === "body") return index.tables;
    const roots: unknown[] = t.kind === "node" ? [t.node] : this.rangeBlocks(t);
    return index.tables.filter((tb) => roots.some((r) => isWithin(index, tb, r as Block)));
  }

  parentTableOf(node: CcHost): Table | null {
    const index = this.index();
    for (let n = index.parent.get(node); n; n = index.parent.get(n)) if (n.kind === "tbl") return n;
    return null;
  }

  tableNestingLevel(p: Para): number {
    const index = this.index();
    let level = 0;
    for (let n = index.parent.get(p); n; n = index.parent.get(n)) if (n.kind === "tbl") level++;
    return level;
  }

  private check(node: Block): Block[] {
    const index = this.index();
    if (!index.parent.has(node)) throw itemNotFound("range");
    return containerOf(index, this.body, node);
  }

  /**
   * Word's locks (#2829): content that holds a control that cannot be deleted cannot be replaced,
   * cleared or deleted; a control whose content cannot be edited cannot take new content.
   */
  refuseLocked(replaced: readonly Block[], target?: CcHost): void {
    if (this.options.locks === false) return;
    if (target && isEditLocked(ccOf(target).lock)) throw new FakeOfficeError("NotAllowed", "The content of this content control cannot be edited.");
    for (const c of indexTree([...replaced]).controls) {
      if (c !== target && isDeleteLocked(ccOf(c).lock)) {
        throw new FakeOfficeError("NotAllowed", "The range holds a content control that cannot be deleted.");
      }
    }
  }

  /** Track Changes: the blocks removed stay before the new ones, marked deleted (their controls still listed). */
  private keptAsDeleted(removed: readonly Block[]): Block[] {
    if (!this.options.trackChanges) return [];
    return removed.flatMap((b) => (b.kind === "p" ? [] : [{ ...b, deleted: true }]));
  }

  removeBlock(block: Block): void {
    this.refuseLocked([block]);
    const list = this.check(block);
    list.splice(list.indexOf(block), 1, ...this.keptAsDeleted([block]));
    if (this.body.length === 0) this.body.push(para());
    this.touch();
  }

  private parse(ooxml: string): Block[] {
    if (this.options.rejectOoxml) throw new FakeOfficeError("GeneralException", "ooxmlIsMalformated");
    let blocks: Block[];
    try {
      blocks = parseOoxml(ooxml);
    } catch (e) {
      if (e instanceof OoxmlError) throw new FakeOfficeError("InvalidArgument", `ooxmlIsMalformated: ${e.message}`);
      throw e;
    }
    if (this.options.strayParagraphInCells) {
      for (const t of indexTree(blocks).tables) for (const r of t.rows) for (const c of r.cells) c.blocks.push(para());
    }
    return blocks;
  }

  insertOoxmlAt(t: RangeTarget, ooxml: string, location: string): Block[] {
    return this.insertBlocksAt(t, this.parse(ooxml), location);
  }

  insertTextAt(t: RangeTarget, text: string, location: string): void {
    if (t.kind === "node" && t.node.kind !== "p" && t.node.kind !== "tbl") {
      const host = t.node;
      const cc = ccOf(host);
      this.refuseLocked(location === "Replace" && host.kind !== "isdt" ? host.blocks : [], host);
      if (host.kind === "isdt") {
        host.inlines = location === "Replace" ? [{ kind: "t", text }] : [...host.inlines, { kind: "t", text }];
      } else {
        const before = host.blocks;
        if (location === "Replace") host.blocks = textBlocks(text);
        else if (location === "Start") host.blocks = [...textBlocks(text), ...host.blocks];
        else host.blocks = [...host.blocks, ...textBlocks(text)];
        cc.showingPlaceholder = location === "Replace" && text === "";
        if (cc.showingPlaceholder) host.blocks = textBlocks(cc.placeholderText);
        // Text replacing plain paragraphs leaves controls and tables as they are: update the index in place.
        if (this.cache && this.cache.version === this.version && before.every((b) => b.kind === "p")) {
          for (const b of before) this.cache.index.parent.delete(b);
          for (const b of host.blocks) this.cache.index.parent.set(b, host);
          return;
        }
      }
      this.touch();
      return;
    }
    this.insertBlocksAt(t, textBlocks(text), location);
  }

  private insertBlocksAt(t: RangeTarget, blocks: Block[], location: string): Block[] {
    if (t.kind === "point") return this.insertBlocksAt(t.of, blocks, t.at);
    if (t.kind === "node" && (t.node.kind === "sdt" || t.node.kind === "tc")) {
      const host = t.node;
      this.refuseLocked(location === "Replace" ? host.blocks : [], host);
      if (location === "Replace") host.blocks = [...this.keptAsDeleted(host.blocks), ...blocks];
      else if (location === "Start") host.blocks = [...blocks, ...host.blocks];
      else if (location === "End") host.blocks = [...host.blocks, ...blocks];
      else throw new FakeOfficeError("InvalidArgument", `insert location ${location} on a content control`);
      if (host.blocks.length === 0) host.blocks.push(para());
      if (host.kind === "tc") host.sdt!.showingPlaceholder = false;
      else host.cc.showingPlaceholder = false;
      this.touch();
      return blocks;
    }
    if (t.kind === "body") {
      if (location === "Replace") this.refuseLocked(this.body);
      if (location === "Replace") this.body = [...this.keptAsDeleted(this.body), ...blocks];
      else if (location === "Start") this.body.unshift(...blocks);
      else this.body.push(...blocks);
      if (this.body[this.body.length - 1]?.kind !== "p") this.body.push(para());
      this.touch();
      return blocks;
    }
    if (t.kind === "blocks" && location === "Replace" && t.blocks.length > 0) {
      const list = this.check(t.blocks[0]);
      const at = list.indexOf(t.blocks[0]);
      const span = t.blocks.filter((b) => list.includes(b));
      this.refuseLocked(span);
      list.splice(at, span.length, ...this.keptAsDeleted(span), ...blocks);
      if (list[at + blocks.length]?.kind !== "p") list.splice(at + blocks.length, 0, para());
      this.touch();
      return blocks;
    }
    const anchor = t.kind === "selection" ? this.selection : t.kind === "blocks" ? t.blocks[0] : t.node;
    if (!anchor || anchor.kind === "isdt") throw new FakeOfficeError("InvalidArgument", "cannot insert OOXML here");
    const list = this.check(anchor as Block);
    const at = list.indexOf(anchor as Block);
    // On a cursor in a paragraph with text the fake inserts after that paragraph; on selected text,
    // "Replace" deletes it, as Word does.
    const replace =
      location === "Replace" && (anchor.kind !== "p" || anchor.inlines.length === 0 || t.kind !== "selection" || this.selectionCoversText);
    if (replace) this.refuseLocked([anchor as Block]);
    if (location === "Start" || location === "Before") list.splice(at, 0, ...blocks);
    else if (replace) list.splice(at, 1, ...this.keptAsDeleted([anchor as Block]), ...blocks);
    else list.splice(at + 1, 0, ...blocks);
    if (t.kind === "selection") this.selectionCoversText = false;
    const after = list.indexOf(blocks[blocks.length - 1]) + 1;
    if (list[after]?.kind !== "p") list.splice(after, 0, para());
    if (t.kind === "selection") this.selection = list[after] as Para;
    this.touch();
    return blocks;
  }

  /** Blocks from the start of `a` to the end of `b`, which must share a container (Range.expandTo). */
  spanBlocks(a: RangeTarget, b: RangeTarget): Block[] {
    const first = this.rangeStart(a);
    const lastList = this.rangeBlocks(b);
    const last = b.kind === "node" && (b.node.kind === "p" || b.node.kind === "tbl") ? b.node : lastList[lastList.length - 1];
    if (!first || !last || first.kind === "isdt" || first.kind === "tc") throw new FakeOfficeError("InvalidArgument", "expandTo");
    const list = this.check(first as Block);
    const i = list.indexOf(first as Block);
    const j = list.indexOf(last as Block);
    if (j < i) throw new FakeOfficeError("InvalidArgument", "expandTo: ranges in different places");
    return list.slice(i, j + 1);
  }

  selectRange(t: RangeTarget): void {
    if (t.kind === "node" && t.node.kind !== "p" && t.node.kind !== "tbl") this.selectedControlId = ccOf(t.node).uid;
    const first = blocksParagraphs(this.rangeBlocks(t))[0];
    if (first) this.selection = first;
  }

  /** Wraps a cell's content or a table in a new block-level content control; returns it. */
  wrapInControl(t: RangeTarget): BlockSdt {
    if (t.kind === "blocks" && t.blocks.length > 0) {
      // A span of blocks of one container (Range.expandTo): they go into the control together.
      const list = this.check(t.blocks[0]);
      const at = list.indexOf(t.blocks[0]);
      const sdt: BlockSdt = { kind: "sdt", cc: newCc(), blocks: list.slice(at, at + t.blocks.length) };
      list.splice(at, t.blocks.length, sdt);
      this.touch();
      return sdt;
    }
    if (t.kind !== "node" || (t.node.kind !== "tc" && t.node.kind !== "tbl")) {
      throw new FakeOfficeError("InvalidArgument", "the fake wraps only table cells, tables and spans of blocks in a content control");
    }
    const node = t.node;
    let sdt: BlockSdt;
    if (node.kind === "tc") {
      sdt = { kind: "sdt", cc: newCc(), blocks: node.blocks };
      node.blocks = [sdt];
    } else {
      const list = this.check(node);
      sdt = { kind: "sdt", cc: newCc(), blocks: [node] };
      list.splice(list.indexOf(node), 1, sdt);
    }
    this.touch();
    return sdt;
  }

  deleteControl(host: CcHost, keepContent: boolean): void {
    const index = this.index();
    if (!index.parent.has(host)) throw itemNotFound("content control");
    if (!keepContent && host.kind !== "isdt") this.refuseLocked(host.blocks);
    if (host.kind === "tc") {
      host.sdt = undefined;
      if (!keepContent) host.blocks = [para()];
    } else if (host.kind === "sdt") {
      const list = containerOf(index, this.body, host);
      list.splice(list.indexOf(host), 1, ...(keepContent ? host.blocks : []));
    } else {
      const p = index.parent.get(host) as Para;
      p.inlines.splice(p.inlines.indexOf(host), 1, ...(keepContent ? host.inlines : []));
    }
    this.touch();
  }

  // -------------------------------------------------------------------------------------------
  // The user at work (test helpers): each changes the document as the Word UI would

  /** Controls with this tag, in document order. */
  controlsByTag(tag: string): CcHost[] {
    return this.index().controls.filter((c) => ccOf(c).tag === tag);
  }

  tags(): string[] {
    return this.index().controls.map((c) => ccOf(c).tag);
  }

  tables(): Table[] {
    return this.index().tables;
  }

  /** The user types into a control (replacing its text). */
  type(tag: string, text: string, occurrence = 0): void {
    const host = this.controlsByTag(tag)[occurrence];
    if (!host) throw new Error(`no control ${tag}`);
    this.pushUndo();
    this.insertTextAt({ kind: "node", node: host }, text, "Replace");
  }

  /** The user removes a control (Word: 删除内容控件), keeping its text. */
  removeControl(tag: string, occurrence = 0): void {
    const host = this.controlsByTag(tag)[occurrence];
    if (!host) throw new Error(`no control ${tag}`);
    this.pushUndo();
    this.deleteControl(host, true);
  }

  /** The user copies a row and pastes it below (#1926: withControls false keeps only the text). */
  duplicateRow(table: Table, rowIndex: number, withControls = true): Row {
    this.pushUndo();
    const copy = cloneRow(table.rows[rowIndex], withControls);
    table.rows.splice(rowIndex + 1, 0, copy);
    this.touch();
    return copy;
  }

  /** The user copies a row of one table and pastes it at the end of another (controls and tags included). */
  pasteRow(from: Table, rowIndex: number, to: Table): Row {
    this.pushUndo();
    const copy = cloneRow(from.rows[rowIndex], true);
    to.rows.push(copy);
    this.touch();
    return copy;
  }

  /** The user adds a row at the end of a table and types into its cells (no controls). */
  addRowByHand(table: Table, texts: readonly string[]): Row {
    this.pushUndo();
    const width = table.rows[0]?.cells.length ?? texts.length;
    const row: Row = {
      kind: "tr",
      header: false,
      cantSplit: false,
      cells: Array.from({ length: width }, (_, i) => ({ kind: "tc" as const, blocks: textBlocks(texts[i] ?? "") })),
    };
    table.rows.push(row);
    this.touch();
    return row;
  }

  /** The user splits a table before a row (Word: 拆分表格): an empty paragraph between two tables. */
  splitTable(table: Table, beforeRow: number): Table {
    this.pushUndo();
    const list = this.check(table);
    const second: Table = { kind: "tbl", rows: table.rows.splice(beforeRow) };
    list.splice(list.indexOf(table) + 1, 0, para(), second);
    this.touch();
    return second;
  }

  /** The user pastes blocks (e.g. rows of another record's form) after a block. */
  pasteAfter(anchor: Block, blocks: Block[], withControls = true): void {
    this.pushUndo();
    const list = this.check(anchor);
    list.splice(list.indexOf(anchor) + 1, 0, ...blocks.flatMap((b) => cloneBlock(b, withControls)));
    this.touch();
  }

  /** Puts the cursor into the first paragraph of a control. */
  placeCursorIn(tag: string): void {
    const host = this.controlsByTag(tag)[0];
    if (!host) throw new Error(`no control ${tag}`);
    const first = host.kind === "isdt" ? undefined : blocksParagraphs(host.blocks)[0];
    if (first) this.selection = first;
  }

  /** Puts the cursor at the end of the document (a new empty paragraph there). */
  placeCursorAtEnd(): void {
    const last = this.body[this.body.length - 1];
    if (last?.kind === "p" && last.inlines.length === 0) this.selection = last;
    else {
      const p = para();
      this.body.push(p);
      this.selection = p;
      this.touch();
    }
  }

  /** Closing and reopening: the body as it is, the settings as last saved. */
  reopen(options: Partial<FakeWordOptions> = {}): FakeWordHost {
    return new FakeWordHost({
      ...this.options,
      ...options,
      body: this.body.flatMap((b) => cloneBlock(b, true)),
      savedSettings: this.settings.saved,
    });
  }
}

export interface FakeOfficeGlobal {
  context: {
    requirements: { isSetSupported(name: string, version?: string): boolean };
    diagnostics: { platform: string };
    document: { settings: FakeSettings };
  };
}

function setSupported(sets: Readonly<Record<string, string>>, name: string, version?: string): boolean {
  const have = sets[name];
  if (have === undefined) return false;
  if (!version) return true;
  const a = have.split(".").map(Number);
  const b = version.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}
