// Office failures under every RecordDocument operation the pane uses: each sync of each operation
// fails in turn with GeneralException, ItemNotFound or AccessDenied, the first sync never answers
// (timeout), or the user edits the document between two syncs. In every case the operation rejects
// with a WordError whose message says in zh and en what to do (or copes with the edit), the record the
// caller passed is untouched, the stored record is intact, and the same call succeeds once the fault is gone.

import { afterAll, describe, expect, it } from "vitest";
import type { CcrRecord } from "../../src/domain/record/record";
import { RECORD_SETTING_PREFIX } from "../../src/ooxml/web-extension";
import { fieldTag } from "../../src/form/tags";
import { WORD_ERROR_MESSAGES } from "../../src/word/errors";
import { settingsStore } from "../../src/word/record-store";
import { isWordError, type RecordDocument, type WordErrorCode } from "../../src/word/types";
import type { FakeWordHost } from "../fake-word/host";
import { example, setup } from "../support/word-setup";
import { tried, writeFigures } from "./figures";

afterAll(() => writeFigures("office-faults"));

interface World {
  host: FakeWordHost;
  doc: RecordDocument;
  /** The inserted record (with its id), or undefined before insertion. */
  inserted: CcrRecord | undefined;
}

/** What the pane does, each given the record it holds (a fresh copy per call). */
const OPERATIONS: Record<string, { needsForm: boolean; run: (w: World, record: CcrRecord) => Promise<unknown> }> = {
  insert: { needsForm: false, run: (w, r) => w.doc.insertRecordTemplate(r) },
  write: { needsForm: true, run: (w, r) => w.doc.writeRecord({ ...r, topic: `${r.topic}(改)` }) },
  writeFields: { needsForm: true, run: (w, r) => w.doc.writeRecord({ ...r, place: "线上会议" }, ["place"]) },
  read: { needsForm: true, run: (w, r) => w.doc.readRecord(r.id!) },
  select: { needsForm: true, run: (w, r) => w.doc.selectField(r.id!, "actions[0].owner") },
  repair: { needsForm: true, run: (w, r) => w.doc.repair(r.id!) },
  store: { needsForm: true, run: (w, r) => w.doc.storeRecord({ ...r, lessons: "存储" }) },
  list: { needsForm: true, run: (w) => w.doc.listRecords() },
  current: { needsForm: true, run: (w) => w.doc.currentRecordId() },
};

const SYNC_FAULTS: [office: string, ours: WordErrorCode][] = [
  ["GeneralException", "GeneralException"],
  ["ItemNotFound", "ItemNotFound"],
  ["AccessDenied", "AccessDenied"],
];

async function world(needsForm: boolean): Promise<World> {
  const { host, doc } = setup();
  const inserted = needsForm ? await doc.insertRecordTemplate(example("project-delay.json")) : undefined;
  return { host, doc, inserted };
}

function recordFor(w: World): CcrRecord {
  return structuredClone(w.inserted ?? example("project-delay.json"));
}

function storedJson(w: World): string | undefined {
  const id = w.inserted?.id;
  return id === undefined ? undefined : (w.host.settings.get(RECORD_SETTING_PREFIX + id) as string | undefined);
}

/** Number of syncs the operation makes on a healthy document. */
async function syncsOf(name: string): Promise<number> {
  const op = OPERATIONS[name];
  const w = await world(op.needsForm);
  const before = w.host.syncCount;
  await op.run(w, recordFor(w));
  return w.host.syncCount - before;
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  return undefined;
}

function expectGuidance(e: unknown, code: WordErrorCode, context: string): void {
  expect(isWordError(e), `${context}: ${String(e)}`).toBe(true);
  if (!isWordError(e)) return;
  expect(e.code, context).toBe(code);
  expect(e.userMessage, context).toEqual(WORD_ERROR_MESSAGES[code]);
  expect(e.userMessage.zh, context).toMatch(/[\u4e00-\u9fff]/);
  expect(e.userMessage.en, context).toMatch(/[A-Za-z]/);
}

/** The stored record after a failure: the one stored before, or (for an operation that stores) the new one; never damaged. */
function expectStoredIntact(w: World, before: string | undefined, context: string): void {
  if (before === undefined) return;
  const after = storedJson(w);
  expect(after, `${context}: stored record gone`).toBeDefined();
  const parsed = settingsStore(w.host.settings).get(w.inserted!.id!);
  expect(parsed, `${context}: stored record unreadable`).toBeDefined();
}

