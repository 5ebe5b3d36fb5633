// From a record path (a finding's path, a changed field) to the content control that shows it.

import { ACTION_VALUE_COLUMNS, ALL_FIELDS, CONFIRMATION_VALUE_COLUMNS } from "../form/layout";
import { actionPath, itemFieldPath, parseActionPath, parseRecordPath } from "../domain/record/record-path";

const TIME_PARTS = new Set(["date", "start", "end"]);

/**
 * The form path whose control shows `path`: itself for form fields and action cells; `time` for
 * date/start/end; the parent field for parts of a field (`lead.name` → `lead`,
 * `participants[1].name` → `participants`, `formalLetter.ref` → `formalLetter`); undefined when the form
 * does not show it (e.g. `actions[0].progress`, `scenario`).
 */
export function shownPath(path: string): string | undefined {
  const at = parseRecordPath(path);
  if (!at) return undefined;
  if (at.field === "actions" && at.index !== undefined) {
    const field = at.part;
    return field && ACTION_VALUE_COLUMNS.some((c) => c.field === field) ? actionPath(at.index, field) : undefined;
  }
  if (at.field === "confirmations") {
    const column = at.part && CONFIRMATION_VALUE_COLUMNS.find((c) => c.field === at.part);
    return at.index !== undefined && column ? itemFieldPath("confirmations", at.index, column.field) : "confirmations";
  }
  if (TIME_PARTS.has(path)) return "time";
  return ALL_FIELDS.some((f) => f.path === at.field) ? at.field : undefined;
}

/** Form paths to try, best first, to put the cursor near `path`. */
export function selectionCandidates(path: string): string[] {
  const out: string[] = [];
  const shown = shownPath(path);
  if (shown) out.push(shown);
  const at = parseRecordPath(path);
  if (at?.field === "actions" && at.index !== undefined) out.push(actionPath(at.index, "task"), actionPath(0, "task"));
  if (path === "actions") out.push(actionPath(0, "task"));
  return [...new Set(out)];
}

/** Form paths to write for a list of changed record paths; allActions / allConfirmations when a whole list changed. */
export function pathsToWrite(changed: readonly string[]): {
  fields: string[];
  actions: string[];
  allActions: boolean;
  confirmations: string[];
  allConfirmations: boolean;
} {
  const fields = new Set<string>();
  const actions = new Set<string>();
  const confirmations = new Set<string>();
  let allActions = false;
  let allConfirmations = false;
  for (const p of changed) {
    const at = parseRecordPath(p);
    if (at?.field === "actions" && at.part === undefined) {
      allActions = true;
      continue;
    }
    if (at?.field === "confirmations") {
      const shown = shownPath(p);
      if (shown === "confirmations" || shown === undefined) allConfirmations = true;
      else confirmations.add(shown);
      continue;
    }
    const shown = shownPath(p);
    if (!shown) continue;
    if (parseActionPath(shown)) actions.add(shown);
    else fields.add(shown);
  }
  return { fields: [...fields], actions: [...actions], allActions, confirmations: [...confirmations], allConfirmations };
}
