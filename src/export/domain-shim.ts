// TEMPORARY: stand-in for the validator the "domain" helper delivers in src/domain. Replaced by imports from src/domain as soon as they land
// in main; nothing outside src/export may import this file.

import type { Finding } from "../domain/findings";
import type { CcrRecord } from "../domain/record";

/** The required-field errors only (the real validator has all ten checks). */
export function validateRecord(record: CcrRecord): Finding[] {
  const findings: Finding[] = [];
  const need = (ok: boolean, path: string) => {
    if (!ok) findings.push({ rule: "required", severity: "error", path, message: { zh: `缺少 ${path}`, en: `${path} missing` } });
  };
  need(record.topic.trim() !== "", "topic");
  need(record.date.trim() !== "", "date");
  need(record.lead.name.trim() !== "", "lead.name");
  record.actions.forEach((a, i) => {
    need(a.owner.trim() !== "", `actions[${i}].owner`);
    need(a.deadline.trim() !== "", `actions[${i}].deadline`);
    need(a.deliverable.trim() !== "", `actions[${i}].deliverable`);
  });
  return findings;
}

