// Autosave: the pane writes the record to the browser's storage at most a second after the last edit
// (AUTOSAVE_DELAY_MS), so a crash or reload loses at most that second; the Word write queue stores the
// record in the document after a quiet moment shorter than a second as well.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LocalLibrary, restoredRecord } from "../../src/taskpane/state/localLibrary";
import { AUTOSAVE_DELAY_MS, RecordStore } from "../../src/taskpane/state/recordStore";
import { LocalRecords, memoryStorage, type StorageLike } from "../../src/taskpane/storage/localRecords";
import { createRecordWriteQueue } from "../../src/word/record-write-queue";
import { emptyRecord } from "../../src/domain/record/record";

/** The stand-alone pane's record store over this storage, as src/taskpane/index.tsx makes it. */
function openPane(storage: StorageLike): { store: RecordStore; close: () => void } {
  const records = new LocalRecords(storage);
  const store = new RecordStore(restoredRecord(records));
  const detach = new LocalLibrary(records, store).attach();
  return {
    store,
    close: () => {
      store.flush();
      detach();
    },
  };
}

describe("autosave", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("the delay is at most one second", () => {
    expect(AUTOSAVE_DELAY_MS).toBeGreaterThan(0);
    expect(AUTOSAVE_DELAY_MS).toBeLessThanOrEqual(1000);
  });

  it("an edit is in storage one delay after the last keystroke, not before; a reload restores it", () => {
    const storage = memoryStorage();
    const pane = openPane(storage);
    const stored = () => new LocalRecords(storage).restore()?.topic;
    for (const topic of ["项", "项目", "项目延期"]) {
      pane.store.update((r) => ({ ...r, topic }));
      vi.advanceTimersByTime(AUTOSAVE_DELAY_MS / 2);
    }
    expect(stored()).not.toBe("项目延期");
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS / 2);
    expect(stored()).toBe("项目延期");
    // The pane is closed or reloaded: a new pane over the same storage opens the record as typed.
    pane.close();
    const again = openPane(storage);
    expect(again.store.record.topic).toBe("项目延期");
    again.close();
  });

  it("a storage failure is shown (save state failed) and the typed text stays in the pane", () => {
    const storage = memoryStorage();
    const pane = openPane(storage);
    storage.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    pane.store.update((r) => ({ ...r, topic: "写不进去" }));
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(pane.store.save.kind).toBe("failed");
    expect(pane.store.record.topic).toBe("写不进去");
    pane.close();
  });

  it("the Word write queue stores the record in the document within a second of the last edit, and keeps a failed write for the next", async () => {
    const written: string[] = [];
    let fail = true;
    const errors: unknown[] = [];
    const queue = createRecordWriteQueue(
      async (record) => {
        if (fail) throw new Error("GeneralException");
        written.push(record.topic);
      },
      { onError: (e) => errors.push(e) },
    );
    queue.push({ ...emptyRecord(), topic: "第一次" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(errors).toHaveLength(1);
    fail = false;
    queue.push({ ...emptyRecord(), topic: "第二次" }, ["topic"]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual(["第二次"]);
    queue.dispose();
  });
});
