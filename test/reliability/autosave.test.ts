// @vitest-environment happy-dom
// Autosave: the pane writes the record to the browser's storage at most a second after the last edit
// (AUTOSAVE_DELAY_MS), so a crash or reload loses at most that second; the Word write queue stores the
// record in the document after a quiet moment shorter than a second as well.

import { act, createElement } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AUTOSAVE_DELAY_MS, useRecordEditor, type RecordEditor } from "../../src/taskpane/state/useRecordEditor";
import { LocalRecords, type StorageLike } from "../../src/taskpane/storage/localRecords";
import { createRecordWriteQueue } from "../../src/word/record-write-queue";
import { emptyRecord } from "../../src/domain/record/record";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** Mounts the pane's record editor and hands out the latest editor object. */
function mountEditor(storage: StorageLike): { editor: () => RecordEditor; unmount: () => void } {
  let current: RecordEditor | undefined;
  const store = new LocalRecords(storage); // one store for the pane's life, as src/taskpane/index.tsx does
  const Probe = () => {
    current = useRecordEditor(store);
    return null;
  };
  const root = createRoot(document.createElement("div"));
  act(() => root.render(createElement(Probe)));
  return { editor: () => current!, unmount: () => act(() => root.unmount()) };
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
    const storage = new MemoryStorage();
    const pane = mountEditor(storage);
    const stored = () => new LocalRecords(storage).restore()?.topic;
    for (const topic of ["项", "项目", "项目延期"]) {
      act(() => pane.editor().update((r) => ({ ...r, topic })));
      act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS / 2));
    }
    expect(stored()).not.toBe("项目延期");
    act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS / 2));
    expect(stored()).toBe("项目延期");
    // The pane is closed or reloaded: a new pane over the same storage opens the record as typed.
    pane.unmount();
    const again = mountEditor(storage);
    expect(again.editor().record.topic).toBe("项目延期");
    again.unmount();
  });

  it("a storage failure is shown (save state failed) and the typed text stays in the pane", () => {
    const storage = new MemoryStorage();
    const pane = mountEditor(storage);
    storage.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    act(() => pane.editor().update((r) => ({ ...r, topic: "写不进去" })));
    act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS));
    expect(pane.editor().save.kind).toBe("failed");
    expect(pane.editor().record.topic).toBe("写不进去");
    pane.unmount();
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
