// The document model of the fake Word: paragraphs, tables (rows, cells), content controls at block,
// cell and inline level, and a parser from the OOXML that insertOoxml receives into this model.
// Plain TypeScript (no node: imports) so that browser tests can bundle it.

import { DOMParser } from "@xmldom/xmldom";

export type Lock = "unlocked" | "sdtLocked" | "contentLocked" | "sdtContentLocked";

export interface Cc {
  /** Stable id of the control (ContentControl.id). */
  uid: number;
  tag: string;
  title: string;
  lock: Lock;
  showingPlaceholder: boolean;
  placeholderText: string;
  appearance: "BoundingBox" | "Tags" | "Hidden";
  color: string;
}

export interface TextRun {
  kind: "t";
  text: string;
}
export interface InlineSdt {
  kind: "isdt";
  cc: Cc;
  inlines: Inline[];
}
export type Inline = TextRun | InlineSdt;

export interface Para {
  kind: "p";
  inlines: Inline[];
}
export interface Cell {
  kind: "tc";
  blocks: Block[];
  /** A cell-level content control wrapping the whole cell. */
  sdt?: Cc;
}
export interface Row {
  kind: "tr";
  cells: Cell[];
  header: boolean;
  cantSplit: boolean;
}
export interface Table {
  kind: "tbl";
  /** Deleted with Track Changes on: still in the document (and its controls still listed) until accepted. */
  deleted?: boolean;
  rows: Row[];
}
export interface BlockSdt {
  kind: "sdt";
  /** Deleted with Track Changes on (see Table.deleted). */
  deleted?: boolean;
  cc: Cc;
  blocks: Block[];
}
export type Block = Para | Table | BlockSdt;

/** Something a ContentControl proxy points at. */
export type CcHost = BlockSdt | Cell | InlineSdt;

export function ccOf(host: CcHost): Cc {
  return host.kind === "tc" ? host.sdt! : host.cc;
}

let nextUid = 1;
export function newUid(): number {
  return nextUid++;
}

export function newCc(partial: Partial<Cc> = {}): Cc {
  return {
    uid: newUid(),
    tag: "",
    title: "",
    lock: "unlocked",
    showingPlaceholder: false,
    placeholderText: "",
    appearance: "BoundingBox",
    color: "",
    ...partial,
  };
}

export function para(text = ""): Para {
  return { kind: "p", inlines: text ? [{ kind: "t", text }] : [] };
}

// ---------------------------------------------------------------------------------------------
// Text

/** Paragraph separator in Range.text / ContentControl.text (Word desktop uses \r). */
export const PARAGRAPH_SEPARATOR = "\r";

export function inlinesText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.kind === "t" ? i.text : inlinesText(i.inlines))).join("");
}

export function blocksParagraphs(blocks: readonly Block[]): Para[] {
  const out: Para[] = [];
  for (const b of blocks) {
    if (b.kind === "p") out.push(b);
    else if (b.kind === "sdt") out.push(...blocksParagraphs(b.blocks));
    else for (const r of b.rows) for (const c of r.cells) out.push(...blocksParagraphs(c.blocks));
  }
  return out;
}

export function blocksText(blocks: readonly Block[]): string {
  return blocksParagraphs(blocks)
    .map((p) => inlinesText(p.inlines))
    .join(PARAGRAPH_SEPARATOR);
}

export function hostText(host: CcHost): string {
  return host.kind === "isdt" ? inlinesText(host.inlines) : blocksText(host.blocks);
}

/** Blocks holding text: one paragraph per line (\n, \r). */
export function textBlocks(text: string): Block[] {
  return text.split(/\r\n|\r|\n/).map((line) => para(line));
}

export function tableValues(t: Table): string[][] {
  return t.rows.map((r) => r.cells.map((c) => blocksText(c.blocks)));
}

// ---------------------------------------------------------------------------------------------
// Deep copy (copy-paste by the user)

export function cloneBlock(b: Block, keepControls: boolean): Block[] {
  if (b.kind === "p") return [cloneParagraph(b, keepControls)];
  if (b.kind === "tbl") return [{ kind: "tbl", rows: b.rows.map((r) => cloneRow(r, keepControls)) }];
  const blocks = b.blocks.flatMap((x) => cloneBlock(x, keepControls));
  return keepControls ? [{ kind: "sdt", cc: { ...b.cc, uid: newUid() }, blocks }] : blocks;
}

