// Records kept in the browser's storage (stand-alone mode only; in Word the record lives in the document):
// an index of summaries plus one entry per record, so that a failing or huge record never breaks
// the list. Works on any Storage-like object; nothing here throws to the caller except save(),
// whose failure (quota, storage disabled) the pane must show.
import { parseRecord, serialiseRecord, summaryOf, type CcrRecord, type RecordSummary } from "../../domain/record/record";

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A record kept in this browser. */
export interface StoredRecordSummary extends RecordSummary {
  /** ISO timestamp of the last save. */
  savedAt: string;
}

const INDEX_KEY = "ccr.records.v1";
const CURRENT_KEY = "ccr.current";
const recordKey = (id: string) => `ccr.record.${id}`;


export class LocalRecords {
  constructor(
    private readonly storage: StorageLike,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): StoredRecordSummary[] {
    const raw = safeGet(this.storage, INDEX_KEY);
    if (!raw) return [];
    try {
      const value: unknown = JSON.parse(raw);
      if (!Array.isArray(value)) return [];
      return value.filter(isSummary);
    } catch {
      return [];
    }
  }

  load(id: string): CcrRecord | undefined {
    const raw = safeGet(this.storage, recordKey(id));
    if (raw === null) return undefined;
    const parsed = parseRecord(raw, { id });
    if (!parsed.ok) return undefined;
    return { ...parsed.record, id };
  }

  /** Writes the record (it must have an id) and its summary. Throws when the storage refuses. */
  save(record: CcrRecord & { id: string }): StoredRecordSummary {
    const summary: StoredRecordSummary = {
      ...summaryOf(record),
      savedAt: this.now().toISOString(),
    };
    this.storage.setItem(recordKey(record.id), serialiseRecord(record));
    const others = this.list().filter((s) => s.id !== record.id);
    this.storage.setItem(INDEX_KEY, JSON.stringify([summary, ...others]));
    return summary;
  }

  /**
   * Writes every record, or none: when the storage refuses one (quota), the records written before it
   * and the list are put back as they were, and the error is thrown.
   */
  saveAll(records: readonly (CcrRecord & { id: string })[]): void {
    const keys = [INDEX_KEY, ...records.map((r) => recordKey(r.id))];
    const before = keys.map((key) => [key, safeGet(this.storage, key)] as const);
    try {
      for (const record of records) this.save(record);
    } catch (e) {
      // Free the space first (the new versions), then write the old ones back.
      for (const [key] of before) this.storage.removeItem(key);
      for (const [key, value] of before) if (value !== null) this.storage.setItem(key, value);
      throw e;
    }
  }

  remove(id: string): void {
    try {
      this.storage.removeItem(recordKey(id));
      this.storage.setItem(INDEX_KEY, JSON.stringify(this.list().filter((s) => s.id !== id)));
      if (this.currentId() === id) this.storage.removeItem(CURRENT_KEY);
    } catch {
      // Storage disabled: nothing was kept, nothing to remove.
    }
  }

  currentId(): string | undefined {
    return safeGet(this.storage, CURRENT_KEY) ?? undefined;
  }

  setCurrent(id: string): void {
    try {
      this.storage.setItem(CURRENT_KEY, id);
    } catch {
      // Not fatal: the next start opens the most recently saved record instead.
    }
  }

  /** The record to open at start: the current one, else the latest saved, else undefined. */
  restore(): (CcrRecord & { id: string }) | undefined {
    const ids = [this.currentId(), ...this.list().map((s) => s.id)].filter((x): x is string => Boolean(x));
    for (const id of ids) {
      const record = this.load(id);
      if (record) return { ...record, id };
    }
    return undefined;
  }
}

function safeGet(storage: StorageLike, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function isSummary(v: unknown): v is StoredRecordSummary {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.id === "string" && typeof o.topic === "string" && typeof o.date === "string" && typeof o.savedAt === "string";
}

/** The browser's localStorage, or an in-memory stand-in where it is disabled. */
export function browserStorage(): StorageLike {
  try {
    const s = window.localStorage;
    const probe = "ccr.probe";
    s.setItem(probe, "1");
    s.removeItem(probe);
    return s;
  } catch {
    return memoryStorage();
  }
}

export function memoryStorage(): StorageLike & { readonly size: number } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    get size() {
      return map.size;
    },
  };
}
