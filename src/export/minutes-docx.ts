// The confirmed minutes (会议纪要) as a .docx: 企业格式 (this file, the default) and 公文格式
// (minutes-gongwen.ts). Drafts — records with error findings — are marked 征求意见稿 / DRAFT.

import { legalXmlDeep } from "../ooxml/xml-text";
import { Document, PageOrientation, Paragraph, type Table } from "docx";
import { SECTION_TITLES } from "../domain/record/fields";
import { pick } from "../domain/record/i18n";
import type { CcrRecord, Lang } from "../domain/record/record";
import { listNumber, labelColon, listSeparator } from "../domain/record/punctuation";
import { actionTable, actionTableFits, ENTERPRISE_THEME } from "./actions-docx";
import { A4, documentStyles, fontTableOverride, mm, packDocx, pageXofYFooter, STYLE, textHeader, textParagraph, type DocTheme } from "./docx-kit";
import { exportRecord, type ExportOptions } from "./facts";
import { exportGongwenMinutesDocx } from "./minutes-gongwen";
import { seeAttachmentText, MINUTES_TEXT, minutesContent, type MinutesContent, type MinutesPart } from "./minutes-content";
import { CHINESE_NUMERALS, confirmationTable, labelValueTable } from "./minutes-tables";

export type MinutesLayout = "enterprise" | "gongwen";

export interface MinutesOptions extends ExportOptions {
  layout?: MinutesLayout;
}

export async function exportMinutesDocx(input: CcrRecord, options: MinutesOptions = {}): Promise<Uint8Array> {
  const record = legalXmlDeep(exportRecord(input, options));
  return options.layout === "gongwen" ? exportGongwenMinutesDocx(record, options) : exportEnterpriseMinutesDocx(record, options);
}

const MINUTES_THEME: DocTheme = { ...ENTERPRISE_THEME, cellSize: 18, bodySize: 24, headingSize: 28 };

/** List items and paragraphs alike two characters in, as the body text. */
function partParagraphs(part: MinutesPart, style: string, lang: Lang): Paragraph[] {
  return part.items.map((text, i) => textParagraph(part.numbered ? listNumber(i + 1, lang) + text : text, style, { indentChars: 2 }));
}

function subHeading(text: string, n: number | null, lang: Lang): Paragraph {
  const numeral = n === null ? "" : lang === "en" ? `${String.fromCharCode(96 + n)}) ` : `（${CHINESE_NUMERALS[n]}）`;
  return textParagraph(numeral + text, STYLE.body, { bold: true, keepNext: true, spaceBefore: n === null ? 160 : undefined });
}

/** "记录人：王五  审核人：刘洋  日期：2026年7月2日" (full-width spaces between), blanks left to sign by hand. */
function signOffLine(c: MinutesContent): string {
  const colon = labelColon(c.lang);
  const gap = c.lang === "en" ? "    " : "　　";
  return c.signOff.map(([label, value]) => label + colon + (value || "＿＿＿＿＿＿")).join(gap);
}

/** 分送：…  /  抄送：… */
function distributionLines(c: MinutesContent): string[] {
  const colon = labelColon(c.lang);
  const list = listSeparator(c.lang);
  return (
    [
      [MINUTES_TEXT.distribution, c.distribution],
      [MINUTES_TEXT.copyTo, c.copyTo],
    ] as const
  )
    .filter(([, names]) => names.length > 0)
    .map(([label, names]) => pick(label, c.lang) + colon + names.join(list));
}

async function exportEnterpriseMinutesDocx(record: CcrRecord, options: ExportOptions): Promise<Uint8Array> {
  const c = minutesContent(record);
  const lang = c.lang;
  const margin = { top: mm(25), bottom: mm(22), left: mm(25), right: mm(22) };
  const width = A4.width - margin.left - margin.right;
  const landscapeWidth = A4.height - margin.left - margin.right;
  const body: (Paragraph | Table)[] = [textParagraph(c.title, STYLE.title)];

  body.push(textParagraph(pick(SECTION_TITLES.basic, lang), STYLE.heading), labelValueTable(c.facts, width));

  body.push(textParagraph(pick(SECTION_TITLES.summary, lang), STYLE.heading));
  const parts = c.openIssues ? [...c.summary, c.openIssues] : c.summary;
  parts.forEach((part, i) => body.push(subHeading(part.label, i + 1, lang), ...partParagraphs(part, STYLE.body, lang)));

  // An action table too wide for the portrait page goes to a landscape attachment after the minutes.
  const fits = actionTableFits(record, width, MINUTES_THEME, options);
  const table = actionTable(record, fits ? width : landscapeWidth, MINUTES_THEME, options);
  body.push(textParagraph(pick(SECTION_TITLES.actions, lang), STYLE.heading));
  if (fits) body.push(table.paragraph);
  else body.push(textParagraph(seeAttachmentText(record.actions.length, null, lang), STYLE.body, { indentChars: 2 }));

  body.push(textParagraph(pick(SECTION_TITLES.followUp, lang), STYLE.heading));
  if (c.followUp.length > 0) body.push(labelValueTable(c.followUp, width));
  if (c.letterLine) body.push(textParagraph(c.letterLine, STYLE.body, { spaceBefore: 120 }));
  body.push(
    subHeading(pick(MINUTES_TEXT.confirmationTitle, lang), null, lang),
    textParagraph(c.notice, STYLE.body, { indentChars: 2, keepNext: true }),
    confirmationTable(c, width),
  );

  if (c.feedback.length > 0) {
    body.push(textParagraph(pick(SECTION_TITLES.feedback, lang), STYLE.heading));
    c.feedback.forEach((part, i) => body.push(subHeading(part.label, i + 1, lang), ...partParagraphs(part, STYLE.body, lang)));
  }

  // The closing block: sign-off, then 分送 / 抄送 under a rule, kept on one page.
  const distribution = distributionLines(c);
  body.push(textParagraph(signOffLine(c), STYLE.body, { spaceBefore: 360, keepNext: distribution.length > 0, alignRight: true }));
  distribution.forEach((line, i) => body.push(textParagraph(line, STYLE.body, { spaceBefore: i === 0 ? 240 : undefined, keepNext: i < distribution.length - 1 })));

  const header = c.draft ? `${pick(MINUTES_TEXT.draftHeader, lang)} · ${c.topic}` : c.topic;
  const section = (landscape: boolean, children: (Paragraph | Table)[]) => ({
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { ...margin, header: mm(12), footer: mm(12) },
      },
    },
    headers: { default: textHeader(header) },
    footers: { default: pageXofYFooter(lang) },
    children,
  });
  const attachment = [
    textParagraph(pick(MINUTES_TEXT.attachments, lang), STYLE.heading),
    textParagraph(pick(MINUTES_TEXT.actionsAttachment, lang), STYLE.title),
    table.paragraph,
    // Carries the section's properties: the splice replaces the table's own paragraph.
    new Paragraph({ style: STYLE.body, children: [] }),
  ];
  const doc = new Document({
    title: c.title,
    creator: "ccr",
    styles: documentStyles(MINUTES_THEME, lang),
    sections: fits ? [section(false, body)] : [section(false, body), section(true, attachment)],
  });
  return packDocx(doc, [fontTableOverride(MINUTES_THEME)], [table.splice]);
}
