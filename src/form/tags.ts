// Content-control tags of the record form. A tag names the record and the field path, so that a
// control found anywhere in a document says which record and which field it holds:
//   ccr:<recordId>                    the control wrapping the whole form (root)
//   ccr:<recordId>:<path>             a value cell, e.g. ccr:r1a2b3:actions[2].deadline
//   ccr:<recordId>:#<labelKey>        a protected label cell, e.g. ccr:r1a2b3:#label.topic

import { isRecordId } from "../domain/record/record-id";

export const TAG_PREFIX = "ccr:";

export interface ParsedTag {
  recordId: string;
  /** Field path of a value control (`topic`, `actions[2].deadline`); absent for root and labels. */
  path?: string;
  /** Key of a label control (`label.topic`, `col.deadline`, `title`, `section.basic`). */
  label?: string;
}

export function rootTag(recordId: string): string {
  return TAG_PREFIX + recordId;
}

export function fieldTag(recordId: string, path: string): string {
  return `${TAG_PREFIX}${recordId}:${path}`;
}

export function labelTag(recordId: string, key: string): string {
  return `${TAG_PREFIX}${recordId}:#${key}`;
}

/** Reads a tag written by this module; undefined for any other tag (other add-ins, user tags). */
export function parseTag(tag: string | null | undefined): ParsedTag | undefined {
  if (typeof tag !== "string" || !tag.startsWith(TAG_PREFIX)) return undefined;
  const rest = tag.slice(TAG_PREFIX.length);
  const colon = rest.indexOf(":");
  const recordId = colon < 0 ? rest : rest.slice(0, colon);
  if (!isRecordId(recordId)) return undefined;
  if (colon < 0) return { recordId };
  const tail = rest.slice(colon + 1);
  if (tail.startsWith("#")) return tail.length > 1 ? { recordId, label: tail.slice(1) } : undefined;
  return tail ? { recordId, path: tail } : undefined;
}
