// The calendar years a user added (`ccr calendar add`), kept in a per-user data file:
//   Linux    $XDG_DATA_HOME/ccr/calendar.json (default ~/.local/share/ccr/calendar.json)
//   macOS    ~/Library/Application Support/ccr/calendar.json
//   Windows  %APPDATA%\ccr\calendar.json
// CCR_DATA_DIR names another folder (tests, shared installations). Every command loads the file
// before it runs, so that validate, status, export and workdays count with the added years.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { addedYearsFile, calendarYearsFromJson, setAddedCalendarYears, type CalendarYear } from "../domain/calendar/calendar-years";
import { pick } from "../domain/record/i18n";
import type { CliIO } from "./command";

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.CCR_DATA_DIR) return env.CCR_DATA_DIR;
  if (platform === "win32") return join(env.APPDATA || join(home, "AppData", "Roaming"), "ccr");
  if (platform === "darwin") return join(home, "Library", "Application Support", "ccr");
  return join(env.XDG_DATA_HOME || join(home, ".local", "share"), "ccr");
}

export function userCalendarFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(userDataDir(env), "calendar.json");
}

/** The added years in the user's file ({} when there is none); a damaged file is reported on stderr, never fatal. */
export function readUserCalendar(io: CliIO, file: string = userCalendarFile()): Record<string, CalendarYear> {
  if (!existsSync(file)) return {};
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    io.err(
      pick(
        {
          zh: `无法读取节假日安排文件 ${file}（${e instanceof Error ? e.message : String(e)}）：已按未添加年份计算；可删除该文件后重新用 ccr calendar add 添加。`,
          en: `Cannot read the holiday schedule file ${file} (${e instanceof Error ? e.message : String(e)}): counting without added years; delete it and add the years again with ccr calendar add.`,
        },
        io.lang,
      ),
    );
    return {};
  }
  const { years, problems } = calendarYearsFromJson(value);
  for (const p of problems) io.err(`${file}: ${pick(p, io.lang)}`);
  return years;
}

/** Reads the user's file and makes its years part of the calendar. */
export function loadUserCalendar(io: CliIO): void {
  setAddedCalendarYears(readUserCalendar(io));
}

/** Writes the added years (atomically: a half-written file would lose every year). */
export function writeUserCalendar(years: Record<string, CalendarYear>, file: string = userCalendarFile()): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(addedYearsFile(years), null, 2) + "\n", "utf8");
  renameSync(temporary, file);
  setAddedCalendarYears(years);
}
