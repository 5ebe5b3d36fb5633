// Which record paths an edit changed, so that only those content controls are written to Word:
// top-level fields by name, action items cell by cell, `actions` when items were added, removed or
// moved (the adapter rebuilds the rows).
import type { CcrRecord } from "../../domain/record/record";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function changedPaths(before: CcrRecord, after: CcrRecord): string[] {
  const out: string[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (key === "actions") continue;
    if (!same(before[key], after[key])) out.push(key);
  }
  const a = before.actions ?? [];
  const b = after.actions ?? [];
  if (a.length !== b.length) out.push("actions");
  else {
    b.forEach((item, i) => {
      for (const field of new Set([...Object.keys(a[i] ?? {}), ...Object.keys(item)])) {
        if (!same((a[i] as Record<string, unknown>)?.[field], (item as Record<string, unknown>)[field])) out.push(`actions[${i}].${field}`);
      }
    });
  }
  return out;
}
