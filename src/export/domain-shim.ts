// TEMPORARY: stand-ins for the validator (domain helper) and the objection notice (plan helper's
// domain/confirmation.ts), replaced by imports from src/domain as soon as they land in main; nothing outside src/export may import this file.

import type { Finding } from "../domain/findings";
import { recordLang, type CcrRecord, type Lang } from "../domain/record";
import { defaultObjectionBy, isValidIsoDate } from "../domain/calendar";
import { formatDate, formatMonthDay } from "../domain/deadline";

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


/** The line the circulated minutes carry (the "plan" helper's domain/confirmation.ts has the real one). */
export function objectionNotice(record: CcrRecord, lang: Lang = recordLang(record)): string {
  const by = objectionDeadline(record);
  if (!by) return lang === "en" ? "Please confirm; send any objection in writing." : "请确认,如有异议请及时书面反馈。";
  return lang === "en" ? `Please confirm; send any objection by ${formatDate(by, lang)}.` : `请确认,如有异议请于${formatMonthDay(by, lang)}前反馈。`;
}

/** The objection deadline: the one in the record, else 2 working days after circulation. */
export function objectionDeadline(record: CcrRecord): string | null {
  return isValidIsoDate(record.objectionBy) ? record.objectionBy : defaultObjectionBy(record);
}
