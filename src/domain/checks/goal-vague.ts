// Rule 10: the goal names a concrete result (hint). 沟通项目进展 is too general;
// 确认研发阶段完成时间及需生产部配合的物料需求 names the result.

import { finding, text, type Check } from "./context";

/** Words that name a result to reach, or a figure. */
const CONCRETE_RESULT =
  /确认|确定|明确|完成|争取|达成|决定|决策|制定|输出|解决|审批|批准|签署|敲定|选定|分配|调整|落定|签订|\d|agree|decide|confirm|approve|sign|settle|allocate|fix\b|by\s/i;

export const checkGoalVague: Check = ({ record }) => {
  const goal = text(record.goal);
  if (!goal) {
    return [
      finding(
        "goal.vague",
        "hint",
        "goal",
        "未填写沟通目标：请写明本次沟通要达成的具体结果，如“确认研发阶段完成时间及需生产部配合的物料需求”。",
        'No goal given: name the concrete result the meeting must reach, e.g. "agree the R&D completion date and the materials production must prepare".',
      ),
    ];
  }
  if (CONCRETE_RESULT.test(goal)) return [];
  return [
    finding(
      "goal.vague",
      "hint",
      "goal",
      `沟通目标“${goal}”过于笼统，没有写明具体结果：请写成“确认/确定……”的形式，如“确认研发阶段完成时间及需生产部配合的物料需求”。`,
      `The goal "${goal}" is too general and names no result: say what is to be agreed or decided, e.g. "agree the R&D completion date and the materials production must prepare".`,
    ),
  ];
};
