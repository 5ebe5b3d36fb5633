// Proxy objects of the fake Word API: they queue operations and loads on the RequestContext, and
// expose loaded properties only after context.sync(), as office.js does.

import type { Block, CcHost, Cell, Para, Table, TreeIndex } from "./model";
import { blocksPackage, blocksParagraphs, blocksText, ccOf, hostText, inlinesText, isWithin, tableValues, textBlocks } from "./model";
import { FakeOfficeError, itemNotFound, propertyNotLoaded } from "./errors";
import type { FakeRequestContext } from "./context";

type Resolver<T> = () => T | null;

function propNames(props: unknown): string[] {
  if (props === undefined || props === null) return [];
  if (typeof props === "string") return props.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(props)) return props.flatMap((p) => propNames(p));
  if (typeof props === "object" && "select" in (props as object)) return propNames((props as { select: unknown }).select);
  return [];
}

/** office.js ClientResult: its value is there after the sync that computed it. */
export class FakeClientResult<T> {
  private has = false;
  private v: T | undefined;
  set(v: T): void {
    this.v = v;
    this.has = true;
  }
  get value(): T {
    if (!this.has) throw propertyNotLoaded("value");
    return this.v as T;
  }
}

/** Common base: lazily resolved target, loaded property values, null-object support. */
abstract class FakeObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  constructor(
    readonly context: FakeRequestContext,
    protected readonly resolveTarget: Resolver<T>,
    protected readonly nullable = false,
  ) {}

  /** The target now (during a sync); throws ItemNotFound when gone and the object is not a null object. */
  target(): T {
    const t = this.resolveTarget();
    if (t === null) throw itemNotFound(this.constructor.name);
    return t;
  }

  protected prop(name: string): unknown {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name);
  }

  get isNullObject(): boolean {
    return this.prop("isNullObject") as boolean;
  }

  protected abstract read(target: T, name: string): unknown;
  protected abstract defaultProps(): string[];

  /** Snapshot of the named properties (called during sync). */
  snapshot(names: string[]): void {
    const t = this.nullable ? this.resolveTarget() : this.target();
    this.loaded.set("isNullObject", t === null);
    if (t === null) return;
    for (const n of names.length > 0 ? names : this.defaultProps()) this.loaded.set(n, this.read(t, n));
  }

  load(props?: unknown): this {
    const names = propNames(props);
    this.context.enqueue(() => this.snapshot(names), false);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A loaded collection of proxies. */
abstract class FakeCollection<N, P extends FakeObject<N>> {
  private loadedItems: P[] | undefined;
  constructor(
    readonly context: FakeRequestContext,
    protected readonly resolveList: () => N[],
  ) {}

  protected abstract make(resolver: Resolver<N>): P;

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  load(props?: unknown): this {
    const names = propNames(props).map((n) => n.replace(/^items\//, ""));
    this.context.enqueue(() => {
      this.loadedItems = this.resolveList().map((node) => {
        const proxy = this.make(this.context.host.bound(node));
        proxy.snapshot(names);
        return proxy;
      });
    }, false);
    return this;
  }

  getFirstOrNullObject(): P {
    return this.make(() => this.resolveList()[0] ?? null);
  }

  getFirst(): P {
    return this.make(() => {
      const first = this.resolveList()[0];
      if (first === undefined) throw itemNotFound("first item of an empty collection");
      return first;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges: where text and OOXML go

export type RangeTarget =
  | { kind: "selection" }
  /** A collapsed range at the start or end of another (Range.getRange("Start" | "End" | "Before" | "After")). */
  | { kind: "point"; of: RangeTarget; at: "Start" | "End" | "Before" | "After" }
  | { kind: "body" }
  | { kind: "node"; node: Para | Table | CcHost }
  | { kind: "blocks"; blocks: Block[] };

function innermostControl(index: TreeIndex, node: unknown): CcHost | null {
  const controls = index.controls;
  let best: CcHost | null = null;
  for (const c of controls) if (isWithin(index, node as Block, c)) best = c; // document order: later = deeper
  return best;
}

export class FakeRange extends FakeObject<RangeTarget> {
  protected defaultProps(): string[] {
    return ["text", "isEmpty"];
  }
  protected read(t: RangeTarget, name: string): unknown {
    const blocks = this.context.host.rangeBlocks(t);
    if (name === "text") return t.kind === "node" && t.node.kind !== "p" && t.node.kind !== "tbl" ? hostText(t.node) : blocksText(blocks);
    if (name === "isEmpty") {
      if (t.kind === "point") return true;
      // A cursor is an empty selection, whatever its paragraph holds.
      if (t.kind === "selection") return !this.context.host.selectionCoversText || blocksText(blocks) === "";
      return blocksText(blocks) === "";
    }
    return undefined;
  }
  get text(): string {
    return this.prop("text") as string;
  }
  get isEmpty(): boolean {
    return this.prop("isEmpty") as boolean;
  }
  get contentControls(): FakeContentControlCollection {
    return new FakeContentControlCollection(this.context, () => this.context.host.controlsIn(this.target()));
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.context, () => this.context.host.tablesIn(this.target()));
  }
  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.context, () => blocksParagraphs(this.context.host.rangeBlocks(this.target())));
  }
  get parentContentControlOrNullObject(): FakeContentControl {
    return new FakeContentControl(
      this.context,
      () => {
        const host = this.context.host;
        const start = host.rangeStart(this.target());
        return start ? innermostControl(host.index(), start) : null;
      },
      true,
    );
  }
  get parentContentControl(): FakeContentControl {
    const nullable = this.parentContentControlOrNullObject;
    return new FakeContentControl(this.context, () => {
      const c = nullable.target();
      if (!c) throw itemNotFound("parent content control");
      return c;
    });
  }
  insertOoxml(ooxml: string, insertLocation: string): FakeRange {
    const result: { blocks: Block[] } = { blocks: [] };
    this.context.enqueue(() => {
      result.blocks = this.context.host.insertOoxmlAt(this.target(), ooxml, insertLocation);
    }, true);
    return new FakeRange(this.context, () => ({ kind: "blocks", blocks: result.blocks }));
  }
  insertText(text: string, insertLocation: string): FakeRange {
    this.context.enqueue(() => this.context.host.insertTextAt(this.target(), text, insertLocation), true);
    return this;
  }
  /** Body.insertParagraph(text, "Start" | "End") (WordApi 1.1): a new paragraph, as a range the caller can select. */
  insertParagraph(text: string, insertLocation: string): FakeRange {
    const made: { p: Para | null } = { p: null };
    this.context.enqueue(() => {
      const host = this.context.host;
      const p: Para = { kind: "p", inlines: text ? [{ kind: "t", text }] : [] };
      if (this.target().kind !== "body") throw new FakeOfficeError("InvalidArgument", "the fake inserts paragraphs into the body only");
      if (insertLocation === "Start") host.body.unshift(p);
      else host.body.push(p);
      host.touch();
      made.p = p;
    }, true);
    return new FakeRange(this.context, () => (made.p ? { kind: "node", node: made.p } : null));
  }
  /** The range as a flat-OPC package (Range.getOoxml, WordApi 1.1); see model.ts blocksPackage. */
  getOoxml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => result.set(blocksPackage(this.context.host.rangeBlocks(this.target()))), false);
    return result;
  }
  select(_selectionMode?: string): void {
    this.context.enqueue(() => this.context.host.selectRange(this.target()), false);
  }
  /** Range.getRange(location): the whole range, or a collapsed range at its start or end (WordApi 1.3). */
  getRange(rangeLocation?: string): FakeRange {
    this.context.requires("1.3", "Range.getRange");
    return pointOf(this, rangeLocation);
  }
  /** The range from this range's start to the end of `other` (blocks of one container). */
  expandTo(other: FakeRange): FakeRange {
    this.context.requires("1.3", "Range.expandTo");
    return new FakeRange(this.context, () => ({ kind: "blocks", blocks: this.context.host.spanBlocks(this.target(), other.target()) }));
  }
  /** The table holding the start of this range, or a null object (WordApi 1.3). */
  get parentTableOrNullObject(): FakeTable {
    this.context.requires("1.3", "Range.parentTableOrNullObject");
    return new FakeTable(
      this.context,
      () => {
        const start = this.context.host.rangeStart(this.target());
        return start ? this.context.host.parentTableOf(start as CcHost) : null;
      },
      true,
    );
  }
  /** Wraps the range in a new rich-text content control (Range/Body.insertContentControl, WordApi 1.1). */
  insertContentControl(): FakeContentControl {
    const made: { sdt: CcHost | null } = { sdt: null };
    this.context.enqueue(() => {
      made.sdt = this.context.host.wrapInControl(this.target());
    }, true);
    return new FakeContentControl(this.context, () => made.sdt);
  }
}

/** The text Word on the web shows in a control cleared through the API (#1515). */
export const WORD_WEB_PLACEHOLDER = "单击或点击此处输入文字。";

/** getRange(location) as Word answers it: Whole and Content are the range itself, the others a collapsed range. */
function pointOf(range: FakeRange, location: string | undefined): FakeRange {
  if (location === undefined || location === "Whole" || location === "Content") return range;
  if (location !== "Start" && location !== "End" && location !== "Before" && location !== "After") {
    throw new FakeOfficeError("InvalidArgument", `getRange("${location}")`);
  }
  return new FakeRange(range.context, () => ({ kind: "point", of: range.target(), at: location }));
}

// ---------------------------------------------------------------------------------------------
// Content controls

export class FakeContentControl extends FakeObject<CcHost> {
  protected defaultProps(): string[] {
    return ["id", "tag", "title", "text", "cannotDelete", "cannotEdit", "appearance", "placeholderText", "type", "subtype"];
  }
  protected read(h: CcHost, name: string): unknown {
    const cc = ccOf(h);
    switch (name) {
      case "id":
        return cc.uid;
      case "tag":
        return cc.tag;
      case "title":
        return cc.title;
      case "text":
        return hostText(h);
      case "cannotDelete":
        return cc.lock === "sdtLocked" || cc.lock === "sdtContentLocked";
      case "cannotEdit":
        return cc.lock === "contentLocked" || cc.lock === "sdtContentLocked";
      case "appearance":
        return cc.appearance;
      case "placeholderText":
        return cc.placeholderText;
      case "color":
        return cc.color;
      case "type":
        return "RichText";
      case "subtype":
        return h.kind === "tc" ? "RichTextTableCell" : h.kind === "isdt" ? "RichTextInline" : "RichTextParagraphs";
      default:
        return undefined;
    }
  }
  get id(): number {
    return this.prop("id") as number;
  }
  get tag(): string {
    return this.prop("tag") as string;
  }
  set tag(v: string) {
    this.setProp((cc) => (cc.tag = v));
  }
  get title(): string {
    return this.prop("title") as string;
  }
  set title(v: string) {
    this.setProp((cc) => (cc.title = v));
  }
  get text(): string {
    return this.prop("text") as string;
  }
  get placeholderText(): string {
    return this.prop("placeholderText") as string;
  }
  set placeholderText(v: string) {
    this.setProp((cc) => (cc.placeholderText = v));
  }
  get cannotDelete(): boolean {
    return this.prop("cannotDelete") as boolean;
  }
  set cannotDelete(v: boolean) {
    this.setProp((cc) => {
      const edit = cc.lock === "contentLocked" || cc.lock === "sdtContentLocked";
      cc.lock = v ? (edit ? "sdtContentLocked" : "sdtLocked") : edit ? "contentLocked" : "unlocked";
    });
  }
  get cannotEdit(): boolean {
    return this.prop("cannotEdit") as boolean;
  }
  set cannotEdit(v: boolean) {
    this.setProp((cc) => {
      const del = cc.lock === "sdtLocked" || cc.lock === "sdtContentLocked";
      cc.lock = v ? (del ? "sdtContentLocked" : "contentLocked") : del ? "sdtLocked" : "unlocked";
    });
  }
  get appearance(): string {
    return this.prop("appearance") as string;
  }
  set appearance(v: string) {
    this.setProp((cc) => (cc.appearance = v as typeof cc.appearance));
  }
  get subtype(): string {
    return this.prop("subtype") as string;
  }
  private setProp(change: (cc: ReturnType<typeof ccOf>) => void): void {
    this.context.enqueue(() => {
      change(ccOf(this.target()));
      this.context.host.touch();
    }, true);
  }
  private asRange(): FakeRange {
    return new FakeRange(this.context, () => ({ kind: "node", node: this.target() }));
  }
  getRange(rangeLocation?: string): FakeRange {
    return pointOf(this.asRange(), rangeLocation);
  }
  insertText(text: string, insertLocation: string): FakeRange {
    return this.asRange().insertText(text, insertLocation);
  }
  insertOoxml(ooxml: string, insertLocation: string): FakeRange {
    return this.asRange().insertOoxml(ooxml, insertLocation);
  }
  /** Clears the content; on Word on the web the control then shows Word's own placeholder, not its own (#1515). */
  clear(): void {
    this.asRange().insertText("", "Replace");
    if (this.context.host.web) {
      this.context.enqueue(() => {
        const target = this.target();
        if (target.kind !== "isdt") target.blocks = textBlocks(WORD_WEB_PLACEHOLDER);
        this.context.host.touch();
      }, true);
    }
  }
  delete(keepContent: boolean): void {
    this.context.enqueue(() => {
      const host = this.context.host;
      const target = this.target();
      const lock = ccOf(target).lock;
      if (lock === "sdtLocked" || lock === "sdtContentLocked") {
        throw new FakeOfficeError("GeneralException", "The content control cannot be deleted (cannotDelete).");
      }
      if (keepContent && host.options.deleteKeepingContentIgnored) return;
      host.deleteControl(target, keepContent);
    }, true);
  }
  select(selectionMode?: string): void {
    this.asRange().select(selectionMode);
  }
  get contentControls(): FakeContentControlCollection {
    return this.asRange().contentControls;
  }
  get tables(): FakeTableCollection {
    return this.asRange().tables;
  }
  get paragraphs(): FakeParagraphCollection {
    return this.asRange().paragraphs;
  }
  get parentTableOrNullObject(): FakeTable {
    return new FakeTable(this.context, () => this.context.host.parentTableOf(this.target()), true);
  }
  get parentTable(): FakeTable {
    return new FakeTable(this.context, () => {
      const t = this.context.host.parentTableOf(this.target());
      if (!t) throw itemNotFound("parent table");
      return t;
    });
  }
  get parentContentControlOrNullObject(): FakeContentControl {
    return new FakeContentControl(
      this.context,
      () => {
        const host = this.context.host;
        const me = this.target();
        const index = host.index();
        const parent = index.parent.get(me);
        return parent ? innermostControl(index, parent) : null;
      },
      true,
    );
  }
}

export class FakeContentControlCollection extends FakeCollection<CcHost, FakeContentControl> {
  protected make(resolver: Resolver<CcHost>): FakeContentControl {
    return new FakeContentControl(this.context, resolver, true);
  }
  getByTag(tag: string): FakeContentControlCollection {
    return new FakeContentControlCollection(this.context, () => this.resolveList().filter((h) => ccOf(h).tag === tag));
  }
  getByTitle(title: string): FakeContentControlCollection {
    return new FakeContentControlCollection(this.context, () => this.resolveList().filter((h) => ccOf(h).title === title));
  }
}

// ---------------------------------------------------------------------------------------------
// Tables and paragraphs

export class FakeTable extends FakeObject<Table> {
  protected defaultProps(): string[] {
    return ["rowCount", "values", "headerRowCount"];
  }
  protected read(t: Table, name: string): unknown {
    if (name === "rowCount") return t.rows.length;
    if (name === "values") return tableValues(t);
    if (name === "headerRowCount") return t.rows.filter((r) => r.header).length;
    return undefined;
  }
  get rowCount(): number {
    return this.prop("rowCount") as number;
  }
  get values(): string[][] {
    return this.prop("values") as string[][];
  }
  get headerRowCount(): number {
    return this.prop("headerRowCount") as number;
  }
  getRange(rangeLocation?: string): FakeRange {
    this.context.requires("1.3", "Table.getRange");
    return pointOf(new FakeRange(this.context, () => ({ kind: "node", node: this.target() })), rangeLocation);
  }
  get contentControls(): FakeContentControlCollection {
    return this.getRange().contentControls;
  }
  delete(): void {
    this.context.enqueue(() => this.context.host.removeBlock(this.target()), true);
  }
  /** The cell at row and cell index (TableCell, WordApi 1.3). */
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    return new FakeTableCell(this.context, () => {
      const cell = this.target().rows[rowIndex]?.cells[cellIndex];
      if (!cell) throw itemNotFound(`cell ${rowIndex},${cellIndex}`);
      return cell;
    });
  }
}

/** A table cell: its body is a range over the cell's blocks. */
export class FakeTableCell extends FakeObject<Cell> {
  protected defaultProps(): string[] {
    return ["value", "rowIndex", "cellIndex"];
  }
  protected read(c: Cell, name: string): unknown {
    if (name === "value") return blocksText(c.blocks);
    return undefined;
  }
  get value(): string {
    return this.prop("value") as string;
  }
  get body(): FakeRange {
    return new FakeRange(this.context, () => ({ kind: "node", node: this.target() }));
  }
}

export class FakeTableCollection extends FakeCollection<Table, FakeTable> {
  protected make(resolver: Resolver<Table>): FakeTable {
    return new FakeTable(this.context, resolver, true);
  }
}

export class FakeParagraph extends FakeObject<Para> {
  protected defaultProps(): string[] {
    return ["text", "tableNestingLevel"];
  }
  protected read(p: Para, name: string): unknown {
    if (name === "text") return inlinesText(p.inlines);
    if (name === "tableNestingLevel") return this.context.host.tableNestingLevel(p);
    return undefined;
  }
  get text(): string {
    return this.prop("text") as string;
  }
  get tableNestingLevel(): number {
    return this.prop("tableNestingLevel") as number;
  }
}

export class FakeParagraphCollection extends FakeCollection<Para, FakeParagraph> {
  protected make(resolver: Resolver<Para>): FakeParagraph {
    return new FakeParagraph(this.context, resolver, true);
  }
}

// ---------------------------------------------------------------------------------------------
// Body and document

export class FakeBody extends FakeRange {
  constructor(context: FakeRequestContext) {
    super(context, () => ({ kind: "body" }));
  }
}

export class FakeDocument {
  readonly body: FakeBody;
  constructor(readonly context: FakeRequestContext) {
    this.body = new FakeBody(context);
  }
  private trackingMode: string | undefined;
  /** Loads Document.changeTrackingMode (WordApi 1.4): "TrackAll" when the host tracks changes, "Off" otherwise. */
  load(props?: unknown): this {
    if (propNames(props).includes("changeTrackingMode")) {
      this.context.requires("1.4", "Document.changeTrackingMode");
      this.context.enqueue(() => {
        this.trackingMode = this.context.host.options.trackChanges ? "TrackAll" : "Off";
      }, false);
    }
    return this;
  }
  get changeTrackingMode(): string {
    if (this.trackingMode === undefined) throw propertyNotLoaded("changeTrackingMode");
    return this.trackingMode;
  }
  get contentControls(): FakeContentControlCollection {
    return this.body.contentControls;
  }
  getSelection(): FakeRange {
    return new FakeRange(this.context, () => ({ kind: "selection" }));
  }
}

export { textBlocks, FakeOfficeError };
