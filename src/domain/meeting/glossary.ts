// The per-document glossary of internal abbreviations (内部简称) the user maintains, kept in the
// record under `glossary` (owned here). External meetings should avoid them (guide 二(二)): a
// captured line that contains one gets a hint with the full name to say instead.

import type { Bilingual } from "../record/i18n";
import { isObject, type CcrRecord } from "../record/record";

export interface GlossaryEntry {
  /** The internal abbreviation, e.g. 研二, PMO, 三号线. */
  abbr: string;
  /** What to say to outsiders, e.g. 第二研发中心. */
  full: string;
}

export const GLOSSARY_KEY = "glossary";

/** The glossary of a record; [] when absent or malformed; entries without an abbreviation dropped. Never throws. */
export function readGlossary(record: CcrRecord): GlossaryEntry[] {
  const v = record[GLOSSARY_KEY];
  if (!Array.isArray(v)) return [];
  return v.filter(isObject).flatMap((e) => {
    const abbr = typeof e.abbr === "string" ? e.abbr.trim() : "";
    return abbr ? [{ abbr, full: typeof e.full === "string" ? e.full.trim() : "" }] : [];
  });
}

export function withGlossary(record: CcrRecord, glossary: GlossaryEntry[]): CcrRecord {
  return { ...record, [GLOSSARY_KEY]: glossary };
}

/** Adds or replaces (same abbreviation) an entry. */
export function putGlossaryEntry(record: CcrRecord, entry: GlossaryEntry): CcrRecord {
  const abbr = entry.abbr.trim();
  if (!abbr) return record;
  const rest = readGlossary(record).filter((e) => e.abbr !== abbr);
  return withGlossary(record, [...rest, { abbr, full: entry.full.trim() }]);
}

export function removeGlossaryEntry(record: CcrRecord, abbr: string): CcrRecord {
  return withGlossary(record, readGlossary(record).filter((e) => e.abbr !== abbr.trim()));
}

/**
 * Glossary entries found in `text`, in glossary order. Latin abbreviations match as whole words
 * (PM is not found in PMO), Chinese ones anywhere.
 */
export function abbreviationsIn(text: string, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  return glossary.filter((e) => {
    if (/^[\x20-\x7e]+$/.test(e.abbr)) {
      const escaped = e.abbr.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return new RegExp(`(^|[^A-Za-z0-9])${escaped}(?![A-Za-z0-9])`).test(text);
    }
    return text.includes(e.abbr);
  });
}

/** A hint for a captured line that uses internal abbreviations; null when it uses none. */
export function abbreviationHint(text: string, glossary: readonly GlossaryEntry[]): Bilingual | null {
  const hits = abbreviationsIn(text, glossary);
  if (hits.length === 0) return null;
  const zh = hits.map((e) => (e.full ? `「${e.abbr}」应说「${e.full}」` : `「${e.abbr}」`)).join("，");
  const en = hits.map((e) => (e.full ? `"${e.abbr}" → "${e.full}"` : `"${e.abbr}"`)).join(", ");
  return {
    zh: `含内部简称：${zh}。对外沟通请使用全称，避免对方误解。`,
    en: `Internal abbreviation: ${en}. Use the full name with outsiders so nothing is misunderstood.`,
  };
}
