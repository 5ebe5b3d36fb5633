// Reading a .docx into the neutral block model of domain/recognise/blocks.ts: paragraphs and tables with cell
// texts, the content controls (tag, title, text) found at every level, and the add-in's stored
// settings. Used by `ccr extract` / `ccr validate` and by the recognition of hand-filled forms.
//
// The input may be hostile: its size, the number of zip entries, each entry's and the total
// expanded size and the expansion ratio are capped (zip bombs), entries are inflated in small
// steps so a lying size header cannot make the reader decode more than the caps, only the parts
// needed are expanded, and XML with a DOCTYPE (entity expansion) is refused. Never throws: bad
// input gives a bilingual message.

import { DOMParser, onErrorStopParsing, type Document as XmlDocument, type Element, type Node } from "@xmldom/xmldom";
import { inflateSync, Unzip, UnzipInflate, unzipSync } from "fflate";
import type { DocBlock, DocCell, DocControl, DocParagraph, DocRow, DocTable } from "../domain/recognise/blocks";
import type { Bilingual } from "../domain/record/i18n";
import { checksum53 } from "./checksum";
import { elements, firstChild, isW, wAttr } from "./dom";
import { repairLibreOfficeRepeats } from "./libreoffice";
import { plainZipEntries } from "./plain-zip";
import { W_NS } from "./wordml";
import { invalidRecordIds, WE_NS } from "./web-extension";

export interface DocxLimits {
  /** Size of the .docx file itself. */
  maxBytes: number;
  /** Entries in the zip. */
  maxEntries: number;
  /** Expanded size of one part. */
  maxEntryBytes: number;
  /** Expanded size of all parts read. */
  maxTotalBytes: number;
  /** Expanded/compressed size of a part larger than 1 MB once expanded. */
  maxRatio: number;
}

export const DEFAULT_DOCX_LIMITS: DocxLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxEntries: 5000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxRatio: 200,
};

export interface DocxContent {
  /** The body in document order. */
  blocks: DocBlock[];
  /** Every content control with a tag, in document order (outer controls before inner ones). */
  controls: DocControl[];
  /** Settings of the document's task-pane add-ins (Office.context.document.settings): name → value. */
  settings: Record<string, unknown>;
  /** Paragraphs repaired of LibreOffice 7.4's repeated cell-control text (src/ooxml/libreoffice.ts). */
  libreOfficeRepairs: number;
}

export type ReadDocxResult = { ok: true; content: DocxContent } | { ok: false; error: Bilingual };

class DocxError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

function fail(zh: string, en: string): never {
  throw new DocxError({ zh, en });
}

const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

/** Parts worth expanding: the package relationships, the main document, web-extension settings. */
function wanted(name: string): boolean {
  return name === "_rels/.rels" || /^word\/[^/]+\.xml$/.test(name) || /^word\/webextensions\/webextension\d*\.xml$/.test(name);
}

export function readDocx(bytes: Uint8Array, limits: Partial<DocxLimits> = {}): ReadDocxResult {
  try {
    return { ok: true, content: readOrThrow(bytes, { ...DEFAULT_DOCX_LIMITS, ...limits }) };
  } catch (e) {
    if (e instanceof DocxError) return { ok: false, error: e.text };
    // Anything else is a structure the checks above did not foresee: say so, not what the engine said.
    return {
      ok: false,
      error: {
        zh: "不是有效的 .docx 文件：无法读取其结构（可能已损坏，或不是由 Word、WPS 或 LibreOffice 保存的）。请在 Word 中打开并另存为 .docx 后重试。",
        en: "Not a valid .docx file: its structure cannot be read (it may be damaged, or was not saved by Word, WPS or LibreOffice). Open it in Word, save it as .docx and try again.",
      },
    };
  }
}

