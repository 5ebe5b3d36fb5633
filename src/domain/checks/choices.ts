// goalType, scenario and channel hold one of their listed values (record-template §1.1, §5). A file
// with another value ("channel": "wechat") reads as not filled in; this says what was there and
// what to write instead (warning). For kind, rule 1 (required.ts) says it.

import { CHANNEL_LABELS, GOAL_TYPE_LABELS, SCENARIO_LABELS } from "../record/fields";
import { pathLabel } from "../record/paths";
import { INVALID_CHOICES } from "../record/record";
import type { Bilingual } from "../record/i18n";
import type { Finding } from "./findings";
import { finding, type Check } from "./context";

const LISTS = { goalType: GOAL_TYPE_LABELS, scenario: SCENARIO_LABELS, channel: CHANNEL_LABELS } as const satisfies Record<string, Record<string, Bilingual>>;

export const checkChoices: Check = ({ record }) => {
  const invalid = record[INVALID_CHOICES] ?? {};
  const out: Finding[] = [];
  for (const key of Object.keys(LISTS) as (keyof typeof LISTS)[]) {
    const value = invalid[key];
    if (value === undefined || record[key] !== "") continue;
    const label = pathLabel(key);
    const choices = Object.entries(LISTS[key] as Record<string, Bilingual>);
    out.push(
      finding(
        "choice.invalid",
        "warning",
        key,
        `${label.zh}“${value}”不在可选范围内，已按未填写处理：请改为${choices.map(([id, l]) => `${l.zh}（${id}）`).join("、")}之一。`,
        `${label.en} "${value}" is not one of the choices and counts as not filled in: use one of ${choices.map(([id, l]) => `${l.en} (${id})`).join(", ")}.`,
      ),
    );
  }
  return out;
};
