// Names, departments and organisations already used in the record, offered by the comboboxes.
import type { CcrRecord } from "../../domain/record/record";
import { useSameValue } from "./pane";

export interface Suggestions {
  people: string[];
  departments: string[];
  units: string[];
}

function distinct(values: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const v of values) {
    const s = (v ?? "").trim();
    if (s) seen.add(s);
  }
  return [...seen].sort((a, b) => a.localeCompare(b, "zh-CN"));
}

export function suggestionsOf(record: CcrRecord): Suggestions {
  return {
    people: distinct([
      record.lead.name,
      record.recorder,
      ...record.participants.map((p) => p.name),
      ...record.actions.map((a) => a.owner),
      ...record.confirmations.map((c) => c.name),
    ]),
    departments: distinct([record.lead.dept, ...record.participants.map((p) => p.dept), ...record.actions.map((a) => a.ownerDept)]),
    units: distinct([record.externalUnit, ...record.participants.map((p) => p.unit)]),
  };
}

/**
 * The record's suggestions, the same object as long as they are the same: the rows that take them
 * (200 action items) skip re-rendering on an edit that changes no name.
 */
export function useSuggestions(record: CcrRecord): Suggestions {
  return useSameValue(suggestionsOf(record));
}
