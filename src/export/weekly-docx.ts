// The weekly progress report (周进度报告) as a .docx: A4 portrait, the counts line, then one table
// per section (已完成 / 进行中 / 已逾期 / 未开始) with owner, deadline, days left and latest note.
// The words come from the domain's weeklySections, the same as the text report.

import { legalXmlDeep } from "../ooxml/xml-text";
import { Document, Paragraph, Table, TableRow } from "docx";
import { ACTION_COLUMNS } from "../domain/record/fields";
import { formatDate, formatResolvedDeadline } from "../domain/calendar/deadline";
import { pick } from "../domain/record/i18n";
import { recordLang, type CcrRecord } from "../domain/record/record";
import { weeklySections, type MessageOptions } from "../domain/tracking/reminders";
import { datedNoteText, daysLeftText, latestNote } from "../domain/tracking/tracking";
import { ENTERPRISE_THEME } from "./actions-docx";
import { exportRecord, type ExportOptions } from "./facts";
import { A4, documentStyles, fontTableOverride, gridTable, mm, packDocx, pageXofYFooter, shares, STYLE, textCell, textParagraph } from "./docx-kit";
import { listSeparator } from "../domain/record/punctuation";

const SHARES = [6, 26, 14, 18, 14, 22];

export async function exportWeeklyDocx(input: CcrRecord, options: MessageOptions & Pick<ExportOptions, "normalisePunctuation">): Promise<Uint8Array> {
  const record = legalXmlDeep(exportRecord(input, options));
  const lang = options.lang ?? recordLang(record);
  const margin = mm(20);
  const width = A4.width - 2 * margin;
  const widths = shares(width, SHARES);
  const sections = weeklySections(record, { ...options, lang });
  const title = lang === "en" ? "Weekly progress report" : "周进度报告";
  const counts = sections.map((s) => `${s.title} ${s.items.length}`).join(listSeparator(lang));
  const asOf =
    lang === "en"
      ? `As of ${formatDate(options.today, lang)}: ${record.actions.length} action item(s) — ${counts}.`
      : `截至${formatDate(options.today, lang)}，共 ${record.actions.length} 项待办：${counts}。`;
  const header = [
    ACTION_COLUMNS.no,
    ACTION_COLUMNS.task,
    ACTION_COLUMNS.owner,
    ACTION_COLUMNS.deadline,
    { zh: "剩余/逾期", en: "Days" },
    { zh: "最新进展", en: "Latest update" },
  ].map((label) => pick(label, lang));
  const noUpdate = lang === "en" ? "no update yet" : "暂无进展更新";
  const children: (Paragraph | Table)[] = [textParagraph(title, STYLE.title), textParagraph(record.topic.trim(), STYLE.subtitle), textParagraph(asOf, STYLE.body)];
  for (const section of sections) {
    if (section.items.length === 0) continue;
    children.push(textParagraph(lang === "en" ? `${section.title} (${section.items.length})` : `${section.title}（${section.items.length}）`, STYLE.heading));
    const rows = section.items.map((t, i) => {
      const a = t.action;
      const note = latestNote(a);
      const cells = [
        String(i + 1),
        a.task,
        [a.owner, a.ownerDept].filter((s) => s.trim()).join(" / "),
        t.due ? formatResolvedDeadline({ date: t.due, time: t.dueTime ?? undefined }, lang) : a.deadline,
        daysLeftText(t, lang),
        note ? datedNoteText(note, lang) : noUpdate,
      ];
      return new TableRow({ cantSplit: true, children: cells.map((c) => textCell(c)) });
    });
    const head = new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h) => textCell(h, true)) });
    children.push(gridTable([head, ...rows], widths));
  }
  const doc = new Document({
    title: `${record.topic.trim()} ${title}`.trim(),
    creator: "ccr",
    styles: documentStyles(ENTERPRISE_THEME, lang),
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height }, margin: { top: margin, bottom: margin, left: margin, right: margin } } },
        footers: { default: pageXofYFooter(lang) },
        children,
      },
    ],
  });
  return packDocx(doc, [fontTableOverride(ENTERPRISE_THEME)]);
}
