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
  TableCell,
  TextRun,
  WidthType,
  type Document,
  type IFontAttributesProperties,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from "docx";
import type { Lang } from "../domain/record";

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
  /** Exact line pitch in twips (公文: 22 lines in the type area); auto spacing when absent. */
  exactLine?: number;
}

export const STYLE = {
  title: "CcrTitle",
  subtitle: "CcrSubtitle",
  heading: "CcrHeading",
  body: "CcrBody",
  cell: "CcrCell",
  cellHead: "CcrCellHead",
  headerFooter: "CcrHeaderFooter",
} as const;

export function documentStyles(theme: DocTheme, lang: Lang): IStylesOptions {
  const spacing = theme.exactLine ? { line: theme.exactLine, lineRule: "exact" as const } : { line: 300 };
  const para = (id: string, name: string, font: FontPair, size: number, extra: Partial<IParagraphStyleOptions> = {}) =>
    ({
      id,
      name,
      basedOn: "Normal",
      quickFormat: true,
      ...extra,
      run: { font: fontAttributes(font), size, ...(extra.run ?? {}) },
      paragraph: { spacing, ...(extra.paragraph ?? {}) },
    }) as IParagraphStyleOptions;
  return {
    default: {
      document: {
        run: {
          font: fontAttributes(theme.body),
          size: theme.bodySize,
          language: { value: lang === "en" ? "en-GB" : "zh-CN", eastAsia: "zh-CN" },
        },
        paragraph: { spacing },
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
      para(STYLE.cell, "ccr Table Text", theme.body, theme.cellSize, { paragraph: { spacing: { line: 260 } } }),
      para(STYLE.cellHead, "ccr Table Heading", theme.heading, theme.cellSize, {
        paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 260 } },
      }),
      para(STYLE.headerFooter, "ccr Header Footer", theme.body, 18, { paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 240 } } }),
    ],
  };
}

/** A paragraph of plain text; line breaks in the text become breaks in the paragraph. */
export function textParagraph(text: string, style: string, options: { indentChars?: number; bold?: boolean } = {}): Paragraph {
  const lines = text.split(/\r\n|\r|\n/);
  const children = lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: options.bold }));
  return new Paragraph({
    style,
    children,
    indent: options.indentChars ? { firstLineChars: options.indentChars * 100 } : undefined,
  });
}

/** A paragraph made of runs: [text, bold?] pairs. */
export function runsParagraph(parts: readonly (readonly [string, boolean?])[], style: string): Paragraph {
  return new Paragraph({ style, children: parts.map(([text, bold]) => new TextRun({ text, bold: bold || undefined })) });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
export const CELL_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN };

export function textCell(text: string, width: number, head = false): TableCell {
  return new TableCell({
    children: [textParagraph(text, head ? STYLE.cellHead : STYLE.cell)],
    width: { size: width, type: WidthType.DXA },
    shading: head ? { fill: "E7E6E6", type: "clear", color: "auto" } : undefined,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
  });
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

export async function packDocx(doc: Document): Promise<Uint8Array> {
  return Packer.pack(doc, "uint8array");
}

/** A4 in twips. */
export const A4 = { width: 11906, height: 16838 } as const;

export function mm(value: number): number {
  return Math.round((value * 1440) / 25.4);
}
