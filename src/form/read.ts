// Reading a record back from what a record form shows: the texts of the form's content controls and
// the values of its tables, merged over the stored record JSON. Pure and shared: the Word adapter
// loads a snapshot in ≤ 2 syncs and hands it here; `ccr extract` builds one from a .docx
// (src/export/extract.ts). The document text wins for the fields it shows; fields it does not show
// (progress notes, scenario, unknown keys …) come from the stored JSON.

import type { Bilingual } from "../domain/record/i18n";
import type { ActionItem, CcrRecord, Confirmation } from "../domain/record/record";
import { emptyAction, emptyRecord, LANGS, recordLang } from "../domain/record/record";
import {
  ACTION_VALUE_COLUMNS,
  ALL_FIELDS,
  CONFIRMATIONS_CELL,
  CONFIRMATION_VALUE_COLUMNS,
  actionHeaderLabels,
  cellParagraphs,
  confirmationHeaderLabels,
  isPlaceholderText,
  sameCellText,
  splitLines,
} from "./layout";
import { formHeadingTexts } from "./layout";
import { parseTag } from "./tags";
import type { Damage } from "./damage";

export type { Damage, DamageKind } from "./damage";
import { actionPath, itemFieldPath, parseActionPath, pathSteps } from "../domain/record/record-path";

export interface ControlSnapshot {
  readonly tag: string;
  readonly text: string;
}

export interface FormSnapshot {
  readonly recordId: string;
  /** The record JSON kept in the document, if any. */
  readonly stored: CcrRecord | undefined;
  /** Whether the document can keep record JSON at all (settings available). */
  readonly storageAvailable: boolean;
  readonly rootFound: boolean;
  /** Controls inside the root control (without a root: this record's controls anywhere), in document order. */
  readonly controls: readonly ControlSnapshot[];
  /** Table.values of the tables inside the root, in document order. */
  readonly tables: readonly (readonly (readonly string[])[])[];
  /** Texts of the paragraphs directly inside the root (outside tables), when loaded (修复). */
  readonly paragraphs?: readonly string[];
  /**
   * Further copies of the whole form, each in a root control of its own, elsewhere in the document
   * (the first form is the one read); copies nested inside this record's form are not counted.
   */
  readonly copies?: number;
}

export interface FormReading {
  readonly record: CcrRecord;
  readonly changedInDocument: string[];
  readonly damage: Damage[];
  /** Text that is in the form but belongs to no field of this record (other records' controls, stray paragraphs). */
  readonly strayText: string[];
}

