// Record paths (`topic`, `lead.name`, `actions[2].owner`, `participants`): their labels for people
// and the document order in which findings are listed.

import { ACTION_COLUMNS, CONFIRMATION_COLUMNS, FIELD_LABELS, OPEN_ISSUE_COLUMNS, PARTICIPANT_COLUMNS } from "./fields";
import type { Bilingual } from "./i18n";
import { parseRecordPath } from "./record-path";

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

function parsePath(path: string): ParsedPath {
  const p = parseRecordPath(path);
  return p ? { top: p.field, index: p.index ?? null, sub: p.part ?? null } : { top: path, index: null, sub: null };
}

const TOP_RANK = new Map(FORM_ORDER.map((name, i) => [name, i]));
const SUB_RANK = new Map(Object.entries(SUB_ORDER).map(([top, subs]) => [top, new Map(subs.map((name, i) => [name, i]))]));

/** The place of a path in the record form, as three numbers that compare in document order. */
export function pathSortKey(path: string): [number, number, number] {
  const p = parsePath(path);
  const top = TOP_RANK.get(p.top) ?? FORM_ORDER.length;
  const subs = SUB_RANK.get(p.top);
  const sub = p.sub === null ? -1 : subs?.get(p.sub) ?? subs?.size ?? 0;
  return [top, p.index ?? -1, sub];
}

/** Orders paths as their fields appear in the record form; 0 for the same place. */
export function comparePaths(a: string, b: string): number {
  const ka = pathSortKey(a);
  const kb = pathSortKey(b);
  for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return 0;
}

/** Items sorted by the document order of their paths (stable: items at one place keep their order). */
export function sortByPath<T extends { path: string }>(items: readonly T[]): T[] {
  // One number per item: (field, list index, column) packed so that numbers compare like the keys.
  const keys = items.map((item) => {
    const [top, index, sub] = pathSortKey(item.path);
    return (top * 1_000_000 + (index + 1)) * 1_000 + (sub + 1);
  });
  const order = items.map((_, i) => i);
  order.sort((a, b) => keys[a] - keys[b] || a - b);
  return order.map((i) => items[i]);
}

/** One item of a list field, in English (the zh label reads 待办事项第3项). */
const ITEM_NAMES_EN: Record<string, string> = {
  actions: "Action item",
  participants: "Participant",
  openIssues: "Open disagreement",
  confirmations: "Confirmation",
  discussionPoints: "Discussion point",
  consensus: "Agreed point",
  attachments: "Attachment",
};

/** Where a path points, for people: 沟通主题, 待办事项第3项 · 负责人, Action item 3 · Owner. */
export function pathLabel(path: string): Bilingual {
  const p = parsePath(path);
  const labels = FIELD_LABELS as Record<string, Bilingual>;
  if (p.index === null) {
    return labels[path] ?? (p.sub ? labels[`${p.top}.${p.sub}`] : undefined) ?? labels[p.top] ?? { zh: path, en: path };
  }
  const list = labels[p.top] ?? { zh: p.top, en: p.top };
  const n = p.index + 1;
  const item: Bilingual = { zh: `${list.zh}第${n}项`, en: `${ITEM_NAMES_EN[p.top] ?? list.en} ${n}` };
  if (!p.sub) return item;
  const columns = ({ participants: PARTICIPANT_COLUMNS, actions: ACTION_COLUMNS, openIssues: OPEN_ISSUE_COLUMNS, confirmations: CONFIRMATION_COLUMNS } as Record<string, Record<string, Bilingual>>)[p.top];
  const column = columns?.[p.sub] ?? { zh: p.sub, en: p.sub };
  return { zh: `${item.zh} · ${column.zh}`, en: `${item.en} · ${column.en}` };
}
