// `ccr extract`: the records a .docx holds. A record form written by the add-in (or by
// exportRecordDocx) keeps the whole record JSON in the add-in's settings and shows its fields in
// tagged content controls; the text in the document wins for the fields it shows (edits made in
// Word or WPS), the stored JSON supplies the rest (progress notes, unknown keys). A form without
// stored JSON (e.g. its settings were lost) is read from the controls alone.
//
// The cell codecs are the form's own (src/ooxml/form-layout.ts). The Word adapter's fuller reading
// with damage reports lives in src/word/form-read.ts, which this layer may not import.

import type { DocControl } from "../domain/blocks";
import type { Bilingual } from "../domain/i18n";
import { emptyAction, emptyRecord, LANGS, recordFromJson, recordLang, type ActionItem, type CcrRecord } from "../domain/record";
import { ALL_FIELDS, actionColumn, isPlaceholderText, sameCellText, splitLines } from "../ooxml/form-layout";
import { readDocx, type DocxContent, type DocxLimits } from "../ooxml/read-docx";
import { parseActionPath, parseTag } from "../ooxml/tags";
import { recordSettings } from "../ooxml/web-extension";

export interface ExtractedRecord {
  id: string;
  record: CcrRecord;
  /** Whether the document held the record JSON, and whether it shows the form. */
  stored: boolean;
  form: boolean;
}

export type ExtractResult = { ok: true; records: ExtractedRecord[] } | { ok: false; error: Bilingual };

export function extractRecords(bytes: Uint8Array, limits: Partial<DocxLimits> = {}): ExtractResult {
  const read = readDocx(bytes, limits);
  if (!read.ok) return read;
  return { ok: true, records: recordsOf(read.content) };
}

/** Text of a value control: placeholder text counts as empty; empty trailing paragraphs dropped. */
function cellValue(text: string): string {
  return isPlaceholderText(text) ? "" : splitLines(text).join("\n");
}

export function recordsOf(content: DocxContent): ExtractedRecord[] {
  const byId = new Map<string, DocControl[]>();
  for (const c of content.controls) {
    const tag = parseTag(c.tag);
    if (!tag) continue;
    const list = byId.get(tag.recordId) ?? [];
    list.push(c);
    byId.set(tag.recordId, list);
  }
  const stored = recordSettings(content.settings);
  const ids = [...byId.keys(), ...[...stored.keys()].filter((id) => !byId.has(id))];
  return ids.map((id) => {
    const json = stored.get(id);
    let base: CcrRecord | undefined;
    if (json !== undefined) {
      try {
        const parsed = recordFromJson(JSON.parse(json));
        if (parsed.ok) base = parsed.record;
      } catch {
        base = undefined;
      }
    }
    const controls = byId.get(id) ?? [];
    const record = applyControls(base ? clone(base) : { ...emptyRecord(), id }, controls);
    record.id = id;
    return { id, record, stored: base !== undefined, form: controls.length > 0 };
  });
}

function applyControls(record: CcrRecord, controls: readonly DocControl[]): CcrRecord {
  const lang = recordLang(record);
  const fields = new Map<string, string>();
  // Action rows in document order: a row's controls share an index; a copied row repeats one.
  const rows: { index: number; texts: Map<string, string> }[] = [];
  for (const c of controls) {
    const path = parseTag(c.tag)?.path;
    if (!path) continue;
    const ap = parseActionPath(path);
    if (ap) {
      const last = rows[rows.length - 1];
      if (!last || last.index !== ap.index || last.texts.has(ap.field)) rows.push({ index: ap.index, texts: new Map([[ap.field, c.text]]) });
      else last.texts.set(ap.field, c.text);
    } else if (!fields.has(path)) fields.set(path, c.text);
  }
  for (const field of ALL_FIELDS) {
    const text = fields.get(field.path);
    if (field.derived || text === undefined) continue;
    const value = cellValue(text);
    if (!sameCellText(value, field.format(record, lang))) field.parse(record, value);
  }
  if (rows.length > 0) {
    const used = new Set<number>();
    const blank = emptyAction();
    const actions: ActionItem[] = [];
    for (const row of rows) {
      const fromStored = !used.has(row.index) && record.actions[row.index] !== undefined;
      const action = fromStored ? clone(record.actions[row.index]) : emptyAction();
      used.add(row.index);
      let any = false;
      for (const [field, text] of row.texts) {
        const col = actionColumn(field);
        if (!col) continue;
        const value = cellValue(text);
        // The empty row a new form shows has 未开始 in its status cell: that alone is no action item.
        if (value && !LANGS.some((l) => sameCellText(value, col.format(blank, l)))) any = true;
        if (!sameCellText(value, col.format(action, lang))) col.parse(action, value);
      }
      // The empty row a new form shows is not an action item.
      if (any || fromStored) actions.push(action);
    }
    record.actions = actions;
  }
  return record;
}

/** A deep copy of plain JSON data (structuredClone is missing in older Office webviews). */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
