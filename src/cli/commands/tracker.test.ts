import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyAction, emptyRecord, parseRecord, serialiseRecord, type ActionItem, type CcrRecord } from "../../domain/record/record";
import { TRACKER_COLUMN_IDS } from "../../domain/tracking/tracker";
import { extractRecords } from "../../export/extract";
import { exportRecordDocx } from "../../export/record-docx";
import { renderForm } from "../../../test/fixtures/forms";
import { formDocx } from "../../../test/support/forms-docx";
import { ccr } from "../../../test/support/cli";

const TODAY = "2026-06-15";
const col = (id: (typeof TRACKER_COLUMN_IDS)[number]) => TRACKER_COLUMN_IDS.indexOf(id) + 1;

function action(task: string, extra: Partial<ActionItem> = {}): ActionItem {
  return { ...emptyAction(), task, owner: "李娜", ownerDept: "生产部", deadline: "2026-06-20", deliverable: "输出清单", ...extra };
}

function rec(id: string | undefined, topic: string, actions: ActionItem[]): CcrRecord {
  return { ...emptyRecord(), ...(id ? { id } : {}), topic, date: "2026-06-08", actions };
}

/** A folder with a record .json, a ccr form .docx and a record without an id. */
function folder(): { dir: string; records: string } {
  const dir = mkdtempSync(join(tmpdir(), "ccr-tracker-"));
  const records = join(dir, "records");
  mkdirSync(records);
  writeFileSync(join(records, "a.json"), serialiseRecord(rec("r-a", "物料协调会", [action("提交物料需求清单"), action("确认到货安排")])));
  writeFileSync(join(records, "b.docx"), exportRecordDocx(rec("r-b", "研发延期协调会", [action("提交研发计划", { progress: [{ date: "2026-06-10", note: "已起草" }] })])));
  writeFileSync(join(records, "c.json"), serialiseRecord(rec(undefined, "没有标识的记录", [action("整理会议纪要")])));
  return { dir, records };
}

