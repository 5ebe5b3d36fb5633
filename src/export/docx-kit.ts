// The docx building blocks every .docx export shares: CJK-aware fonts and styles, text
// paragraphs, table cells, page-number footers, packing to bytes.

import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type Document,
  type IFontAttributesProperties,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from "docx";
import type { Lang } from "../domain/record/record";
import { fontTableXml } from "../ooxml/font-table";
import { applySplices, type XmlSplice } from "./docx-splice";

/** A font for East Asian text and one for Latin text. */
export interface FontPair {
  eastAsia: string;
  latin: string;
}

/**
 * Font attributes with every script slot set: ascii/hAnsi/cs take the Latin font, eastAsia the CJK
 * one, and the eastAsia hint makes Word, WPS and LibreOffice treat shared punctuation as CJK.
 */
export function fontAttributes(f: FontPair): IFontAttributesProperties {
  return { ascii: f.latin, hAnsi: f.latin, cs: f.latin, eastAsia: f.eastAsia, hint: "eastAsia" };
}

export interface DocTheme {
  body: FontPair;
  heading: FontPair;
  title: FontPair;
  /** Half-points are docx's unit for sizes: 24 = 12 pt. */
  bodySize: number;
  cellSize: number;
  titleSize: number;
  headingSize: number;
  titleColor?: string;
  /** Fonts used in some places only (e.g. 楷体 headings, the page-number font). */
  extraFonts?: FontPair[];
  /** Character spacing of body text in 1/20 pt (公文: −0.25 pt makes 28 characters of 16 pt fill 156 mm). */
  characterSpacing?: number;
  /** Exact line pitch in twips (公文: 22 lines in the type area); auto spacing when absent. */
  exactLine?: number;
  /** Header cells unshaded (公文 tables: GB/T 9704 has no shading). */
  plainTables?: boolean;
}

export const STYLE = {
  title: "CcrTitle",
  subtitle: "CcrSubtitle",
  heading: "CcrHeading",
  body: "CcrBody",
  cellHead: "CcrCellHead",
  headerFooter: "CcrHeaderFooter",
} as const;

// lineRule written out: LibreOffice reads a w:line without one as exact, clipping CJK text of 4号 and up.
const CELL_SPACING = { line: 260, lineRule: "auto" as const };

export function documentStyles(theme: DocTheme, lang: Lang): IStylesOptions {
  const spacing = theme.exactLine ? { line: theme.exactLine, lineRule: "exact" as const } : { line: 300 };
  const para = (id: string, name: string, font: FontPair, size: number, extra: Partial<IParagraphStyleOptions> = {}) =>
    ({
      id,
      name,
      basedOn: "Normal",
      quickFormat: true,
      ...extra,
      run: { font: fontAttributes(font), size, characterSpacing: theme.characterSpacing, ...(extra.run ?? {}) },
      paragraph: { spacing, ...(extra.paragraph ?? {}) },
    }) as IParagraphStyleOptions;
  // The document defaults are the table text: the thousands of cell paragraphs then need no
  // properties of their own, which keeps large tables fast to build; every other paragraph names its style.
  return {
    default: {
      document: {
        run: {
          font: fontAttributes(theme.body),
          size: theme.cellSize,
          language: { value: lang === "en" ? "en-GB" : "zh-CN", eastAsia: "zh-CN" },
        },
        paragraph: { spacing: CELL_SPACING },
      },
    },
    paragraphStyles: [
      para(STYLE.title, "ccr Title", theme.title, theme.titleSize, {
        run: { bold: theme.title.eastAsia === theme.heading.eastAsia, color: theme.titleColor },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 240 }, keepNext: true },
      }),
      para(STYLE.subtitle, "ccr Subtitle", theme.body, theme.bodySize, {
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...spacing, after: 200 } },
      }),
      para(STYLE.heading, "ccr Heading", theme.heading, theme.headingSize, {
        paragraph: { spacing: { ...spacing, before: theme.exactLine ? 0 : 200, after: theme.exactLine ? 0 : 80 }, keepNext: true },
      }),
      para(STYLE.body, "ccr Body", theme.body, theme.bodySize),
      para(STYLE.cellHead, "ccr Table Heading", theme.heading, theme.cellSize, {
        run: { characterSpacing: 0 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: CELL_SPACING },
      }),
      para(STYLE.headerFooter, "ccr Header Footer", theme.body, 18, {
        run: { characterSpacing: 0 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 240 } } }),
    ],
  };
}