function readOrThrow(bytes: Uint8Array, limits: DocxLimits): DocxContent {
  if (bytes.length > limits.maxBytes) {
    fail(`文件过大(${mb(bytes.length)} MB,上限 ${mb(limits.maxBytes)} MB)。`, `The file is too large (${mb(bytes.length)} MB, limit ${mb(limits.maxBytes)} MB).`);
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) fail("不是 .docx 文件(不是 zip 包)。", "Not a .docx file (not a zip package).");
  const parts = new Map([...unzipWithinLimits(bytes, limits, wanted)].map(([name, data]) => [name, new TextDecoder("utf-8").decode(data)]));
  const main = mainDocumentPath(parts) ?? "word/document.xml";
  const documentText = parts.get(main);
  if (documentText === undefined) fail("不是 Word 文档:缺少 word/document.xml。", "Not a Word document: word/document.xml is missing.");
  const body = firstChild(parseWordXml(documentText, main).documentElement!, W_NS, "body");
  const blocks: DocBlock[] = [];
  const controls: DocControl[] = [];
  const libreOfficeRepairs = body ? repairLibreOfficeRepeats(body) : 0;
  if (body) walkBlocks(body, blocks, controls);
  const settings: Record<string, unknown> = {};
  for (const [name, text] of parts) {
    if (name.startsWith("word/webextensions/")) Object.assign(settings, webExtensionSettings(parseWordXml(text, name)));
  }
  // A record id becomes part of tags and of file names (ccr extract -o): one ccr never wrote is refused here.
  const invalid = invalidRecordIds(settings);
  if (invalid.length > 0) {
    const shown = invalid.map((id) => JSON.stringify(id.slice(0, 80))).join(", ");
    fail(
      `文档中保存的记录编号 ${shown} 无效（只能由字母、数字、- 和 _ 组成，最多 64 个字符）：这份文件不是 ccr 原样写入的，可能被篡改，已拒绝读取。`,
      `The document holds record id(s) ${shown}, which are not valid (letters, digits, - and _ only, at most 64): the file was not written by ccr as it is and may have been tampered with; it is refused.`,
    );
  }
  return { blocks, controls, settings, libreOfficeRepairs };
}

export interface PackageSettings {
  /** The settings, as readDocx gives them. */
  settings: Record<string, unknown>;
  /**
   * A checksum of every other part readDocx reads (the package relationships, the main document and
   * the other word/*.xml parts) as stored: compressed bytes, method, sizes and CRC. Equal checksums:
   * readDocx reads the same from those parts.
   */
  partsChecksum: string;
}

/** Largest settings part readSettingsOnly expands. */
const MAX_SETTINGS_PART_BYTES = 1024 * 1024;

/**
 * The add-in settings of a .docx, without reading its document: only the settings parts are expanded.
 * Undefined unless readDocx would find the package sound and read these very settings (a plain zip
 * layout within the limits, settings parts that expand to their stated size and parse, valid record
 * ids); then a caller who knows what the other parts hold (by partsChecksum) can skip readDocx.
 */
