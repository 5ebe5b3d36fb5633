// Rule 4: a deliverable standard names a concrete output, not 按要求 / 落实 / 做好 / 跟进 (warning).

import type { Finding } from "./findings";
import { findWord } from "../record/words";
import { finding, list, text, type Check } from "./context";
import { actionPath } from "../record/record-path";

export const VAGUE_DELIVERABLE_WORDS = [
  "按要求",
  "按照要求",
  "落实",
  "做好",
  "跟进",
  "处理",
  "尽量",
  "尽力",
  "推进",
  "完善",
  "加强",
  "配合",
  "负责",
  "关注",
  "妥善",
  "as required",
  "follow up",
  "handle",
  "take care",
  "do our best",
  "best effort",
  "look into",
] as const;

/** Words that name an output: a document, a count, a signature, a test passed… */
const CONCRETE_OUTPUT =
  /输出|提交|提供|报告|清单|方案|文档|文件|说明|计划|表|函|纪要|邮件|书面|签字|签署|会签|盖章|通过|上线|交付|样品|合同|图纸|数据|\d|report|list|document|plan|sheet|letter|minutes|signed|e-?mail|spec|delivered|approved|passed/i;

export const checkDeliverableVague: Check = ({ record }) => {
  const out: Finding[] = [];
  list<(typeof record.actions)[number]>(record.actions).forEach((action, i) => {
    const deliverable = text(action?.deliverable);
    if (!deliverable || CONCRETE_OUTPUT.test(deliverable)) return;
    const word = findWord(deliverable, VAGUE_DELIVERABLE_WORDS);
    if (!word) return;
    out.push(
      finding(
        "deliverable.vague",
        "warning",
        actionPath(i, "deliverable"),
        `待办事项第${i + 1}项的交付标准“${deliverable}”没有具体产出(“${word}”):请写明交付物,如“6月30日前输出书面报告,抄送双方部门负责人”。`,
        `The deliverable of action item ${i + 1} ("${deliverable}") names no concrete output ("${word}"): say what is delivered, e.g. "a written report by 30 June, copied to both department heads".`,
      ),
    );
  });
  return out;
};