async function exportTracker(dir: string, records: string): Promise<string> {
  const out = join(dir, "跟踪表.xlsx");
  const run = await ccr(["tracker", "export", records, "-o", out, "--today", TODAY]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain("4 个事项，来自 3 份记录");
  return out;
}

/** Edits the workbook as a person would (cells by the task of their row) and saves it. */
async function edit(path: string, edits: Record<string, Partial<Record<"status" | "note" | "noteDate" | "owner" | "key", ExcelJS.CellValue>>>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  sheet.eachRow((row) => {
    const task = row.getCell(col("task")).value;
    const change = typeof task === "string" ? edits[task] : undefined;
    if (change) for (const [id, value] of Object.entries(change)) row.getCell(col(id as keyof typeof change)).value = value;
  });
  await workbook.xlsx.writeFile(path);
}

function readJson(path: string): CcrRecord {
  const parsed = parseRecord(readFileSync(path, "utf8"));
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return parsed.record;
}

function readDocxRecord(path: string): CcrRecord {
  const result = extractRecords(new Uint8Array(readFileSync(path)));
  if (!result.ok) throw new Error(result.error.en);
  return result.records[0].record;
}

function snapshot(records: string): Record<string, string> {
  return Object.fromEntries(readdirSync(records).map((name) => [name, readFileSync(join(records, name)).toString("base64")]));
}

describe("ccr tracker", () => {
  it("exports the open items and imports status and progress into .json and ccr .docx files", async () => {
    const { dir, records } = folder();
    const tracker = await exportTracker(dir, records);
    await edit(tracker, {
      提交物料需求清单: { status: "进行中", note: "已收集80%" },
      提交研发计划: { status: "已完成", note: "已交付技术部", noteDate: new Date(Date.UTC(2026, 5, 12)) },
      整理会议纪要: { status: "已完成" },
    });
    const run = await ccr(["tracker", "import", tracker, records, "--today", "2026-06-16"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("已更新 3 个文件，共 5 处修改：");
    expect(run.stdout).toContain("records/a.json 《物料协调会》第 1 项“提交物料需求清单”：状态 未开始 → 进行中");

    const a = readJson(join(records, "a.json"));
    expect(a.actions[0]).toMatchObject({ status: "doing", progress: [{ date: "2026-06-16", note: "已收集80%" }] });
    expect(a.actions[1].status).toBe("todo");
    const b = readDocxRecord(join(records, "b.docx"));
    expect(b.actions[0]).toMatchObject({
      status: "done",
      progress: [
        { date: "2026-06-10", note: "已起草" },
        { date: "2026-06-12", note: "已交付技术部" },
      ],
    });
    expect(readJson(join(records, "c.json")).actions[0].status).toBe("done");
    // No temporary files are left.
    expect(readdirSync(records).sort()).toEqual(["a.json", "b.docx", "c.json"]);

    // The same workbook again: the records now hold what it says.
    const again = await ccr(["tracker", "import", tracker, records, "--today", "2026-06-16"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("没有需要导入的修改。");
  });

  it("writes nothing with --dry-run", async () => {
    const { dir, records } = folder();
    const tracker = await exportTracker(dir, records);
    await edit(tracker, { 提交物料需求清单: { status: "已完成" } });
    const before = snapshot(records);
    const run = await ccr(["tracker", "import", tracker, records, "--dry-run"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("状态 未开始 → 已完成");
    expect(run.stdout).toContain("（试运行：未修改任何文件。）");
    expect(snapshot(records)).toEqual(before);
  });

  it("changes no file when any value cannot be read, and says which cells", async () => {
    const { dir, records } = folder();
    const tracker = await exportTracker(dir, records);
    await edit(tracker, { 提交物料需求清单: { status: "已完成" }, 确认到货安排: { status: "差不多了" }, 提交研发计划: { note: { formula: '"已"&"交付"', result: "已交付" } as ExcelJS.CellFormulaValue } });
    const before = snapshot(records);
    const run = await ccr(["tracker", "import", tracker, records]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("状态“差不多了”无法识别");
    expect(run.stderr).toContain("第 5 行：单元格 K5（进展）是公式");
    expect(run.stderr).toContain("有 2 处问题（见上），未修改任何文件");
    expect(snapshot(records)).toEqual(before);
  });

  it("keeps a newer edit in a record, reports the conflict and an unmatched row, and exits 1", async () => {
    const { dir, records } = folder();
    const tracker = await exportTracker(dir, records);
    await edit(tracker, { 提交物料需求清单: { status: "已完成" }, 确认到货安排: { status: "进行中" }, 整理会议纪要: { key: "" } });
    const a = readJson(join(records, "a.json"));
    a.actions[0].status = "doing";
    writeFileSync(join(records, "a.json"), serialiseRecord(a));
    const run = await ccr(["tracker", "import", tracker, records]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("冲突 1 处");
    expect(run.stdout).toContain("状态在导出后已在记录中改为 进行中（导出时为 未开始），跟踪表中为 已完成");
    expect(run.stdout).toContain("无法对应到事项的行 1 行：");
    const after = readJson(join(records, "a.json"));
    expect(after.actions.map((x) => x.status)).toEqual(["doing", "doing"]);
  });

  it("refuses to write a hand-filled form, changing nothing", async () => {
    const { dir, records } = folder();
    const handFilled = rec(undefined, "手工填写的协调会", [action("手工表中的事项")]);
    writeFileSync(join(records, "d.docx"), await formDocx(renderForm({ ...handFilled, lead: { ...handFilled.lead, name: "张伟" }, place: "3号会议室", start: "14:00", end: "15:00" }, "guide")));
    const out = join(dir, "t.xlsx");
    expect((await ccr(["tracker", "export", records, "-o", out, "--today", TODAY])).code).toBe(0);
    await edit(out, { 手工表中的事项: { status: "已完成" }, 提交物料需求清单: { status: "已完成" } });
    const before = snapshot(records);
    const run = await ccr(["tracker", "import", out, records]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("records/d.docx 是手工填写的记录表");
    expect(snapshot(records)).toEqual(before);
  });

  it("says what is wrong with its arguments and what is not a tracker", async () => {
    const { dir, records } = folder();
    expect((await ccr(["tracker"])).code).toBe(2);
    const noRecords = await ccr(["tracker", "import", join(dir, "x.xlsx")]);
    expect(noRecords.stderr).toContain("请在跟踪表之后给出要更新的记录文件或文件夹");
    const missing = await ccr(["tracker", "import", join(dir, "x.xlsx"), records]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("找不到");
    const notXlsx = await ccr(["tracker", "import", join(records, "a.json"), records], { lang: "en" });
    expect(notXlsx.stderr).toContain("Not an .xlsx workbook");
    const help = await ccr(["tracker", "--help"]);
    expect(help.stdout).toContain("ccr tracker import 跟踪表.xlsx 路径...");
  });
});
