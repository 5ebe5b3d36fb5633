// Test wiring: the real adapter over a fresh fake Word.
import { join } from "node:path";
import type { CcrRecord } from "../../src/domain/record/record";
import { EXAMPLES_DIR, readRecord } from "./records";
import { officeHostFrom } from "../../src/word/office-host";
import type { OfficeGlobals } from "../../src/word/office-host";
import type { AdapterOptions } from "../../src/word/record-document";
import { createRecordDocument } from "../../src/word/record-document";
import type { RecordDocument } from "../../src/word/types";
import { FakeWordHost } from "../fake-word/host";
import type { FakeWordOptions } from "../fake-word/host";

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

/** One of the shared example records (a fresh copy). */
export function example(name: string): CcrRecord {
  return readRecord(join(EXAMPLES_DIR, name));
}
