import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { parseRecord } from "../../domain/record/record";
import { exportRecordDocx } from "../../export/record-docx";
import { runCli } from "../main";
import { chinaToday } from "../args";
import { displayWidth } from "../../domain/record/display-width";
import type { StatusRow } from "./status";
import { EXAMPLES_DIR } from "../../../test/support/records";

const EXAMPLES = EXAMPLES_DIR;
const CCR = join(__dirname, "../../../bin/ccr.mjs");

async function ccr(args: string[], cwd: string, lang: "zh" | "en" = "zh") {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd, lang });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A folder of records: .json and .docx at the top, two in a subfolder, one done record, noise files. */
function recordsFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "ccr-status-"));
  mkdirSync(join(dir, "records", "june"), { recursive: true });
  copyFileSync(join(EXAMPLES, "project-delay.json"), join(dir, "records", "june", "delay.json"));
  copyFileSync(join(EXAMPLES, "weekly-sync.json"), join(dir, "records", "june", "weekly.json"));
  // The supplier meeting as a Word document holding the record form (read back by the .docx loader).
  const supplier = parseRecord(readFileSync(join(EXAMPLES, "supplier-delivery.json"), "utf8"));
  if (!supplier.ok) throw new Error("example");
  writeFileSync(join(dir, "records", "supplier.docx"), exportRecordDocx(supplier.record));
  copyFileSync(join(EXAMPLES, "resource-budget.json"), join(dir, "records", "budget.json"));
  const done = JSON.parse(readFileSync(join(EXAMPLES, "priority-conflict.json"), "utf8"));
  done.actions = done.actions.map((a: object) => ({ ...a, status: "done" }));
  writeFileSync(join(dir, "records", "conflict.json"), JSON.stringify(done));
  writeFileSync(join(dir, "records", "notes.txt"), "not a record");
  mkdirSync(join(dir, "records", ".hidden"));
  writeFileSync(join(dir, "records", ".hidden", "x.json"), "{ broken");
  return dir;
}

