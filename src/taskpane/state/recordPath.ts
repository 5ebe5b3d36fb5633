// Reading and writing a record by the finding paths of record-template §6 (`topic`, `lead.name`,
// `actions[2].owner`, `participants`), so that a form field, its findings and Word's content
// control all name a value the same way. Writes are immutable: changed branches are copied.
import type { CcrRecord } from "../../domain/record/record";

type Key = string | number;

export function pathKeys(path: string): Key[] {
  const keys: Key[] = [];
  for (const part of path.split(".")) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [];
    if (m[1]) keys.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) keys.push(Number(idx[1]));
  }
  return keys;
}

export function getAt(record: CcrRecord, path: string): unknown {
  let node: unknown = record;
  for (const key of pathKeys(path)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node;
}

export function setAt<T extends object>(record: T, path: string, value: unknown): T {
  const keys = pathKeys(path);
  if (keys.length === 0) return record;
  return setKeys(record, keys, value) as T;
}

function setKeys(node: unknown, keys: Key[], value: unknown): unknown {
  const [key, ...rest] = keys;
  const base: unknown = node ?? (typeof key === "number" ? [] : {});
  const child = (base as Record<Key, unknown>)[key];
  const next = rest.length === 0 ? value : setKeys(child, rest, value);
  if (Array.isArray(base)) {
    const copy = base.slice();
    copy[key as number] = next;
    return copy;
  }
  return { ...(base as object), [key]: next };
}

/** Moves list[from] to list[to], returning a new list. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return list.slice();
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}
