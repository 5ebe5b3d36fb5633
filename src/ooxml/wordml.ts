// Small WordprocessingML pieces: runs, paragraphs, cells, content controls. Every text goes through
// xmlText(); callers pass plain strings.

import { xmlText } from "./xml-text";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Font of a run. eastAsia is always set so WPS and LibreOffice pick a CJK font too. */
export interface RunStyle {
  readonly latin: string;
  readonly eastAsia: string;
  /** Half-points (21 = 10.5 pt, 五号). */
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: string;
}

export const FONTS = {
  title: { latin: "Arial", eastAsia: "黑体", size: 36, bold: true },
  heading: { latin: "Arial", eastAsia: "黑体", size: 28, bold: true },
  label: { latin: "Arial", eastAsia: "黑体", size: 21 },
  value: { latin: "Times New Roman", eastAsia: "宋体", size: 21 },
  placeholder: { latin: "Times New Roman", eastAsia: "宋体", size: 21, color: "808080" },
} as const satisfies Record<string, RunStyle>;

export function runPropsXml(style: RunStyle): string {
  const f = xmlText(style.latin);
  return (
    `<w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${xmlText(style.eastAsia)}"/>` +
    (style.bold ? "<w:b/><w:bCs/>" : "") +
    (style.color ? `<w:color w:val="${xmlText(style.color)}"/>` : "") +
    `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/></w:rPr>`
  );
}

/**
 * Exported documents only: each no-break hyphen (U+2011) in the text of `xml` becomes <w:noBreakHyphen/>,
 * which Word, WPS and LibreOffice all honour. The form inserted into Word keeps the character itself, so
 * that what is read back from Word is exactly what was written.
 */
export function withNoBreakHyphens(xml: string): string {
  return xml.replaceAll("\u2011", '</w:t><w:noBreakHyphen/><w:t xml:space="preserve">').replaceAll('<w:t xml:space="preserve"></w:t>', "");
}

/** One run; tabs become <w:tab/>, line breaks inside the paragraph (\v, U+2028, \n) <w:br/>; the text is escaped. */
export function runXml(text: string, style: RunStyle): string {
  const rPr = runPropsXml(style);
  const inner = text
    .split(/\r\n|[\r\n\v\u2028]/)
    .map((line, l) =>
      (l > 0 ? "<w:br/>" : "") +
      line
        .split("\t")
        .map((piece, i) => (i > 0 ? "<w:tab/>" : "") + (piece ? `<w:t xml:space="preserve">${xmlText(piece)}</w:t>` : ""))
        .join(""),
    )
    .join("");
  return `<w:r>${rPr}${inner}</w:r>`;
}

export interface ParagraphOptions {
  /** A paragraph style of stylesXml() (package.ts). */
  readonly styleId?: string;
  readonly align?: "left" | "center";
  readonly spacingBefore?: number;
  readonly spacingAfter?: number;
  readonly keepNext?: boolean;
}

export function paragraphXml(text: string, style: RunStyle, options: ParagraphOptions = {}): string {
  const pPr =
    "<w:pPr>" +
    (options.styleId ? `<w:pStyle w:val="${options.styleId}"/>` : "") +
    (options.keepNext ? "<w:keepNext/>" : "") +
    (options.spacingBefore || options.spacingAfter
      ? `<w:spacing w:before="${options.spacingBefore ?? 0}" w:after="${options.spacingAfter ?? 0}"/>`
      : "") +
    (options.align === "center" ? '<w:jc w:val="center"/>' : "") +
    "</w:pPr>";
  return `<w:p>${pPr === "<w:pPr></w:pPr>" ? "" : pPr}${text ? runXml(text, style) : ""}</w:p>`;
}

/** Paragraphs for multi-line text: one paragraph per line; at least one (empty) paragraph. */
export function linesXml(lines: readonly string[], style: RunStyle, options: ParagraphOptions = {}): string {
  const list = lines.length > 0 ? lines : [""];
  return list.map((l) => paragraphXml(l, style, options)).join("");
}

export type Lock = "sdtLocked" | "contentLocked" | "sdtContentLocked" | "unlocked";

export interface SdtProps {
  readonly tag: string;
  readonly alias: string;
  readonly id: number;
  readonly lock?: Lock;
  readonly showingPlaceholder?: boolean;
  /** Name of the glossary docPart holding the placeholder text. */
  readonly placeholderDocPart?: string;
}

export function sdtPrXml(p: SdtProps): string {
  return (
    "<w:sdtPr>" +
    `<w:alias w:val="${xmlText(p.alias)}"/>` +
    `<w:tag w:val="${xmlText(p.tag)}"/>` +
    `<w:id w:val="${p.id}"/>` +
    (p.lock && p.lock !== "unlocked" ? `<w:lock w:val="${p.lock}"/>` : "") +
    (p.placeholderDocPart ? `<w:placeholder><w:docPart w:val="${xmlText(p.placeholderDocPart)}"/></w:placeholder>` : "") +
    (p.showingPlaceholder ? "<w:showingPlcHdr/>" : "") +
    "</w:sdtPr>"
  );
}

/** A content control around block or cell content (content is already XML). */
export function sdtXml(p: SdtProps, contentXml: string): string {
  return `<w:sdt>${sdtPrXml(p)}<w:sdtContent>${contentXml}</w:sdtContent></w:sdt>`;
}

export interface CellOptions {
  readonly width: number;
  readonly shade?: string;
}

export function cellXml(contentXml: string, options: CellOptions): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${options.width}" w:type="dxa"/>` +
    (options.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${options.shade}"/>` : "") +
    '<w:vAlign w:val="center"/></w:tcPr>' +
    contentXml +
    "</w:tc>"
  );
}

export interface RowOptions {
  /** Repeat this row at the top of every page (w:tblHeader). */
  readonly header?: boolean;
}

/** A table row that is never split across pages (w:cantSplit). */
export function rowXml(cellsXml: string, options: RowOptions = {}): string {
  return `<w:tr><w:trPr><w:cantSplit/>${options.header ? "<w:tblHeader/>" : ""}</w:trPr>${cellsXml}</w:tr>`;
}

export function tableXml(widths: readonly number[], rowsXml: string): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  return (
    "<w:tbl><w:tblPr>" +
    `<w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/>` +
    `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>' +
    "</w:tblPr><w:tblGrid>" +
    widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("") +
    "</w:tblGrid>" +
    rowsXml +
    "</w:tbl>"
  );
}
