// The action-item table (待办事项表) as a .docx: A4 landscape, title with topic and date, the table
// with its header row repeated on every page and rows never split, page numbers.

import { legalXmlDeep } from "../ooxml/xml-text";
import { Document, PageOrientation, Paragraph } from "docx";
import { FIELD_LABELS } from "../domain/record/fields";
import { pick } from "../domain/record/i18n";
import { recordLang, type CcrRecord, type Lang } from "../domain/record/record";
import { cellXml, linesXml, paragraphXml, rowXml, tableXml, withNoBreakHyphens, type RunStyle } from "../ooxml/wordml";
import { A4, documentStyles, fontTableOverride, mm, packDocx, pageXofYFooter, STYLE, textHeader, textParagraph, type DocTheme } from "./docx-kit";
import { xmlBlock, type XmlSplice } from "./docx-splice";
import { breakBeforeTimes, columnWidths, keepDatesTogether, minimumTableWidth, type ColumnContent, type ColumnFit } from "./column-widths";
import { actionCells, actionHeader, exportRecord, meetingTime, type ExportOptions } from "./facts";
import { labelColon } from "../domain/record/punctuation";

/** How the cells of 序号 事项内容 负责人 责任部门 完成时限 交付标准 抄送 状态 may wrap. */
const COLUMN_FITS: readonly ColumnFit[] = ["whole", "fill", "whole", "whole", "dates", "fill", "words", "whole"];

/** The action table's cell texts, dates kept on one line, row by row. */
function actionTableCells(record: CcrRecord, options: ExportOptions): string[][] {
  return record.actions.map((action, i) => actionCells(action, i, record, options).map(keepDatesTogether));
}

/**
 * Column widths (twips, adding up to `width`) of the action table in `theme`'s cell font: wide
 * enough that heads, dates, times and names do not break, the rest to 事项内容 and 交付标准.
 */
export function actionColumnWidths(record: CcrRecord, width: number, theme: DocTheme, options: ExportOptions = {}): number[] {
  return widthsFor(record, actionTableCells(record, options), width, theme);
}

/**
 * Whether the action table fits `width` twips without a date, time, name or head breaking: where it
 * does not (eight columns on a portrait page in 五号), put it on a landscape page.
 */
export function actionTableFits(record: CcrRecord, width: number, theme: DocTheme, options: ExportOptions = {}): boolean {
  return minimumTableWidth(actionColumns(record, actionTableCells(record, options)), theme.cellSize * 10) <= width;
}

function actionColumns(record: CcrRecord, cells: readonly string[][]): ColumnContent[] {
  return actionHeader(recordLang(record)).map((header, c) => ({ header, cells: cells.map((row) => row[c]), fit: COLUMN_FITS[c] }));
}

function widthsFor(record: CcrRecord, cells: readonly string[][], width: number, theme: DocTheme): number[] {
  return columnWidths(actionColumns(record, cells), width, theme.cellSize * 10);
}

/**
 * The action-item table of a record, `width` twips wide, shared by the table export and both
 * minutes layouts: header row repeated on every page, rows never split. Written as XML with the
 * shared OOXML helpers and spliced in (see docx-splice.ts): a placeholder paragraph for the body
 * and the splice to pass to packDocx.
 */
export function actionTable(record: CcrRecord, width: number, theme: DocTheme, options: ExportOptions = {}): { paragraph: Paragraph; splice: XmlSplice } {
  const cells = actionTableCells(record, options);
  const widths = widthsFor(record, cells, width, theme);
  const lang = recordLang(record);
  const text: RunStyle = { latin: theme.body.latin, eastAsia: theme.body.eastAsia, size: theme.cellSize };
  const head: RunStyle = { latin: theme.heading.latin, eastAsia: theme.heading.eastAsia, size: theme.cellSize };
  const header = rowXml(
    actionHeader(lang)
      .map((label, i) => cellXml(paragraphXml(label, head, { align: "center" }), { width: widths[i], shade: theme.plainTables ? undefined : "E7E6E6" }))
      .join(""),
    { header: true },
  );
  const rows = cells.map((row) =>
    rowXml(
      row
        .map((cell, c) => {
          const lines = COLUMN_FITS[c] === "dates" ? breakBeforeTimes(cell, widths[c], theme.cellSize * 10) : cell;
          return cellXml(linesXml(lines.split("\n"), text), { width: widths[c] });
        })
        .join(""),
    ),
  );
  return xmlBlock(withNoBreakHyphens(tableXml(widths, header + rows.join(""))));
}

export const ENTERPRISE_THEME: DocTheme = {
  body: { eastAsia: "宋体", latin: "Times New Roman" },
  heading: { eastAsia: "黑体", latin: "Arial" },
  title: { eastAsia: "黑体", latin: "Arial" },
  bodySize: 24,
  cellSize: 21,
  titleSize: 36,
  headingSize: 28,
};

export function actionsTitle(record: CcrRecord, lang: Lang): string {
  const what = pick(FIELD_LABELS.actions, lang);
  const topic = record.topic.trim();
  if (lang === "en") return topic ? `${what}: ${topic}` : what;
  return topic ? `${topic}${what}表` : `${what}表`;
}

export async function exportActionsDocx(input: CcrRecord, options: ExportOptions = {}): Promise<Uint8Array> {
  const record = legalXmlDeep(exportRecord(input, options));
  const lang = recordLang(record);
  const margin = mm(18);
  const width = A4.height - 2 * margin;
  const title = actionsTitle(record, lang);
  const table = actionTable(record, width, ENTERPRISE_THEME, options);
  const doc = new Document({
    title,
    creator: "ccr",
    styles: documentStyles(ENTERPRISE_THEME, lang),
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: margin, bottom: margin, left: margin, right: margin, header: mm(10), footer: mm(10) },
          },
        },
        headers: { default: textHeader(record.topic) },
        footers: { default: pageXofYFooter(lang) },
        children: [
          textParagraph(title, STYLE.title),
          textParagraph(`${pick(FIELD_LABELS.time, lang)}${labelColon(lang)}${meetingTime(record)}`, STYLE.subtitle),
          table.paragraph,
          new Paragraph({ style: STYLE.body, children: [] }),
        ],
      },
    ],
  });
  return packDocx(doc, [fontTableOverride(ENTERPRISE_THEME)], [table.splice]);
}
