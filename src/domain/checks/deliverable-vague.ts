// Rule 4: a deliverable standard names a concrete output (warning). The principle
// (record-template §2 rule 4): it names what is handed over — a document, a list, a sample, a
// signature, a figure, a system state — and commits to it.
//   - A verb alone names no output: 按要求提交, 提供, 落实.
//   - A generic or vaguely qualified noun does not say which: 相关材料, 有关资料, 相关文件.
//   - A hedge withdraws the commitment, whatever it names: 尽量提交报告, 争取上线.
// Free text with none of these words (设备到位并调试完毕) is not judged.

import type { Finding } from "./findings";
import { findWord } from "../record/words";
import { finding, list, text, type Check } from "./context";
import { actionPath } from "../record/record-path";

/** Words that make the deliverable vague unless it names a concrete output. */
export const VAGUE_DELIVERABLE_WORDS = [
  "按要求",
  "按照要求",
  "落实",
  "做好",
  "跟进",
  "处理",
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
  "look into",
] as const;

/** Hedges: the deliverable is vague even when it names an output. */
export const HEDGE_WORDS = ["尽量", "尽力", "尽可能", "争取", "力争", "原则上", "视情况", "酌情", "do our best", "best effort", "try to", "if possible", "as far as possible"] as const;

/** Verbs of handing over: they say that something is delivered, not what. */
const DELIVERY_VERBS = /提交|提供|交付|输出|上报|报送|报备|发送|递交|准备|整理|完成|submit|provide|deliver|send|finish|complete/i;

/** Nouns that name an output; qualified by 相关/有关… they no longer say which (see VAGUELY_QUALIFIED). */
const OUTPUT_NOUNS =
  "报告|清单|方案|文档|说明书|说明|计划|明细|台账|表格|报表|图表|表|函|纪要|邮件|合同|协议|图纸|样品|样机|数据|报价单?|预算|发票|凭证|截图|照片|演示稿|初稿|定稿|需求|规格书?|材料|资料|文件|记录|名单|排期|时间表|报告书|意见书?|PPT";

/** Outputs that are states: a signature, an approval, a release, figures. */
const OUTPUT_STATES =
  /签字|签署|会签|盖章|审批通过|通过验收|验收|上线|发布|部署|到货|到位|安装|调试|开通|完成测试|测试通过|\d+\s*(?:份|项|个|页|台|件|套|条|批|次|人|%|％|万元|元|小时|天)|report|list|document|plan|sheet|letter|minutes|contract|spec|draft|sample|signed|approved|passed|released|deployed|e-?mail/i;

/** 相关材料, 有关技术资料, 所需文件: the qualifier leaves open which ones. */
const VAGUELY_QUALIFIED = new RegExp(`(?:相关|有关|相应|所需|必要的?|一些|各类|各项|其他)[\\u4e00-\\u9fff]{0,2}?(?:${OUTPUT_NOUNS})`, "g");
/** 提交材料, 资料: a generic noun with nothing saying which (提交预算申请材料 says which). */
const BARE_GENERIC = /(?:^|提交|提供|交付|输出|上报|报送|发送|递交|准备|整理)的?(?:材料|资料|文件|文档|内容|信息)/g;
const NAMED_OUTPUT = new RegExp(OUTPUT_NOUNS);

/** Why a deliverable standard is vague, as the word that makes it so; null when it names an output. */
export function vagueDeliverableWord(deliverable: string): string | null {
  const hedge = findWord(deliverable, HEDGE_WORDS);
  if (hedge) return hedge;
  const unnamed = [...(deliverable.match(VAGUELY_QUALIFIED) ?? []), ...(deliverable.match(BARE_GENERIC) ?? [])];
  const rest = deliverable.replace(VAGUELY_QUALIFIED, " ").replace(BARE_GENERIC, " ");
  if (NAMED_OUTPUT.test(rest) || OUTPUT_STATES.test(rest)) return null;
  return unnamed[0] ?? findWord(deliverable, VAGUE_DELIVERABLE_WORDS) ?? DELIVERY_VERBS.exec(deliverable)?.[0] ?? null;
}

export const checkDeliverableVague: Check = ({ record }) => {
  const out: Finding[] = [];
  list<(typeof record.actions)[number]>(record.actions).forEach((action, i) => {
    const deliverable = text(action?.deliverable);
    const word = deliverable ? vagueDeliverableWord(deliverable) : null;
    if (!word) return;
    out.push(
      finding(
        "deliverable.vague",
        "warning",
        actionPath(i, "deliverable"),
        `待办事项第${i + 1}项的交付标准“${deliverable}”没有写明具体产出（“${word}”）：请写明交付什么，如“6月30日前输出书面报告，抄送双方部门负责人”。`,
        `The deliverable of action item ${i + 1} ("${deliverable}") names no concrete output ("${word}"): say what is delivered, e.g. "a written report by 30 June, copied to both department heads".`,
      ),
    );
  });
  return out;
};
