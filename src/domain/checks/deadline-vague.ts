// Rule 3: a deadline must be a concrete date: vague words (尽快, ASAP…) or text that is not a date
// are `deadline.vague`; a date that does not exist is `deadline.invalid` (errors).

import { SPAN_WORDS, suggestedDeadline } from "../calendar/deadline";
import type { Finding } from "./findings";
import { finding, type Check } from "./context";
import { actionPath } from "../record/record-path";

export const checkDeadlineVague: Check = ({ meeting, today, deadlines }) => {
  const out: Finding[] = [];
  const example = suggestedDeadline(meeting ?? today);
  deadlines.forEach((d, i) => {
    const path = actionPath(i, "deadline");
    const n = i + 1;
    if (d.kind === "vague") {
      const what = d.word && SPAN_WORDS.includes(d.word)
        ? { zh: `“${d.text.trim()}”是一段时间或大约的日期，不是具体的一天`, en: `"${d.text.trim()}" is a span or an approximate day, not one day` }
        : d.word
        ? { zh: `“${d.word}”不是具体时限`, en: `"${d.word}" is not a deadline` }
        : { zh: `“${d.text.trim()}”不是日期`, en: `"${d.text.trim()}" is not a date` };
      out.push(
        finding(
          "deadline.vague",
          "error",
          path,
          `待办事项第${n}项的完成时限${what.zh}：请写具体日期，如 ${example.zh}。`,
          `The deadline of action item ${n}: ${what.en}. Give a calendar date, e.g. ${example.en}.`,
        ),
      );
    } else if (d.kind === "invalid") {
      out.push(
        finding(
          "deadline.invalid",
          "error",
          path,
          `待办事项第${n}项的完成时限有误：${d.reason.zh}请改为存在的日期，如 ${example.zh}。`,
          `The deadline of action item ${n} is wrong: ${d.reason.en} Give a date that exists, e.g. ${example.en}.`,
        ),
      );
    }
  });
  return out;
};
