// `ccr extract`: the records a .docx holds. A record form written by the add-in (or by
// exportRecordDocx) keeps the whole record JSON in the add-in's settings and shows its fields in
// tagged content controls; the text in the document wins for the fields it shows (edits made in
// Word or WPS), the stored JSON supplies the rest (progress notes, unknown keys). A form without
// stored JSON (e.g. its settings were lost) is read from the controls alone.
//
// The merge is the Word adapter's own (readForm of src/ooxml/form-read.ts); its damage reports are
// not used here.

import type { DocControl } from "../domain/blocks";
import type { Bilingual } from "../domain/i18n";
import { recordFromJson, type CcrRecord } from "../domain/record";
import { readForm } from "../ooxml/form-read";
import { readDocx, type DocxContent, type DocxLimits } from "../ooxml/read-docx";
import { parseTag } from "../ooxml/tags";
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
    const { record } = readForm({
      recordId: id,
      stored: base,
      storageAvailable: false,
      rootFound: controls.some((c) => !parseTag(c.tag)?.path),
      controls,
      tables: [],
    });
    return { id, record, stored: base !== undefined, form: controls.length > 0 };
  });
}
