// `ccr calendar add NOTICE.txt [--yes]`, `ccr calendar list`, `ccr calendar show YEAR`,
// `ccr calendar remove YEAR`: the years of the working-day calendar, and adding a year from the
// State Council's notice without a new release of ccr.

import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { SHIPPED_CALENDAR, calendarYear, isOfficialCalendarYear, officialYears, unofficialCalendarNote } from "../../domain/calendar/calendar";
import type { CalendarYear } from "../../domain/calendar/calendar-years";
import { describeCalendarYear, parseHolidayNotice } from "../../domain/calendar/notice";
import { statutoryHolidays } from "../../domain/calendar/statutory-holidays";
import { pick } from "../../domain/record/i18n";
import type { Lang } from "../../domain/record/record";
import { parseArgs, usageError } from "../args";
import { CliError, EXIT_BAD_INPUT, EXIT_OK, type CliIO, type Command } from "../command";
import { readUserCalendar, userCalendarFile, writeUserCalendar } from "../user-calendar";

/** A notice is a page of text; anything much larger is not one. */
const MAX_NOTICE_BYTES = 1024 * 1024;

export const calendarCommand: Command = {
  name: "calendar",
  summary: { zh: "节假日安排：查看年份，从国务院通知添加新的一年", en: "Holiday schedules: list the years, add a year from the State Council's notice" },
  help: {
    zh: [
      "用法：",
      "  ccr calendar add 通知.txt [--yes]   读取国务院办公厅节假日安排通知的原文，显示识别结果；加 --yes 保存",
      "  ccr calendar list                   列出各年份的来源（随版本发布、用户添加、暂定）",
      "  ccr calendar show 年份              显示该年的放假和调休上班日",
      "  ccr calendar remove 年份            删除用户添加的年份",
      "",
      "通知文本须完整可识别：每个含日期的句子都要读懂，写明的星期和天数要与日期一致，七个节日齐全，否则拒绝添加并说明原因。",
      "文本可为 UTF-8 或 GB18030（记事本另存的“ANSI”）编码。",
      `添加的年份保存在 ${userCalendarFile()}（可用环境变量 CCR_DATA_DIR 指定其他文件夹），所有命令都按它计算工作日。`,
      "尚无通知的年份按《全国年节及纪念日放假办法》的法定节假日推算，不含调休上班和补假，为暂定结果。",
      "",
      "退出码：0 成功，2 文件无法读取、通知无法识别或参数有误。",
    ].join("\n"),
    en: [
      "Usage:",
      "  ccr calendar add NOTICE.txt [--yes]   read the State Council's holiday notice as published and show what was read; --yes saves it",
      "  ccr calendar list                     list the years and where each comes from (shipped, added, provisional)",
      "  ccr calendar show YEAR                show the days off and make-up workdays of a year",
      "  ccr calendar remove YEAR              remove a year you added",
      "",
      "The notice must be read fully: every dated sentence understood, the weekdays and day counts it states agreeing with the dates,",
      "and all seven holidays present; otherwise it is refused with the reasons. The text may be UTF-8 or GB18030 (Notepad's \"ANSI\").",
      `Added years are kept in ${userCalendarFile()} (the environment variable CCR_DATA_DIR names another folder); every command counts with them.`,
      "A year without a notice uses the statutory holidays of the national holiday regulations, without make-up workdays or substitute days: provisional.",
      "",
      "Exit codes: 0 done, 2 unreadable file, unreadable notice or bad arguments.",
    ].join("\n"),
  },
  async run(args, io) {
    const a = parseArgs(args, { command: "calendar", valued: [], flags: ["--yes"] });
    const [action, target, ...extra] = a.positional;
    if (extra.length > 0) throw usageError("calendar", `多余的参数：${extra.join(" ")}。`, `Unexpected arguments: ${extra.join(" ")}.`);
    switch (action) {
      case "add":
        if (!target) throw usageError("calendar", "缺少通知文件。", "The notice file is missing.");
        return add(resolve(io.cwd, target), target, a.flags.has("--yes"), io);
      case "list":
        return list(io);
      case "show":
        return show(yearArgument(target), io);
      case "remove":
        return remove(yearArgument(target), io);
      default:
        throw usageError("calendar", "请指明 add、list、show 或 remove。", "Say add, list, show or remove.");
    }
  },
};

function yearArgument(value: string | undefined): number {
  if (!value || !/^\d{4}$/.test(value)) {
    throw usageError("calendar", `年份应为四位数字，而不是“${value ?? ""}”。`, `The year must have four digits, not "${value ?? ""}".`);
  }
  return Number(value);
}

