// Records for tests: the example of record-template §5 (a complete record with no findings) and
// small ways to change it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Finding, RuleId } from "../../src/domain/checks/findings";
import { parseRecord, type ActionItem, type CcrRecord } from "../../src/domain/record/record";
import { validateRecord } from "../../src/domain/checks/validate";

export const EXAMPLES_DIR = join(__dirname, "..", "..", "examples");
export const TEMPLATE_EXAMPLE = join(__dirname, "..", "fixtures", "record-template-example.json");

export function readRecord(path: string): CcrRecord {
  const result = parseRecord(readFileSync(path, "utf8"));
  if (!result.ok) throw new Error(`${path}: ${result.error.message.en}`);
  return result.record;
}

/** The record of record-template §5: complete, no findings. A fresh copy each call. */
export function completeRecord(): CcrRecord {
  return readRecord(TEMPLATE_EXAMPLE);
}

/** The complete record with its first action item changed. */
export function withAction(changes: Partial<ActionItem>): CcrRecord {
  const record = completeRecord();
  record.actions[0] = { ...record.actions[0], ...changes };
  return record;
}

/** The findings of one rule. */
export function findingsOf(record: CcrRecord, rule: RuleId, today?: string): Finding[] {
  return validateRecord(record, today ? { today } : {}).filter((f) => f.rule === rule);
}
