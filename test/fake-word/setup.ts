// Test wiring: the real adapter over a fresh fake Word.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CcrRecord } from "../../src/domain/record";
import { parseRecord } from "../../src/domain/record";
import { officeHostFrom } from "../../src/word/office-host";
import type { OfficeGlobals } from "../../src/word/office-host";
import type { AdapterOptions } from "../../src/word/record-document";
import { createRecordDocument } from "../../src/word/record-document";
import type { RecordDocument } from "../../src/word/types";
import { FakeWordHost } from "./host";
import type { FakeWordOptions } from "./host";

export interface Setup {
  host: FakeWordHost;
  doc: RecordDocument;
}

export function adapterOver(host: FakeWordHost, options: AdapterOptions = {}): RecordDocument {
  let n = 0;
  return createRecordDocument(officeHostFrom(host.globals() as unknown as OfficeGlobals), {
    newId: () => `t${++n}`,
    timeoutMs: 500,
    insertTimeoutMs: 500,
    ...options,
  });
}

export function setup(options: FakeWordOptions = {}, adapter: AdapterOptions = {}): Setup {
  const host = new FakeWordHost(options);
  return { host, doc: adapterOver(host, adapter) };
}

export const EXAMPLES = ["project-delay.json", "priority-conflict.json", "resource-budget.json", "supplier-delivery.json", "weekly-sync.json"];

export function example(name: string): CcrRecord {
  const r = parseRecord(readFileSync(join(__dirname, "../../../shared/examples", name), "utf8"));
  if (!r.ok) throw new Error(r.error.message.en);
  return r.record;
}
