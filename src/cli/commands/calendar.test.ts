import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ccr, ccrProcess, REPO } from "../../../test/support/cli";
import { setAddedCalendarYears } from "../../domain/calendar/calendar-years";
import { userDataDir } from "../user-calendar";
import { NOTICE_2027_ITEMS } from "../../../test/support/notice-2027";

const NOTICES = join(REPO, "test", "fixtures", "notices");

/** A 2027 notice in the form the State Council publishes it (the dates are this test's, not the real 2027 schedule). */
const NOTICE_2027 = [
  "国务院办公厅关于2027年部分节假日安排的通知",
  "国办发明电〔2026〕9号",
  "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
  "经国务院批准，现将2027年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。",
  ...NOTICE_2027_ITEMS,
].join("\n");

let dir: string;
const saved = process.env.CCR_DATA_DIR;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ccr-calendar-"));
  process.env.CCR_DATA_DIR = join(dir, "data");
  writeFileSync(join(dir, "2027.txt"), NOTICE_2027);
});

afterEach(() => {
  process.env.CCR_DATA_DIR = saved;
  setAddedCalendarYears({});
});

describe("ccr calendar add", () => {
  it("shows what it read and saves nothing without --yes", async () => {
    const r = await ccr(["calendar", "add", join(dir, "2027.txt")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2027年：国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕9号）");
    expect(r.stdout).toContain("春节：2月5日（周五）至2月12日（周五），共8天；2月13日（周六）上班");
    expect(r.stdout).toContain("尚未保存");
    expect((await ccr(["workdays", "add", "2027-02-04", "1"])).stdout).toBe("2027-02-09\n");
  });

  it("with --yes keeps the year in the user's data file, and every command counts with it", async () => {
    const r = await ccr(["calendar", "add", join(dir, "2027.txt"), "--yes"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已保存到 ${join(dir, "data", "calendar.json")}`);
    const file = JSON.parse(readFileSync(join(dir, "data", "calendar.json"), "utf8"));
    expect(file.schema).toBe("ccr-calendar/1");
    expect(Object.keys(file.years)).toEqual(["2027"]);
    // 2027-02-13 (a Saturday) is a make-up workday by the notice; provisional 2027 knew no such day.
    const next = await ccr(["workdays", "add", "2027-02-04", "1"]);
    expect(next).toEqual({ code: 0, stdout: "2027-02-13\n", stderr: "" });
    // A new process reads the file too.
    expect(ccrProcess(["workdays", "is", "2027-02-13"], { CCR_DATA_DIR: join(dir, "data") }).stdout).toBe("workday\n");
    expect((await ccr(["calendar", "list"])).stdout).toMatch(/2027 {2}用户添加/);
    expect((await ccr(["calendar", "remove", "2027"])).stdout).toContain("2027年恢复为暂定安排");
    expect((await ccr(["workdays", "add", "2027-02-04", "1"])).stdout).toBe("2027-02-09\n");
  });

  it("says a shipped year's notice is already there", async () => {
    const r = await ccr(["calendar", "add", join(NOTICES, "2026.txt")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2026年的这一安排已在日历中，无需添加。");
  });

  it("reads a notice saved by Notepad as GB18030 with CRLF line ends", async () => {
    const bytes = readFileSync(join(NOTICES, "2025-gb18030.txt"));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const r = await ccr(["calendar", "add", join(NOTICES, "2025-gb18030.txt")], { lang: "en" });
    expect(r.stdout).toContain("Spring Festival: Tue 28 January to Tue 4 February, 8 days off; make-up workdays Sun 26 January, Sat 8 February");
    expect(r.stdout).toContain("This schedule for 2025 is already in the calendar");
  });

  it("refuses a notice it cannot read fully, with the reasons, exit 2", async () => {
    writeFileSync(join(dir, "bad.txt"), NOTICE_2027.replace(/^五、端午节.*$/m, "").replace("共8天", "共9天"));
    const r = await ccr(["calendar", "add", join(dir, "bad.txt"), "--yes"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("无法完整识别通知，未添加");
    expect(r.stderr).toContain("天数与日期不符");
    expect(r.stderr).toContain("通知中没有端午的安排");
    const en = await ccr(["calendar", "add", join(dir, "missing.txt")], { lang: "en" });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("Cannot read");
  });

  it("reports a damaged data file and goes on without it", async () => {
    await ccr(["calendar", "add", join(dir, "2027.txt"), "--yes"]);
    writeFileSync(join(dir, "data", "calendar.json"), "{ not json");
    const r = await ccr(["workdays", "add", "2027-02-04", "1"]);
    expect(r.stdout).toBe("2027-02-09\n");
    expect(r.stderr).toContain("无法读取节假日安排文件");
  });
});

describe("ccr calendar show and list", () => {
  it("shows a provisional year's statutory holidays and says it is provisional", async () => {
    const r = await ccr(["calendar", "show", "2028"]);
    expect(r.stdout).toContain("春节：1月25日（周二）至1月28日（周五），共4天");
    expect(r.stdout).toContain("国庆、中秋：10月1日（周日）至10月3日（周二），共3天");
    expect(r.stdout).toContain("为暂定结果");
  });

  it("lists the shipped years", async () => {
    const r = await ccr(["calendar", "list"], { lang: "en" });
    expect(r.stdout).toContain("2020  shipped with ccr");
    expect(r.stdout).toContain("Other years (e.g. 2027): provisional.");
  });

  it("refuses bad arguments", async () => {
    for (const args of [["calendar"], ["calendar", "show", "27"], ["calendar", "remove", "2026"], ["calendar", "add"]]) {
      expect((await ccr(args)).code, args.join(" ")).toBe(2);
    }
  });
});

describe("the user's data folder", () => {
  it("is the platform's place for per-user data, or CCR_DATA_DIR", () => {
    expect(userDataDir({}, "linux", "/home/li")).toBe("/home/li/.local/share/ccr");
    expect(userDataDir({ XDG_DATA_HOME: "/data/li" }, "linux", "/home/li")).toBe("/data/li/ccr");
    expect(userDataDir({}, "darwin", "/Users/li")).toBe("/Users/li/Library/Application Support/ccr");
    expect(userDataDir({ APPDATA: "C:\\Users\\li\\AppData\\Roaming" }, "win32", "C:\\Users\\li")).toMatch(/Roaming[\\/]ccr$/);
    expect(userDataDir({ CCR_DATA_DIR: "/srv/ccr" }, "linux", "/home/li")).toBe("/srv/ccr");
  });
});
