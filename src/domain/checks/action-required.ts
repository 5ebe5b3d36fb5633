// Rule 2: every action item has its item text, owner, deadline and deliverable standard (errors).

import { ACTION_COLUMNS } from "../record/fields";
import type { Finding } from "./findings";
import { finding, list, text, type Check } from "./context";
import { actionPath } from "../record/record-path";

const REQUIRED_COLUMNS = ["task", "owner", "deadline", "deliverable"] as const;

const HOW: Record<(typeof REQUIRED_COLUMNS)[number], { zh: string; en: string }> = {
  task: { zh: "写明要做的事项", en: "say what is to be done" },
  owner: { zh: "写一位具体负责人的姓名", en: "name one person" },
  deadline: { zh: "写具体日期，如 2026年6月30日前", en: "give a calendar date, e.g. by 30 June 2026" },
  deliverable: { zh: "写明交付物，如：输出书面报告，抄送双方部门负责人", en: "name the output, e.g. a written report copied to both department heads" },
};

export const checkActionRequired: Check = ({ record }) => {
  const out: Finding[] = [];
  list<(typeof record.actions)[number]>(record.actions).forEach((action, i) => {
    for (const column of REQUIRED_COLUMNS) {
      if (text(action?.[column])) continue;
      const label = ACTION_COLUMNS[column];
      out.push(
        finding(
          "required",
          "error",
          actionPath(i, column),
          `待办事项第${i + 1}项缺少${label.zh}：请${HOW[column].zh}。`,
          `Action item ${i + 1} has no ${label.en.toLowerCase()}: ${HOW[column].en}.`,
        ),
      );
    }
  });
  return out;
};
