// The action-item table (待办事项表) as a .docx: A4 landscape, title with topic and date, the table
// with its header row repeated on every page and rows never split, page numbers.

import { legalXmlDeep } from "../ooxml/xml-text";
import { Document, PageOrientation, Paragraph, Table, TableRow } from "docx";
import { FIELD_LABELS } from "../domain/fields";
import { pick } from "../domain/i18n";
import { recordLang, type CcrRecord, type Lang } from "../domain/record";
import { A4, documentStyles, fontTableOverride, mm, packDocx, pageXofYFooter, STYLE, tableFrame, textCell, textHeader, textParagraph, type DocTheme } from "./docx-kit";
import { actionCells, actionHeader, meetingTime, type ExportOptions } from "./facts";

/** Relative widths of 序号 事项内容 负责人 责任部门 完成时限 交付标准 抄送 状态, landscape and portrait. */
const COLUMN_SHARES = [4, 18, 7, 8, 18, 24, 13, 8];
const NARROW_COLUMN_SHARES = [5, 15, 8, 9, 20, 22, 12, 9];

/** The action-item table of a record, `width` twips wide (shared by the table export and the minutes). */
export function actionTable(record: CcrRecord, width: number, options: ExportOptions = {}): Table {
  const shares = width < 12000 ? NARROW_COLUMN_SHARES : COLUMN_SHARES;
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((width * s) / total));
  const lang = recordLang(record);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: actionHeader(lang).map((text) => textCell(text, true)),
  });
  const rows = record.actions.map(
    (action, i) =>
      new TableRow({ cantSplit: true, children: actionCells(action, i, record, options).map((text) => textCell(text)) }),
  );
  return new Table({ rows: [header, ...rows], ...tableFrame(widths) });
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
  const record = legalXmlDeep(input);
  const lang = recordLang(record);
  const margin = mm(18);
  const width = A4.height - 2 * margin;
  const title = actionsTitle(record, lang);
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
          textParagraph(`${pick(FIELD_LABELS.time, lang)}${lang === "en" ? ": " : "："}${meetingTime(record)}`, STYLE.subtitle),
          actionTable(record, width, options),
          new Paragraph({ style: STYLE.body, children: [] }),
        ],
      },
    ],
  });
  return packDocx(doc, [fontTableOverride(ENTERPRISE_THEME)]);
}
