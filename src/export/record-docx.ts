// The record form itself (沟通协调记录表) as a .docx: the body is the very WordprocessingML the Word
// adapter inserts (src/ooxml/record-form.ts, one builder), zipped here with fflate together with the
// styles, and the whole record JSON in the add-in's document settings (src/ooxml/web-extension.ts),
// where the add-in reads it when the document is opened in Word and `ccr extract` reads it back.
// The settings also get WRITTEN_SETTING once the file has been read back the thorough way to the very
// record it stores: then readers (ccr status over thousands of files) may take the stored record alone.

import { strToU8, zipSync, type Zippable } from "fflate";
import { circulationDeadlineText } from "../domain/calendar/date-format";
import { FORM_TITLE } from "../domain/record/fields";
import { pick } from "../domain/record/i18n";
import { recordLang, serialiseRecord, type CcrRecord } from "../domain/record/record";
import { docxParts } from "../ooxml/package";
import { recordFormBodyXml } from "../ooxml/record-form";
import { isRecordId, newRecordId } from "../domain/record/record-id";
import { readSettingsOnly } from "../ooxml/read-docx";
import { RECORD_INDEX_SETTING, RECORD_SETTING_PREFIX, recordSettings, webExtensionParts, WRITTEN_SETTING } from "../ooxml/web-extension";
import { xmlText } from "../ooxml/xml-text";
import { readDocumentRecords, writtenChecksum, writtenRecords } from "./extract";

export interface RecordDocxOptions {
  /** Id for a record that has none (a new random id otherwise). */
  recordId?: string;
}

/** The record with a tag-safe id: its own, the one given, or a new one. */
export function withRecordId(record: CcrRecord, options: RecordDocxOptions = {}): CcrRecord {
  if (record.id && isRecordId(record.id)) return record;
  return { ...record, id: options.recordId && isRecordId(options.recordId) ? options.recordId : newRecordId() };
}

export function exportRecordDocx(input: CcrRecord, options: RecordDocxOptions = {}): Uint8Array {
  const record = withRecordId(input, options);
  const id = record.id!;
  const body = recordFormBodyXml(record, { recordId: id, derived: { circulateBy: circulationDeadlineText(record.date, recordLang(record)) } });
  // Page setup and page numbers belong to the file; in Word the form goes into the user's document.
  const parts = docxParts(body, { pageNumbers: recordLang(record) });
  const settings = { [RECORD_SETTING_PREFIX + id]: serialiseRecord(record), [RECORD_INDEX_SETTING]: [id] };
  const we = webExtensionParts(settings);
  parts["_rels/.rels"] = parts["_rels/.rels"].replace(
    "</Relationships>",
    `<Relationship Id="rIdCcrPane" Type="${we.rootRelationship.type}" Target="${we.rootRelationship.target}"/></Relationships>`,
  );
  parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
    "</Types>",
    we.contentTypes.map((c) => `<Override PartName="${c.partName}" ContentType="${c.contentType}"/>`).join("") +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
  );
  parts["_rels/.rels"] = parts["_rels/.rels"].replace(
    "</Relationships>",
    '<Relationship Id="rIdCcrCore" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
  );
  parts["docProps/core.xml"] = coreProperties(record);
  const pack = (s: Record<string, unknown>) => {
    const files: Zippable = {};
    for (const [path, text] of Object.entries({ ...parts, ...webExtensionParts(s).parts })) files[path] = strToU8(text);
    return zipSync(files, { level: 6 });
  };
  return withWrittenChecksum(settings, pack);
}

/**
 * The package `pack` makes of `settings`, with WRITTEN_SETTING added when the file then reads back the
 * thorough way (readDocumentRecords) to exactly what writtenRecords takes from its stored records, so
 * that readers may skip the document; without it otherwise.
 */
function withWrittenChecksum(settings: Record<string, unknown>, pack: (settings: Record<string, unknown>) => Uint8Array): Uint8Array {
  const plain = pack(settings);
  const read = readSettingsOnly(plain);
  if (!read) return plain;
  const marked = pack({ ...settings, [WRITTEN_SETTING]: writtenChecksum(read.partsChecksum, recordSettings(read.settings)) });
  const fast = writtenRecords(marked);
  const thorough = readDocumentRecords(marked, "");
  return fast && thorough.ok && JSON.stringify(fast) === JSON.stringify(thorough.records) ? marked : plain;
}

function coreProperties(record: CcrRecord): string {
  const title = [record.topic.trim(), pick(FORM_TITLE, recordLang(record))].filter(Boolean).join(" ");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${xmlText(title)}</dc:title><dc:creator>ccr</dc:creator></cp:coreProperties>`
  );
}
