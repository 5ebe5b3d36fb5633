// Record paths (`topic`, `lead.name`, `actions[2].owner`, `participants`): their labels for people
// and the document order in which findings are listed.

import { ACTION_COLUMNS, CONFIRMATION_COLUMNS, FIELD_LABELS, OPEN_ISSUE_COLUMNS, PARTICIPANT_COLUMNS } from "./fields";
import type { Bilingual } from "./i18n";

/** Top-level fields in the order of the record form (record-template §1). */
const FORM_ORDER = [
  "topic",
  "goalType",
  "goal",
  "scenario",
  "time",
  "date",
  "start",
  "end",
  "place",
  "channel",
  "kind",
  "externalUnit",
  "lead",
  "participants",
  "recorder",
  "background",
  "discussionPoints",
  "demands",
  "disputes",
  "responses",
  "consensus",
  "openIssues",
  "actions",
  "circulateBy",
  "sentOn",
  "objectionBy",
  "formalLetter",
  "confirmations",
  "attachments",
  "resultFeedback",
  "lessons",
];

const SUB_ORDER: Record<string, string[]> = {
  lead: ["name", "staffNo", "contact", "dept"],
  participants: Object.keys(PARTICIPANT_COLUMNS),
  actions: Object.keys(ACTION_COLUMNS),
  openIssues: Object.keys(OPEN_ISSUE_COLUMNS),
  confirmations: Object.keys(CONFIRMATION_COLUMNS),
  formalLetter: ["required", "ref"],
};

interface ParsedPath {
  top: string;
  index: number | null;
  sub: string | null;
}

/** `actions[2].owner` → { top: "actions", index: 2, sub: "owner" }. */
export function parsePath(path: string): ParsedPath {
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?/.exec(path);
  if (!m) return { top: path, index: null, sub: null };
  return { top: m[1], index: m[2] === undefined ? null : Number(m[2]), sub: m[3] ?? null };
}

function sortKey(path: string): [number, number, number] {
  const p = parsePath(path);
  const top = FORM_ORDER.indexOf(p.top);
  const subs = SUB_ORDER[p.top] ?? [];
  const sub = p.sub === null ? -1 : subs.indexOf(p.sub);
  return [top < 0 ? FORM_ORDER.length : top, p.index ?? -1, sub < 0 && p.sub !== null ? subs.length : sub];
}

/** Orders paths as their fields appear in the record form; 0 for the same place. */
export function comparePaths(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return 0;
}

/** Where a path points, for people: 沟通主题, 待办事项第3项 · 负责人, Action item 3 · Owner. */
export function pathLabel(path: string): Bilingual {
  const p = parsePath(path);
  const labels = FIELD_LABELS as Record<string, Bilingual>;
  if (p.index === null) {
    return labels[path] ?? (p.sub ? labels[`${p.top}.${p.sub}`] : undefined) ?? labels[p.top] ?? { zh: path, en: path };
  }
  const list = labels[p.top] ?? { zh: p.top, en: p.top };
  const n = p.index + 1;
  const item: Bilingual = { zh: `${list.zh}第${n}项`, en: `${list.en} ${n}` };
  if (!p.sub) return item;
  const columns = ({ participants: PARTICIPANT_COLUMNS, actions: ACTION_COLUMNS, openIssues: OPEN_ISSUE_COLUMNS, confirmations: CONFIRMATION_COLUMNS } as Record<string, Record<string, Bilingual>>)[p.top];
  const column = columns?.[p.sub] ?? { zh: p.sub, en: p.sub };
  return { zh: `${item.zh} · ${column.zh}`, en: `${item.en} · ${column.en}` };
}
