// Where the whole record JSON lives inside the document: the add-in's document settings
// (Office.context.document.settings, key "ccr.record.<id>"). Why settings and not a custom XML part
// is written in docs/word-platform-notes.md (office-js #1742: a part written on the web could not be
// read on desktop; settings are part of the common API every WordApi 1.3 host has, are read without a
// sync, and travel inside the .docx as the add-in's web-extension part).

import type { CcrRecord } from "../domain/record/record";
import { parseRecord, serialiseRecord } from "../domain/record/record";
import { isRecordId } from "../domain/record/record-id";
import { RECORD_INDEX_SETTING, RECORD_SETTING_PREFIX } from "../ooxml/web-extension";
import { wordError } from "./errors";
import type { SettingsLike } from "./office-host";


export interface RecordStore {
  readonly available: boolean;
  get(id: string): CcrRecord | undefined;
  ids(): string[];
  /** Sets and saves; rejects with StorageFailed when the host cannot save. */
  put(record: CcrRecord): Promise<void>;
  /** Sets every record, then saves once (one saveAsync). */
  putAll(records: readonly CcrRecord[]): Promise<void>;
  /** Removes a record's JSON and its index entry, then saves. */
  remove(id: string): Promise<void>;
}

// The keys are shared with the .docx export, which writes the same settings (src/ooxml/web-extension.ts).
const STORE_PREFIX = RECORD_SETTING_PREFIX;
/** Ids known to the store (settings have no enumeration: an index key lists them). */
const INDEX_KEY = RECORD_INDEX_SETTING;

export function settingsStore(settings: SettingsLike | undefined): RecordStore {
  const readIds = (): string[] => {
    const raw = settings?.get(INDEX_KEY);
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === "string" && isRecordId(x)) : [];
  };
  const putAll = async (records: readonly CcrRecord[]): Promise<void> => {
    const withId = records.filter((r) => r.id);
    if (!settings || withId.length === 0) return;
    const ids = readIds();
    const before = ids.length;
    for (const record of withId) {
      settings.set(STORE_PREFIX + record.id, serialiseRecord(record));
      if (!ids.includes(record.id!)) ids.push(record.id!);
    }
    if (ids.length !== before) settings.set(INDEX_KEY, ids);
    await save(settings);
  };
  return {
    available: settings !== undefined,
    ids: readIds,
    get(id) {
      const raw = settings?.get(STORE_PREFIX + id);
      if (typeof raw !== "string") return undefined;
      // The key names the record; an id inside the JSON does not count.
      const parsed = parseRecord(raw, { id });
      return parsed.ok ? parsed.record : undefined;
    },
    put: (record) => putAll([record]),
    putAll,
    async remove(id) {
      if (!settings) return;
      settings.remove(STORE_PREFIX + id);
      settings.set(INDEX_KEY, readIds().filter((x) => x !== id));
      await save(settings);
    },
  };
}

function save(settings: SettingsLike): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === "failed") reject(wordError("StorageFailed", result.error?.message ?? "saveAsync failed"));
      else resolve();
    });
  });
}
