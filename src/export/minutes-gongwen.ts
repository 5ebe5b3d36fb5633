// 会议纪要 in 公文格式 after GB/T 9704-2012 (党政机关公文格式) §10.3 纪要格式 and its page layout:
// A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines of 28 characters in 3号仿宋 (16 pt);
// the 纪要标志 centred in 小标宋 (red); headings 一、 in 黑体 and (一) in 楷体; 出席/请假/列席 as
// a 3号黑体 label and 仿宋 names aligned after the colon; page numbers 4号 宋体 "— 1 —", odd pages
// right and even pages left, one character in from the edge. The 22 lines come from an exact line
// pitch of 225 mm / 22 and the 28 characters from character spacing, not from a document grid,
// which LibreOffice and WPS apply differently and which would also stretch the table cells.

import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TextRun,
} from "docx";
import { SECTION_TITLES } from "../domain/record/fields";
import { pick } from "../domain/record/i18n";
import type { CcrRecord, Lang } from "../domain/record/record";
import { listNumber } from "../domain/record/punctuation";
import { actionTable } from "./actions-docx";
import { A4, documentStyles, firstLineIndent, fontAttributes, fontTableOverride, mm, packDocx, STYLE, textParagraph, type DocTheme, type FontPair } from "./docx-kit";
import type { ExportOptions } from "./facts";
import { CHINESE_NUMERALS, confirmationTable, labelValueTable } from "./minutes-tables";
import { MINUTES_TEXT, minutesContent, type MinutesPart } from "./minutes-content";

/** GB/T 9704-2012 §5.2: the type area and the margins around it. */
export const GONGWEN_PAGE = {
  top: mm(37),
  left: mm(28),
  right: mm(210 - 28 - 156),
  bottom: mm(297 - 37 - 225),
  /** 225 mm / 22 lines, in twips. */
  linePitch: Math.round(mm(225) / 22),
  charWidth: Math.round(mm(156) / 28),
} as const;

const FANGSONG: FontPair = { eastAsia: "仿宋_GB2312", latin: "Times New Roman" };
const HEITI: FontPair = { eastAsia: "黑体", latin: "Times New Roman" };
const KAITI: FontPair = { eastAsia: "楷体_GB2312", latin: "Times New Roman" };
const XIAOBIAOSONG: FontPair = { eastAsia: "方正小标宋简体", latin: "Times New Roman" };
const SONGTI: FontPair = { eastAsia: "宋体", latin: "Times New Roman" };

export const GONGWEN_THEME: DocTheme = {
  body: FANGSONG,
  heading: HEITI,
  title: XIAOBIAOSONG,
  bodySize: 32, // 3号
  cellSize: 21, // tables in 五号 so eight columns fit the 156 mm type area
  titleSize: 44, // 2号
  headingSize: 32,
  titleColor: "FF0000",
  extraFonts: [KAITI, SONGTI],
  exactLine: GONGWEN_PAGE.linePitch,
  // 156 mm / 28 = 15.79 pt per character: 16 pt less a quarter point.
  characterSpacing: -5,
  plainTables: true,
};

const INDENT = { indentChars: 2, charTwips: GONGWEN_PAGE.charWidth };

function run(text: string, font: FontPair, extra: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text, font: fontAttributes(font), ...extra });
}

/** 一、背景与事由 (黑体), two characters in. */
function level1(n: number, text: string, lang: string): Paragraph {
  const numeral = lang === "en" ? `${n}. ` : `${CHINESE_NUMERALS[n]}、`;
  return new Paragraph({ style: STYLE.heading, indent: firstLineIndent(2, GONGWEN_PAGE.charWidth), children: [run(numeral + text, HEITI)] });
}

/** (一)… in 楷体. */
function level2(n: number, text: string, lang: string): Paragraph {
  const numeral = lang === "en" ? `(${String.fromCharCode(96 + n)}) ` : `（${CHINESE_NUMERALS[n]}）`;
  return new Paragraph({ style: STYLE.body, indent: firstLineIndent(2, GONGWEN_PAGE.charWidth), children: [run(numeral + text, KAITI)] });
}

function bodyParagraphs(part: MinutesPart, lang: Lang): Paragraph[] {
  return part.items.map((text, i) => textParagraph(part.numbered ? listNumber(i + 1, lang) + text : text, STYLE.body, INDENT));
}

