// Large tables written as WordprocessingML strings and spliced into a `docx` document. Building a
// 1,000-row table as `docx` objects costs ~1 s of object churn; the same table as XML strings from
// the shared OOXML helpers (src/ooxml/wordml.ts) costs a few milliseconds. The document keeps a
// placeholder paragraph where the table goes; after packing, the paragraph is replaced by the XML.

import { Paragraph, TextRun } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

export interface XmlSplice {
  /** Unique text of the placeholder paragraph. */
  marker: string;
  /** Body-level XML (e.g. a w:tbl) that takes the paragraph's place. */
  xml: string;
}

let counter = 0;

/** A placeholder paragraph and the splice that replaces it with `xml`. */
export function xmlBlock(xml: string): { paragraph: Paragraph; splice: XmlSplice } {
  const marker = `CCR-SPLICE-${++counter}-${Math.random().toString(36).slice(2, 10)}`;
  return { paragraph: new Paragraph({ children: [new TextRun(marker)] }), splice: { marker, xml } };
}

/** Replaces each placeholder paragraph of word/document.xml by its XML and zips the package again. */
export function applySplices(docx: Uint8Array, splices: readonly XmlSplice[]): Uint8Array {
  if (splices.length === 0) return docx;
  const files = unzipSync(docx);
  let xml = strFromU8(files["word/document.xml"]);
  for (const s of splices) {
    const at = xml.indexOf(s.marker);
    if (at < 0) throw new Error(`placeholder ${s.marker} not found`);
    const start = Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
    const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
    xml = xml.slice(0, start) + s.xml + xml.slice(end);
  }
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) out[name] = name === "word/document.xml" ? strToU8(xml) : data;
  return zipSync(out, { level: 6 });
}
