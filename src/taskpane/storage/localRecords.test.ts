import { describe, expect, it } from "vitest";
import { emptyRecord, serialiseRecord } from "../../domain/record/record";
import { newRecordId } from "../../domain/record/record-id";
import { LocalRecords, memoryStorage, type StorageLike } from "./localRecords";

const rec = (id: string, topic: string, extra: Record<string, unknown> = {}) => ({ ...emptyRecord(), id, topic, ...extra });

describe("LocalRecords", () => {
  it("keeps several records, newest first, and restores the current one", () => {
    const store = new LocalRecords(memoryStorage());
    store.save(rec("a", "周例会"));
    store.save(rec("b", "供应商对接"));
    store.setCurrent("a");
    expect(store.list().map((s) => s.id)).toEqual(["b", "a"]);
    expect(store.restore()?.topic).toBe("周例会");
  });

  it("keeps unknown keys of a record (fields other tabs add)", () => {
    const store = new LocalRecords(memoryStorage());
    store.save(rec("a", "x", { agenda: { items: [{ title: "开场" }] } }));
    expect(store.load("a")?.agenda).toEqual({ items: [{ title: "开场" }] });
  });

  it("saves several records all or none: a full storage puts back what was there", () => {
    const inner = memoryStorage();
    let budget = Infinity;
    const storage: StorageLike = {
      getItem: inner.getItem,
      removeItem: inner.removeItem,
      setItem: (k, v) => {
        if (v.length > budget) throw Object.assign(new Error("exceeded the quota"), { name: "QuotaExceededError" });
        inner.setItem(k, v);
      },
    };
    const store = new LocalRecords(storage);
    store.save(rec("a", "A"));
    store.save(rec("b", "B"));
    const before = [store.list(), store.load("a"), store.load("b")];
    budget = serialiseRecord(rec("a", "A2")).length + 500;
    expect(() => store.saveAll([rec("a", "A2"), rec("b", "B2".repeat(1000))])).toThrow(/quota/);
    expect([store.list(), store.load("a"), store.load("b")]).toEqual(before);
    budget = Infinity;
    store.saveAll([rec("a", "A2"), rec("b", "B2")]);
    expect([store.load("a")?.topic, store.load("b")?.topic]).toEqual(["A2", "B2"]);
  });

  it("removes a record and falls back to the latest other one", () => {
    const store = new LocalRecords(memoryStorage());
    store.save(rec("a", "A"));
    store.save(rec("b", "B"));
    store.setCurrent("b");
    store.remove("b");
    expect(store.list().map((s) => s.id)).toEqual(["a"]);
    expect(store.load("b")).toBeUndefined();
    expect(store.restore()?.id).toBe("a");
  });

  it("survives a corrupt index and a corrupt record", () => {
    const storage = memoryStorage();
    storage.setItem("ccr.records.v1", "{not json");
    storage.setItem("ccr.record.x", "[]");
    const store = new LocalRecords(storage);
    expect(store.list()).toEqual([]);
    expect(store.load("x")).toBeUndefined();
    expect(store.restore()).toBeUndefined();
  });

  it("lets save() report a full storage and never loses the earlier copy", () => {
    const inner = memoryStorage();
    let full = false;
    const storage: StorageLike = {
      getItem: (k) => inner.getItem(k),
      removeItem: (k) => inner.removeItem(k),
      setItem: (k, v) => {
        if (full) throw new Error("QuotaExceededError");
        inner.setItem(k, v);
      },
    };
    const store = new LocalRecords(storage);
    store.save(rec("a", "第一版"));
    full = true;
    expect(() => store.save(rec("a", "第二版"))).toThrow(/Quota/);
    expect(store.load("a")?.topic).toBe("第一版");
  });

  it("makes distinct ids", () => {
    const ids = new Set(Array.from({ length: 100 }, () => newRecordId()));
    expect(ids.size).toBe(100);
  });
});
