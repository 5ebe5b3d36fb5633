// Rule 5: the owner of an action item is one person or one named role (warning). The principle
// (record-template §2 rule 5): the cell names who answers for the item, so that it can be
// followed up with one person.
//   - A group or everyone: 相关部门, 各部门, 大家, 全员, 全体.
//   - Several people, however they are joined: 张三、李四 / 张三 李四 / 张三和李四 / 张三等.
//   - A department, team or company: 生产部, 项目组, 某公司.
//   - A party rather than a person: 对方, 供应商, 甲方, 客户.
//   - A role that does not say whose: 部门负责人, 负责人 (生产部负责人 names one role: it passes).
//   - Nobody yet: 待定, 待确认, 未定, TBD.

import type { Finding } from "./findings";
import { findWord } from "../record/words";
import { finding, list, text, type Check } from "./context";
import { actionPath } from "../record/record-path";
import type { Bilingual } from "../record/i18n";

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
  "全员",
  "所有人",
  "everyone",
  "everybody",
  "all",
  "team",
  "relevant departments",
] as const;

const NOBODY_YET = ["待定", "待确认", "待指定", "未定", "未确定", "另定", "tbd", "tbc", "to be decided", "to be confirmed"] as const;

/** The other party or a kind of party, as the whole cell. */
const PARTY = /^(?:某|我|对|贵|甲|乙|丙)?(?:方|供应商|客户|厂家|厂商|承包商|合作方|外部单位|第三方|业主|the other side|supplier|client|customer|vendor|contractor)$/i;
/** Names that end like a department, team or company rather than a person. */
const UNIT_NAME = /(部门|部|组|小组|团队|中心|委员会|公司|集团|单位|department|dept\.?|team|company|ltd\.?)$/i;
/** A role without the department or unit it belongs to. */
const UNQUALIFIED_ROLE = /^(?:部门|单位|公司|相关|有关|各)?(?:负责人|主管|经理|领导|主任|总监)$/;
/** Two or more people in one cell. */
const LISTED = /[、,，/;；&+]|\sand\s/i;
/** 张三和李四, 张三与李四, 张三及李四: both sides at least two characters, so that 王和平 is one person. */
const JOINED = /[\u4e00-\u9fff]{2}\s*(?:和|与|及|以及|跟|同)\s*[\u4e00-\u9fff]{2}/;
/** 张三 李四: two Chinese names separated by a space. */
const SPACED = /[\u4e00-\u9fff]{2}\s+[\u4e00-\u9fff]{2}/;
/** 张三等, 张三等人. */
const AND_OTHERS = /[\u4e00-\u9fffA-Za-z]\s*等人?$/;

/** Why the owner cell does not name one person or one named role; null when it does. */
export function ownerProblem(owner: string): Bilingual | null {
  const bare = owner.replace(/[（(][^)）]*[)）]/g, "").trim();
  const nobody = findWord(bare, NOBODY_YET);
  if (nobody) return { zh: `“${nobody}”还没有指定负责人`, en: `"${nobody}" names nobody yet` };
  const group = findWord(bare, GROUP_OWNER_WORDS);
  if (group) return { zh: `“${group}”不是具体的人`, en: `"${group}" is not a person` };
  if (PARTY.test(bare)) return { zh: `“${owner}”是一方单位，不是具体的人`, en: `"${owner}" is a party, not a person` };
  if (UNQUALIFIED_ROLE.test(bare)) return { zh: `“${owner}”没有说明是哪个部门的负责人`, en: `"${owner}" does not say whose head it is` };
  if (LISTED.test(bare) || JOINED.test(bare) || SPACED.test(bare) || AND_OTHERS.test(bare)) {
    return { zh: `“${owner}”是多个人`, en: `"${owner}" names several people` };
  }
  if (UNIT_NAME.test(bare)) return { zh: `“${owner}”是部门、团队或单位`, en: `"${owner}" is a department, team or organisation` };
  return null;
}

export const checkOwnerGroup: Check = ({ record }) => {
  const out: Finding[] = [];
  list<(typeof record.actions)[number]>(record.actions).forEach((action, i) => {
    const owner = text(action?.owner);
    const why = owner ? ownerProblem(owner) : null;
    if (!why) return;
    out.push(
      finding(
        "owner.group",
        "warning",
        actionPath(i, "owner"),
        `待办事项第${i + 1}项的负责人${why.zh}：请指定一位具体负责人（姓名，或如“生产部负责人”的明确岗位），其他人可写入抄送。`,
        `The owner of action item ${i + 1}: ${why.en}. Name one person (or one named role such as "head of Production"); put the others in Cc.`,
      ),
    );
  });
  return out;
};
