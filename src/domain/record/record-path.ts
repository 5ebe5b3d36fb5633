// Record paths: how one value of a record is named everywhere — in findings (record-template §6),
// content-control tags, the pane's fields and the lists of what changed:
//   topic · lead.name · participants · actions[2] · actions[2].owner
// A path is a field, optionally an item of a list field, optionally a part of that item (or of an
// object field). This module is the only place that builds, parses or walks paths.

import type { CcrRecord } from "./record";

/** One step of a path: a key of an object or an index of a list. */
export type PathStep = string | number;

/** The head of a path as findings and the form use it: `actions[2].owner` → actions, 2, owner. */
export interface RecordPath {
  readonly field: string;
  readonly index?: number;
  readonly part?: string;
}

// A field is an identifier; a part may be any text without `.`, `[` or `]` (recognition keeps a
// column it does not know under its header, e.g. `actions[0].备注`).
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*/;
const PART_NAME = /^[^.[\]\s][^.[\]]*/;

/** `actions[0].progress[1].note` → ["actions", 0, "progress", 1, "note"]; undefined when malformed. */
export function pathSteps(text: string): PathStep[] | undefined {
  const steps: PathStep[] = [];
  let rest = text;
  let first = true;
  while (rest.length > 0) {
    if (rest.startsWith("[")) {
      const m = /^\[(\d{1,6})\]/.exec(rest);
      if (!m || first) return undefined;
      steps.push(Number(m[1]));
      rest = rest.slice(m[0].length);
      continue;
    }
    if (!first) {
      if (!rest.startsWith(".")) return undefined;
      rest = rest.slice(1);
    }
    const m = (first ? FIELD_NAME : PART_NAME).exec(rest);
    if (!m) return undefined;
    steps.push(m[0]);
    rest = rest.slice(m[0].length);
    first = false;
  }
  return steps.length > 0 ? steps : undefined;
}

/** The field, item index and part a path names (deeper steps are ignored); undefined when malformed. */
export function parseRecordPath(text: string): RecordPath | undefined {
  const steps = pathSteps(text);
  if (!steps) return undefined;
  const [field, second, third] = steps as [string, PathStep?, PathStep?];
  if (typeof second === "number") return typeof third === "string" ? { field, index: second, part: third } : { field, index: second };
  return typeof second === "string" ? { field, part: second } : { field };
}

export function formatRecordPath(path: RecordPath): string {
  const index = path.index === undefined ? "" : `[${path.index}]`;
  const part = path.part === undefined ? "" : `.${path.part}`;
  return `${path.field}${index}${part}`;
}

/** `actions[2]`: one item of a list field. */
export function itemPath(list: string, index: number): string {
  return `${list}[${index}]`;
}

/** `actions[2].owner`: one value of an item of a list field. */
export function itemFieldPath(list: string, index: number, part: string): string {
  return `${list}[${index}].${part}`;
}

/** `actions[2].deadline`: one cell of the action-item table. */
export function actionPath(index: number, part: string): string {
  return itemFieldPath("actions", index, part);
}

/** `actions[2].deadline` → { index: 2, field: "deadline" }; undefined for any other path. */
export function parseActionPath(text: string): { index: number; field: string } | undefined {
  const steps = pathSteps(text);
  return steps && steps.length === 3 && steps[0] === "actions" && typeof steps[1] === "number" && typeof steps[2] === "string"
    ? { index: steps[1], field: steps[2] }
    : undefined;
}

type Key = PathStep;
const keysOf = pathSteps;

/** The value at `path` (undefined when the path or any step of it is missing). */
export function getAtPath(record: CcrRecord, path: string): unknown {
  let node: unknown = record;
  for (const key of keysOf(path) ?? []) {
    if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node;
}

/** A copy of `record` with `value` at `path`; only the branches on the way are copied. */
export function setAtPath<T extends object>(record: T, path: string, value: unknown): T {
  const keys = keysOf(path);
  return keys ? (setKeys(record, keys, value) as T) : record;
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

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What changed from `before` to `after`: top-level fields by name, action items value by value
 * (`actions[2].owner`), and `actions` itself when items were added or removed (their rows are
 * rebuilt). Keys outside the record model count too, so that nothing an edit changed is missed.
 */
export function changedPaths(before: CcrRecord, after: CcrRecord): string[] {
  const out: string[] = [];
  const beforeFields = before as unknown as Record<string, unknown>;
  const afterFields = after as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key !== "actions" && !same(beforeFields[key], afterFields[key])) out.push(key);
  }
  const a = before.actions ?? [];
  const b = after.actions ?? [];
  if (a.length !== b.length) {
    out.push("actions");
    return out;
  }
  b.forEach((item, i) => {
    const was = a[i] as unknown as Record<string, unknown>;
    const now = item as unknown as Record<string, unknown>;
    for (const part of new Set([...Object.keys(was), ...Object.keys(now)])) {
      if (!same(was[part], now[part])) out.push(actionPath(i, part));
    }
  });
  return out;
}
