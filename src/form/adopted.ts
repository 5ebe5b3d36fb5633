// A converted hand-filled form (转换为 ccr 记录, issue 11) read back from its controls: pure, over the
// adopted cells the record keeps (domain/recognise/adoption). A cell counts as unchanged when it shows
// the adopted text or the text ccr itself wrote there; changed cells are recognised again.

import { ADOPTION_KEY, readAdoption, rereadAdopted, type AdoptedCell, type AdoptedReading } from "../domain/recognise/adoption";
import { recordLang, type CcrRecord, type Lang } from "../domain/record/record";
import { actionPath, parseActionPath } from "../domain/record/record-path";
import type { Damage } from "./damage";
import { ACTION_VALUE_COLUMNS, ALL_FIELDS, CONFIRMATIONS_CELL, sameCellText } from "./layout";
import { parseTag } from "./tags";

/**
 * Pure: an adopted record read from its controls (tag, text) in document order. A cell counts as
 * unchanged when it shows the adopted text or the text ccr itself wrote there (writeAdoptedRecord);
 * changed cells are recognised again (domain/recognise/adoption).
 */
export function readAdoptedControls(stored: CcrRecord, controls: readonly { tag: string; text: string }[]): AdoptedReading {
  const adoption = readAdoption(stored);
  if (!adoption) return { record: stored, changed: [] };
  const lang = recordLang(stored);
  const paired = pairControls(stored, adoption.cells, controls);
  const current = adoption.cells.map((cell, i) => {
    const control = paired[i];
    if (control === undefined) return undefined;
    const text = control.text.replace(/\r\n?|\v/g, "\n");
    const written = formattedText(stored, cell.path, lang);
    return written !== undefined && sameCellText(text, written) ? cell.text : text;
  });
  return rereadAdopted(stored, current);
}

/**
 * The control of each adopted cell (or undefined): controls of the record and cells pair up in
 * document order, path by path (a list written over several rows has several cells of one path).
 */
export function pairControls<C extends { tag: string }>(stored: CcrRecord, cells: readonly AdoptedCell[], controls: readonly C[]): (C | undefined)[] {
  const queues = new Map<string, C[]>();
  for (const c of controls) {
    const tag = parseTag(c.tag);
    if (tag?.path === undefined || tag.recordId !== stored.id) continue;
    queues.set(tag.path, [...(queues.get(tag.path) ?? []), c]);
  }
  return cells.map((cell) => queues.get(cell.path)?.shift());
}

/**
 * The adopted cells whose control is gone (deleted in Word, or not listed by the host): what the pane
 * writes to them would not reach the document. 修复 rebuilds such a record as ccr's own form.
 */
export function adoptedDamage(stored: CcrRecord, controls: readonly { tag: string }[]): Damage[] {
  const adoption = readAdoption(stored);
  if (!adoption || !stored.id) return [];
  const paired = pairControls(stored, adoption.cells, controls);
  return adoption.cells.flatMap((cell, i): Damage[] =>
    paired[i] !== undefined
      ? []
      : [
          {
            kind: "missing-control",
            path: cell.path,
            message: {
              zh: `“${cell.label}”的内容控件已被删除,任务窗格中的修改不会写入此处;修复会把这份记录重建为标准的沟通协调记录表。`,
              en: `The control of "${cell.label}" was deleted, so edits in the pane do not reach it; Repair rebuilds this record as ccr's standard form.`,
            },
          },
        ],
  );
}

/** The record of an adopted form as ccr's own form holds it: without what the conversion kept to read it back. */
export function withoutAdoption(record: CcrRecord): CcrRecord {
  const { [ADOPTION_KEY]: _adopted, ...rest } = record;
  return rest as CcrRecord;
}

/** The text ccr's own form writes for a control path (time, lead, actions[1].owner …), if it has one. */
export function formattedText(record: CcrRecord, path: string, lang: Lang): string | undefined {
  const ap = parseActionPath(path);
  if (ap) {
    const action = record.actions[ap.index];
    const column = ACTION_VALUE_COLUMNS.find((c) => c.field === ap.field);
    return action && column ? column.format(action, lang) : undefined;
  }
  return [...ALL_FIELDS, CONFIRMATIONS_CELL].find((f) => f.path === path && !f.derived)?.format(record, lang);
}


/** Control paths whose value differs between two versions of a record. */
export function changedGroups(prior: CcrRecord, next: CcrRecord): string[] {
  const out: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const field of [...ALL_FIELDS, CONFIRMATIONS_CELL]) {
    if (field.derived) continue;
    if (!same(field.format(prior, "zh"), field.format(next, "zh"))) out.push(field.path);
  }
  const rows = Math.max(prior.actions.length, next.actions.length);
  for (let i = 0; i < rows; i++) {
    for (const column of ACTION_VALUE_COLUMNS) {
      const a = prior.actions[i];
      const b = next.actions[i];
      if (!a || !b || !same(column.format(a, "zh"), column.format(b, "zh"))) out.push(actionPath(i, column.field));
    }
  }
  return out;
}
