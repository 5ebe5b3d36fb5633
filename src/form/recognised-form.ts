// A hand-filled record form (no ccr content controls) read by its labels (issue 11): the record and
// how it was recognised. Shared by the command line and the pane's stand-alone .docx import.

import type { DocBlock } from "../domain/recognise/blocks";
import type { Bilingual } from "../domain/record/i18n";
import type { CcrRecord } from "../domain/record/record";
import { recogniseRecord, type Recognition } from "../domain/recognise/recognise";
import { blankPlaceholders } from "./layout";

export interface RecognisedDocument {
  record: CcrRecord;
  recognition: Recognition;
  blocks: readonly DocBlock[];
  /** Paragraphs repaired of LibreOffice 7.4's repeated text (the form was saved by LibreOffice). */
  libreOfficeRepairs?: number;
}

/** The record of a hand-filled form, or undefined when the blocks do not look like a record form. */
export function recogniseForm(blocks: readonly DocBlock[], libreOfficeRepairs = 0): RecognisedDocument | undefined {
  const recognition = recogniseRecord(blankPlaceholders(blocks));
  if (!recognition.isForm) return undefined;
  return { record: recognition.record, recognition, blocks, ...(libreOfficeRepairs > 0 ? { libreOfficeRepairs } : {}) };
}

/** For a .docx with neither ccr content controls nor a recognisable form. */
export function notARecordMessage(file: string): Bilingual {
  return {
    zh: `${file}:文档中没有 ccr 记录表(内容控件),也无法按“沟通协调记录表”的标签识别出记录。`,
    en: `${file}: the document holds no ccr record (content controls) and does not read as a record form by its labels.`,
  };
}
