// 转换为 ccr 记录 in WordprocessingML (issue 11): pure functions over what Word's Range.getOoxml()
// gives for the tables of a hand-filled record form, and what goes back with one insertOoxml.
//
// - readFormOoxml: the form's tables as blocks for recognition (after repairing the text LibreOffice
//   7.4 repeats, src/ooxml/libreoffice.ts).
// - adoptFormOoxml: the same package with the recognised value cells wrapped whole in cell-level
//   content controls inside the cell around its content (w:tc/w:sdt/w:sdtContent, tag ccr:<id>:<path>,
//   alias = the label, as record-form.ts writes value cells; #1947, #950) and the whole span in the record's root control
//   (ccr:<id>). Nothing else changes: every run, property and character of the user's text, the
//   styles, numbering and other parts of the package stay as Word gave them.
// - rewriteActionTables: an adopted form's action table(s) with rows added (copies of a neighbouring
//   item row, keeping the user's formatting) or removed, row controls tagged actions[i].<field> again
//   and texts set, for one insertOoxml per table (never a control around a row, #4251).
//
// What the package's body holds beyond the span (the section properties, the empty paragraph Word
// adds after a table) is left out: inserting it would change the page setup or add a paragraph.

import { DOMParser, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";
import type { AdoptedCell, ItemRow } from "../domain/recognise/adoption";
import { adoptionCells, matchItems, withAdoption } from "../domain/recognise/adoption";
import { recogniseRecord, type Recognition } from "../domain/recognise/recognise";
import { FORM_TITLE } from "../domain/record/fields";
import { pick } from "../domain/record/i18n";
import { fieldsOf, recordLang, type CcrRecord } from "../domain/record/record";
import type { DocTable } from "../domain/recognise/blocks";
import { matchActionColumn } from "../domain/recognise/labels";
import type { Bilingual } from "../domain/record/i18n";
import type { ActionItem, Lang } from "../domain/record/record";
import { ACTION_VALUE_COLUMNS, blankPlaceholders } from "../form/layout";
import { elements, isW, wAttr, wChild } from "./dom";
import { repairLibreOfficeRepeats } from "./libreoffice";
import { parseWordXml, rowCellElements, tableWithCells } from "./read-docx";
import { ControlIds } from "./record-form";
import { fieldTag, rootTag } from "../form/tags";
import { actionPath, parseActionPath } from "../domain/record/record-path";
import { W_NS, sdtXml, type SdtProps } from "./wordml";

const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";

/** The OOXML is not a Word package with a document body (never seen from Word; bilingual text). */
export class FormOoxmlError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

// ---------------------------------------------------------------------------------------------
// XML helpers


function setWAttr(el: Element, name: string, value: string): void {
  el.setAttributeNS(W_NS, `w:${name}`, value);
}

interface FormTable {
  readonly el: Element;
  readonly table: DocTable;
  /** The w:tc elements, cells[row][cell] as in `table`. */
  readonly cells: Element[][];
}

interface Parsed {
  readonly doc: Document;
  readonly body: Element;
  readonly repairs: number;
  readonly tables: FormTable[];
}

function parse(ooxml: string): Parsed {
  let doc: Document;
  try {
    doc = parseWordXml(ooxml, "OOXML") as unknown as Document;
  } catch (e) {
    const text = (e as { text?: Bilingual }).text;
    throw new FormOoxmlError(text ?? { zh: "Word 给出的 OOXML 无法读取。", en: "The OOXML Word gave cannot be read." });
  }
  const root = doc.documentElement!;
  let document: Element | undefined = root;
  if (root.namespaceURI === PKG_NS && root.localName === "package") {
    const part = elements(root).find((p) => p.localName === "part" && p.getAttributeNS(PKG_NS, "name") === "/word/document.xml");
    const data = part && elements(part).find((c) => c.localName === "xmlData");
    document = data && elements(data)[0];
  }
  const body = document && isW(document, "document") ? wChild(document, "body") : undefined;
  if (!body) {
    throw new FormOoxmlError({ zh: "Word 给出的 OOXML 中没有文档正文。", en: "The OOXML Word gave has no document body." });
  }
  const repairs = repairLibreOfficeRepeats(body);
  return { doc, body, repairs, tables: formTableElements(body).map((el) => ({ el, ...tableWithCells(el) })) };
}

/** The tables of the body in document order, also inside block controls (not tables nested in cells). */
function formTableElements(parent: Element): Element[] {
  const out: Element[] = [];
  for (const el of elements(parent)) {
    if (isW(el, "tbl")) out.push(el);
    else if (isW(el, "sdt")) {
      const content = wChild(el, "sdtContent");
      if (content) out.push(...formTableElements(content));
    } else if (isW(el, "customXml")) out.push(...formTableElements(el));
  }
  return out;
}

/** The child of `body` that holds `el`. */
function topLevel(body: Element, el: Element): Element {
  let n: Element = el;
  while (n.parentNode && n.parentNode !== body) n = n.parentNode as Element;
  return n;
}

/** A paragraph with nothing to show: only properties and markers (bookmarks, proofing marks). */
function isEmptyParagraph(el: Element): boolean {
  const markers = new Set(["pPr", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd"]);
  return isW(el, "p") && elements(el).every((c) => c.namespaceURI === W_NS && markers.has(c.localName ?? ""));
}

/** Drops what follows `last` in the body that is no content of the range: w:sectPr, empty paragraphs. */
function trimTail(body: Element, last: Element): void {
  for (let n = last.nextSibling; n; ) {
    const next = n.nextSibling;
    const el = n.nodeType === 1 ? (n as Element) : undefined;
    if (el && (isW(el, "sectPr") || isEmptyParagraph(el))) body.removeChild(el);
    n = next;
  }
}

/** Leaves `el` the body's only content (what a table's range is; no section properties, no paragraph after it). */
function onlyChild(body: Element, el: Element): void {
  const top = topLevel(body, el);
  if (top !== el) body.replaceChild(el, top);
  for (const c of elements(body)) if (c !== el) body.removeChild(c);
}

/** Every w:id of a content control in the body (new ids must differ). */
function controlIds(body: Element): Set<number> {
  const ids = new Set<number>();
  for (const pr of Array.from(body.getElementsByTagNameNS(W_NS, "sdtPr"))) {
    const id = Number(wAttr(wChild(pr as Element, "id"), "val"));
    if (Number.isInteger(id)) ids.add(id);
  }
  return ids;
}

/** A new, empty w:sdt element (properties from wordml.sdtXml, the one writer of sdtPr). */
function newSdt(doc: Document, props: SdtProps): Element {
  const snippet = new DOMParser().parseFromString(`<x xmlns:w="${W_NS}">${sdtXml(props, "")}</x>`, "text/xml");
  return doc.importNode(elements(snippet.documentElement!)[0], true) as Element;
}

function sdtContent(sdt: Element): Element {
  const content = wChild(sdt, "sdtContent");
  if (!content) throw new Error("w:sdt without w:sdtContent");
  return content;
}

/**
 * Puts a content control inside a w:tc around the cell's content (its paragraphs and whatever else
 * it holds), the cell's properties staying on the cell: controls around whole cells are neither
 * listed nor editable on Word on the web (office-js #1947, #950).
 */
function wrapCellContent(doc: Document, tc: Element, props: SdtProps): Element {
  const sdt = newSdt(doc, props);
  const content = sdtContent(sdt);
  for (const el of elements(tc)) if (!isW(el, "tcPr")) content.appendChild(el);
  tc.appendChild(sdt);
  return sdt;
}

/**
 * The control that holds a cell's value: inside the cell, around all its content (as ccr writes
 * now), or around the whole cell (as ccr wrote before); undefined when there is none.
 */
function valueControlOf(tc: Element): Element | undefined {
  const blocks = elements(tc).filter((el) => !isW(el, "tcPr"));
  if (blocks.length === 1 && isW(blocks[0], "sdt")) return blocks[0];
  const content = tc.parentNode as Element | null;
  const sdt = content?.parentNode as Element | null;
  return content && sdt && content.nodeType === 1 && isW(content, "sdtContent") && isW(sdt, "sdt") ? sdt : undefined;
}

function serialize(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

// ---------------------------------------------------------------------------------------------
// Conversion

export interface FormOoxml {
  /** The form's tables in document order, as blocks for recognition (LibreOffice's repeats repaired). */
  readonly tables: DocTable[];
  /** Paragraphs repaired of LibreOffice 7.4's repeated text. */
  readonly libreOfficeRepairs: number;
}

/** Reads the tables of a form from Range.getOoxml() of its span. */
export function readFormOoxml(ooxml: string): FormOoxml {
  const parsed = parse(ooxml);
  return { tables: parsed.tables.map((t) => t.table), libreOfficeRepairs: parsed.repairs };
}

/** A value cell to wrap: table of the form (index into readFormOoxml's tables), row and cell, tag path, label. */
export interface CellToWrap {
  readonly table: number;
  readonly row: number;
  readonly cell: number;
  readonly path: string;
  readonly label: string;
}

export interface AdoptFormOptions {
  readonly recordId: string;
  /** Title (alias) of the root control. */
  readonly rootAlias: string;
  readonly cells: readonly CellToWrap[];
}

/**
 * The package of the form's span with the given cells wrapped in value controls and the span in the
 * record's root control, for insertOoxml(…, "Replace") on the same range. Pure.
 */
export function adoptFormOoxml(ooxml: string, options: AdoptFormOptions): string {
  const { doc, body, tables } = parse(ooxml);
  if (tables.length === 0) throw new FormOoxmlError({ zh: "所选范围中没有表格。", en: "The range holds no table." });
  const ids = new ControlIds(options.recordId, undefined, controlIds(body));
  const root = newSdt(doc, { tag: rootTag(options.recordId), alias: options.rootAlias, id: ids.take() });
  for (const c of options.cells) {
    const tc = tables[c.table]?.cells[c.row]?.[c.cell];
    if (!tc) throw new Error(`no cell at table ${c.table}, row ${c.row}, cell ${c.cell}`);
    wrapCellContent(doc, tc, { tag: fieldTag(options.recordId, c.path), alias: c.label, id: ids.take(), lock: "unlocked" });
  }
  const first = topLevel(body, tables[0].el);
  const last = topLevel(body, tables[tables.length - 1].el);
  body.insertBefore(root, first);
  const content = sdtContent(root);
  for (let n: Node | null = first; n; ) {
    const next: Node | null = n === last ? null : n.nextSibling;
    content.appendChild(n);
    n = next;
  }
  trimTail(body, root);
  return serialize(doc);
}

export type AdoptedSpan =
  | { readonly isForm: false; readonly recognition: Recognition }
  | {
      readonly isForm: true;
      readonly recognition: Recognition;
      /** The record as recognised, with its adoption (the wrapped cells) and the given id. */
      readonly record: CcrRecord & { id: string };
      readonly cells: AdoptedCell[];
      /** The span with its value cells and itself wrapped, for insertOoxml(…, "Replace") on the same range. */
      readonly ooxml: string;
      /** Paragraphs repaired of LibreOffice 7.4's repeated text. */
      readonly libreOfficeRepairs: number;
    };

/**
 * 转换为 ccr 记录 without Word: the OOXML of a hand-filled form's span (Range.getOoxml) recognised
 * (ccr's own placeholder hints blanked: a hint is never a value) and, when it is a form, every
 * recognised value cell and the span wrapped in the record's controls. Pure.
 */
export function adoptSpanOoxml(spanOoxml: string, recordId: string): AdoptedSpan {
  const form = readFormOoxml(spanOoxml);
  const blocks = blankPlaceholders(form.tables);
  const recognition = recogniseRecord(blocks);
  if (!recognition.isForm) return { isForm: false, recognition };
  // The cells' texts come from the blanked blocks.
  const cells: AdoptedCell[] = blocks.flatMap((_, b) => adoptionCells(recognition, blocks, b).map((c) => (b === 0 ? c : { ...c, table: b })));
  const ooxml = adoptFormOoxml(spanOoxml, {
    recordId,
    rootAlias: pick(FORM_TITLE, recordLang(recognition.record)),
    cells: cells.map((c) => ({ table: c.table ?? 0, row: c.row, cell: c.cell, path: c.path, label: c.label })),
  });
  const record = withAdoption({ ...recognition.record, id: recordId }, { source: "recognised", cells }) as CcrRecord & { id: string };
  return { isForm: true, recognition, record, cells, ooxml, libreOfficeRepairs: form.libreOfficeRepairs };
}

// ---------------------------------------------------------------------------------------------
// Cell text, keeping the cell's formatting

function cloneEmpty(el: Element): Element {
  return el.cloneNode(false) as Element;
}

/**
 * Sets the text of a w:tc: one paragraph per line, each a copy of the cell's first paragraph's
 * properties with one run carrying the first run's properties (tabs as w:tab). The cell's own
 * properties (w:tcPr) stay.
 */
export function setCellText(doc: Document, tc: Element, text: string): void {
  // Into the value control inside the cell when it holds one (ccr's form now), else the cell itself.
  const inner = valueControlOf(tc);
  const holder = inner && inner.parentNode === tc ? sdtContent(inner) : tc;
  const paragraphs = elements(holder).filter((el) => isW(el, "p"));
  const first = paragraphs[0];
  const pPr = first && wChild(first, "pPr");
  const firstRun = first ? (Array.from(first.getElementsByTagNameNS(W_NS, "r"))[0] as Element | undefined) : undefined;
  const rPr = firstRun && wChild(firstRun, "rPr");
  for (const el of elements(holder)) if (!isW(el, "tcPr")) holder.removeChild(el);
  for (const line of text.split("\n")) {
    const p = first ? cloneEmpty(first) : doc.createElementNS(W_NS, "w:p");
    if (pPr) p.appendChild(pPr.cloneNode(true));
    if (line !== "") {
      const r = doc.createElementNS(W_NS, "w:r");
      if (rPr) r.appendChild(rPr.cloneNode(true));
      line.split("\t").forEach((piece, i) => {
        if (i > 0) r.appendChild(doc.createElementNS(W_NS, "w:tab"));
        if (piece === "") return;
        const t = doc.createElementNS(W_NS, "w:t");
        t.setAttribute("xml:space", "preserve");
        t.appendChild(doc.createTextNode(piece));
        r.appendChild(t);
      });
      p.appendChild(r);
    }
    holder.appendChild(p);
  }
}

/** Removes w14:paraId / w14:textId from copied paragraphs (they must be unique in a document). */
function dropParagraphIds(el: Element): void {
  for (const p of [el, ...Array.from(el.getElementsByTagNameNS(W_NS, "p"))] as Element[]) {
    for (const name of ["paraId", "textId"]) {
      const attr = Array.from(p.attributes ?? []).find((a) => a.localName === name);
      if (attr) p.removeAttributeNode(attr);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Action items added or removed

export interface ActionTablesInput {
  readonly recordId: string;
  readonly lang: Lang;
  /** The adoption's cells now (domain/recognise/adoption). */
  readonly cells: readonly AdoptedCell[];
  /** The rows holding the items (domain/recognise/adoption itemRows). */
  readonly rows: readonly ItemRow[];
  /** The one row left is an empty slot (no item). */
  readonly emptySlot: boolean;
  readonly prior: readonly ActionItem[];
  readonly next: readonly ActionItem[];
  /** Range.getOoxml() of each form table holding item rows, by form table index. */
  readonly tables: ReadonlyMap<number, string>;
  /**
   * New texts of adopted cells that are not item cells, by index into `cells` (changed fields): written
   * into the rewritten tables; for cells of other tables only recorded in the returned cells.
   */
  readonly texts?: ReadonlyMap<number, string>;
}

export interface ActionTablesOutput {
  /** The new OOXML of each table of `tables` (insertOoxml on the table's whole range); null: delete the table. */
  readonly tables: Map<number, string | null>;
  /** The adoption's cells after the change, in document order (form table indices shifted when a table goes). */
  readonly cells: AdoptedCell[];
}

/** The text of one action cell: the form's own format for its known columns, a kept extra column as it is. */
export function actionCellText(action: ActionItem | undefined, field: string, lang: Lang): string {
  if (!action) return "";
  const column = ACTION_VALUE_COLUMNS.find((c) => c.field === field);
  if (column) return column.format(action, lang);
  const value = fieldsOf(action)[field];
  return typeof value === "string" ? value : "";
}

interface Entry {
  /** The table's row this row is, or copies. */
  from: number;
  clone: boolean;
  /** The item it holds (new index), for item rows. */
  item?: number;
  /** For item rows: the old item it held (undefined for copies). */
  old?: number;
}

/** A column of 序号: unmapped, and the item rows number themselves n, n+1, … */
interface Numbering {
  cell: number;
  start: number;
  /** The text around the number, from the first item row ("1." → ["", "."]). */
  before: string;
  after: string;
}

/**
 * The form's action table(s) after the pane added or removed items: rows of removed items dropped,
 * rows for new items copied from the item row before them (after it; the row after, when new items
 * come first), kept rows left as they are except for the texts that changed, every item row's cells
 * tagged actions[i].<field> again, a 序号 column renumbered. Pure.
 */
export function rewriteActionTables(input: ActionTablesInput): ActionTablesOutput {
  const { recordId, lang, rows, prior, next } = input;
  const parsed = new Map<number, { pkg: Parsed; t: FormTable }>();
  for (const [index, ooxml] of input.tables) {
    const pkg = parse(ooxml);
    if (pkg.tables.length === 0) throw new FormOoxmlError({ zh: "待办事项表格读取失败。", en: "The action table could not be read." });
    parsed.set(index, { pkg, t: pkg.tables[0] });
  }
  const tableOf = (t: number) => {
    const p = parsed.get(t);
    if (!p) throw new Error(`no OOXML for table ${t}`);
    return p;
  };

  // Columns of the item rows, by table: cell → field and label.
  const columns = new Map<number, Map<number, { field: string; label: string }>>();
  const itemTable = new Map<string, number>();
  rows.forEach((r, i) => itemTable.set(`${r.table}:${r.row}`, i));
  for (const c of input.cells) {
    const field = parseActionPath(c.path)?.field;
    if (field === undefined) continue;
    const t = c.table ?? 0;
    const map = columns.get(t) ?? new Map<number, { field: string; label: string }>();
    columns.set(t, map);
    if (!map.has(c.cell)) map.set(c.cell, { field, label: c.label });
  }

  // Which old item each new item keeps.
  const key = (a: ActionItem | undefined) => JSON.stringify(a ?? null);
  const before = input.emptySlot ? ["\u0000empty row"] : prior.map(key);
  const kept = matchItems(before, next.map(key));
  const itemsShown = next.length > 0 ? next.length : 1;
  const keeps: (number | undefined)[] = next.length > 0 ? kept : [0];

  // Rows of each table in their new order.
  const entries = new Map<number, Entry[]>();
  for (const t of parsed.keys()) {
    const list: Entry[] = [];
    tableOf(t).t.cells.forEach((_, row) => {
      const old = itemTable.get(`${t}:${row}`);
      if (old === undefined) list.push({ from: row, clone: false });
      else {
        const item = keeps.indexOf(old);
        if (item >= 0) list.push({ from: row, clone: false, item, old });
      }
    });
    entries.set(t, list);
  }
  const where = new Map<number, { table: number; entry: Entry }>();
  for (const [t, list] of entries) for (const e of list) if (e.item !== undefined) where.set(e.item, { table: t, entry: e });
  for (let item = 0; item < itemsShown; item++) {
    if (where.has(item)) continue;
    const prev = where.get(item - 1);
    const anchor = prev ?? [...where.entries()].sort((a, b) => a[0] - b[0])[0]?.[1];
    if (!anchor) throw new Error("no item row to copy");
    const list = entries.get(anchor.table)!;
    const entry: Entry = { from: anchor.entry.from, clone: true, item };
    list.splice(list.indexOf(anchor.entry) + (prev ? 1 : 0), 0, entry);
    where.set(item, { table: anchor.table, entry });
  }

  const numbering = findNumbering(rows, columns, (t) => tableOf(t).t.table);
  const alreadyWrapped = new Set(input.cells.map((c) => `${c.table ?? 0}:${c.row}:${c.cell}`));

  // Rewrite each table.
  const outTables = new Map<number, string | null>();
  const newCells: AdoptedCell[] = [];
  const removed = [...entries].filter(([, list]) => list.length === 0).map(([t]) => t);
  const shift = (t: number) => t - removed.filter((r) => r < t).length;
  const cellsByPlace = new Map<string, { cell: AdoptedCell; index: number }>();
  input.cells.forEach((cell, index) => cellsByPlace.set(`${cell.table ?? 0}:${cell.row}:${cell.cell}`, { cell, index }));

  for (const [t, list] of entries) {
    if (list.length === 0) {
      outTables.set(t, null);
      continue;
    }
    const { pkg, t: table } = tableOf(t);
    const doc = pkg.doc;
    const ids = new ControlIds(recordId, undefined, controlIds(pkg.body));
    const cols = columns.get(t) ?? new Map<number, { field: string; label: string }>();
    const rowEls = table.cells.map((cells) => rowElementOf(cells[0]));
    // Copies are made of the rows as they came, before any row is changed.
    const copies = new Map(list.filter((e) => e.clone).map((e) => [e, rowEls[e.from].cloneNode(true) as Element]));
    const newRows: Element[] = [];
    list.forEach((e, newRow) => {
      let tr: Element = rowEls[e.from];
      const copy = copies.get(e);
      if (copy) {
        tr = copy;
        dropParagraphIds(tr);
        for (const local of ["bookmarkStart", "bookmarkEnd"]) {
          for (const b of Array.from(tr.getElementsByTagNameNS(W_NS, local)) as Element[]) b.parentNode?.removeChild(b);
        }
        for (const pr of Array.from(tr.getElementsByTagNameNS(W_NS, "sdtPr")) as Element[]) {
          const id = wChild(pr, "id");
          if (id) setWAttr(id, "val", String(ids.take()));
        }
      }
      newRows.push(tr);
      const tcs = rowCellElements(tr);
      if (e.item === undefined) {
        // A row that holds no item: its adopted cells move with it; changed fields are written.
        tcs.forEach((tc, cell) => {
          const found = cellsByPlace.get(`${t}:${e.from}:${cell}`);
          if (!found) return;
          const text = input.texts?.get(found.index);
          if (text !== undefined) setCellText(doc, tc, text);
          newCells.push({ ...found.cell, table: shift(t), row: newRow, text: text ?? found.cell.text });
        });
        return;
      }
      const item = e.item;
      const action = next[item];
      const was = e.old !== undefined && !input.emptySlot ? prior[e.old] : undefined;
      tcs.forEach((tc, cell) => {
        const col = cols.get(cell);
        if (!col) {
          if (numbering && numbering.cell === cell) {
            const text = `${numbering.before}${numbering.start + item}${numbering.after}`;
            if (e.clone || normalise(tableOf(t).t.table.rows[e.from]?.cells[cell]?.text) !== text) setCellText(doc, tc, text);
          } else if (e.clone) setCellText(doc, tc, "");
          return;
        }
        const text = actionCellText(action, col.field, lang);
        const previous = cellsByPlace.get(`${t}:${e.from}:${cell}`)?.cell.text ?? table.table.rows[e.from]?.cells[cell]?.text ?? "";
        const same = !e.clone && (was ? actionCellText(was, col.field, lang) === text : previous === text);
        if (!same) setCellText(doc, tc, text);
        const tag = fieldTag(recordId, actionPath(item, col.field));
        const control = valueControlOf(tc);
        const ours = control && alreadyWrapped.has(`${t}:${e.from}:${cell}`);
        if (ours) {
          const pr = wChild(control, "sdtPr");
          const tagEl = pr && wChild(pr, "tag");
          if (tagEl) setWAttr(tagEl, "val", tag);
        } else {
          wrapCellContent(doc, tc, { tag, alias: col.label, id: ids.take(), lock: "unlocked" });
        }
        newCells.push({ path: actionPath(item, col.field), label: col.label, ...(shift(t) > 0 ? { table: shift(t) } : {}), row: newRow, cell, text: same ? previous : text });
      });
    });
    // Copies go after the row before them (before the row after them when they come first); kept
    // rows keep their order and place, rows of removed items go.
    newRows.forEach((tr, i) => {
      if (tr.parentNode) return;
      const prev = newRows[i - 1];
      const after = newRows.slice(i + 1).find((r) => r.parentNode);
      if (prev) prev.parentNode!.insertBefore(tr, prev.nextSibling);
      else if (after) after.parentNode!.insertBefore(tr, after);
    });
    for (const tr of rowEls) if (!newRows.includes(tr)) tr.parentNode!.removeChild(tr);
    onlyChild(pkg.body, table.el);
    outTables.set(t, serialize(doc));
  }

  // Cells of the other tables: written by the caller through their controls.
  input.cells.forEach((c, index) => {
    const t = c.table ?? 0;
    if (entries.has(t)) return;
    newCells.push({ ...c, table: shift(t), text: input.texts?.get(index) ?? c.text });
  });
  newCells.forEach((c) => {
    if (c.table === 0) delete c.table;
  });
  newCells.sort((a, b) => (a.table ?? 0) - (b.table ?? 0) || a.row - b.row || a.cell - b.cell);
  return { tables: outTables, cells: newCells };
}

function normalise(text: string | undefined): string {
  return (text ?? "").trim();
}

/** The w:tr of a cell (through a cell-level control around it). */
function rowElementOf(tc: Element | undefined): Element {
  for (let n: Node | null = tc ?? null; n; n = n.parentNode) if (n.nodeType === 1 && isW(n as Element, "tr")) return n as Element;
  throw new Error("a table row without cells");
}

/**
 * A 序号 column: a cell index, unmapped in every item row, holding n, n+1, … in item order, under a
 * header that reads as 序号 (or, without a header row, over two rows or more).
 */
function findNumbering(
  rows: readonly ItemRow[],
  columns: ReadonlyMap<number, ReadonlyMap<number, unknown>>,
  table: (t: number) => DocTable,
): Numbering | undefined {
  if (rows.length === 0) return undefined;
  const headerRow = rows[0].row > 0 ? table(rows[0].table).rows[rows[0].row - 1] : undefined;
  const texts = (cell: number) => rows.map((r) => (columns.get(r.table)?.has(cell) ? undefined : table(r.table).rows[r.row]?.cells[cell]?.text));
  const width = Math.min(...rows.map((r) => table(r.table).rows[r.row]?.cells.length ?? 0));
  for (let cell = 0; cell < width; cell++) {
    const list = texts(cell);
    const parts = list.map((t) => (t === undefined ? undefined : /^(\D*?)(\d+)(\D*)$/.exec(t.trim())));
    if (parts.some((p) => !p)) continue;
    const header = headerRow?.cells[cell]?.text;
    if (header !== undefined ? matchActionColumn(header) !== "no" : rows.length < 2) continue;
    const start = Number(parts[0]![2]);
    if (parts.every((p, i) => Number(p![2]) === start + i)) return { cell, start, before: parts[0]![1], after: parts[0]![3] };
  }
  return undefined;
}
