// `ccr workdays add DATE N` and `ccr workdays is DATE`: the China working-day calendar.

import {
  addWorkdays,
  CalendarRangeError,
  dayInfo,
  isValidIsoDate,
  officialYears,
  unofficialCalendarNote,
  unofficialYearsBetween,
  type IsoDate,
} from "../../domain/calendar/calendar";
import { pick } from "../../domain/record/i18n";
import { parseArgs, usageError } from "../args";
import { CliError, EXIT_BAD_INPUT, EXIT_OK, type CliIO, type Command } from "../command";

function yearsText(): string {
  const years = officialYears();
  return years.length ? `${years[0]}–${years[years.length - 1]}` : "-";
}

export const workdaysCommand: Command = {
  name: "workdays",
  summary: { zh: "中国工作日计算（含法定节假日与调休）", en: "China working days (statutory holidays and make-up workdays)" },
  help: {
    zh: [
      "用法：",
      "  ccr workdays add YYYY-MM-DD N   打印该日期之后第 N 个工作日（N 可为 0 或负数）",
      "  ccr workdays is YYYY-MM-DD      打印 workday（工作日）、holiday（法定节假日）或 weekend（周末）",
      "",
      `工作日按中国大陆的周末、法定节假日和调休上班日计算（国务院办公厅节假日安排通知，已收录 ${yearsText()} 年）。`,
      "尚无通知的年份按《全国年节及纪念日放假办法》的法定节假日推算（不含调休上班和补假），为暂定结果，并在标准错误输出中提示；",
      "通知发布后可用 ccr calendar add 添加该年安排。",
      "",
      "退出码：0 成功，2 参数有误。",
    ].join("\n"),
    en: [
      "Usage:",
      "  ccr workdays add YYYY-MM-DD N   print the date N working days later (N may be 0 or negative)",
      "  ccr workdays is YYYY-MM-DD      print workday, holiday or weekend",
      "",
      `Working days follow mainland China's weekends, statutory holidays and make-up workdays (State Council notices, ${yearsText()}).`,
      "A year without a notice counts the statutory holidays of the national holiday regulations (no make-up workdays or substitute days):",
      "provisional, with a note on stderr. Add the year with ccr calendar add once its notice is published.",
      "",
      "Exit codes: 0 done, 2 bad arguments.",
    ].join("\n"),
  },
  async run(args, io) {
    const { positional } = parseArgs(args, { command: "workdays", valued: [] });
    const [action, date, n, ...extra] = positional;
    if (action !== "add" && action !== "is") throw usageError("workdays", "请指明 add 或 is。", "Say add or is.");
    if (!date || !isValidIsoDate(date)) {
      throw usageError("workdays", `日期应为有效的 YYYY-MM-DD，而不是“${date ?? ""}”。`, `The date must be a valid YYYY-MM-DD, not "${date ?? ""}".`);
    }
    if (action === "is") {
      if (n !== undefined) throw usageError("workdays", `多余的参数：${[n, ...extra].join(" ")}。`, `Unexpected arguments: ${[n, ...extra].join(" ")}.`);
      const info = dayInfo(date);
      io.out(info.kind);
      noteUnofficial(io, date, date);
      return EXIT_OK;
    }
    if (n === undefined || !/^[-+]?\d{1,5}$/.test(n)) {
      throw usageError("workdays", `工作日数应为整数，而不是“${n ?? ""}”。`, `The number of working days must be a whole number, not "${n ?? ""}".`);
    }
    if (extra.length > 0) throw usageError("workdays", `多余的参数：${extra.join(" ")}。`, `Unexpected arguments: ${extra.join(" ")}.`);
    let result: IsoDate;
    try {
      result = addWorkdays(date, Number(n));
    } catch (e) {
      if (!(e instanceof CalendarRangeError)) throw e;
      throw new CliError(
        { zh: `${date} 加 ${n} 个工作日超出日历范围（1000-01-01 至 9999-12-31）：请换一个日期或工作日数。`, en: `${date} plus ${n} working days is outside the calendar's range (1000-01-01 to 9999-12-31): use another date or number.` },
        EXIT_BAD_INPUT,
      );
    }
    io.out(result);
    noteUnofficial(io, date, result);
    return EXIT_OK;
  },
};

function noteUnofficial(io: CliIO, from: IsoDate, to: IsoDate): void {
  const note = unofficialCalendarNote(unofficialYearsBetween(from, to));
  if (note) io.err(pick(note, io.lang));
}