export function readSettingsOnly(bytes: Uint8Array, limits: Partial<DocxLimits> = {}): PackageSettings | undefined {
  const caps = { ...DEFAULT_DOCX_LIMITS, ...limits };
  if (bytes.length > caps.maxBytes) return undefined;
  const settings: Record<string, unknown> = {};
  const others: string[] = [];
  try {
    const entries = plainZipEntries(bytes);
    if (!entries || entries.length > caps.maxEntries) return undefined;
    if (new Set(entries.map((e) => e.name.toLowerCase())).size !== entries.length) return undefined;
    const read = entries.filter((e) => wanted(e.name));
    const total = read.reduce((sum, e) => sum + e.size, 0);
    if (total > caps.maxTotalBytes || read.some((e) => (e.compression !== 0 && e.compression !== 8) || e.size > caps.maxEntryBytes)) return undefined;
    for (const e of read) {
      if (!e.name.startsWith("word/webextensions/")) {
        others.push(`${e.name}:${e.compression}:${e.crc}:${e.size}:${e.data.length}:${checksum53(e.data)}`);
        continue;
      }
      if (e.size > MAX_SETTINGS_PART_BYTES) return undefined;
      // One byte more than stated: a part expanding past its stated size is seen, not cut.
      const data = e.compression === 0 ? e.data : inflateSync(e.data, { out: new Uint8Array(e.size + 1) });
      if (data.length !== e.size) return undefined;
      Object.assign(settings, webExtensionSettings(parseWordXml(new TextDecoder("utf-8").decode(data), e.name)));
    }
  } catch {
    return undefined;
  }
  if (invalidRecordIds(settings).length > 0) return undefined;
  return { settings, partsChecksum: checksum53(others.join("\n")).toString(36) };
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

// ---------------------------------------------------------------------------------------------
// Zip

/**
 * The entries of a zip package (.docx, .xlsx) that `wanted` names, expanded within `limits` (entry
 * count, each entry's and the total expanded size, the expansion ratio); throws an Error with a
 * bilingual `text` when a limit is passed or an entry is damaged. maxBytes is the caller's to check.
 */
export function unzipWithinLimits(bytes: Uint8Array, limits: DocxLimits, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  const listed = centralDirectoryNames(bytes, limits);
  const out = new Map<string, Uint8Array>();
  const local: string[] = [];
  let total = 0;
  let problem: DocxError | undefined;
  const stop = (zh: string, en: string) => {
    problem ??= new DocxError({ zh, en });
  };
  const unzip = new Unzip((file) => {
    local.push(file.name);
    if (local.length > limits.maxEntries) {
      stop(`压缩包条目过多(超过 ${limits.maxEntries} 个)。`, `Too many entries in the package (over ${limits.maxEntries}).`);
      return;
    }
    if (problem || !wanted(file.name)) return;
    if (file.compression !== 0 && file.compression !== 8) {
      const method = COMPRESSION_NAMES[file.compression] ?? `${file.compression}`;
      stop(
        `${file.name} 使用了不支持的压缩方式（${method}）：Word 文档的各部分应为 deflate 压缩。文件不是由 Word、WPS 或 LibreOffice 保存的；请在其中打开并另存为 .docx 后重试。`,
        `${file.name} uses a compression method that is not supported (${method}); the parts of a Word document are deflate-compressed. The file was not saved by Word, WPS or LibreOffice: open it in one of them, save it as .docx and try again.`,
      );
      return;
    }
    if (file.originalSize !== undefined && file.originalSize > limits.maxEntryBytes) {
      stop(`${file.name} 解压后过大。`, `${file.name} is too large once expanded.`);
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (problem) return;
      if (err) {
        stop(`${file.name} 已损坏(${err.message})。`, `${file.name} is damaged (${err.message}).`);
        return;
      }
      size += chunk.length;
      total += chunk.length;
      const ratio = file.size ? size / file.size : 0;
      if (size > limits.maxEntryBytes || total > limits.maxTotalBytes || (size > 1024 * 1024 && ratio > limits.maxRatio)) {
        stop(`${file.name} 解压后过大或压缩比异常(疑似压缩炸弹)。`, `${file.name} expands too much (a zip bomb?).`);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) out.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Small steps: each step can expand at most ~1,000× its size before the caps are checked again.
  const STEP = 16 * 1024;
  for (let i = 0; i < bytes.length && !problem; i += STEP) unzip.push(bytes.subarray(i, i + STEP), i + STEP >= bytes.length);
  if (problem) throw problem;
  // The entries read here (local headers, in file order) must be the ones other readers see (the
  // central directory): otherwise a file can show a person one document and give ccr another.
  if (local.length !== listed.length || [...local].sort().join("\n") !== [...listed].sort().join("\n")) {
    fail(
      "压缩包的目录与其内容不一致（有未列入目录或目录中缺少的条目）：不同的程序会读出不同的内容，已拒绝读取。请在 Word 中打开并另存为 .docx 后重试。",
      "The package's directory does not match its content (entries missing from it or not in it): different programs would read different content, so it is refused. Open it in Word, save it as .docx and try again.",
    );
  }
  return out;
}

/** Zip compression methods by number, for messages. */
const COMPRESSION_NAMES: Record<number, string> = { 1: "shrink", 6: "implode", 9: "deflate64", 12: "bzip2", 14: "LZMA", 93: "Zstandard", 95: "XZ", 98: "PPMd" };

/**
 * The entry names of the zip's central directory (what Word and most readers go by), nothing expanded;
 * refuses a package naming one part twice, also in another case (part names are case-insensitive, OPC §9.1.1.1).
 */
function centralDirectoryNames(bytes: Uint8Array, limits: DocxLimits): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    fail("文件已损坏：找不到压缩包的目录（文件可能不完整）。", "The file is damaged: the package's directory is missing (the file may be incomplete).");
  }
  if (names.length > limits.maxEntries) fail(`压缩包条目过多（超过 ${limits.maxEntries} 个）。`, `Too many entries in the package (over ${limits.maxEntries}).`);
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = name.toLowerCase();
    const other = seen.get(key);
    if (other !== undefined) {
      fail(
        `压缩包中有两个同名的部分“${other}”${other === name ? "" : `与“${name}”`}：Word 和其他程序可能读出不同的内容，已拒绝读取。文件可能被篡改；请向发送者索取原文件。`,
        `The package holds the part "${other}"${other === name ? "" : ` and "${name}"`} twice: Word and other programs may read different content, so it is refused. The file may have been tampered with; ask the sender for the original.`,
      );
    }
    seen.set(key, name);
  }
  return names;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

/** The main document part named by the package relationships (_rels/.rels), if any. */
export function mainDocumentPath(parts: ReadonlyMap<string, string>): string | undefined {
  const rels = parts.get("_rels/.rels");
  if (!rels) return undefined;
  const doc = parseWordXml(rels, "_rels/.rels");
  for (const rel of elements(doc.documentElement!)) {
    if (rel.namespaceURI === RELS_NS && rel.localName === "Relationship" && rel.getAttribute("Type") === REL_OFFICE_DOCUMENT) {
      return (rel.getAttribute("Target") ?? "").replace(/^\//, "");
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// XML

/** XML 1.0 end-of-line handling (§2.11): CR LF and lone CR become LF. xmldom's default follows XML 1.1
 * and also turns U+0085, U+2028 and U+2029 into LF (even inside attribute values, where they then
 * become spaces), which would change user text that Word keeps as typed. */
function xml10LineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * Parses one XML part of a Word document (XML 1.0 line ends, no DOCTYPE). Throws an Error with a
 * bilingual `text` ({zh, en}) when the part is not well-formed.
 */
export function parseWordXml(text: string, name: string) {
  // Anywhere in the part, not only its first bytes: a long comment may come before a DOCTYPE.
  if (/<!DOCTYPE/i.test(text)) fail(`${name} 含有 DOCTYPE,已拒绝读取。`, `${name} has a DOCTYPE and is refused.`);
  let doc: XmlDocument;
  try {
    doc = new DOMParser({ onError: onErrorStopParsing, normalizeLineEndings: xml10LineEnds }).parseFromString(text, "text/xml");
    if (!doc.documentElement) throw new Error("no root element");
  } catch (e) {
    // xmldom's message without its "Error constructing the DOM: NamespaceError: " prefixes.
    const detail = (e instanceof Error ? e.message.split("\n")[0] : String(e)).replace(/^(?:[\w ]*(?:Error|Exception|DOM):\s*)+/, "");
    return fail(`${name} 不是有效的 XML,文件已损坏(${detail})。`, `${name} is not valid XML; the file is damaged (${detail}).`);
  }
  if (depthOver(doc.documentElement, MAX_XML_DEPTH)) {
    fail(
      `${name} 的元素嵌套超过 ${MAX_XML_DEPTH} 层：这不是 Word 写出的文档结构（Word 文档通常不到 30 层），已拒绝读取。`,
      `${name} nests elements more than ${MAX_XML_DEPTH} levels deep: not a structure Word writes (Word documents rarely pass 30), so it is refused.`,
    );
  }
  return doc;
}

/** Deepest element nesting read in a part (the readers walk the document recursively). */
export const MAX_XML_DEPTH = 256;

/** Whether elements under `root` nest deeper than `limit` (an explicit stack: no recursion). */
function depthOver(root: Element, limit: number): boolean {
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return false;
}

/** Elements whose content is read as if it stood in their place. */
const TRANSPARENT = new Set(["customXml", "ins", "moveTo", "smartTag", "hyperlink", "fldSimple", "dir", "bdo"]);

// ---------------------------------------------------------------------------------------------
// Blocks

function controlOf(sdt: Element, text: string): DocControl | undefined {
  const pr = firstChild(sdt, W_NS, "sdtPr");
  const tag = wAttr(pr && firstChild(pr, W_NS, "tag"), "val");
  if (!tag) return undefined;
  const title = wAttr(pr && firstChild(pr, W_NS, "alias"), "val");
  return title ? { tag, title, text } : { tag, text };
}

function walkBlocks(parent: Element, blocks: DocBlock[], controls: DocControl[]): void {
  for (const el of elements(parent)) {
    if (isW(el, "p")) blocks.push(paragraphBlock(el, controls));
    else if (isW(el, "tbl")) blocks.push(tableBlock(el, controls));
    else if (isW(el, "sdt")) {
      // The control's text is that of the blocks it holds, taken from this one walk (a second walk
      // for the text would double the work at every level of nested controls).
      const content = firstChild(el, W_NS, "sdtContent");
      const control = controlOf(el, "");
      if (control) controls.push(control);
      const first = blocks.length;
      if (content) walkBlocks(content, blocks, controls);
      if (control && content) control.text = blocks.length > first ? blocks.slice(first).map(blockPlainText).join("\n") : runText(content, []);
    } else if (el.namespaceURI === W_NS && TRANSPARENT.has(el.localName ?? "")) walkBlocks(el, blocks, controls);
  }
}

function paragraphBlock(p: Element, controls: DocControl[]): DocParagraph {
  const inline: DocControl[] = [];
  const text = runText(p, inline);
  controls.push(...inline);
  const style = wAttr(firstChild(firstChild(p, W_NS, "pPr") ?? p, W_NS, "pStyle"), "val");
  const block: DocParagraph = { kind: "paragraph", text };
  if (style) block.style = style;
  if (inline.length > 0) block.controls = inline;
  return block;
}

/**
 * A w:tbl as a block (rows and cells as every reader here sees them), with the w:tc element of each
 * cell: cells[row][cell] is the element of table.rows[row].cells[cell].
 */
export function tableWithCells(tbl: Element): { table: DocTable; cells: Element[][] } {
  const cells: Element[][] = [];
  return { table: tableBlock(tbl, [], cells), cells };
}

/** The w:tc elements of a w:tr, in the order tableWithCells gives them (through controls around cells). */
export function rowCellElements(tr: Element): Element[] {
  const tcs: Element[] = [];
  rowOf(tr, [], tcs);
  return tcs;
}

function tableBlock(tbl: Element, controls: DocControl[], tcs?: Element[][]): DocTable {
  const rows: DocRow[] = [];
  const addRows = (parent: Element) => {
    for (const el of elements(parent)) {
      if (isW(el, "tr")) {
        const row: Element[] = [];
        tcs?.push(row);
        rows.push(rowOf(el, controls, row));
      }
      else if (isW(el, "sdt")) {
        // A control around whole rows: its text is theirs.
        const content = firstChild(el, W_NS, "sdtContent");
        const control = controlOf(el, "");
        if (control) controls.push(control);
        const first = rows.length;
        if (content) addRows(content);
        if (control) control.text = rows.slice(first).map((r) => r.cells.map((c) => c.text).join("\t")).join("\n");
      } else if (isW(el, "customXml")) addRows(el);
    }
  };
  addRows(tbl);
  return { kind: "table", rows };
}

function rowOf(tr: Element, controls: DocControl[], tcs?: Element[]): DocRow {
  const cells: DocCell[] = [];
  const addCells = (parent: Element, around: DocControl[]) => {
    for (const el of elements(parent)) {
      if (isW(el, "tc")) {
        tcs?.push(el);
        cells.push(cellOf(el, around, controls));
      }
      else if (isW(el, "sdt")) {
        // A control wrapping whole cells (the record form's cell-level controls).
        const content = firstChild(el, W_NS, "sdtContent");
        const control = controlOf(el, "");
        if (control) controls.push(control);
        const first = cells.length;
        if (content) addCells(content, control ? [...around, control] : around);
        if (control) control.text = cells.slice(first).map((c) => c.text).join("\t");
      } else if (isW(el, "customXml")) addCells(el, around);
    }
  };
  addCells(tr, []);
  return { cells };
}

function cellOf(tc: Element, around: DocControl[], controls: DocControl[]): DocCell {
  const inner: DocControl[] = [];
  const innerBlocks: DocBlock[] = [];
  walkBlocks(tc, innerBlocks, inner);
  controls.push(...inner);
  const cell: DocCell = { text: innerBlocks.map(blockPlainText).join("\n") };
  const tcPr = firstChild(tc, W_NS, "tcPr");
  const span = Number(wAttr(tcPr && firstChild(tcPr, W_NS, "gridSpan"), "val"));
  if (span > 1) cell.gridSpan = span;
  const vMerge = tcPr && firstChild(tcPr, W_NS, "vMerge");
  if (vMerge) cell.vMerge = wAttr(vMerge, "val") === "restart" ? "restart" : "continue";
  const all = [...around, ...inner];
  if (all.length > 0) cell.controls = all;
  return cell;
}

function blockPlainText(b: DocBlock): string {
  return b.kind === "paragraph" ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join("\t")).join("\n");
}

/** The visible text of a paragraph (or of inline content): runs, tabs, breaks; deleted text and drawings left out. */
function runText(parent: Element, controls: DocControl[]): string {
  let text = "";
  for (const el of elements(parent)) {
    if (el.namespaceURI === MC_NS && el.localName === "AlternateContent") {
      const fallback = firstChild(el, MC_NS, "Fallback");
      if (fallback) text += runText(fallback, controls);
      continue;
    }
    if (el.namespaceURI !== W_NS) continue;
    switch (el.localName) {
      case "t":
        text += el.textContent ?? "";
        break;
      case "tab":
        text += "\t";
        break;
      case "br":
      case "cr":
        // A line break inside the paragraph, as Word's own text gives it (paragraphs are \n apart).
        text += "\v";
        break;
      case "noBreakHyphen":
        text += "-";
        break;
      case "r":
        text += runText(el, controls);
        break;
      case "sdt": {
        const content = firstChild(el, W_NS, "sdtContent");
        const inner: DocControl[] = [];
        const t = content ? runText(content, inner) : "";
        const control = controlOf(el, t);
        if (control) controls.push(control);
        controls.push(...inner);
        text += t;
        break;
      }
      default:
        if (TRANSPARENT.has(el.localName ?? "")) text += runText(el, controls);
    }
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Settings

function webExtensionSettings(doc: ReturnType<typeof parseWordXml>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const root = doc.documentElement!;
  if (root.namespaceURI !== WE_NS) return out;
  const properties = firstChild(root, WE_NS, "properties");
  if (!properties) return out;
  for (const p of elements(properties)) {
    if (p.namespaceURI !== WE_NS || p.localName !== "property") continue;
    const name = p.getAttribute("name");
    const raw = p.getAttribute("value");
    if (!name || raw === null) continue;
    try {
      out[name] = JSON.parse(raw);
    } catch {
      out[name] = raw;
    }
  }
  return out;
}