describe("ccr status (spawned)", () => {
  const dir = recordsFolder();

  it("prints open items of every record in the folder, overdue first, on the given day", () => {
    const r = spawnSync(process.execPath, [CCR, "status", "records", "--today", "2026-06-15", "--lang", "zh"], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^负责人\s+责任部门\s+完成时限\s+剩余\/逾期\s+状态\s+事项\s+沟通主题$/);
    const body = lines.slice(2, -2);
    // overdue: 陈刚 (budget, 3 working days from 2026-03-10), 张伟 (06-10) and 高原 (weekly, 下周三 06-10) by file, 李娜 (06-12)
    expect(body.map((l) => l.split(/\s+/)[0])).toEqual(["陈刚", "张伟", "高原", "李娜", "周强", "王强", "刘洋", "相关部门"]);
    expect(body[1]).toContain("已逾期3个工作日");
    expect(body[4]).toMatch(/2026年6月19日\s+剩余3个工作日（即将到期）/);
    expect(body[7]).toContain("期限未明确");
    expect(r.stdout).not.toContain("A、B项目测试资源冲突处理会");
    expect(body[5]).toMatch(/^王强\s.*供应商交付周期及质量标准确认会$/);
    expect(lines.at(-1)).toBe("共 8 项未完成，其中 4 项已逾期。");
    expect(r.stderr).toBe("");
  });

  it("gives JSON for machines with --json, filtered by owner", () => {
    const r = spawnSync(process.execPath, [CCR, "status", "records", "--today", "2026-06-15", "--json", "--owner", "李娜"], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as StatusRow[];
    expect(rows).toEqual([
      {
        file: join("records", "june", "delay.json"),
        topic: "项目研发阶段延期协调会",
        meetingDate: "2026-06-08",
        no: 2,
        task: "提交物料需求清单",
        owner: "李娜",
        dept: "生产部",
        deadline: "6月12日17:00前",
        due: "2026-06-12",
        dueTime: "17:00",
        state: "overdue",
        dueSoon: false,
        daysLeft: -1,
        unit: "workdays",
      },
    ]);
  });
});

describe("ccr status filters and errors", () => {
  const dir = recordsFolder();

  it("reads the records of a .docx named directly", async () => {
    const r = await ccr(["status", join("records", "supplier.docx"), "--today", "2026-07-06", "--json"], dir);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as StatusRow[]).map((x) => [x.owner, x.due, x.daysLeft])).toEqual([
      ["王强", "2026-07-08", 2],
      ["刘洋", "2026-07-09", 3],
    ]);
  });

  it("reads a .docx whose form was edited after ccr wrote it with the edited text, as the same file unedited with its own", async () => {
    const written = new Uint8Array(readFileSync(join(dir, "records", "supplier.docx")));
    const parts = unzipSync(written);
    const xml = strFromU8(parts["word/document.xml"]);
    expect(xml.split(">王强<")).toHaveLength(2);
    const edited: Zippable = { ...parts, "word/document.xml": strToU8(xml.replace(">王强<", ">王小强<")) };
    writeFileSync(join(dir, "edited.docx"), zipSync(edited, { level: 6 }));
    const owners = async (file: string) =>
      (JSON.parse((await ccr(["status", file, "--today", "2026-07-06", "--json"], dir)).out) as StatusRow[]).map((x) => x.owner);
    expect(await owners("edited.docx")).toEqual(["王小强", "刘洋"]);
    expect(await owners(join("records", "supplier.docx"))).toEqual(["王强", "刘洋"]);
  });

  it("filters by department and overdue, counts calendar days on request", async () => {
    const r = await ccr(["status", "records", "--today", "2026-06-15", "--json", "--dept", "技术部"], dir);
    expect((JSON.parse(r.out) as StatusRow[]).map((x) => x.owner)).toEqual(["张伟"]);
    const overdue = await ccr(["status", "records", "--today", "2026-06-15", "--json", "--overdue", "--calendar-days"], dir);
    const rows = JSON.parse(overdue.out) as StatusRow[];
    expect(rows.map((x) => x.owner)).toEqual(["陈刚", "张伟", "高原", "李娜"]);
    expect(rows[1]).toMatchObject({ daysLeft: -5, unit: "days" });
  });

  it("marks items due within 3 working days", async () => {
    const r = await ccr(["status", join("records", "june", "delay.json"), "--today", "2026-06-11"], dir);
    expect(r.out).toMatch(/李娜.*剩余1个工作日（即将到期）/);
    expect(r.out).toMatch(/周强.*剩余5个工作日\s/);
  });

  it("speaks English and says when nothing is open", async () => {
    const r = await ccr(["status", "records/conflict.json", "--today", "2026-06-15"], dir, "en");
    expect(r).toMatchObject({ code: 0, out: "No open action items." });
  });

  it("exits 2 for a missing path, a malformed file named directly, and a bad date", async () => {
    expect((await ccr(["status", "nope"], dir)).code).toBe(2);
    expect((await ccr(["status"], dir)).code).toBe(2);
    expect((await ccr(["status", "records", "--today", "15/06/2026"], dir)).code).toBe(2);
    writeFileSync(join(dir, "bad.json"), "{ broken");
    const bad = await ccr(["status", "bad.json", "records", "--today", "2026-06-15"], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("bad.json");
    expect(bad.out).toContain("张伟");
  });

  it("notes when a date falls in a year without official holiday data", async () => {
    const record = JSON.parse(readFileSync(join(EXAMPLES, "project-delay.json"), "utf8"));
    record.date = "2026-12-20";
    record.actions = [{ ...record.actions[0], deadline: "2027-01-08" }];
    writeFileSync(join(dir, "next-year.json"), JSON.stringify(record));
    const r = await ccr(["status", "next-year.json", "--today", "2026-12-28"], dir);
    expect(r.code).toBe(0);
    expect(r.err).toContain("2027年尚无国务院办公厅的节假日安排通知");
  });
});

describe("helpers", () => {
  it("takes today's date in Beijing time", () => {
    expect(chinaToday(new Date("2026-06-14T17:00:00Z"))).toBe("2026-06-15");
    expect(chinaToday(new Date("2026-06-14T15:59:00Z"))).toBe("2026-06-14");
  });
  it("counts CJK characters as two columns", () => {
    expect(displayWidth("李娜 ab")).toBe(7);
  });
});
