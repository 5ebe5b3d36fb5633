// The confirmed minutes (会议纪要) as a .docx: 企业格式 (this file, the default) and 公文格式
// (minutes-gongwen.ts). Drafts — records with error findings — are marked 征求意见稿 / DRAFT.

import { legalXmlDeep } from "../ooxml/xml-text";
import { Document, PageOrientation, Paragraph, type Table } from "docx";
import { SECTION_TITLES } from "../domain/record/fields";
import { pick } from "../domain/record/i18n";
import type { CcrRecord, Lang } from "../domain/record/record";
import { listNumber } from "../domain/record/punctuation";
import { actionTable, ENTERPRISE_THEME } from "./actions-docx";
import { A4, documentStyles, fontTableOverride, mm, packDocx, pageXofYFooter, STYLE, textHeader, textParagraph, type DocTheme } from "./docx-kit";
import { exportRecord, type ExportOptions } from "./facts";
import { exportGongwenMinutesDocx } from "./minutes-gongwen";
import { MINUTES_TEXT, minutesContent, type MinutesPart } from "./minutes-content";
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

function partParagraphs(part: MinutesPart, style: string, lang: Lang, indentChars = 0): Paragraph[] {
  return part.items.map((text, i) => textParagraph(part.numbered ? listNumber(i + 1, lang) + text : text, style, { indentChars }));
}

function subHeading(text: string, n: number, lang: string): Paragraph {
  const numeral = lang === "en" ? `${String.fromCharCode(96 + n)}) ` : `（${CHINESE_NUMERALS[n]}）`;
  return textParagraph(numeral + text, STYLE.body, { bold: true });
}


async function exportEnterpriseMinutesDocx(record: CcrRecord, options: ExportOptions): Promise<Uint8Array> {
  const c = minutesContent(record);
  const lang = c.lang;
  const margin = { top: mm(25), bottom: mm(22), left: mm(25), right: mm(22) };
  const width = A4.width - margin.left - margin.right;
  const body: (Paragraph | Table)[] = [textParagraph(c.title, STYLE.title)];

  body.push(textParagraph(pick(SECTION_TITLES.basic, lang), STYLE.heading), labelValueTable(c.facts, width));

  body.push(textParagraph(pick(SECTION_TITLES.summary, lang), STYLE.heading));
  const parts = c.openIssues ? [...c.summary, c.openIssues] : c.summary;
  parts.forEach((part, i) => body.push(subHeading(part.label, i + 1, lang), ...partParagraphs(part, STYLE.body, lang, part.numbered ? 0 : 2)));

  const table = actionTable(record, width, MINUTES_THEME, options);
  body.push(textParagraph(pick(SECTION_TITLES.actions, lang), STYLE.heading), table.paragraph);

  body.push(textParagraph(pick(SECTION_TITLES.followUp, lang), STYLE.heading));
  if (c.followUp.length > 0) body.push(labelValueTable(c.followUp, width));
  if (c.letterLine) body.push(textParagraph(c.letterLine, STYLE.body, { spaceBefore: 120 }));
  body.push(textParagraph(c.notice, STYLE.body, { bold: true, spaceBefore: 120 }), confirmationTable(c, width));

  if (c.feedback.length > 0) {
    body.push(textParagraph(pick(SECTION_TITLES.feedback, lang), STYLE.heading));
    c.feedback.forEach((part, i) => body.push(subHeading(part.label, i + 1, lang), ...partParagraphs(part, STYLE.body, lang, 2)));
  }

  const header = c.draft ? `${pick(MINUTES_TEXT.draftHeader, lang)} · ${c.topic}` : c.topic;
  const doc = new Document({
    title: c.title,
    creator: "ccr",
    styles: documentStyles(MINUTES_THEME, lang),
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: { ...margin, header: mm(12), footer: mm(12) },
          },
        },
        headers: { default: textHeader(header) },
        footers: { default: pageXofYFooter(lang) },
        children: body,
      },
    ],
  });
  return packDocx(doc, [fontTableOverride(MINUTES_THEME)], [table.splice]);
}
