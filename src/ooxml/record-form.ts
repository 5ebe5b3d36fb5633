// The 沟通协调记录表 as WordprocessingML: a pure function from a record to the body XML that Word
// inserts (insertOoxml) and that the .docx export writes. One builder for both.
//
// Layout: one content control (the root, tag ccr:<id>, the control itself locked against deletion)
// wraps the title, the five section headings and the four label/value tables plus the action-item
// table. Each value cell holds one content control inside the cell, around the cell's paragraphs
// (w:tc/w:sdt/w:sdtContent/w:p: tag ccr:<id>:<path>, alias = the label the user sees, placeholder text
// saying what to write). Nothing wraps a whole cell (Word on the web neither lists nor edits such
// controls, office-js #1947 #950) and nothing is locked inside the form: clearing or replacing
// content that holds a control locked against deletion fails with NotAllowed (#2829), so a rebuild
// never meets a lock. Label cells are plain text. docs/word-platform-notes.md has the reasons.

import { ACTION_COLUMNS, FORM_TITLE, SECTION_TITLES } from "../domain/record/fields";
import { TITLE_STYLE } from "./package";
import { pick } from "../domain/record/i18n";
import type { ActionItem, CcrRecord, Confirmation, Lang } from "../domain/record/record";
import type { Bilingual } from "../domain/record/i18n";
import { emptyAction, recordLang } from "../domain/record/record";
import type { ActionColumn, FormField, LabelValueSection } from "../form/layout";
import { ACTION_VALUE_COLUMNS, CONFIRMATIONS_TITLE, CONFIRMATION_VALUE_COLUMNS, LABEL_VALUE_SECTIONS, SIGNATURE_LINES, cellParagraphs, isPlaceholderText } from "../form/layout";
import { fieldTag, rootTag } from "../form/tags";
import { isRecordId } from "../domain/record/record-id";
import { actionPath, itemFieldPath } from "../domain/record/record-path";
import type { RunStyle } from "./wordml";
import { FONTS, cellXml, linesXml, paragraphXml, rowXml, sdtXml, tableXml } from "./wordml";

export interface RecordFormOptions {
  /** Language of labels and placeholders; the record's own language when absent (zh by default). */
  readonly lang?: Lang;
  /** Id used in the tags; record.id when absent. */
  readonly recordId?: string;
  /** Text of derived cells the user does not type, e.g. 纪要发送时限 computed by the calendar. */
  readonly derived?: { readonly circulateBy?: string };
  /** Paragraphs kept after the form inside the root control (text found outside the controls by 修复). */
  readonly notes?: readonly string[];
  /** First w:id to use for the content controls (ids must be unique in a document). */
  readonly firstControlId?: number;
}

/** Width of the text area of an A4 page with 3.17 cm / 2.54 cm margins, in twips. */
export const TEXT_WIDTH = 8306;
const LABEL_WIDTH = 2000;
/** 参与方 / 确认情况 / 日期 / 备注 */
const CONFIRMATION_WIDTHS = [2400, 1500, 1500, 2906] as const;
/** 序号 / 事项内容 / 负责人 / 责任部门 / 完成时限 / 交付标准 / 抄送 / 状态 */
export const ACTION_WIDTHS = [600, 1700, 900, 1000, 1100, 1500, 900, 606] as const;
const LABEL_SHADE = "F2F2F2";

/**
 * Allocates w:id values: unique in one form, spread per record id so two forms rarely collide; ids in
 * `taken` (those already in the XML around) are skipped.
 */
