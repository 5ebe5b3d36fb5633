// 问题冲突处理: a small comparison for a resource or priority conflict, so the discussion stays
// on the problem, not on positions (guide 二(二): 紧急性、客户影响度及资源替代可能性). Options are
// columns, criteria are rows with a weight, each cell a score 1–5; the weighted totals rank the
// options. The comparison is kept in the record under `conflicts` (owned here) and can be
// inserted as a line under 争议点.

import { pick, type Bilingual } from "../record/i18n";
import { isObject, type CcrRecord, type Lang } from "../record/record";

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export const BUILTIN_CRITERIA = {
  urgency: { zh: "紧急性", en: "Urgency" },
  impact: { zh: "客户影响度", en: "Customer impact" },
  substitutability: { zh: "资源替代可能性", en: "Resource substitutability" },
} as const satisfies Record<string, Bilingual>;

export type BuiltinCriterion = keyof typeof BUILTIN_CRITERIA;

export interface Criterion {
  /** One of the guide's criteria, or absent for a user-defined one. */
  builtin?: BuiltinCriterion;
  /** The user's own label (user-defined criteria); the builtin label is used when empty. */
  label: string;
  /** Weight ≥ 0; 1 by default. */
  weight: number;
  /** A high score argues against the option (e.g. its resources are easy to replace). */
  inverse: boolean;
}

export interface ConflictComparison {
  /** What is contested, e.g. 测试环境资源优先保障哪个项目. */
  subject: string;
  options: string[];
  criteria: Criterion[];
  /** scores[criterion][option], SCORE_MIN…SCORE_MAX; 0 = not scored yet. */
  scores: number[][];
  /** Index in record.disputes where it was inserted; -1 when not yet. */
  disputeRef: number;
}

export const CONFLICTS_KEY = "conflicts";

/** A comparison of two options with the guide's three criteria, not yet scored. */
export function newComparison(subject = "", options: string[] = ["", ""]): ConflictComparison {
  const criteria: Criterion[] = [
    { builtin: "urgency", label: "", weight: 1, inverse: false },
    { builtin: "impact", label: "", weight: 1, inverse: false },
    { builtin: "substitutability", label: "", weight: 1, inverse: true },
  ];
  return { subject, options: [...options], criteria, scores: criteria.map(() => options.map(() => 0)), disputeRef: -1 };
}

export function criterionLabel(c: Criterion, lang: Lang): string {
  return c.label.trim() || (c.builtin ? pick(BUILTIN_CRITERIA[c.builtin], lang) : "");
}

export function addOption(c: ConflictComparison, name: string): ConflictComparison {
  return { ...c, options: [...c.options, name], scores: c.scores.map((row) => [...row, 0]) };
}

export function removeOption(c: ConflictComparison, index: number): ConflictComparison {
  return { ...c, options: c.options.filter((_, i) => i !== index), scores: c.scores.map((row) => row.filter((_, i) => i !== index)) };
}

export function renameOption(c: ConflictComparison, index: number, name: string): ConflictComparison {
  return { ...c, options: c.options.map((o, i) => (i === index ? name : o)) };
}

export function addCriterion(c: ConflictComparison, label: string, weight = 1, inverse = false): ConflictComparison {
  return { ...c, criteria: [...c.criteria, { label, weight: cleanWeight(weight), inverse }], scores: [...c.scores, c.options.map(() => 0)] };
}

export function removeCriterion(c: ConflictComparison, index: number): ConflictComparison {
  return { ...c, criteria: c.criteria.filter((_, i) => i !== index), scores: c.scores.filter((_, i) => i !== index) };
}

export function updateCriterion(c: ConflictComparison, index: number, patch: Partial<Criterion>): ConflictComparison {
  return {
    ...c,
    criteria: c.criteria.map((k, i) => (i === index ? { ...k, ...patch, weight: cleanWeight(patch.weight ?? k.weight) } : k)),
  };
}

/** Sets one score, clamped to SCORE_MIN…SCORE_MAX (0 clears it). */
export function setScore(c: ConflictComparison, criterion: number, option: number, score: number): ConflictComparison {
  const value = score === 0 ? 0 : Math.max(SCORE_MIN, Math.min(SCORE_MAX, Math.round(score)));
  return { ...c, scores: c.scores.map((row, i) => (i === criterion ? row.map((s, j) => (j === option ? value : s)) : row)) };
}

/** How much a score argues for its option: the score itself, or mirrored for an inverse criterion. */
export function contribution(criterion: Criterion, score: number): number {
  if (score === 0) return 0;
  return criterion.inverse ? SCORE_MIN + SCORE_MAX - score : score;
}

/** Weighted total per option. */
export function totals(c: ConflictComparison): number[] {
  return c.options.map((_, j) =>
    round2(c.criteria.reduce((sum, k, i) => sum + k.weight * contribution(k, c.scores[i]?.[j] ?? 0), 0)),
  );
}

