// Rule 8: an action item that crosses departments is copied to the heads of both departments
// (warning). An item crosses departments when its owner's department differs from the lead's.
// A cc entry counts for a department when it names the department (生产部负责人) or is a person
// of the record who belongs to it.

import type { Finding } from "./findings";
import type { CcrRecord } from "../record/record";
import { finding, list, text, type Check } from "./context";
import { actionPath } from "../record/record-path";

/** Department of each named person of the record (lead and participants). */
function departmentsOfPeople(record: CcrRecord): Map<string, string> {
  const byName = new Map<string, string>();
  const lead = record.lead;
  if (text(lead?.name) && text(lead?.dept)) byName.set(text(lead.name), text(lead.dept));
  for (const p of list<(typeof record.participants)[number]>(record.participants)) {
    if (text(p?.name) && text(p?.dept)) byName.set(text(p.name), text(p.dept));
  }
  return byName;
}

/** The department a cc entry stands for, or "" when it cannot be told. */
function ccDepartment(entry: string, people: Map<string, string>, known: readonly string[]): string {
  const person = people.get(entry);
  if (person) return person;
  const named = known.find((d) => entry.includes(d));
  if (named) return named;
  const m = /^(.+?(?:部门|部|中心|办公室|处|科|室|组))/.exec(entry);
  return m ? m[1] : "";
}

export const checkCcCrossDepartment: Check = ({ record }) => {
  const out: Finding[] = [];
  const leadDept = text(record.lead?.dept);
  if (!leadDept) return out;
  const people = departmentsOfPeople(record);
  const actions = list<(typeof record.actions)[number]>(record.actions);
  const known = [...new Set([leadDept, ...people.values(), ...actions.map((a) => text(a?.ownerDept))].filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  actions.forEach((action, i) => {
    const ownerDept = text(action?.ownerDept);
    if (!ownerDept || ownerDept === leadDept) return;
    const depts = list<string>(action.cc).map((c) => ccDepartment(text(c), people, known));
    const hasOwnerHead = depts.includes(ownerDept);
    const hasOtherHead = depts.some((d) => d && d !== ownerDept);
    if (hasOwnerHead && hasOtherHead) return;
    const missing = [hasOwnerHead ? null : ownerDept, hasOtherHead ? null : leadDept].filter((d): d is string => d !== null);
    out.push(
      finding(
        "cc.cross-department",
        "warning",
        actionPath(i, "cc"),
        `待办事项第${i + 1}项跨部门（${ownerDept}与${leadDept}）：请抄送双方部门负责人，缺少${missing.map((d) => `${d}负责人`).join("、")}。`,
        `Action item ${i + 1} crosses departments (${ownerDept} and ${leadDept}): copy the heads of both; missing: head of ${missing.join(", head of ")}.`,
      ),
    );
  });
  return out;
};
