// Hostile .docx files built in code (issue 16): a record form whose stored settings carry ids ccr never
// writes, and raw zips that fflate's zipSync cannot make (two entries of one name, an entry compressed
// with a method no reader here supports).

import { crc32, deflateRawSync } from "node:zlib";
import { strToU8, zipSync } from "fflate";
import { serialiseRecord, type CcrRecord } from "../../src/domain/record/record";
import { docxParts } from "../../src/ooxml/package";
import { RECORD_INDEX_SETTING, RECORD_SETTING_PREFIX, webExtensionParts } from "../../src/ooxml/web-extension";

/**
 * A .docx holding `records` in the add-in's settings under the given ids (no check: any id at all); the
 * stored JSON is the record with that id, or `json` as given.
 */
export function docxWithStoredRecords(records: readonly { id: string; record: CcrRecord; json?: string }[]): Uint8Array {
  const settings: Record<string, unknown> = { [RECORD_INDEX_SETTING]: records.map((r) => r.id) };
  for (const { id, record, json } of records) settings[RECORD_SETTING_PREFIX + id] = json ?? serialiseRecord({ ...record, id });
  const parts: Record<string, string> = { ...docxParts("<w:p><w:r><w:t>会议记录</w:t></w:r></w:p>"), ...webExtensionParts(settings).parts };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

export interface RawEntry {
  name: string;
  data: Uint8Array | string;
  /** Zip compression method: 0 stored, 8 deflate (default), 12 bzip2 (the bytes are stored as given). */
  method?: number;
  /** Left out of the central directory (a reader going by local headers still finds it). */
  unlisted?: boolean;
}

/** A zip written entry by entry as given: names may repeat, methods may be ones no reader supports. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = Buffer.from(typeof e.data === "string" ? strToU8(e.data) : e.data);
    const method = e.method ?? 8;
    const body = method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(e.name, "utf8");
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    if (!e.unlisted) centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const listed = entries.filter((e) => !e.unlisted).length;
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The parts of a plain one-paragraph Word document, as raw zip entries. */
export function plainDocxEntries(text = "会议记录"): RawEntry[] {
  return Object.entries(docxParts(`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`)).map(([name, data]) => ({ name, data }));
}
