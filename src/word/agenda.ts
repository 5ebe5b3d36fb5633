// 插入议程 / 更新议程: the agenda section at the cursor, one content control per record
// (tag ccr-agenda:<recordId>). Two syncs whatever the agenda's size: one to find an agenda already
// in the document, one to write. An agenda already there is rewritten in place, never duplicated.

import type { Agenda } from "../domain/meeting/agenda";
import type { CcrRecord, Lang } from "../domain/record/record";
import { insertAtSelection, loadSelection } from "./selection";
import { agendaContentXml, agendaSectionXml, agendaTag } from "../ooxml/agenda";
import { flatOpcPackage } from "../ooxml/package";
import { isRecordId, newRecordId } from "../domain/record/record-id";
import { toWordError } from "./errors";
import type { OfficeHost } from "./office-host";

/** What the agenda needs of the office.js host (officeJsHost(), or the fake's in tests): Word.run. */
export type WordRunner = Pick<OfficeHost, "run">;

export interface AgendaWriteResult {
  /** "inserted" at the cursor, or "updated" in place. */
  action: "inserted" | "updated";
  /** The record, with the id the agenda control is tagged with (a new one when it had none). */
  record: CcrRecord & { id: string };
}

function withId(record: CcrRecord): CcrRecord & { id: string } {
  return record.id && isRecordId(record.id) ? (record as CcrRecord & { id: string }) : { ...record, id: newRecordId() };
}

/**
 * 插入议程 and 更新议程 in one: when the document holds this record's agenda, its content is
 * replaced (every copy, should the user have duplicated it); otherwise the agenda goes at the cursor.
 */
export async function writeAgenda(word: WordRunner, record: CcrRecord, agenda: Agenda, lang?: Lang): Promise<AgendaWriteResult> {
  const tagged = withId(record);
  try {
    return await writeAgendaBatch(word, tagged, agenda, lang);
  } catch (e) {
    throw toWordError(e);
  }
}

function writeAgendaBatch(word: WordRunner, tagged: CcrRecord & { id: string }, agenda: Agenda, lang?: Lang): Promise<AgendaWriteResult> {
  return word.run(async (context) => {
    const existing = context.document.body.contentControls.getByTag(agendaTag(tagged.id));
    existing.load("items/tag");
    const selection = loadSelection(context);
    await context.sync();
    if (existing.items.length > 0) {
      const content = flatOpcPackage(agendaContentXml(tagged, agenda, lang));
      for (const control of existing.items) control.insertOoxml(content, "Replace");
      await context.sync();
      return { action: "updated" as const, record: tagged };
    }
    insertAtSelection(selection, flatOpcPackage(agendaSectionXml(tagged, agenda, lang)));
    await context.sync();
    return { action: "inserted" as const, record: tagged };
  });
}

/** Whether the document holds this record's agenda (one sync). */
export async function hasAgenda(word: WordRunner, recordId: string): Promise<boolean> {
  return word.run(async (context) => {
    const existing = context.document.body.contentControls.getByTag(agendaTag(recordId));
    existing.load("items/tag");
    await context.sync();
    return existing.items.length > 0;
  });
}
