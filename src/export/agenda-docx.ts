// The agenda as a .docx (A4 portrait): title, meeting facts, the numbered items table
// 序号/议题/汇报人/时长 with the total, the materials to read beforehand and the opening statement.

import { legalXmlDeep } from "../ooxml/xml-text";
import { Document, Paragraph, Table, TableRow } from "docx";
import { openingStatement, totalMinutes, type Agenda } from "../domain/meeting/agenda";
import { AGENDA_TEXTS, agendaFacts, agendaRows, minutesText } from "../domain/meeting/agenda-text";
import { pick } from "../domain/record/i18n";
import { recordLang, type CcrRecord } from "../domain/record/record";
import { listNumber } from "../domain/record/punctuation";
import { ENTERPRISE_THEME } from "./actions-docx";
import { A4, documentStyles, fontTableOverride, mm, packDocx, pageXofYFooter, STYLE, tableFrame, textCell, textParagraph } from "./docx-kit";

const ITEM_SHARES = [8, 52, 24, 16];
const FACT_SHARES = [22, 78];

/** A fixed-layout table with thin borders on every cell, `widths` in twips. */
export function gridTable(rows: TableRow[], widths: number[]): Table {
  return new Table({ rows, ...tableFrame(widths) });
}

/** Column widths in twips: `total` split in proportion to `parts`. */
export function shares(total: number, parts: readonly number[]): number[] {
  const sum = parts.reduce((a, b) => a + b, 0);
  return parts.map((p) => Math.floor((total * p) / sum));
}

/** The agenda document's body: every block below the title (shared with the minutes if wanted). */
export function agendaBlocks(record: CcrRecord, agenda: Agenda, width: number): (Paragraph | Table)[] {
  const lang = recordLang(record);
  const factWidths = shares(width, FACT_SHARES);
  const itemWidths = shares(width, ITEM_SHARES);
  const facts = gridTable(
    agendaFacts(record, lang).map(([label, value]) => new TableRow({ cantSplit: true, children: [textCell(label, true), textCell(value)] })),
    factWidths,
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [AGENDA_TEXTS.no, AGENDA_TEXTS.item, AGENDA_TEXTS.presenter, AGENDA_TEXTS.minutes].map((t) => textCell(pick(t, lang), true)),
  });
  const rows = agendaRows(agenda, lang).map((cells) => new TableRow({ cantSplit: true, children: cells.map((c) => textCell(c)) }));
  const total = new TableRow({
    cantSplit: true,
    children: ["", pick(AGENDA_TEXTS.total, lang), "", minutesText(totalMinutes(agenda), lang)].map((c, i) => textCell(c, i === 1)),
  });
  const blocks: (Paragraph | Table)[] = [facts, textParagraph(pick(AGENDA_TEXTS.items, lang), STYLE.heading), gridTable([header, ...rows, total], itemWidths)];
  const materials = agenda.materials.filter((m) => m.trim());
  if (materials.length > 0) {
    blocks.push(textParagraph(pick(AGENDA_TEXTS.materials, lang), STYLE.heading));
    materials.forEach((m, i) => blocks.push(textParagraph(listNumber(i + 1, lang) + m, STYLE.body)));
  }
  blocks.push(textParagraph(pick(AGENDA_TEXTS.opening, lang), STYLE.heading));
  blocks.push(textParagraph(openingStatement(record, agenda, lang), STYLE.body, { indentChars: 2 }));
  return blocks;
}

export async function exportAgendaDocx(input: CcrRecord, inputAgenda: Agenda): Promise<Uint8Array> {
  const record = legalXmlDeep(input);
  const agenda = legalXmlDeep(inputAgenda);
  const lang = recordLang(record);
  const margin = mm(25);
  const width = A4.width - 2 * margin;
  const topic = record.topic.trim();
  const title = pick(AGENDA_TEXTS.title, lang);
  const doc = new Document({
    title: topic ? `${topic} ${title}` : title,
    creator: "ccr",
    styles: documentStyles(ENTERPRISE_THEME, lang),
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { top: margin, bottom: margin, left: margin, right: margin, header: mm(12), footer: mm(12) },
          },
        },
        footers: { default: pageXofYFooter(lang) },
        children: [
          textParagraph(title, STYLE.title),
          ...(topic ? [textParagraph(topic, STYLE.subtitle)] : []),
          ...agendaBlocks(record, agenda, width),
        ],
      },
    ],
  });
  return packDocx(doc, [fontTableOverride(ENTERPRISE_THEME)]);
}