describe("every operation under every Office fault", () => {
  for (const name of Object.keys(OPERATIONS)) {
    const op = OPERATIONS[name];
    it(`${name}: each sync failing, then a retry`, async () => {
      const syncs = await syncsOf(name);
      expect(syncs).toBeGreaterThanOrEqual(name === "store" ? 0 : 1);
      for (const [office, ours] of SYNC_FAULTS) {
        for (let n = 1; n <= syncs; n++) {
          const context = `${name}, sync ${n} of ${syncs} fails with ${office}`;
          const w = await world(op.needsForm);
          const record = recordFor(w);
          const given = structuredClone(record);
          const stored = storedJson(w);
          w.host.failSync(office, `${office} (injected)`, n);
          expectGuidance(await rejection(op.run(w, record)), ours, context);
          expect(record, `${context}: the caller's record changed`).toEqual(given);
          expectStoredIntact(w, stored, context);
          // The fault is gone: the same call succeeds.
          await expect(op.run(w, record), `${context}: retry`).resolves.not.toThrow();
          tried("office.syncFaults");
        }
      }
    }, 60_000);

    it(`${name}: the document settings cannot be saved, then a retry`, async () => {
      const w = await world(op.needsForm);
      const record = recordFor(w);
      const given = structuredClone(record);
      w.host.settings.failSave = true;
      const e = await rejection(op.run(w, record));
      // Only the operations that store the record use the settings.
      if (e !== undefined || ["insert", "write", "writeFields", "store"].includes(name)) expectGuidance(e, "StorageFailed", `${name} save fails`);
      if (e !== undefined) tried(`office.storageRefused.${name}`);
      expect(record).toEqual(given);
      w.host.settings.failSave = false;
      await expect(op.run(w, record)).resolves.not.toThrow();
      expect(settingsStore(w.host.settings).ids().length).toBeGreaterThan(0);
      tried("office.storageFaults");
    }, 60_000);

    // storeRecord makes no Word call (settings only): no sync to fail, hang or refuse.
    if (name === "store") continue;

    it(`${name}: Word never answers (timeout), then a retry`, async () => {
      const w = await world(op.needsForm);
      const record = recordFor(w);
      const given = structuredClone(record);
      const stored = storedJson(w);
      w.host.hangNextSync();
      expectGuidance(await rejection(op.run(w, record)), "Timeout", `${name} timeout`);
      expect(record).toEqual(given);
      expectStoredIntact(w, stored, `${name} timeout`);
      await expect(op.run(w, record)).resolves.not.toThrow();
      tried("office.timeouts");
    }, 60_000);

    it(`${name}: read-only or protected document`, async () => {
      const w = await world(op.needsForm);
      const record = recordFor(w);
      const given = structuredClone(record);
      const stored = storedJson(w);
      (w.host.options as { readOnly?: boolean }).readOnly = true;
      const e = await rejection(op.run(w, record));
      // Operations that change nothing in the document work on a protected one. Word answers a change
      // to a read-only document with GeneralException (office-js #5484), whose message names that case.
      if (e !== undefined) expectGuidance(e, "GeneralException", `${name} read-only`);
      if (e !== undefined) expect((e as { userMessage: { zh: string } }).userMessage.zh).toContain("只读");
      if (e !== undefined) tried(`office.readOnlyRefused.${name}`);
      expect(record).toEqual(given);
      expect(storedJson(w)).toBe(stored);
      (w.host.options as { readOnly?: boolean }).readOnly = false;
      await expect(op.run(w, record)).resolves.not.toThrow();
      tried("office.readOnly");
    }, 60_000);
  }
});

describe("the user edits the document between two syncs", () => {
  const EDITS: Record<string, (host: FakeWordHost, id: string) => void> = {
    "types into the topic cell": (host, id) => host.type(fieldTag(id, "topic"), "用户刚改的主题"),
    "removes the topic control": (host, id) => host.removeControl(fieldTag(id, "topic")),
    "adds an action row by hand": (host) => host.addRowByHand(host.tables()[1] ?? host.tables()[0], ["9", "手工添加的事项", "王五"]),
  };
  for (const name of ["write", "writeFields", "read", "select", "repair"]) {
    for (const [edit, apply] of Object.entries(EDITS)) {
      it(`${name} while the user ${edit}: done or a WordError, nothing lost, retry succeeds`, async () => {
        const op = OPERATIONS[name];
        const syncs = await syncsOf(name);
        for (let n = 2; n <= syncs; n++) {
          const w = await world(true);
          const record = recordFor(w);
          const given = structuredClone(record);
          const stored = storedJson(w);
          w.host.beforeNextSync((h) => apply(h, record.id!), n);
          const e = await rejection(op.run(w, record));
          if (e !== undefined) {
            expect(isWordError(e), String(e)).toBe(true);
            if (isWordError(e)) expect(["ItemNotFound", "GeneralException"]).toContain(e.code);
          }
          expect(record).toEqual(given);
          expectStoredIntact(w, stored, `${name}/${edit}`);
          await expect(op.run(w, record)).resolves.not.toThrow();
          // What the user typed is still in the document or in the record read back.
          const back = await w.doc.readRecord(record.id!);
          if (edit === "types into the topic cell" && (name === "read" || name === "select")) expect(back.record.topic).toBe("用户刚改的主题");
          tried("office.editsBetweenSyncs");
        }
      }, 60_000);
    }
  }
});