function add(path: string, shown: string, confirmed: boolean, io: CliIO): number {
  const parsed = parseHolidayNotice(readNotice(path, shown));
  if (!parsed.ok) {
    throw new CliError(
      {
        zh: `${shown}：无法完整识别通知，未添加：\n${parsed.problems.map((p) => `  ${p.zh}`).join("\n")}`,
        en: `${shown}: the notice could not be read fully and was not added:\n${parsed.problems.map((p) => `  ${p.en}`).join("\n")}`,
      },
      EXIT_BAD_INPUT,
    );
  }
  const { year, entry } = parsed;
  io.out(describeCalendarYear(year, entry, io.lang).join("\n"));
  const added = readUserCalendar(io);
  const shipped = SHIPPED_CALENDAR.years[String(year)];
  if (sameYear(added[String(year)], entry) || (!added[String(year)] && sameYear(shipped, entry))) {
    io.out(say(io.lang, `${year}年的这一安排已在日历中，无需添加。`, `This schedule for ${year} is already in the calendar; nothing to add.`));
    return EXIT_OK;
  }
  const replaces = added[String(year)]
    ? say(io.lang, `它将替换此前添加的${year}年安排。`, `It replaces the schedule for ${year} added before.`)
    : shipped
      ? say(io.lang, `它将替换随版本发布的${year}年安排。`, `It replaces the schedule for ${year} shipped with ccr.`)
      : "";
  const file = userCalendarFile();
  if (!confirmed) {
    io.out(
      [
        replaces,
        say(io.lang, `以上为识别结果，尚未保存。核对无误后，加 --yes 再运行一次以保存到 ${file}：`, `This is what was read; nothing is saved yet. If it is right, run again with --yes to save it to ${file}:`),
        `  ccr calendar add ${shown} --yes`,
      ]
        .filter(Boolean)
        .join("\n"),
    );
    return EXIT_OK;
  }
  writeUserCalendar({ ...added, [String(year)]: entry }, file);
  io.out(
    [
      replaces,
      say(io.lang, `已保存到 ${file}。validate、status、export、workdays 等命令从此按${year}年的通知计算工作日。`, `Saved to ${file}. validate, status, export, workdays and the other commands now count working days in ${year} by the notice.`),
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return EXIT_OK;
}

function list(io: CliIO): number {
  const added = readUserCalendar(io);
  const lines: string[] = [];
  for (const year of officialYears()) {
    const entry = calendarYear(year);
    const source = added[String(year)]
      ? say(io.lang, `用户添加（${userCalendarFile()}）`, `added (${userCalendarFile()})`)
      : say(io.lang, "随版本发布", "shipped with ccr");
    lines.push(`${year}  ${source}  ${entry?.notice ?? ""}`);
  }
  const next = (officialYears().at(-1) ?? 0) + 1;
  lines.push(say(io.lang, `其他年份（如${next}年）：暂定。`, `Other years (e.g. ${next}): provisional.`));
  lines.push(pick(unofficialCalendarNote([next])!, io.lang));
  io.out(lines.join("\n"));
  return EXIT_OK;
}

function show(year: number, io: CliIO): number {
  const entry = calendarYear(year);
  if (entry) {
    io.out(describeCalendarYear(year, entry, io.lang).join("\n"));
    return EXIT_OK;
  }
  const provisional: CalendarYear = {
    notice: say(io.lang, "暂定：按《全国年节及纪念日放假办法》推算", "provisional: from the national holiday regulations"),
    holidays: statutoryHolidays(year),
    workdays: [],
  };
  io.out(describeCalendarYear(year, provisional, io.lang).join("\n"));
  if (!isOfficialCalendarYear(year)) io.out(pick(unofficialCalendarNote([year])!, io.lang));
  return EXIT_OK;
}

function remove(year: number, io: CliIO): number {
  const added = readUserCalendar(io);
  if (!added[String(year)]) {
    throw new CliError(
      { zh: `没有用户添加的${year}年安排，无需删除（随版本发布的年份不能删除）。`, en: `There is no added schedule for ${year} to remove (years shipped with ccr cannot be removed).` },
      EXIT_BAD_INPUT,
    );
  }
  const rest = { ...added };
  delete rest[String(year)];
  writeUserCalendar(rest);
  const after = SHIPPED_CALENDAR.years[String(year)]
    ? say(io.lang, `${year}年恢复为随版本发布的安排。`, `${year} is back to the schedule shipped with ccr.`)
    : say(io.lang, `${year}年恢复为暂定安排。`, `${year} is provisional again.`);
  io.out(say(io.lang, `已删除用户添加的${year}年安排。`, `Removed the added schedule for ${year}.`) + " " + after);
  return EXIT_OK;
}

/** The notice's text: UTF-8, else GB18030 (what Notepad saves as "ANSI" on a Chinese Windows). */
function readNotice(path: string, shown: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_NOTICE_BYTES) {
      throw new CliError({ zh: `${shown}：文件超过 1 MB，不是一份通知。`, en: `${shown}: the file is over 1 MB; it is not a notice.` }, EXIT_BAD_INPUT);
    }
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError({ zh: `无法读取 ${shown}：请检查文件名和权限。`, en: `Cannot read ${shown}: check the file name and permissions.` }, EXIT_BAD_INPUT);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function sameYear(a: CalendarYear | undefined, b: CalendarYear): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

function say(lang: Lang, zh: string, en: string): string {
  return lang === "en" ? en : zh;
}
