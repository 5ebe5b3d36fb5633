// The user-facing name of a finding path ("actions[2].owner" → "待办事项 3 · 负责人"), from the
// domain's field labels.
import type { Bilingual } from "../../domain/i18n";
import {
  ACTION_COLUMNS,
  CONFIRMATION_COLUMNS,
  FIELD_LABELS,
  OPEN_ISSUE_COLUMNS,
  PARTICIPANT_COLUMNS,
} from "../../domain/fields";
import type { Translator } from "../i18n";

const COLUMNS: Record<string, Record<string, Bilingual>> = {
  actions: ACTION_COLUMNS,
  participants: PARTICIPANT_COLUMNS,
  openIssues: OPEN_ISSUE_COLUMNS,
  confirmations: CONFIRMATION_COLUMNS,
};

const LABELS: Record<string, Bilingual> = FIELD_LABELS;

export function fieldLabel(path: string, t: Translator): string {
  if (LABELS[path]) return t.pick(LABELS[path]);
  const m = /^(\w+)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (m) {
    const [, list, index, column] = m;
    const listLabel = LABELS[list] ? t.pick(LABELS[list]) : list;
    const columnLabel = column && COLUMNS[list]?.[column] ? t.pick(COLUMNS[list][column]) : column;
    return [`${listLabel} ${Number(index) + 1}`, columnLabel].filter(Boolean).join(" · ");
  }
  const top = path.split(/[.[]/)[0];
  return LABELS[top] ? t.pick(LABELS[top]) : path;
}
