// `ccr extract`: the records a .docx holds. A record form written by the add-in (or by
// exportRecordDocx) keeps the whole record JSON in the add-in's settings and shows its fields in
// tagged content controls; the text in the document wins for the fields it shows (edits made in
// Word or WPS), the stored JSON supplies the rest (progress notes, unknown keys). A form without
// stored JSON (e.g. its settings were lost) is read from the controls alone. A form exactly as ccr
// wrote it (WRITTEN_SETTING still matching its parts) is read from the stored JSON alone: the same
// records, without building the document's DOM (writtenRecords).
//
// The merge is the Word adapter's own (readForm of src/form/read.ts); its damage reports are
// not used here. A form pasted twice is read as two records, as 修复 in Word makes it.

import type { DocControl } from "../domain/recognise/blocks";
import type { Bilingual } from "../domain/record/i18n";
import { parseRecord, type CcrRecord } from "../domain/record/record";
import { readForm } from "../form/read";
import { notARecordMessage, recogniseForm, type RecognisedDocument } from "../form/recognised-form";
import { checksum53 } from "../ooxml/checksum";
import { readDocx, readSettingsOnly, type DocxContent, type DocxLimits } from "../ooxml/read-docx";
import { parseTag } from "../form/tags";
import { recordSettings, WRITTEN_SETTING } from "../ooxml/web-extension";

export interface ExtractedRecord {
  id: string;
  record: CcrRecord;
  /** Whether the document held the record JSON, and whether it shows the form. */
  stored: boolean;
  form: boolean;
  /**
   * Set on a further copy of the whole form (the form pasted twice, damage duplicate-form): the id
   * of the record copied. Such a copy is read as a record of its own, as 修复 in Word makes it, under
   * the id `<id>-2`, `<id>-3` … (修复 gives it a new random id).
   */
  copyOf?: string;
}

export type ExtractResult = { ok: true; records: ExtractedRecord[] } | { ok: false; error: Bilingual };

export function extractRecords(bytes: Uint8Array, limits: Partial<DocxLimits> = {}): ExtractResult {
  const read = readDocx(bytes, limits);
  if (!read.ok) return read;
  return recordsOf(read.content);
}

export interface DocxRecord {
  record: CcrRecord;
  /** The record's place among several in the file, for messages: "#2 (id)"; absent when the file holds one. */
  place?: string;
  /** Set when the record was recognised from a hand-filled form's labels, not read from ccr content controls. */
  recognised?: RecognisedDocument;
}

export type DocxRecordsResult = { ok: true; records: DocxRecord[] } | { ok: false; error: Bilingual };

/**
 * Every record a .docx holds (stored JSON with the form's text over it); a document without ccr
 * content controls is read as a hand-filled form by its labels (issue 11), LibreOffice-saved forms
 * included. The one reader of .docx records for the command line and the pane; `shown` (the file's
 * name) starts every message.
 */
export function readDocxRecords(bytes: Uint8Array, shown: string): DocxRecordsResult {
  const written = writtenRecords(bytes);
  return written ? { ok: true, records: written } : readDocumentRecords(bytes, shown);
}

/**
 * The records of a record form as ccr wrote it (WRITTEN_SETTING still matching the document and the
 * stored records), from the stored records alone: what readDocumentRecords gives for the file, without
 * building the document's DOM. Undefined for any other file (hand-filled, edited in Word, WPS or
 * LibreOffice, damaged): read it the thorough way.
 */
export function writtenRecords(bytes: Uint8Array): DocxRecord[] | undefined {
  const read = readSettingsOnly(bytes);
  if (!read) return undefined;
  const stored = recordSettings(read.settings);
  if (stored.size === 0 || read.settings[WRITTEN_SETTING] !== writtenChecksum(read.partsChecksum, stored)) return undefined;
  const records: DocxRecord[] = [];
  for (const [id, json] of stored) {
    const parsed = parseRecord(json, { id });
    if (!parsed.ok) return undefined;
    records.push({ record: { ...parsed.record, id }, ...(stored.size > 1 ? { place: `#${records.length + 1} (${id})` } : {}) });
  }
  return records;
}