/** Index of the option with the highest total; null when tied at the top or nothing scored. */
export function leadingOption(c: ConflictComparison): number | null {
  const t = totals(c);
  const best = Math.max(...t, 0);
  if (best === 0) return null;
  const at = t.flatMap((v, i) => (v === best ? [i] : []));
  return at.length === 1 ? at[0] : null;
}

/** One line for 争议点, e.g. 资源冲突比较(测试环境):紧急性 A项目 5 / B项目 3;…;加权合计 A项目 11 / B项目 9,A项目优先。 */
export function renderComparison(c: ConflictComparison, lang: Lang): string {
  const zh = lang === "zh";
  const names = c.options.map((o, j) => o.trim() || (zh ? `方案${j + 1}` : `Option ${j + 1}`));
  const rows = c.criteria.map((k, i) => {
    const weight = k.weight !== 1 ? (zh ? `（权重${k.weight}）` : ` (weight ${k.weight})`) : "";
    const inverse = k.inverse ? (zh ? "（越高越不需优先）" : " (higher means less need for priority)") : "";
    const cells = names.map((n, j) => `${n} ${c.scores[i]?.[j] || "–"}`).join(" / ");
    return `${criterionLabel(k, lang)}${weight}${inverse}${zh ? " " : ": "}${cells}`;
  });
  const t = totals(c);
  const sum = names.map((n, j) => `${n} ${t[j]}`).join(" / ");
  const lead = leadingOption(c);
  const subject = c.subject.trim();
  if (zh) {
    const verdict = lead === null ? "得分持平，需进一步讨论" : `${names[lead]}优先`;
    return `冲突比较${subject ? `（${subject}）` : ""}：${rows.join("；")}；加权合计 ${sum}，${verdict}。`;
  }
  const verdict = lead === null ? "scores are level, to be discussed further" : `${names[lead]} first`;
  return `Conflict comparison${subject ? ` (${subject})` : ""}: ${rows.join("; ")}; weighted totals ${sum}: ${verdict}.`;
}

/** Puts the comparison's line under 争议点: replaces the line it inserted before, or appends. */
export function insertComparison(record: CcrRecord, c: ConflictComparison, lang: Lang): { record: CcrRecord; comparison: ConflictComparison } {
  const line = renderComparison(c, lang);
  const replace = c.disputeRef >= 0 && c.disputeRef < record.disputes.length;
  const disputes = replace ? record.disputes.map((d, i) => (i === c.disputeRef ? line : d)) : [...record.disputes, line];
  const comparison = { ...c, disputeRef: replace ? c.disputeRef : record.disputes.length };
  return { record: { ...record, disputes }, comparison };
}

// ---------------------------------------------------------------------------------------------
// Record field

/** The comparisons kept in the record; [] when absent or malformed. Never throws. */
export function readConflicts(record: CcrRecord): ConflictComparison[] {
  const v = record[CONFLICTS_KEY];
  return Array.isArray(v) ? v.filter(isObject).map(readComparison) : [];
}

export function withConflicts(record: CcrRecord, conflicts: ConflictComparison[]): CcrRecord {
  return { ...record, [CONFLICTS_KEY]: conflicts };
}

function readComparison(v: Record<string, unknown>): ConflictComparison {
  const options = Array.isArray(v.options) ? v.options.map((o) => (typeof o === "string" ? o : "")) : [];
  const criteria = Array.isArray(v.criteria) ? v.criteria.filter(isObject).map(readCriterion) : [];
  const raw = Array.isArray(v.scores) ? v.scores : [];
  const scores = criteria.map((_, i) =>
    options.map((_, j) => {
      const row = raw[i];
      const s = Array.isArray(row) ? row[j] : 0;
      return typeof s === "number" && s >= SCORE_MIN && s <= SCORE_MAX ? Math.round(s) : 0;
    }),
  );
  return {
    subject: typeof v.subject === "string" ? v.subject : "",
    options,
    criteria,
    scores,
    disputeRef: typeof v.disputeRef === "number" && Number.isInteger(v.disputeRef) ? v.disputeRef : -1,
  };
}

function readCriterion(v: Record<string, unknown>): Criterion {
  const builtin = (Object.keys(BUILTIN_CRITERIA) as BuiltinCriterion[]).find((b) => b === v.builtin);
  const c: Criterion = {
    label: typeof v.label === "string" ? v.label : "",
    weight: cleanWeight(typeof v.weight === "number" ? v.weight : 1),
    inverse: v.inverse === true,
  };
  if (builtin) c.builtin = builtin;
  return c;
}

function cleanWeight(w: number): number {
  return Number.isFinite(w) && w >= 0 ? round2(w) : 1;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Whether 会中 offers the conflict comparison: in 问题冲突处理 and 内部资源协调 meetings, in a record with
 * no scenario yet, and wherever a comparison was already made; not in a supplier or progress meeting.
 */
export function offersConflictComparison(record: CcrRecord): boolean {
  return record.scenario === "" || record.scenario === "conflict" || record.scenario === "resource" || readConflicts(record).length > 0;
}
