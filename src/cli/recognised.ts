// The command line's fallback for .docx files that hold no ccr content controls (issue 11): the
// record is recognised from the form's labels (domain/recognise), and the commands say so — a
// notice for people, and for --json each field marked with its source and place in the document.

import { describeSource, type BlockSource } from "../domain/recognise/blocks";
import { pick, type Bilingual } from "../domain/record/i18n";
import type { Lang } from "../domain/record/record";
import { filledFieldCount } from "../domain/recognise/recognise";
import { notARecordMessage, recogniseForm, type RecognisedDocument } from "../form/recognised-form";
import { CliError, EXIT_BAD_INPUT } from "./command";

export { recogniseForm, type RecognisedDocument };

/** Findings of a recognised record, each marked with where its field was read (for --json). */
export function findingsWithSources<F extends { path: string }>(findings: readonly F[], doc: RecognisedDocument): (F & { source: FindingSource })[] {
  const json = recognitionJson(doc);
  return findings.map((f) => {
    const at = json.fields[f.path]?.[0] ?? json.unfilled.find((u) => u.path === f.path);
    return { ...f, source: at ? { kind: "recognised", label: at.label, at: at.at, where: at.where } : { kind: "recognised" } };
  });
}

export interface FindingSource {
  kind: "recognised";
  /** The label the field was found under, and its place; absent when the form has no such field. */
  label?: string;
  at?: BlockSource;
  where?: Bilingual;
}

/** One line for commands that go over many files (status). */
export function recognisedNote(file: string): Bilingual {
  return {
    zh: `${file}：没有 ccr 内容控件，已按“沟通协调记录表”的标签识别。`,
    en: `${file}: no ccr content controls; read as a hand-filled form by its labels.`,
  };
}

/** For a .docx with neither ccr content controls nor a recognisable form. */
export function notARecordError(file: string): CliError {
  return new CliError(notARecordMessage(file), EXIT_BAD_INPUT);
}

export interface SourcedJson {
  source: "recognised";
  label: string;
  text: string;
  at: BlockSource;
  where: Bilingual;
}

export interface RecognitionJson {
  /** How the record was read: by the form's labels, not from content controls. */
  source: "recognised";
  /** Each field found, by record path, with where it came from (a path read from several places lists each). */
  fields: Record<string, SourcedJson[]>;
  unfilled: { path: string; label: string; text: string; at: BlockSource; where: Bilingual }[];
  unmapped: { label: string; text: string; at: BlockSource; where: Bilingual; keptAs?: string }[];
  notes: { path: string; text: string; at: BlockSource; where: Bilingual; message: Bilingual }[];
  /** Paragraphs repaired of the repeated text LibreOffice 7.4 writes when it saves a form (absent when none). */
  libreOfficeRepairs?: number;
}

/** The recognition report for --json output. */
export function recognitionJson(doc: RecognisedDocument): RecognitionJson {
  const { report } = doc.recognition;
  const where = (at: BlockSource) => describeSource(at, doc.blocks);
  const fields: Record<string, SourcedJson[]> = {};
  for (const f of report.fields) {
    (fields[f.path] ??= []).push({ source: "recognised", label: f.label, text: f.text, at: f.source, where: where(f.source) });
  }
  return {
    source: "recognised",
    fields,
    unfilled: report.unfilled.map((u) => ({ path: u.path, label: u.label, text: u.text, at: u.source, where: where(u.source) })),
    unmapped: report.unmapped.map((u) => ({
      label: u.label,
      text: u.text,
      at: u.source,
      where: where(u.source),
      ...(u.keptAs !== undefined ? { keptAs: u.keptAs } : {}),
    })),
    notes: report.notes.map((n) => ({ path: n.path, text: n.text, at: n.source, where: where(n.source), message: n.message })),
    ...(doc.libreOfficeRepairs ? { libreOfficeRepairs: doc.libreOfficeRepairs } : {}),
  };
}

/**
 * What extract and validate print (to stderr) for a recognised form: that the record was read from
 * the labels, how many fields, the fields left unfilled, the labels not mapped and the values not understood.
 */
export function recognitionNotice(file: string, doc: RecognisedDocument, lang: Lang): string {
  const { report } = doc.recognition;
  const filled = filledFieldCount(report);
  const where = (at: BlockSource) => pick(describeSource(at, doc.blocks), lang);
  const lines: string[] = [
    pick(
      {
        zh: `${file}：没有 ccr 内容控件，已按“沟通协调记录表”的标签识别出记录（${filled} 个字段有内容）。`,
        en: `${file}: no ccr content controls; the record was recognised from the form's labels (${filled} fields filled).`,
      },
      lang,
    ),
  ];
  if (doc.libreOfficeRepairs) {
    lines.push(
      pick(
        {
          zh: `  此文档曾由 LibreOffice 另存，内容控件和保存的完整记录已丢失；已去掉 ${doc.libreOfficeRepairs} 段被重复的文字（LibreOffice 7.4 的缺陷）。可用 ccr export record 生成一份干净的记录表；表中没有的字段（目标类型、场景、方式、进展记录）需重新填写。`,
          en: `  This document was saved by LibreOffice: its content controls and stored record are lost; ${doc.libreOfficeRepairs} paragraphs of repeated text were repaired (a LibreOffice 7.4 defect). "ccr export record" writes a clean form; fields the form does not show (goal type, scenario, channel, progress notes) need filling in again.`,
        },
        lang,
      ),
    );
  }
  if (report.unfilled.length) {
    const labels = [...new Set(report.unfilled.map((u) => u.label))];
    lines.push(pick({ zh: `  未填写：${labels.join("、")}`, en: `  Not filled in: ${labels.join(", ")}` }, lang));
  }
  for (const u of report.unmapped) {
    const kept = u.keptAs !== undefined ? pick({ zh: `，按原列名“${u.keptAs}”保留`, en: `, kept as "${u.keptAs}"` }, lang) : "";
    lines.push(pick({ zh: `  无法对应的标签：${u.label}（${where(u.source)}${kept}）`, en: `  Label not mapped: ${u.label} (${where(u.source)}${kept})` }, lang));
  }
  for (const n of report.notes) {
    lines.push(pick({ zh: `  ${n.message.zh}(${where(n.source)})`, en: `  ${n.message.en} (${where(n.source)})` }, lang));
  }
  return lines.join("\n");
}