/** The value of WRITTEN_SETTING for a package whose other parts have `partsChecksum` and that stores `stored`. */
export function writtenChecksum(partsChecksum: string, stored: ReadonlyMap<string, string>): string {
  const text = [partsChecksum, ...[...stored].flatMap(([id, json]) => [id, json])].join("\n");
  return `1:${checksum53(text).toString(36)}:${checksum53(text, 1).toString(36)}`;
}

/** readDocxRecords the thorough way: the whole document read (readDocx), its form over the stored records. */
export function readDocumentRecords(bytes: Uint8Array, shown: string): DocxRecordsResult {
  const read = readDocx(bytes);
  if (!read.ok) return { ok: false, error: { zh: `${shown}:${read.error.zh}`, en: `${shown}: ${read.error.en}` } };
  const extracted = recordsOf(read.content);
  if (!extracted.ok) return { ok: false, error: { zh: `${shown}：${extracted.error.zh}`, en: `${shown}: ${extracted.error.en}` } };
  const records = extracted.records;
  if (records.length === 0) {
    const recognised = recogniseForm(read.content.blocks, read.content.libreOfficeRepairs);
    if (!recognised) return { ok: false, error: notARecordMessage(shown) };
    return { ok: true, records: [{ record: recognised.record, recognised }] };
  }
  const many = records.length > 1;
  return { ok: true, records: records.map((r, i) => ({ record: r.record, ...(many ? { place: `#${i + 1} (${r.id})` } : {}) })) };
}

/**
 * The records of a read document. A stored record that the record reader refuses (over its limits:
 * nesting, text length, numbers) makes the document refused, with the reason: the form alone would
 * silently drop what only the stored record holds.
 */
export function recordsOf(content: DocxContent): ExtractResult {
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
  const taken = new Set(ids);
  const bases = new Map<string, CcrRecord>();
  for (const [id, json] of stored) {
    // The setting's key names the record; an id inside the JSON does not count.
    const parsed = parseRecord(json, { id });
    if (parsed.ok) bases.set(id, parsed.record);
    else {
      const { zh, en } = parsed.error.message;
      return { ok: false, error: { zh: `文档中保存的记录 ${id} 无法读取：${zh}`, en: `The record ${id} kept in the document cannot be read: ${en}` } };
    }
  }
  const records = ids.flatMap((id) => {
    const base = bases.get(id);
    const read = (recordId: string, controls: DocControl[]): ExtractedRecord => {
      const { record } = readForm({
        recordId: id,
        stored: base,
        storageAvailable: false,
        rootFound: controls.some(isRoot),
        controls,
        tables: [],
      });
      return { id: recordId, record: { ...record, id: recordId }, stored: base !== undefined, form: controls.length > 0, ...(recordId !== id ? { copyOf: id } : {}) };
    };
    const [first, ...copies] = formCopies(byId.get(id) ?? []);
    return [read(id, first), ...copies.map((controls, i) => read(copyId(id, i + 2, taken), controls))];
  });
  return { ok: true, records };
}

const isRoot = (c: DocControl) => {
  const tag = parseTag(c.tag);
  return tag !== undefined && !tag.path && !tag.label;
};

/**
 * A record's controls split into copies of the whole form (damage duplicate-form): a further root
 * control starts a copy. The controls are in document order, outer before inner, so a copy pasted
 * inside the form itself cannot be told apart and is taken as a copy too.
 */
function formCopies(controls: DocControl[]): DocControl[][] {
  const copies: DocControl[][] = [[]];
  for (const c of controls) {
    const last = copies[copies.length - 1];
    if (isRoot(c) && last.some(isRoot)) copies.push([c]);
    else last.push(c);
  }
  return copies;
}

/** The id of the n-th copy of a record's form: `<id>-<n>` (another suffix if that is taken); ≤ 64 characters. */
function copyId(id: string, n: number, taken: Set<string>): string {
  for (let k = n; ; k++) {
    const suffix = `-${k}`;
    const candidate = id.slice(0, 64 - suffix.length) + suffix;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}
