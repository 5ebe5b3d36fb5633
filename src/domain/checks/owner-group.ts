// Rule 5: the owner of an action item is one named person, not a group (warning).

import type { Finding } from "./findings";
import { findWord } from "../record/words";
import { finding, list, text, type Check } from "./context";
import { actionPath } from "../record/record-path";

export const GROUP_OWNER_WORDS = [
  "相关部门",
  "有关部门",
  "各部门",
  "各单位",
  "各方",
  "双方",
  "相关人员",
  "有关人员",
  "大家",
  "全体",
  "所有人",
  "待定",
  "everyone",
  "everybody",
  "all",
  "team",
  "tbd",
  "relevant departments",
] as const;

/** Names that end like a department or team rather than a person. */
const UNIT_NAME = /(部门|部|组|小组|团队|中心|委员会|department|dept\.?|team)$/i;
/** Two or more people in one cell. */
const SEVERAL = /[、,,/;;&+]|\sand\s/i;

export const checkOwnerGroup: Check = ({ record }) => {
  const out: Finding[] = [];
  list<(typeof record.actions)[number]>(record.actions).forEach((action, i) => {
    const owner = text(action?.owner);
    if (!owner) return;
    const word = findWord(owner, GROUP_OWNER_WORDS);
    const why = word
      ? { zh: `“${word}”不是具体的人`, en: `"${word}" is not a person` }
      : UNIT_NAME.test(owner)
        ? { zh: `“${owner}”是部门或团队`, en: `"${owner}" is a department or team` }
        : SEVERAL.test(owner)
          ? { zh: `“${owner}”是多个人`, en: `"${owner}" names several people` }
          : null;
    if (!why) return;
    out.push(
      finding(
        "owner.group",
        "warning",
        actionPath(i, "owner"),
        `待办事项第${i + 1}项的负责人${why.zh}:请指定一位具体负责人的姓名,其他人可写入抄送。`,
        `The owner of action item ${i + 1}: ${why.en}. Name one person; put the others in Cc.`,
      ),
    );
  });
  return out;
};