/** Number of tables in an undamaged form. */
export const FORM_TABLE_COUNT = 6;

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Text of a cell as a value: placeholder text counts as empty; trailing empty paragraphs (#116) dropped. */
export function cellValue(text: string): string {
  return isPlaceholderText(text) ? "" : cellParagraphs(text).join("\n");
}

function msg(zh: string, en: string): Bilingual {
  return { zh, en };
}

interface ActionGroup {
  index: number;
  texts: Map<string, string>;
}

/** The rows of the confirmation table (its header row left out), when the form's tables hold it. */
function confirmationTableRows(tables: FormSnapshot["tables"]): (readonly string[])[] | undefined {
  const headers = LANGS.map((l) => confirmationHeaderLabels(l));
  const isHeader = (row: readonly string[]) => headers.some((h) => row.length === h.length && h.every((label, i) => splitLines(row[i] ?? "").join("") === label));
  const table = tables.find((t) => t.length > 0 && isHeader(t[0]));
  return table?.slice(1);
}

export function readForm(s: FormSnapshot): FormReading {
  const damage: Damage[] = [];
  const changed: string[] = [];
  const strayText: string[] = [];
  const record: CcrRecord = clone(s.stored ?? { ...emptyRecord(), id: s.recordId });
  record.id = s.recordId;
  const lang = recordLang(record);

  if (!s.stored && s.storageAvailable) {
    damage.push({
      kind: "missing-stored",
      message: msg(
        "文档中没有这份记录的完整数据(如进度更新);已从表格内容重建,表格中不显示的字段为空。",
        "The full record data (e.g. progress notes) is not in the document; the record was rebuilt from the form, fields the form does not show are empty.",
      ),
    });
  }
  if (s.copies && s.copies > 0) {
    const n = s.copies + 1;
    damage.push({
      kind: "duplicate-form",
      message: msg(
        `这份记录表在文档中出现了 ${n} 次(整张表被复制粘贴),各份共用同一个记录编号,窗格只读取第一份。若是误复制,删去多余的那份即可;若要保留各份,请点击"修复":第一份保持不变,其余各份获得新的记录编号,作为独立记录保存(内容取自各自的表格)。`,
        `This form is in the document ${n} times (the whole form was copied and pasted); the copies share one record id and the pane reads only the first. If the copy was a mistake, delete the extra form; to keep every copy, click Repair: the first stays as it is, each other copy gets a record id of its own and is kept as a separate record with the text it shows.`,
      ),
    });
  }
  if (!s.rootFound && s.controls.length > 0) {
    damage.push({
      kind: "missing-root",
      message: msg("记录表外框控件已被删除;修复会重新生成记录表。", "The control around the form was deleted; Repair rebuilds the form."),
    });
  }

  // Sort the controls: this record's fields, its action cells, other records' controls.
  const fields = new Map<string, string[]>();
  const groups: ActionGroup[] = [];
  const foreignGroups: (ActionGroup & { recordId: string })[] = [];
  const foreign = new Set<string>();
  const confirmationGroups: ActionGroup[] = [];
  let current: ActionGroup | undefined;
  for (const c of s.controls) {
    const tag = parseTag(c.tag);
    if (!tag) continue;
    if (tag.recordId !== s.recordId) {
      if (!foreign.has(tag.recordId)) {
        foreign.add(tag.recordId);
        damage.push({
          kind: "foreign-control",
          otherRecordId: tag.recordId,
          message: msg(
            `记录表中粘贴了另一份记录(${tag.recordId})的内容;修复会把这些文字保留在记录表下方。`,
            `Content of another record (${tag.recordId}) was pasted into this form; Repair keeps that text below the form.`,
          ),
        });
      }
      const fap = tag.path ? parseActionPath(tag.path) : undefined;
      if (fap) {
        const last = foreignGroups[foreignGroups.length - 1];
        if (!last || last.recordId !== tag.recordId || last.index !== fap.index || last.texts.has(fap.field)) {
          foreignGroups.push({ recordId: tag.recordId, index: fap.index, texts: new Map([[fap.field, c.text]]) });
        } else last.texts.set(fap.field, c.text);
      } else if (tag.path && !isPlaceholderText(c.text)) strayText.push(cellValue(c.text));
      continue;
    }
    if (!tag.path) continue;
    const cp = pathSteps(tag.path);
    if (cp && cp.length === 3 && cp[0] === "confirmations" && typeof cp[1] === "number" && typeof cp[2] === "string") {
      const last = confirmationGroups[confirmationGroups.length - 1];
      if (!last || last.index !== cp[1] || last.texts.has(cp[2])) confirmationGroups.push({ index: cp[1], texts: new Map([[cp[2], c.text]]) });
      else last.texts.set(cp[2], c.text);
      current = undefined;
      continue;
    }
    const ap = parseActionPath(tag.path);
    if (ap) {
      if (!current || current.index !== ap.index || current.texts.has(ap.field)) {
        current = { index: ap.index, texts: new Map() };
        groups.push(current);
      }
      current.texts.set(ap.field, c.text);
      continue;
    }
    current = undefined;
    const list = fields.get(tag.path) ?? [];
    list.push(c.text);
    fields.set(tag.path, list);
  }

  // Word on the web has left controls inside tables out of the collections (office-js #2040): when the
  // root is there but none of this record's cell controls are listed, read the tables alone, quietly.
  const hidden = s.rootFound && fields.size === 0 && groups.length === 0 && confirmationGroups.length === 0 && s.tables.length > 0;

  // Label/value fields.
  const labelRows = new Map<string, string>();
  for (const t of s.tables) for (const row of t) if (row.length === 2) labelRows.set(splitLines(row[0]).join(""), row[1]);
  for (const field of ALL_FIELDS) {
    if (field.derived) continue;
    const texts = fields.get(field.path);
    let text: string | undefined = texts?.[0];
    if (texts && texts.length > 1) {
      damage.push({
        kind: "duplicate-control",
        path: field.path,
        message: msg(`"${field.label.zh}"出现了多次;以第一处为准,修复会删去重复的控件但保留文字。`, `"${field.label.en}" appears more than once; the first one counts, Repair removes the copy and keeps its text.`),
      });
      for (const extra of texts.slice(1)) if (!isPlaceholderText(extra) && !sameCellText(extra, texts[0])) strayText.push(cellValue(extra));
    }
    if (text === undefined && (s.rootFound || s.controls.length > 0)) {
      text = labelRows.get(field.label.zh) ?? labelRows.get(field.label.en);
      if (!hidden) damage.push({
        kind: "missing-control",
        path: field.path,
        message: msg(`"${field.label.zh}"的内容控件已被删除;修复会重新生成。`, `The control of "${field.label.en}" was deleted; Repair rebuilds it.`),
      });
    }
    if (text === undefined) continue;
    const value = cellValue(text);
    if (!sameCellText(value, field.format(record, lang))) {
      field.parse(record, value);
      changed.push(field.path);
    }
  }

  // 参与方确认: the confirmation table's controls (its rows where the host lists no control, #2040),
  // or the single cell of a form written before the table.
  const legacyCell = fields.get(CONFIRMATIONS_CELL.path)?.[0];
  const confirmationRows = hidden ? confirmationTableRows(s.tables) : undefined;
  if (confirmationGroups.length > 0 || confirmationRows) {
    const storedItems = s.stored?.confirmations ?? [];
    const items: Confirmation[] = [];
    const rowsRead = confirmationRows?.map((row) => ({ index: -1, texts: new Map(CONFIRMATION_VALUE_COLUMNS.map((col, i) => [col.field, row[i] ?? ""])) }));
    for (const group of rowsRead ?? confirmationGroups) {
      const i = items.length;
      const base: Confirmation = clone(storedItems[rowsRead ? i : group.index] ?? { name: "", confirmed: false, date: "", remark: "" });
      const stored = storedItems[rowsRead ? i : group.index] !== undefined;
      let anyText = false;
      const paths: string[] = [];
      for (const col of CONFIRMATION_VALUE_COLUMNS) {
        const text = group.texts.get(col.field);
        if (text === undefined) continue;
        const value = cellValue(text);
        if (value !== "") anyText = true;
        if (!sameCellText(value, col.format(base, lang)) && !(value === "" && !stored)) {
          col.parse(base, value);
          paths.push(itemFieldPath("confirmations", i, col.field));
        }
      }
      // The empty row the form shows for a record without confirmations is not a confirmation.
      if (!anyText && !stored) continue;
      changed.push(...paths);
      items.push(base);
    }
    if (items.length !== storedItems.length) changed.push("confirmations");
    record.confirmations = items;
  } else if (legacyCell !== undefined) {
    const value = cellValue(legacyCell);
    if (!sameCellText(value, CONFIRMATIONS_CELL.format(record, lang))) {
      CONFIRMATIONS_CELL.parse(record, value);
      changed.push(CONFIRMATIONS_CELL.path);
    }
  }

  // Action items: rows of the action tables, aligned with the groups of action controls.
  const headers = [actionHeaderLabels("zh"), actionHeaderLabels("en")];
  const width = ACTION_VALUE_COLUMNS.length + 1;
  const actionTables = s.tables.filter((t) => t.length > 0 && t[0].length === width);
  if (actionTables.length > 1 || s.tables.length > FORM_TABLE_COUNT) {
    damage.push({
      kind: "split-table",
      message: msg("记录表中的表格被拆分或多出了表格;修复会重新合并为标准表格。", "A table of the form was split or an extra table added; Repair rebuilds the standard tables."),
    });
  }
  const isHeader = (row: readonly string[]) => headers.some((h) => h.every((label, i) => splitLines(row[i] ?? "").join("") === label));
  const rows = actionTables.flatMap((t) => t.filter((row) => !isHeader(row)));
  const stored = s.stored?.actions ?? [];
  const used = new Set<number>();
  const actions: ActionItem[] = [];
  const blank = emptyAction();
  const take = (group: ActionGroup | undefined, row: readonly string[] | undefined) => {
    const i = actions.length;
    let base: ActionItem;
    if (group && !used.has(group.index) && stored[group.index]) {
      base = clone(stored[group.index]);
      used.add(group.index);
    } else {
      if (group && used.has(group.index)) {
        damage.push({
          kind: "duplicate-control",
          path: actionPath(group.index, "task"),
          message: msg(`待办事项第 ${group.index + 1} 行被复制;复制的行按新事项读取。`, `Action row ${group.index + 1} was copied; the copy is read as a new item.`),
        });
      }
      base = emptyAction();
    }
    let anyText = false;
    ACTION_VALUE_COLUMNS.forEach((col, c) => {
      let text = group?.texts.get(col.field);
      if (text === undefined && group && row) {
        damage.push({
          kind: "missing-control",
          path: actionPath(i, col.field),
          message: msg(`待办事项第 ${i + 1} 行"${col.label.zh}"的控件已被删除;修复会重新生成。`, `The control of "${col.label.en}" in action row ${i + 1} was deleted; Repair rebuilds it.`),
        });
      }
      if (text === undefined) text = row?.[c + 1];
      if (text === undefined) return;
      const value = cellValue(text);
      // A value other than what an empty row shows (status 未开始) makes the row an item.
      // In either language: the row may have been written before the record's language changed.
      if (value !== "" && !LANGS.some((l) => sameCellText(value, col.format(blank, l)))) anyText = true;
      if (!sameCellText(value, col.format(base, lang))) {
        col.parse(base, value);
        changed.push(actionPath(i, col.field));
      }
    });
    // The empty row the form shows for a record without action items is not an item.
    if (!anyText && i >= stored.length) return;
    actions.push(base);
  };
  const matches = (row: readonly string[], g: ActionGroup) =>
    ACTION_VALUE_COLUMNS.every((col, c) => !g.texts.has(col.field) || sameCellText(row[c + 1] ?? "", g.texts.get(col.field)!));
  let g = 0;
  let fg = 0;
  for (const row of rows) {
    if (g < groups.length && matches(row, groups[g])) {
      take(groups[g++], row);
    } else if (fg < foreignGroups.length && matches(row, foreignGroups[fg])) {
      // A row of another record pasted in: not an item of this record; its text is kept by 修复.
      fg++;
      const text = row.slice(1).map(cellValue).filter(Boolean).join(" / ");
      if (text) strayText.push(text);
    } else if (row.slice(1).some((cell) => cellValue(cell) !== "")) {
      if (!hidden) damage.push({
        kind: "untagged-row",
        path: actionPath(actions.length, "task"),
        message: msg(
          `待办事项第 ${actions.length + 1} 行是手工添加的(没有内容控件);已读入,修复会为它生成控件。`,
          `Action row ${actions.length + 1} was added by hand (no controls); it was read, Repair gives it controls.`,
        ),
      });
      take(undefined, row);
    }
  }
  for (; g < groups.length; g++) take(groups[g], undefined);
  if (s.rootFound || s.controls.length > 0) {
    if (actions.length !== stored.length) changed.push("actions");
    record.actions = actions;
  }

  // Paragraphs in the form that are neither its title, headings nor empty.
  const headings = new Set(formHeadingTexts());
  for (const p of s.paragraphs ?? []) if (p.trim() !== "" && !headings.has(p.trim())) strayText.push(p.trim());

  return { record, changedInDocument: [...new Set(changed)], damage, strayText };
}
