// 会议纪要 in 公文格式 after GB/T 9704-2012 (党政机关公文格式) §10.3 纪要格式 and its page layout:
// A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines of 28 characters in 3号仿宋 (16 pt);
// the 纪要标志 centred in 小标宋 (red); headings 一、 in 黑体; 出席/请假/列席 as a 3号黑体 label and
// 仿宋 names aligned after the colon; page numbers 4号 宋体 "— 1 —", odd pages right and even pages
// left, one character in from the edge.
// A 纪要 records what was discussed and agreed: the record's bookkeeping (会后闭环, the sign-off
// grid, feedback) stays out of it; our own responses and the action table too wide for a portrait
// page go to attachments (§8: 附件 on a page of their own, the table page landscape), named in the
// 附件说明 after the body (§7.3.5).
// The 22 lines come from an exact line pitch of 225 mm / 22 and the 28 characters from character
// spacing, not from a document grid, which LibreOffice and WPS apply differently and which would
// also stretch the table cells.

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
import { pick } from "../domain/record/i18n";
import type { CcrRecord, Lang } from "../domain/record/record";
import { listNumber, labelColon, listSeparator } from "../domain/record/punctuation";
import { actionTable, actionTableFits } from "./actions-docx";
import { A4, documentStyles, firstLineIndent, fontAttributes, fontTableOverride, mm, packDocx, STYLE, textParagraph, type DocTheme, type FontPair } from "./docx-kit";
import type { XmlSplice } from "./docx-splice";
import type { ExportOptions } from "./facts";
import { CHINESE_NUMERALS } from "./minutes-tables";
import { fillText, seeAttachmentText, GONGWEN_HEADINGS, MINUTES_TEXT, minutesContent, type MinutesContent, type MinutesPart } from "./minutes-content";

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
const XIAOBIAOSONG: FontPair = { eastAsia: "方正小标宋简体", latin: "Times New Roman" };
const SONGTI: FontPair = { eastAsia: "宋体", latin: "Times New Roman" };

export const GONGWEN_THEME: DocTheme = {
  body: FANGSONG,
  heading: HEITI,
  title: XIAOBIAOSONG,
  bodySize: 32, // 3号
  cellSize: 28, // tables in 4号
  titleSize: 44, // 2号
  headingSize: 32,
  titleColor: "FF0000",
  extraFonts: [SONGTI],
  exactLine: GONGWEN_PAGE.linePitch,
  // 156 mm / 28 = 15.79 pt per character: 16 pt less a quarter point.
  characterSpacing: -5,
  plainTables: true,
};

const INDENT = { indentChars: 2, charTwips: GONGWEN_PAGE.charWidth };

function run(text: string, font: FontPair, extra: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text, font: fontAttributes(font), ...extra });
}

/** 一、会议背景 in 黑体, two characters in; in English "1. Background" in bold (Times has no 黑体 look). */
function level1(n: number, text: string, lang: Lang): Paragraph {
  const numeral = lang === "en" ? `${n}. ` : `${CHINESE_NUMERALS[n]}、`;
  return new Paragraph({ style: STYLE.heading, indent: firstLineIndent(2, GONGWEN_PAGE.charWidth), children: [run(numeral + text, HEITI, { bold: lang === "en" })] });
}

function bodyParagraphs(part: MinutesPart, lang: Lang): Paragraph[] {
  return part.items.map((text, i) => textParagraph(part.numbered ? listNumber(i + 1, lang) + text : text, STYLE.body, INDENT));
}

