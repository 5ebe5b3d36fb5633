// The pane's record store without React: edits, bursts to the sinks, the save state, and the
// browser's records behind it stand-alone.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { emptyRecord } from "../../domain/record/record";
import { LocalRecords, memoryStorage } from "../storage/localRecords";
import { LocalLibrary, restoredRecord } from "./localLibrary";
import { AUTOSAVE_DELAY_MS, RecordStore, type StoredRecord } from "./recordStore";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const record = (id: string, topic = ""): StoredRecord => ({ ...emptyRecord(), id, topic });

describe("RecordStore", () => {
  it("tells its subscribers of each edit at once and sends each burst to every sink once, after the delay", () => {
    const store = new RecordStore(record("r1"));
    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.record.topic));
    const a: string[] = [];
    const b: string[] = [];
    store.addSink((r) => void a.push(r.topic));
    store.addSink((r) => void b.push(r.topic));
    for (const topic of ["周", "周会"]) store.update((r) => ({ ...r, topic }));
    expect(seen).toEqual(["周", "周会"]);
    expect(store.save.kind).toBe("saving");
    expect(a).toEqual([]);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(a).toEqual(["周会"]);
    expect(b).toEqual(["周会"]);
    expect(store.save.kind).toBe("saved");
    expect(store.record.id).toBe("r1");
    unsubscribe();
    store.update((r) => ({ ...r, topic: "x" }));
    expect(seen).toHaveLength(3); // the save state's change after the burst was the third
  });

  it("flush sends pending edits now; a removed sink gets nothing more", () => {
    const store = new RecordStore(record("r1"));
    const got: string[] = [];
    const remove = store.addSink((r) => void got.push(r.topic));
    store.update((r) => ({ ...r, topic: "一" }));
    store.flush();
    expect(got).toEqual(["一"]);
    store.flush();
    expect(got).toEqual(["一"]);
    remove();
    store.update((r) => ({ ...r, topic: "二" }));
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(got).toEqual(["一"]);
    expect(store.save.kind).toBe("notKept");
  });

  it("replace shows a record from elsewhere without sending it back; pending edits go first; it is no user edit", () => {
    const store = new RecordStore(record("r1"));
    const got: string[] = [];
    store.addSink((r) => void got.push(`${r.id}:${r.topic}`));
    expect(store.edited).toBe(false);
    store.replace(record("r1", "读自文档"));
    expect(got).toEqual([]);
    expect(store.edited).toBe(false);
    store.update((r) => ({ ...r, topic: "改" }));
    store.replace(record("r2", "另一条"));
    expect(got).toEqual(["r1:改"]);
    expect(store.record.topic).toBe("另一条");
    expect(store.edited).toBe(true);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(got).toEqual(["r1:改"]);
  });

  it("a failing sink is reported in the save state, the others still get the record, the text stays", () => {
    const store = new RecordStore(record("r1"));
    const got: string[] = [];
    store.addSink(() => {
      throw new Error("QuotaExceededError");
    });
    store.addSink((r) => void got.push(r.topic));
    store.update((r) => ({ ...r, topic: "写不进去" }));
    store.flush();
    expect(store.save).toEqual({ kind: "failed", reason: "QuotaExceededError" });
    expect(got).toEqual(["写不进去"]);
    expect(store.record.topic).toBe("写不进去");
  });

  it("a sink that did not keep the record (Word without its form) leaves the state notKept", () => {
    const store = new RecordStore(record("r1"));
    store.addSink(() => false);
    store.update((r) => ({ ...r, topic: "只在窗格" }));
    store.flush();
    expect(store.save.kind).toBe("notKept");
  });
});

describe("LocalLibrary (stand-alone)", () => {
  function pane() {
    const records = new LocalRecords(memoryStorage());
    const store = new RecordStore(restoredRecord(records));
    const library = new LocalLibrary(records, store);
    library.attach();
    return { records, store, library };
  }

  it("keeps each burst in the browser's storage and lists it", () => {
    const { records, store, library } = pane();
    let changes = 0;
    library.subscribe(() => changes++);
    store.update((r) => ({ ...r, topic: "周会" }));
    expect(records.list()).toEqual([]);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(records.load(store.record.id)?.topic).toBe("周会");
    expect(library.summaries.map((s) => s.topic)).toEqual(["周会"]);
    expect(changes).toBe(1);
  });

  it("new, select, remove and import work on the browser's records; select rewrites nothing", () => {
    const { records, store, library } = pane();
    store.update((r) => ({ ...r, topic: "第一条" }));
    const first = store.record.id;
    library.newRecord();
    expect(records.load(first)?.topic).toBe("第一条");
    const second = store.record.id;
    expect(second).not.toBe(first);
    const order = () => library.summaries.map((s) => s.id);
    expect(order()).toEqual([second, first]);
    library.select(first);
    expect(store.record.topic).toBe("第一条");
    expect(order()).toEqual([second, first]);
    expect(records.currentId()).toBe(first);

    store.update((r) => ({ ...r, topic: "删前未保存" }));
    library.remove(first);
    expect(records.load(first)).toBeUndefined();
    expect(store.record.id).toBe(second);

    const taken = library.importJson(JSON.stringify({ format: "ccr/1", ...record(second, "导入") }));
    expect(taken.ok && taken.record.id).not.toBe(second);
    expect(store.record.topic).toBe("导入");
    const bad = library.importJson("{");
    expect(bad.ok).toBe(false);
  });
});
