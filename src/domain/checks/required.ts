// Rule 1: the required fields of the record form (record-template §1) are present (errors).

import { isValidIsoDate } from "../calendar/calendar";
import type { Finding } from "./findings";
import { pathLabel } from "../record/paths";
import { finding, list, notADate, text, type Check } from "./context";
import { itemPath } from "../record/record-path";
import { INVALID_CHOICES } from "../record/record";

const TIME = /^([01]?\d|2[0-3]):[0-5]\d$/;

function missing(path: string): Finding {
  const label = pathLabel(path);
  return finding("required", "error", path, `请填写${label.zh}。`, `Fill in the ${label.en.toLowerCase()}.`);
}

export const checkRequired: Check = ({ record }) => {
  const out: Finding[] = [];
  if (!text(record.topic)) out.push(missing("topic"));

  const date = text(record.date);
  if (!date) out.push(missing("date"));
  else if (!isValidIsoDate(date)) {
    out.push(
      finding("required", "error", "date", notADate(pathLabel("date"), date).zh, notADate(pathLabel("date"), date).en),
    );
  }
  for (const key of ["start", "end"] as const) {
    const value = text(record[key]);
    if (!value) out.push(missing(key));
    else if (!TIME.test(value)) {
      const label = pathLabel(key);
      out.push(finding("required", "error", key, `${label.zh}“${value}”应写成24小时制的时和分（如 14:00）。`, `${label.en} "${value}" must be written as HH:MM, e.g. 14:00.`));
    }
  }
  if (!text(record.place)) out.push(missing("place"));
  if (record.kind !== "internal" && record.kind !== "external") {
    const was = record[INVALID_CHOICES]?.kind;
    out.push(
      was === undefined
        ? finding("required", "error", "kind", "请选择沟通类型：内部沟通（internal）或外部沟通（external）。", "Choose the type: internal or external.")
        : finding(
            "required",
            "error",
            "kind",
            `沟通类型“${was}”不是内部沟通（internal）或外部沟通（external）：请选择其一。`,
            `The type "${was}" is neither internal nor external: choose one.`,
          ),
    );
  }
  if (!text(record.lead?.name)) out.push(missing("lead.name"));

  const leadName = text(record.lead?.name);
  const participants = list<(typeof record.participants)[number]>(record.participants);
  if (!participants.some((p) => text(p?.name) && text(p?.name) !== leadName)) {
    out.push(
      finding("required", "error", "participants", "请至少填写一位主导人以外的参与人员。", "Add at least one participant besides the lead."),
    );
  }
  participants.forEach((p, i) => {
    const at = itemPath("participants", i);
    if (!text(p?.name)) {
      out.push(finding("required", "error", `${at}.name`, `请填写参与人员第${i + 1}项的姓名。`, `Fill in the name of participant ${i + 1}.`));
      return;
    }
    if (p.side === "external") {
      if (!text(p.unit)) out.push(finding("required", "error", `${at}.unit`, `请填写外部参与人员“${p.name}”的单位。`, `Fill in the organisation of external participant "${p.name}".`));
      if (!text(p.title)) out.push(finding("required", "error", `${at}.title`, `请填写外部参与人员“${p.name}”的职务。`, `Fill in the title of external participant "${p.name}".`));
    } else if (!text(p.dept)) {
      out.push(finding("required", "error", `${at}.dept`, `请填写参与人员“${p.name}”的部门。`, `Fill in the department of participant "${p.name}".`));
    }
  });

  if (!text(record.background)) out.push(missing("background"));
  if (!list<string>(record.discussionPoints).some((s) => text(s))) {
    out.push(finding("required", "error", "discussionPoints", "请至少填写一条核心讨论点。", "Add at least one key discussion point."));
  }
  if (!list<string>(record.consensus).some((s) => text(s))) {
    out.push(
      finding("required", "error", "consensus", "请至少填写一条达成的共识，确认纪要前必须有共识。", "Add at least one agreed point; the minutes cannot be confirmed without one."),
    );
  }
  return out;
};