export class ControlIds {
  private next: number;
  constructor(
    recordId: string,
    first?: number,
    private readonly taken: ReadonlySet<number> = new Set(),
  ) {
    let h = 0;
    for (const ch of recordId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    this.next = first ?? 100_000 + (h % 20_000) * 100_000;
  }
  take(): number {
    while (this.taken.has(this.next)) this.next++;
    return this.next++;
  }
}

interface Ctx {
  readonly record: CcrRecord;
  readonly lang: Lang;
  readonly id: string;
  readonly ids: ControlIds;
  readonly derived: { readonly circulateBy?: string };
}

function context(record: CcrRecord, options: RecordFormOptions): Ctx {
  const id = options.recordId ?? record.id ?? "";
  if (!isRecordId(id)) throw new Error(`record id "${id}" is not a valid tag id (letters, digits, - and _)`);
  return {
    record,
    lang: options.lang ?? recordLang(record),
    id,
    ids: new ControlIds(id, options.firstControlId),
    derived: options.derived ?? {},
  };
}

// ---------------------------------------------------------------------------------------------
// Cells

function labelCell(text: string, width: number, keepNext = false): string {
  return cellXml(paragraphXml(text, FONTS.label, { align: "center", keepNext }), { width, shade: LABEL_SHADE });
}

/** `keepNext`: the cell's paragraphs stay on the page of what follows (the last table before the signatures). */
function valueCell(ctx: Ctx, path: string, alias: string, text: string, hint: string, width: number, keepNext = false): string {
  const empty = isPlaceholderText(text) || text.trim() === "";
  const lines = empty ? [hint] : cellParagraphs(text);
  const style: RunStyle = empty ? FONTS.placeholder : FONTS.value;
  const control = sdtXml(
    { tag: fieldTag(ctx.id, path), alias, id: ctx.ids.take(), lock: "unlocked", showingPlaceholder: empty },
    linesXml(lines, style, { keepNext }),
  );
  return cellXml(control, { width });
}

// ---------------------------------------------------------------------------------------------
// Sections

function fieldText(ctx: Ctx, field: FormField): string {
  if (field.path === "circulateBy" && ctx.derived.circulateBy !== undefined) return ctx.derived.circulateBy;
  return field.format(ctx.record, ctx.lang);
}

function labelValueTable(ctx: Ctx, section: LabelValueSection): string {
  // The signature lines come right after the last section: never alone on a page.
  const keepNext = section.key === "feedback";
  const rows = section.fields.map((field) => {
    const label = pick(field.label, ctx.lang);
    return rowXml(
      labelCell(label, LABEL_WIDTH, keepNext) +
        valueCell(ctx, field.path, label, fieldText(ctx, field), pick(field.hint, ctx.lang), TEXT_WIDTH - LABEL_WIDTH, keepNext),
    );
  });
  return tableXml([LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH], rows.join(""));
}

function actionRow(ctx: Ctx, action: ActionItem, index: number): string {
  const no = cellXml(paragraphXml(String(index + 1), FONTS.value, { align: "center" }), { width: ACTION_WIDTHS[0] });
  const cells = ACTION_VALUE_COLUMNS.map((col: ActionColumn, i) => {
    const label = pick(col.label, ctx.lang);
    return valueCell(
      ctx,
      actionPath(index, col.field),
      `${label} ${index + 1}`,
      col.format(action, ctx.lang),
      pick(col.hint, ctx.lang),
      ACTION_WIDTHS[i + 1],
    );
  });
  return rowXml(no + cells.join(""));
}

/** The action-item table alone (header row repeated on every page, rows never split). */
export function actionsTableXml(record: CcrRecord, options: RecordFormOptions = {}): string {
  return actionsTable(context(record, options));
}

function actionsTable(ctx: Ctx): string {
  const header = rowXml(
    labelCell(pick(ACTION_COLUMNS.no, ctx.lang), ACTION_WIDTHS[0]) +
      ACTION_VALUE_COLUMNS.map((col, i) => labelCell(pick(col.label, ctx.lang), ACTION_WIDTHS[i + 1])).join(""),
    { header: true },
  );
  // An empty record still shows one row to fill in.
  const actions = ctx.record.actions.length > 0 ? ctx.record.actions : [emptyAction()];
  return tableXml(ACTION_WIDTHS, header + actions.map((a, i) => actionRow(ctx, a, i)).join(""));
}

/** 参与方确认 as a table: one row per confirmation (one empty row to fill in when there is none). */
export function confirmationsTableXml(record: CcrRecord, options: RecordFormOptions = {}): string {
  return confirmationsTable(context(record, options));
}

function confirmationsTable(ctx: Ctx): string {
  const header = rowXml(
    CONFIRMATION_VALUE_COLUMNS.map((col, i) => labelCell(pick(col.label, ctx.lang), CONFIRMATION_WIDTHS[i])).join(""),
    { header: true },
  );
  const items: Confirmation[] = ctx.record.confirmations.length > 0 ? ctx.record.confirmations : [{ name: "", confirmed: false, date: "", remark: "" }];
  const rows = items.map((c, i) =>
    rowXml(
      CONFIRMATION_VALUE_COLUMNS.map((col, k) => {
        // An empty row shows hints, not 未确认, so that nothing reads as a party who did not confirm.
        const text = ctx.record.confirmations.length > 0 ? col.format(c, ctx.lang) : "";
        return valueCell(ctx, itemFieldPath("confirmations", i, col.field), `${pick(col.label, ctx.lang)} ${i + 1}`, text, pick(col.hint, ctx.lang), CONFIRMATION_WIDTHS[k]);
      }).join(""),
    ),
  );
  return tableXml(CONFIRMATION_WIDTHS, header + rows.join(""));
}

function subheading(ctx: Ctx, text: Bilingual): string {
  return paragraphXml(pick(text, ctx.lang), FONTS.label, { spacingBefore: 120, spacingAfter: 60, keepNext: true });
}

/** Lines for the lead and the recorder to sign, kept with the table before them. */
function signatureBlock(ctx: Ctx): string {
  return SIGNATURE_LINES.map((line, i) => paragraphXml(pick(line, ctx.lang), FONTS.value, { spacingBefore: i === 0 ? 480 : 240, keepNext: i === 0 })).join("");
}

function heading(ctx: Ctx, key: keyof typeof SECTION_TITLES): string {
  return paragraphXml(pick(SECTION_TITLES[key], ctx.lang), FONTS.heading, { spacingBefore: 240, spacingAfter: 120, keepNext: true });
}

function formContent(ctx: Ctx, notes: readonly string[]): string {
  const title = paragraphXml(pick(FORM_TITLE, ctx.lang), FONTS.title, {
    styleId: TITLE_STYLE,
    align: "center",
    spacingAfter: 240,
    keepNext: true,
  });
  const sections = LABEL_VALUE_SECTIONS.map((s) => heading(ctx, s.key) + labelValueTable(ctx, s));
  return (
    title +
    sections[0] +
    sections[1] +
    heading(ctx, "actions") +
    actionsTable(ctx) +
    sections[2] +
    subheading(ctx, CONFIRMATIONS_TITLE) +
    confirmationsTable(ctx) +
    sections[3] +
    signatureBlock(ctx) +
    notes.map((n) => paragraphXml(n, FONTS.value)).join("") +
    // Word needs a paragraph after the last table of a content control to let the user type after it.
    paragraphXml("", FONTS.value)
  );
}

/** The root content control holding the whole form (title, five sections, notes). */
export function recordFormXml(record: CcrRecord, options: RecordFormOptions = {}): string {
  const ctx = context(record, options);
  const rootId = ctx.ids.take();
  return sdtXml(
    { tag: rootTag(ctx.id), alias: pick(FORM_TITLE, ctx.lang), id: rootId, lock: "sdtLocked" },
    formContent(ctx, options.notes ?? []),
  );
}

/** What goes inside the root control (to rebuild a form in place, keeping the root control). */
export function recordFormContentXml(record: CcrRecord, options: RecordFormOptions = {}): string {
  const ctx = context(record, options);
  ctx.ids.take();
  return formContent(ctx, options.notes ?? []);
}

/** Children of w:body for the form: the root control and an empty paragraph after it. */
export function recordFormBodyXml(record: CcrRecord, options: RecordFormOptions = {}): string {
  return recordFormXml(record, options) + paragraphXml("", FONTS.value);
}
