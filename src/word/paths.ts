// From a record path (a finding's path, a changed field) to the content control that shows it.

import { ACTION_VALUE_COLUMNS, ALL_FIELDS } from "../ooxml/form-layout";
import { actionPath, parseActionPath } from "../ooxml/tags";

const TIME_PARTS = new Set(["date", "start", "end"]);

/**
 * The form path whose control shows `path`: itself for form fields and action cells; `time` for
 * date/start/end; the parent field for parts of a field (`lead.name` → `lead`,
 * `participants[1].name` → `participants`, `formalLetter.ref` → `formalLetter`); undefined when the form
 * does not show it (e.g. `actions[0].progress`, `scenario`).
 */
export function shownPath(path: string): string | undefined {
  const action = /^actions\[(\d+)\](?:\.([A-Za-z]+))?/.exec(path);
  if (action) {
    const field = action[2];
    return field && ACTION_VALUE_COLUMNS.some((c) => c.field === field) ? actionPath(Number(action[1]), field) : undefined;
  }
  if (TIME_PARTS.has(path)) return "time";
  const head = /^[A-Za-z]+/.exec(path)?.[0] ?? "";
  return ALL_FIELDS.some((f) => f.path === head) ? head : undefined;
}

/** Form paths to try, best first, to put the cursor near `path`. */
export function selectionCandidates(path: string): string[] {
  const out: string[] = [];
  const shown = shownPath(path);
  if (shown) out.push(shown);
  const row = /^actions\[(\d+)\]/.exec(path);
  if (row) out.push(actionPath(Number(row[1]), "task"), actionPath(0, "task"));
  if (path === "actions") out.push(actionPath(0, "task"));
  return [...new Set(out)];
}

/** Form paths to write for a list of changed record paths; "actions" when the action rows must be rebuilt. */
export function pathsToWrite(changed: readonly string[]): { fields: string[]; actions: string[]; allActions: boolean } {
  const fields = new Set<string>();
  const actions = new Set<string>();
  let allActions = false;
  for (const p of changed) {
    if (p === "actions" || (/^actions\[\d+\]$/.test(p))) {
      allActions = true;
      continue;
    }
    const shown = shownPath(p);
    if (!shown) continue;
    if (parseActionPath(shown)) actions.add(shown);
    else fields.add(shown);
  }
  return { fields: [...fields], actions: [...actions], allActions };
}