function cloneParagraph(p: Para, keepControls: boolean): Para {
  const inl = (i: Inline): Inline[] => {
    if (i.kind === "t") return [{ ...i }];
    const inner = i.inlines.flatMap(inl);
    return keepControls ? [{ kind: "isdt", cc: { ...i.cc, uid: newUid() }, inlines: inner }] : inner;
  };
  return { kind: "p", inlines: p.inlines.flatMap(inl) };
}

export function cloneRow(r: Row, keepControls: boolean): Row {
  return {
    kind: "tr",
    header: r.header,
    cantSplit: r.cantSplit,
    cells: r.cells.map((c) => ({
      kind: "tc",
      blocks: c.blocks.flatMap((b) => cloneBlock(b, keepControls)),
      sdt: keepControls && c.sdt ? { ...c.sdt, uid: newUid() } : undefined,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// OOXML → model

export class OoxmlError extends Error {}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

type El = Element;

function children(el: El): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as El);
  return out;
}

function isW(el: El, local: string): boolean {
  return el.namespaceURI === W && el.localName === local;
}

function wChild(el: El, local: string): El | undefined {
  return children(el).find((c) => isW(c, local));
}

function wVal(el: El | undefined): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(W, "val");
  return v === null ? undefined : v;
}

/** Parses what insertOoxml receives: a flat-OPC package or a bare w:document; returns the body blocks. */
export function parseOoxml(ooxml: string): Block[] {
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== "warning") throw new OoxmlError(message);
      },
    }).parseFromString(ooxml, "text/xml") as unknown as Document;
  } catch (e) {
    throw new OoxmlError(e instanceof Error ? e.message : String(e));
  }
  const root = doc.documentElement as unknown as El | null;
  if (!root) throw new OoxmlError("empty document");
  let documentEl: El | undefined;
  if (root.namespaceURI === PKG && root.localName === "package") {
    const part = children(root).find((p) => p.getAttributeNS(PKG, "name") === "/word/document.xml");
    const data = part && children(part).find((c) => c.localName === "xmlData");
    documentEl = data && children(data)[0];
  } else if (isW(root, "document")) {
    documentEl = root;
  }
  const body = documentEl && wChild(documentEl, "body");
  if (!body) throw new OoxmlError("no /word/document.xml body");
  return parseBlocks(body);
}

function parseBlocks(parent: El): Block[] {
  const out: Block[] = [];
  for (const el of children(parent)) {
    if (isW(el, "p")) out.push(parseParagraph(el));
    else if (isW(el, "tbl")) out.push(parseTable(el));
    else if (isW(el, "sdt")) {
      const content = wChild(el, "sdtContent");
      const sdt: BlockSdt = { kind: "sdt", cc: parseSdtPr(wChild(el, "sdtPr")), blocks: content ? parseBlocks(content) : [] };
      rememberPlaceholder(sdt.cc, sdt.blocks);
      out.push(sdt);
    }
    // w:sectPr, w:bookmarkStart … carry no content the fake models.
  }
  return out;
}

function parseSdtPr(pr: El | undefined): Cc {
  if (!pr) return newCc();
  const lock = (wVal(wChild(pr, "lock")) ?? "unlocked") as Lock;
  return newCc({
    tag: wVal(wChild(pr, "tag")) ?? "",
    title: wVal(wChild(pr, "alias")) ?? "",
    lock,
    showingPlaceholder: wChild(pr, "showingPlcHdr") !== undefined,
  });
}

function parseInlines(parent: El): Inline[] {
  const out: Inline[] = [];
  for (const el of children(parent)) {
    if (isW(el, "r")) {
      let text = "";
      for (const c of children(el)) {
        if (isW(c, "t")) text += c.textContent ?? "";
        else if (isW(c, "tab")) text += "\t";
        else if (isW(c, "br") || isW(c, "cr")) text += "\v";
      }
      if (text) out.push({ kind: "t", text });
    } else if (isW(el, "sdt")) {
      const content = wChild(el, "sdtContent");
      out.push({ kind: "isdt", cc: parseSdtPr(wChild(el, "sdtPr")), inlines: content ? parseInlines(content) : [] });
    } else if (isW(el, "hyperlink") || isW(el, "ins") || isW(el, "smartTag")) {
      out.push(...parseInlines(el));
    }
  }
  return out;
}

