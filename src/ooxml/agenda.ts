// The agenda as WordprocessingML, inserted at the cursor by the Word adapter: one content control
// (tag ccr-agenda:<recordId>) holding the heading, the meeting facts, the numbered items table
// 序号/议题/汇报人/时长 with the total, the materials and the opening statement. 更新议程 replaces
// the control's content in place, so the document never holds two copies.

import { openingStatement, totalMinutes, type Agenda } from "../domain/meeting/agenda";
import { AGENDA_TEXTS, agendaFacts, agendaRows, minutesText } from "../domain/meeting/agenda-text";
import { pick } from "../domain/record/i18n";
import { listNumber } from "../domain/record/punctuation";
import { recordLang, type CcrRecord, type Lang } from "../domain/record/record";
import { TEXT_WIDTH } from "./record-form";
import { cellXml, FONTS, linesXml, paragraphXml, rowXml, sdtXml, tableXml } from "./wordml";

/** Tag prefix of agenda controls; distinct from the record form's `ccr:` so form readers ignore them. */
export const AGENDA_TAG_PREFIX = "ccr-agenda:";

export function agendaTag(recordId: string): string {
  return AGENDA_TAG_PREFIX + recordId;
}

const FACT_WIDTHS = [2000, TEXT_WIDTH - 2000];
const ITEM_WIDTHS = [700, 4406, 2000, 1200];
const SHADE = "F2F2F2";

function heading(text: string): string {
  return paragraphXml(text, FONTS.heading, { spacingBefore: 240, spacingAfter: 120, keepNext: true });
}

function textCell(text: string, width: number, head = false): string {
  return cellXml(linesXml(text.split("\n"), head ? FONTS.label : FONTS.value), { width, shade: head ? SHADE : undefined });
}

/** The content inside the agenda control (what 更新议程 writes). Ends with a paragraph, never a table. */
export function agendaContentXml(record: CcrRecord, agenda: Agenda, lang: Lang = recordLang(record)): string {
  const title = paragraphXml(pick(AGENDA_TEXTS.title, lang), FONTS.title, { align: "center", spacingAfter: 120, keepNext: true });
  const topic = record.topic.trim() ? paragraphXml(record.topic.trim(), FONTS.value, { align: "center", spacingAfter: 240, keepNext: true }) : "";
  const facts = tableXml(
    FACT_WIDTHS,
    agendaFacts(record, lang)
      .map(([label, value]) => rowXml(textCell(label, FACT_WIDTHS[0], true) + textCell(value, FACT_WIDTHS[1])))
      .join(""),
  );
  const header = rowXml(
    [AGENDA_TEXTS.no, AGENDA_TEXTS.item, AGENDA_TEXTS.presenter, AGENDA_TEXTS.minutes].map((t, i) => textCell(pick(t, lang), ITEM_WIDTHS[i], true)).join(""),
    { header: true },
  );
  const rows = agendaRows(agenda, lang).map((cells) => rowXml(cells.map((c, i) => textCell(c, ITEM_WIDTHS[i])).join("")));
  const total = rowXml(["", pick(AGENDA_TEXTS.total, lang), "", minutesText(totalMinutes(agenda), lang)].map((c, i) => textCell(c, ITEM_WIDTHS[i], i === 1)).join(""));
  const materials = agenda.materials.filter((m) => m.trim());
  return (
    title +
    topic +
    facts +
    heading(pick(AGENDA_TEXTS.items, lang)) +
    tableXml(ITEM_WIDTHS, header + rows.join("") + total) +
    (materials.length > 0 ? heading(pick(AGENDA_TEXTS.materials, lang)) + materials.map((m, i) => paragraphXml(listNumber(i + 1, lang) + m, FONTS.value)).join("") : "") +
    heading(pick(AGENDA_TEXTS.opening, lang)) +
    paragraphXml(openingStatement(record, agenda, lang), FONTS.value)
  );
}

/** Children of w:body for 插入议程: the agenda control and an empty paragraph after it. */
export function agendaSectionXml(record: CcrRecord & { id: string }, agenda: Agenda, lang: Lang = recordLang(record)): string {
  const control = sdtXml(
    { tag: agendaTag(record.id), alias: pick(AGENDA_TEXTS.title, lang), id: controlId(record.id) },
    agendaContentXml(record, agenda, lang),
  );
  return control + paragraphXml("", FONTS.value);
}

/** A w:id for the agenda control, spread by record id and clear of the form's range. */
function controlId(recordId: string): number {
  let h = 0;
  for (const ch of recordId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return 50_000 + (h % 40_000);
}