/**
 * A paragraph of plain text; line breaks in the text become breaks in the paragraph. `indentChars`
 * indents the first line by that many characters of `charTwips` width (Word reads the character
 * count, LibreOffice the twips).
 */
export function textParagraph(
  text: string,
  style: string,
  options: { indentChars?: number; charTwips?: number; bold?: boolean; spaceBefore?: number; keepNext?: boolean; alignRight?: boolean } = {},
): Paragraph {
  const lines = text.split(/\r\n|\r|\n/);
  const children = lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: options.bold }));
  return new Paragraph({
    style,
    children,
    indent: options.indentChars ? firstLineIndent(options.indentChars, options.charTwips) : undefined,
    spacing: options.spaceBefore ? { before: options.spaceBefore } : undefined,
    keepNext: options.keepNext || undefined,
    alignment: options.alignRight ? AlignmentType.RIGHT : undefined,
  });
}

export function firstLineIndent(chars: number, charTwips = 240): { firstLineChars: number; firstLine: number } {
  return { firstLineChars: chars * 100, firstLine: chars * charTwips };
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const CELL_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/**
 * A table cell of plain text. Widths come from the table grid, padding from the table (see
 * tableFrame) and the text formatting from the document defaults, so a body cell carries only its
 * paragraph and runs: the 1,000-row tables stay cheap to build.
 */
export function textCell(text: string, head = false, shaded = true, keepNext = false): TableCell {
  if (head) return new TableCell({ children: [textParagraph(text, STYLE.cellHead, { keepNext })], shading: shaded ? { fill: "E7E6E6", type: "clear", color: "auto" } : undefined });
  const lines = text.split("\n");
  const runs = lines.length === 1 ? [new TextRun(text)] : lines.map((line, i) => (i === 0 ? new TextRun(line) : new TextRun({ text: line, break: 1 })));
  return new TableCell({ children: [new Paragraph({ children: runs, keepNext: keepNext || undefined })] });
}

/** The table options every ccr table shares: fixed layout on a grid of `widths`, thin borders, cell padding. */
export function tableFrame(widths: readonly number[]) {
  return {
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    borders: { ...CELL_BORDERS, insideHorizontal: THIN, insideVertical: THIN },
  } as const;
}

/** A fixed-layout table with thin borders on every cell, `widths` in twips. */
export function gridTable(rows: TableRow[], widths: number[]): Table {
  return new Table({ rows, ...tableFrame(widths) });
}

/** Column widths in twips: `total` split in proportion to `parts`. */
export function shares(total: number, parts: readonly number[]): number[] {
  const sum = parts.reduce((a, b) => a + b, 0);
  return parts.map((p) => Math.floor((total * p) / sum));
}

/** 第 X 页 / 共 Y 页 (Page X of Y). */
export function pageXofYFooter(lang: Lang): Footer {
  const parts =
    lang === "en"
      ? ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES]
      : ["第 ", PageNumber.CURRENT, " 页 / 共 ", PageNumber.TOTAL_PAGES, " 页"];
  return new Footer({ children: [new Paragraph({ style: STYLE.headerFooter, children: [new TextRun({ children: parts })] })] });
}

export function textHeader(text: string): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: "808080", space: 1 } },
        children: [new TextRun(text)],
      }),
    ],
  });
}

export interface PartOverride {
  path: string;
  data: string;
}

export async function packDocx(doc: Document, overrides: readonly PartOverride[] = [], splices: readonly XmlSplice[] = []): Promise<Uint8Array> {
  return applySplices(await Packer.pack(doc, "uint8array", false, overrides), splices);
}

/** word/fontTable.xml naming the theme's fonts with their fallbacks (src/ooxml/font-table.ts). */
export function fontTableOverride(theme: DocTheme): PartOverride {
  const fonts = [theme.body, theme.heading, theme.title, ...(theme.extraFonts ?? [])].flatMap((f) => [f.eastAsia, f.latin]);
  return { path: "word/fontTable.xml", data: fontTableXml(fonts) };
}

/** A4 in twips. */
export const A4 = { width: 11906, height: 16838 } as const;

export function mm(value: number): number {
  return Math.round((value * 1440) / 25.4);
}