function parseParagraph(el: El): Para {
  return { kind: "p", inlines: parseInlines(el) };
}

function parseCell(tc: El, sdt?: Cc): Cell {
  const blocks = parseBlocks(tc);
  if (sdt) rememberPlaceholder(sdt, blocks);
  return { kind: "tc", blocks, sdt };
}

/** Without a glossary docPart the fake takes the text shown under w:showingPlcHdr as the placeholder. */
function rememberPlaceholder(cc: Cc, blocks: Block[]): void {
  if (cc.showingPlaceholder) cc.placeholderText = blocksText(blocks);
}

function parseTable(el: El): Table {
  const rows: Row[] = [];
  for (const tr of children(el).filter((c) => isW(c, "tr"))) {
    const trPr = wChild(tr, "trPr");
    const cells: Cell[] = [];
    for (const c of children(tr)) {
      if (isW(c, "tc")) cells.push(parseCell(c));
      else if (isW(c, "sdt")) {
        const content = wChild(c, "sdtContent");
        const tc = content && wChild(content, "tc");
        if (!tc) throw new OoxmlError("cell-level w:sdt without w:tc");
        cells.push(parseCell(tc, parseSdtPr(wChild(c, "sdtPr"))));
      }
    }
    rows.push({
      kind: "tr",
      cells,
      header: trPr ? wChild(trPr, "tblHeader") !== undefined : false,
      cantSplit: trPr ? wChild(trPr, "cantSplit") !== undefined : false,
    });
  }
  return { kind: "tbl", rows };
}

// ---------------------------------------------------------------------------------------------
// Walking the tree

export type Node = Block | Row | Cell | InlineSdt;

export interface TreeIndex {
  /** Parent of every attached node (undefined key: detached). The body's blocks have parent null. */
  readonly parent: Map<Node, Node | null>;
  /** Content controls in document order (a control before the controls inside it). */
  readonly controls: CcHost[];
  readonly tables: Table[];
}

export function indexTree(body: Block[]): TreeIndex {
  const parent = new Map<Node, Node | null>();
  const controls: CcHost[] = [];
  const tables: Table[] = [];
  const inl = (list: Inline[], p: Node) => {
    for (const i of list) {
      if (i.kind === "isdt") {
        parent.set(i, p);
        controls.push(i);
        inl(i.inlines, i);
      }
    }
  };
  const blocks = (list: Block[], p: Node | null) => {
    for (const b of list) {
      parent.set(b, p);
      if (b.kind === "p") {
        inl(b.inlines, b);
      } else if (b.kind === "sdt") {
        controls.push(b);
        blocks(b.blocks, b);
      } else {
        tables.push(b);
        for (const r of b.rows) {
          parent.set(r, b);
          for (const c of r.cells) {
            parent.set(c, r);
            if (c.sdt) controls.push(c);
            blocks(c.blocks, c);
          }
        }
      }
    }
  };
  blocks(body, null);
  return { parent, controls, tables };
}

export const isDeleteLocked = (lock: Lock): boolean => lock === "sdtLocked" || lock === "sdtContentLocked";
export const isEditLocked = (lock: Lock): boolean => lock === "contentLocked" || lock === "sdtContentLocked";

/** Is `node` inside (or equal to) `ancestor`? */
export function isWithin(index: TreeIndex, node: Node, ancestor: Node): boolean {
  for (let n: Node | null | undefined = node; n; n = index.parent.get(n)) if (n === ancestor) return true;
  return false;
}

/** The list (body or content of a control or cell) that holds a block. */
export function containerOf(index: TreeIndex, body: Block[], block: Block): Block[] {
  const p = index.parent.get(block);
  if (p === null || p === undefined) return body;
  if (p.kind === "sdt" || p.kind === "tc") return p.blocks;
  throw new Error("block inside an unexpected parent");
}

