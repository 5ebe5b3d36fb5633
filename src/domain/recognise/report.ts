// What recognition reports (issue 11): each field found with where it came from, fields left
// unfilled, values not understood, labels that are not the form's; and the helpers that write it.

import type { BlockSource } from "./blocks";
import type { Bilingual } from "../record/i18n";
import type { CcrRecord } from "../record/record";
import type { Entry, Piece } from "./walk";

export interface RecognisedField {
  /** Record path: topic, date, lead.name, participants[1], discussionPoints[0], actions[2].owner, actions[0].备注. */
  path: string;
  /** The label (or column header) as written. */
  label: string;
  /** The text the value was read from. */
  text: string;
  source: BlockSource;
  /** The value shares its cell or line with its label ("沟通主题:…"). */
  inline?: boolean;
}

export interface UnfilledField {
  path: string;
  label: string;
  /** What the field holds: blanks, the template's example text, or nothing. */
  text: string;
  source: BlockSource;
}

export interface UnmappedLabel {
  label: string;
  text: string;
  source: BlockSource;
  /** Set for an extra column of a list table: the key its values are kept under. */
  keptAs?: string;
}

export interface RecognitionNote {
  path: string;
  text: string;
  source: BlockSource;
  message: Bilingual;
}

export interface RecognitionReport {
  fields: RecognisedField[];
  unfilled: UnfilledField[];
  unmapped: UnmappedLabel[];
  /** Values present but not understood (no box ticked, a date without its year …); the field stays empty. */
  notes: RecognitionNote[];
  /** How many distinct fields of the form were found by their labels (filled or not). */
  labelsFound: number;
}

export interface Recognition {
  record: CcrRecord;
  report: RecognitionReport;
  /** The document looks like a record form: several of the form's labels, or an action-item table. */
  isForm: boolean;
}

export interface Ctx {
  record: CcrRecord;
  report: RecognitionReport;
}

export function found(ctx: Ctx, path: string, entryLabel: string, piece: Piece): void {
  ctx.report.fields.push({ path, label: entryLabel, text: piece.text, source: piece.source, ...(piece.inline ? { inline: true } : {}) });
}

export function unfilled(ctx: Ctx, path: string, entry: Entry, piece?: Piece): void {
  ctx.report.unfilled.push({ path, label: entry.label, text: piece?.text ?? "", source: piece?.source ?? entry.labelSource });
}

export function note(ctx: Ctx, path: string, piece: Piece, message: Bilingual): void {
  ctx.report.notes.push({ path, text: piece.text, source: piece.source, message });
}

