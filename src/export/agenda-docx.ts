// The agenda as a .docx (A4 portrait, page numbers): the very WordprocessingML the Word adapter
// inserts for 插入议程 (src/ooxml/agenda.ts, one renderer), packaged with the shared parts of
// src/ooxml/package.ts and zipped with fflate.

import { strToU8, zipSync, type Zippable } from "fflate";
import type { Agenda } from "../domain/meeting/agenda";
import { recordLang, type CcrRecord } from "../domain/record/record";
import { agendaContentXml } from "../ooxml/agenda";
import { docxParts } from "../ooxml/package";
import { legalXmlDeep } from "../ooxml/xml-text";

/** Async like the other .docx exports, so callers need not know how the file is built. */
export async function exportAgendaDocx(input: CcrRecord, inputAgenda: Agenda): Promise<Uint8Array> {
  const record = legalXmlDeep(input);
  const agenda = legalXmlDeep(inputAgenda);
  const lang = recordLang(record);
  const parts = docxParts(agendaContentXml(record, agenda, lang), { pageNumbers: lang });
  const files: Zippable = {};
  for (const [path, text] of Object.entries(parts)) files[path] = strToU8(text);
  return zipSync(files, { level: 6 });
}
