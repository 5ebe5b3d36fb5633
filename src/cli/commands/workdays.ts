// `ccr workdays add DATE N` and `ccr workdays is DATE`: the China working-day calendar.

import {
  addWorkdays,
  dayInfo,
  isValidIsoDate,
  officialYears,
  unofficialCalendarNote,
  unofficialYearsBetween,
} from "../../domain/calendar/calendar";
import { pick } from "../../domain/record/i18n";
import { parseArgs, usageError } from "../args";
import { EXIT_OK, type CliIO, type Command } from "../command";

function yearsText(): string {
  const years = officialYears();
  return years.length ? `${years[0]}–${years[years.length - 1]}` : "-";
}

export const workdaysCommand: Command = {
  name: "workdays",
  summary: { zh: "中国工作日计算(含法定节假日与调休)", en: "China working days (statutory holidays and make-up workdays)" },
  help: {
    zh: [
      "用法:",
      "  ccr workdays add YYYY-MM-DD N   打印该日期之后第 N 个工作日(N 可为 0 或负数)",
      "  ccr workdays is YYYY-MM-DD      打印 workday(工作日)、holiday(法定节假日)或 weekend(周末)",
      "",
      `工作日按中国大陆的周末、法定节假日和调休上班日计算(国务院办公厅节假日安排通知,已收录 ${yearsText()} 年)。`,
      "未收录年份按周一至周五计算,并在标准错误输出中提示。",
      "",
      "退出码:0 成功,2 参数有误。",
    ].join("\n"),
    en: [
      "Usage:",
      "  ccr workdays add YYYY-MM-DD N   print the date N working days later (N may be 0 or negative)",
      "  ccr workdays is YYYY-MM-DD      print workday, holiday or weekend",
      "",
      `Working days follow mainland China's weekends, statutory holidays and make-up workdays (State Council notices, ${yearsText()}).`,
      "Other years count Monday to Friday, with a note on stderr.",
      "",
      "Exit codes: 0 done, 2 bad arguments.",
    ].join("\n"),
  },
  async run(args, io) {
    const { positional } = parseArgs(args, { command: "workdays", valued: [] });
    const [action, date, n, ...extra] = positional;
    if (action !== "add" && action !== "is") throw usageError("workdays", "请指明 add 或 is。", "Say add or is.");
    if (!date || !isValidIsoDate(date)) {
      throw usageError("workdays", `日期应为有效的 YYYY-MM-DD,而不是“${date ?? ""}”。`, `The date must be a valid YYYY-MM-DD, not "${date ?? ""}".`);
    }
    if (action === "is") {
      if (n !== undefined) throw usageError("workdays", `多余的参数:${[n, ...extra].join(" ")}。`, `Unexpected arguments: ${[n, ...extra].join(" ")}.`);
      const info = dayInfo(date);
      io.out(info.kind);
      noteUnofficial(io, date, date);
      return EXIT_OK;
    }
    if (n === undefined || !/^[-+]?\d{1,5}$/.test(n)) {
      throw usageError("workdays", `工作日数应为整数,而不是“${n ?? ""}”。`, `The number of working days must be a whole number, not "${n ?? ""}".`);
    }
    if (extra.length > 0) throw usageError("workdays", `多余的参数:${extra.join(" ")}。`, `Unexpected arguments: ${extra.join(" ")}.`);
    const result = addWorkdays(date, Number(n));
    io.out(result);
    noteUnofficial(io, date, result);
    return EXIT_OK;
  },
};

function noteUnofficial(io: CliIO, from: string, to: string): void {
  const note = unofficialCalendarNote(unofficialYearsBetween(from, to));
  if (note) io.err(pick(note, io.lang));
}
