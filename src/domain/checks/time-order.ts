// Rule 6 (second half): the end time comes after the start time (error).

import { finding, text, type Check } from "./context";

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

function minutes(value: string): number | null {
  const m = TIME.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export const checkTimeOrder: Check = ({ record }) => {
  const start = text(record.start);
  const end = text(record.end);
  const a = minutes(start);
  const b = minutes(end);
  if (a === null || b === null || b > a) return [];
  return [
    finding(
      "time.order",
      "error",
      "end",
      `结束时间 ${end} 不晚于开始时间 ${start}：请改正结束时间。`,
      `The end time ${end} is not after the start time ${start}: correct the end time.`,
    ),
  ];
};