/** 出席:names — label in 黑体 two characters in, names in 仿宋, wrapped lines aligned after the colon. */
function attendanceLine(label: string, names: string[], lang: string): Paragraph {
  const w = GONGWEN_PAGE.charWidth;
  return new Paragraph({
    style: STYLE.body,
    indent: { left: w * 5, hanging: w * 3 },
    children: [run(label + (lang === "en" ? ": " : "："), HEITI), run(names.join(lang === "en" ? ", " : "、"), FANGSONG)],
  });
}

/** — 1 — in 4号 宋体, one character in from the outer edge. */
function pageNumberFooter(align: "right" | "left"): Footer {
  const w = GONGWEN_PAGE.charWidth;
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === "right" ? { right: w } : { left: w },
        spacing: { line: 240 },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: fontAttributes(SONGTI), size: 28 })],
      }),
    ],
  });
}

export async function exportGongwenMinutesDocx(record: CcrRecord, options: ExportOptions = {}): Promise<Uint8Array> {
  const c = minutesContent(record);
  const lang = c.lang;
  const width = mm(156);
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      style: STYLE.title,
      // §10.3: the top edge of the 纪要标志 35 mm below the top of the type area (the 2号 text sits
      // about 6 mm down in its two-line slot).
      spacing: { before: mm(29), after: 0, line: GONGWEN_PAGE.linePitch * 2, lineRule: "exact" },
      children: [run(c.gongwenTitle, XIAOBIAOSONG, { size: GONGWEN_THEME.titleSize })],
    }),
    new Paragraph({ style: STYLE.body, alignment: AlignmentType.CENTER, children: [run(c.dateLine, FANGSONG)] }),
    new Paragraph({ style: STYLE.body, children: [] }),
    textParagraph(c.opening, STYLE.body, INDENT),
  ];

  let n = 0;
  for (const part of c.summary) {
    body.push(level1(++n, part.label, lang), ...bodyParagraphs(part, lang));
  }
  const table = actionTable(record, width, GONGWEN_THEME, options);
  body.push(level1(++n, pick(SECTION_TITLES.actions, lang).replace(/^[一二三四五]、|^\d\. /, ""), lang), table.paragraph);
  if (c.openIssues) body.push(level1(++n, c.openIssues.label, lang), ...bodyParagraphs(c.openIssues, lang));
  const followUpTitle = pick(SECTION_TITLES.followUp, lang).replace(/^[一二三四五]、|^\d\. /, "");
  body.push(level1(n + 1, followUpTitle, lang));
  let m = 0;
  if (c.followUp.length > 0) body.push(labelValueTable(c.followUp, width, 0.3, false));
  if (c.letterLine) body.push(textParagraph(c.letterLine, STYLE.body, INDENT));
  body.push(textParagraph(c.notice, STYLE.body, INDENT));
  c.feedback.forEach((part) => body.push(level2(++m, part.label, lang), ...bodyParagraphs(part, lang)));

  // §10.3: one blank line, then 出席 / 请假 / 列席.
  body.push(new Paragraph({ style: STYLE.body, children: [] }));
  body.push(attendanceLine(pick(MINUTES_TEXT.present, lang), c.attendance.present, lang));
  if (c.attendance.absent.length > 0) body.push(attendanceLine(pick(MINUTES_TEXT.absent, lang), c.attendance.absent, lang));
  if (c.attendance.attending.length > 0) body.push(attendanceLine(pick(MINUTES_TEXT.attending, lang), c.attendance.attending, lang));

  body.push(new Paragraph({ style: STYLE.body, children: [] }), confirmationTable(c, width, false));

  const draftHeader = new Header({
    children: [new Paragraph({ style: STYLE.headerFooter, children: [run(pick(MINUTES_TEXT.draftHeader, lang), HEITI)] })],
  });
  const doc = new Document({
    title: c.gongwenTitle,
    creator: "ccr",
    evenAndOddHeaderAndFooters: true,
    styles: documentStyles(GONGWEN_THEME, lang),
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: GONGWEN_PAGE.top, bottom: GONGWEN_PAGE.bottom, left: GONGWEN_PAGE.left, right: GONGWEN_PAGE.right, header: mm(15), footer: mm(28) - mm(7) },
          },
        },
        headers: c.draft ? { default: draftHeader, even: draftHeader } : undefined,
        footers: { default: pageNumberFooter("right"), even: pageNumberFooter("left") },
        children: body,
      },
    ],
  });
  return packDocx(doc, [fontTableOverride(GONGWEN_THEME)], [table.splice]);
}