// ---------------------------------------------------------------------------------------------
// Model → OOXML (Range.getOoxml): what the fake models, written the way Word writes it

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function sdtPrOoxml(cc: Cc): string {
  return (
    "<w:sdtPr>" +
    (cc.title ? `<w:alias w:val="${escapeXml(cc.title)}"/>` : "") +
    (cc.tag ? `<w:tag w:val="${escapeXml(cc.tag)}"/>` : "") +
    `<w:id w:val="${cc.uid}"/>` +
    (cc.lock !== "unlocked" ? `<w:lock w:val="${cc.lock}"/>` : "") +
    (cc.showingPlaceholder ? "<w:showingPlcHdr/>" : "") +
    "</w:sdtPr>"
  );
}

function runsOoxml(text: string): string {
  if (text === "") return "";
  const inner = text
    .split(/(\t|\v)/)
    .map((piece) => (piece === "\t" ? "<w:tab/>" : piece === "\v" ? "<w:br/>" : piece ? `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>` : ""))
    .join("");
  return `<w:r>${inner}</w:r>`;
}

function inlinesOoxml(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => (i.kind === "t" ? runsOoxml(i.text) : `<w:sdt>${sdtPrOoxml(i.cc)}<w:sdtContent>${inlinesOoxml(i.inlines)}</w:sdtContent></w:sdt>`))
    .join("");
}

export function blocksOoxml(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === "p") return `<w:p>${inlinesOoxml(b.inlines)}</w:p>`;
      if (b.kind === "sdt") return `<w:sdt>${sdtPrOoxml(b.cc)}<w:sdtContent>${blocksOoxml(b.blocks)}</w:sdtContent></w:sdt>`;
      const rows = b.rows.map((r) => {
        const trPr = r.header || r.cantSplit ? `<w:trPr>${r.cantSplit ? "<w:cantSplit/>" : ""}${r.header ? "<w:tblHeader/>" : ""}</w:trPr>` : "";
        const cells = r.cells.map((c) => {
          const tc = `<w:tc>${blocksOoxml(c.blocks.length > 0 ? c.blocks : [para()])}</w:tc>`;
          return c.sdt ? `<w:sdt>${sdtPrOoxml(c.sdt)}<w:sdtContent>${tc}</w:sdtContent></w:sdt>` : tc;
        });
        return `<w:tr>${trPr}${cells.join("")}</w:tr>`;
      });
      return `<w:tbl>${rows.join("")}</w:tbl>`;
    })
    .join("");
}

/**
 * Range.getOoxml(): a flat-OPC package whose body holds the blocks, then — as Word writes it — an
 * empty paragraph when the blocks end with a table, and the section properties.
 */
export function blocksPackage(blocks: readonly Block[]): string {
  const last = blocks[blocks.length - 1];
  const tail = last && last.kind !== "p" ? "<w:p/>" : "";
  const body = `<w:body>${blocksOoxml(blocks)}${tail}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><?mso-application progid="Word.Document"?>' +
    `<pkg:package xmlns:pkg="${PKG}"><pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">` +
    '<pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    "</Relationships></pkg:xmlData></pkg:part>" +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">' +
    `<pkg:xmlData><w:document xmlns:w="${W}">${body}</w:document></pkg:xmlData></pkg:part></pkg:package>`
  );
}

// ---------------------------------------------------------------------------------------------
// Snapshots (the undo stack): a deep copy that keeps every control's identity (uid)

function copyCc(cc: Cc): Cc {
  return { ...cc };
}

function copyInline(i: Inline): Inline {
  return i.kind === "t" ? { ...i } : { kind: "isdt", cc: copyCc(i.cc), inlines: i.inlines.map(copyInline) };
}

export function copyBlocks(blocks: readonly Block[]): Block[] {
  return blocks.map((b): Block => {
    if (b.kind === "p") return { kind: "p", inlines: b.inlines.map(copyInline) };
    if (b.kind === "sdt") return { kind: "sdt", cc: copyCc(b.cc), blocks: copyBlocks(b.blocks) };
    return {
      kind: "tbl",
      rows: b.rows.map((r) => ({
        kind: "tr",
        header: r.header,
        cantSplit: r.cantSplit,
        cells: r.cells.map((c) => ({ kind: "tc", blocks: copyBlocks(c.blocks), sdt: c.sdt ? copyCc(c.sdt) : undefined })),
      })),
    };
  });
}