/** 出席：names — label in 黑体 two characters in, names in 仿宋, wrapped lines aligned after the colon. */
function attendanceLine(label: string, names: string[], lang: Lang): Paragraph {
  const w = GONGWEN_PAGE.charWidth;
  return new Paragraph({
    style: STYLE.body,
    indent: { left: w * 5, hanging: w * 3 },
    children: [run(label + labelColon(lang), HEITI, { bold: lang === "en" }), run(names.join(listSeparator(lang)), FANGSONG)],
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

/**
 * 附件说明 (§7.3.5): 附件：1．名称 two characters in, further names aligned under the first; one
 * attachment without a number.
 */
function attachmentNote(names: string[], lang: Lang): Paragraph[] {
  const w = GONGWEN_PAGE.charWidth;
  const label = pick(MINUTES_TEXT.attachments, lang) + labelColon(lang);
  const numbered = names.length > 1;
  return names.map((name, i) => {
    const text = (numbered ? listNumber(i + 1, lang) : "") + name;
    return i === 0
      ? new Paragraph({ style: STYLE.body, indent: { left: w * 5, hanging: w * 3 }, children: [run(label + text, FANGSONG)] })
      : new Paragraph({ style: STYLE.body, indent: { left: w * 5 }, children: [run(text, FANGSONG)] });
  });
}

/** §8: 附件1 in 3号黑体 at the top left, the title centred on the third line in 小标宋. */
function attachmentHead(n: number, count: number, title: string, lang: Lang): Paragraph[] {
  const label = count > 1 ? fillText(pick(MINUTES_TEXT.attachment, lang), { n }) : pick(MINUTES_TEXT.attachments, lang);
  return [
    new Paragraph({ style: STYLE.body, children: [run(label, HEITI, { bold: lang === "en" })] }),
    new Paragraph({ style: STYLE.body, children: [] }),
    new Paragraph({
      style: STYLE.title,
      spacing: { before: 0, after: 0, line: GONGWEN_PAGE.linePitch * 2, lineRule: "exact" },
      children: [new TextRun({ text: title, font: fontAttributes(XIAOBIAOSONG), size: GONGWEN_THEME.titleSize, color: "000000" })],
    }),
    new Paragraph({ style: STYLE.body, children: [] }),
  ];
}

type Attachment = { title: string; landscape: boolean; children: (Paragraph | Table)[] };

function gongwenParts(c: MinutesContent): MinutesPart[] {
  return c.summary.filter((p) => p.key !== "responses").map((p) => ({ ...p, label: pick(GONGWEN_HEADINGS[p.key as keyof typeof GONGWEN_HEADINGS], c.lang) }));
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

  const attachments: Attachment[] = [];
  const responses = c.summary.find((p) => p.key === "responses");
  const splices: XmlSplice[] = [];
  let n = 0;
  for (const part of gongwenParts(c)) body.push(level1(++n, part.label, lang), ...bodyParagraphs(part, lang));

  if (record.actions.length > 0) {
    const fits = actionTableFits(record, width, GONGWEN_THEME, options);
    const table = actionTable(record, fits ? width : mm(225), GONGWEN_THEME, options);
    splices.push(table.splice);
    body.push(level1(++n, pick(GONGWEN_HEADINGS.actions, lang), lang));
    if (fits) body.push(table.paragraph);
    else {
      // The empty paragraph after the table carries the section's properties (the splice replaces the table's paragraph).
      attachments.push({ title: pick(MINUTES_TEXT.actionsAttachment, lang), landscape: true, children: [table.paragraph, new Paragraph({ style: STYLE.body, children: [] })] });
      body.push(textParagraph(seeAttachmentText(record.actions.length, responses ? attachments.length : null, lang), STYLE.body, INDENT));
    }
  }
  if (c.openIssues) body.push(level1(n + 1, pick(GONGWEN_HEADINGS.openIssues, lang), lang), ...bodyParagraphs(c.openIssues, lang));
  body.push(textParagraph(c.notice, STYLE.body, INDENT));

  if (responses) attachments.push({ title: pick(MINUTES_TEXT.responsesAttachment, lang), landscape: false, children: bodyParagraphs(responses, lang) });

  if (attachments.length > 0) body.push(new Paragraph({ style: STYLE.body, children: [] }), ...attachmentNote(attachments.map((a) => a.title), lang));

  // §10.3: one blank line after the body or the 附件说明, then 出席 / 请假 / 列席.
  body.push(new Paragraph({ style: STYLE.body, children: [] }));
  body.push(attendanceLine(pick(MINUTES_TEXT.present, lang), c.attendance.present, lang));
  if (c.attendance.absent.length > 0) body.push(attendanceLine(pick(MINUTES_TEXT.absent, lang), c.attendance.absent, lang));
  if (c.attendance.attending.length > 0) body.push(attendanceLine(pick(MINUTES_TEXT.attending, lang), c.attendance.attending, lang));

  const draftHeader = new Header({
    children: [new Paragraph({ style: STYLE.headerFooter, children: [run(pick(MINUTES_TEXT.draftHeader, lang), HEITI)] })],
  });
  const section = (landscape: boolean, children: (Paragraph | Table)[]) => ({
    properties: {
      page: landscape
        ? {
            // The type area turned: 225 mm across, 156 mm down.
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: GONGWEN_PAGE.left, bottom: GONGWEN_PAGE.right, left: GONGWEN_PAGE.top, right: GONGWEN_PAGE.bottom, header: mm(12), footer: mm(12) },
          }
        : {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: GONGWEN_PAGE.top, bottom: GONGWEN_PAGE.bottom, left: GONGWEN_PAGE.left, right: GONGWEN_PAGE.right, header: mm(15), footer: mm(28) - mm(7) },
          },
    },
    headers: c.draft ? { default: draftHeader, even: draftHeader } : undefined,
    footers: { default: pageNumberFooter("right"), even: pageNumberFooter("left") },
    children,
  });
  const doc = new Document({
    title: c.gongwenTitle,
    creator: "ccr",
    evenAndOddHeaderAndFooters: true,
    styles: documentStyles(GONGWEN_THEME, lang),
    sections: [
      section(false, body),
      ...attachments.map((a, i) => section(a.landscape, [...attachmentHead(i + 1, attachments.length, a.title, lang), ...a.children])),
    ],
  });
  return packDocx(doc, [fontTableOverride(GONGWEN_THEME)], splices);
}
