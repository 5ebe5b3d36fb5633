// The stand-alone pane with the files WPS users have (issue 20.1) and the tracker workbook (issue 22),
// in Debian's chromium on the production build: a .docx record form opened, edited, saved and opened
// again equal; a file of several records; a hand-filled form; a file that is no record; drag and drop;
// clearing the browser's data; an offline reload through the service worker; the tracker downloaded,
// edited (exceljs, as a spreadsheet program saves it) and imported back. Screenshots at 320 px in zh
// and en go to test-output/standalone-*.png.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { serialiseRecord, type CcrRecord } from "../../src/domain/record/record";
import { TRACKER_COLUMN_LABELS } from "../../src/domain/tracking/tracker";
import { readDocxRecords } from "../../src/export/extract";
import { exportRecordDocx } from "../../src/export/record-docx";
import { readTrackerXlsx } from "../../src/export/tracker/read-tracker-xlsx";
import { renderForm } from "../fixtures/forms";
import { recordWithActions } from "../support/export-records";
import { formDocx } from "../support/forms-docx";
import { twoRecordDocx } from "../support/record-files";
import { describeWithTools } from "../support/tools";
import { openTab, paneSuite, TEST_OUTPUT, type PaneOptions } from "./production";

const OUT = TEST_OUTPUT;
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const at = (path: string) => `[data-path="${path}"]`;

/** Every record kept in the page's storage, in the index's order (latest saved first). */
async function storedRecords(page: Page): Promise<CcrRecord[]> {
  return page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem("ccr.records.v1") ?? "[]") as { id: string }[];
    return index.map((s) => ({ ...JSON.parse(localStorage.getItem(`ccr.record.${s.id}`) ?? "null"), id: s.id }));
  });
}

async function currentRecord(page: Page): Promise<CcrRecord> {
  await page.waitForTimeout(700); // the autosave delay
  return page.evaluate(() => {
    const id = localStorage.getItem("ccr.current") ?? "";
    return { ...JSON.parse(localStorage.getItem(`ccr.record.${id}`) ?? "null"), id };
  });
}

async function openFile(page: Page, name: string, bytes: Uint8Array, mimeType = DOCX): Promise<void> {
  await page.setInputFiles("[data-testid=records-file]", { name, mimeType, buffer: Buffer.from(bytes) });
}

async function menuDownload(page: Page, testId: string, dir: string): Promise<{ path: string; name: string }> {
  await page.click("[data-testid=records-menu]");
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid=${testId}]`)]);
  const path = join(dir, dl.suggestedFilename());
  await dl.saveAs(path);
  return { path, name: dl.suggestedFilename() };
}

const noticeText = (page: Page) => page.locator(".fui-MessageBar").first().textContent();

describeWithTools(["chromium"], "the stand-alone pane with .docx files, offline and the tracker (production build)", () => {
  const suite = paneSuite(600_000);
  const dir = mkdtempSync(join(tmpdir(), "ccr-standalone-"));

  const open = (options: Partial<PaneOptions> = {}) => suite.openAtRecord({ host: "standalone", ...options });

  it("opens ccr's record form (.docx), edits it, saves it as .docx and opens that again equal", async () => {
    const { page, errors } = await open();
    const record = recordWithActions(3);
    const before = (await storedRecords(page)).length;
    await openFile(page, "记录表.docx", exportRecordDocx(record));
    await expect.poll(() => page.textContent("[data-testid=record-topic]")).toBe(record.topic);
    expect(await noticeText(page)).toContain(`已打开“${record.topic}”`);
    const opened = await currentRecord(page);
    expect(serialiseRecord({ ...opened, id: record.id })).toBe(serialiseRecord(record));

    await openTab(page, "record");
    await page.fill(at("topic"), "项目研发阶段延期协调会(第二次)");
    await page.fill(at("actions[1].owner"), "赵敏");
    const edited = await currentRecord(page);
    expect(edited.actions[1].owner).toBe("赵敏");

    const saved = await menuDownload(page, "records-save-docx", dir);
    expect(saved.name).toMatch(/^项目研发阶段延期协调会\(第二次\)-.*\.docx$/);
    const read = readDocxRecords(new Uint8Array(readFileSync(saved.path)), saved.name);
    if (!read.ok) throw new Error(read.error.en);
    expect(read.records).toHaveLength(1);
    expect(serialiseRecord(read.records[0].record)).toBe(serialiseRecord(edited));

    // Opened again after more edits here: replacing brings the file's content back into the same record …
    await page.fill(at("actions[1].owner"), "钱七");
    await currentRecord(page);
    await openFile(page, saved.name, readFileSync(saved.path));
    await page.waitForSelector("text=本浏览器中已有这份记录");
    await page.click("[data-testid=confirm-yes]");
    await expect.poll(() => page.inputValue(at("actions[1].owner"))).toBe("赵敏");
    const replaced = await currentRecord(page);
    expect(serialiseRecord(replaced)).toBe(serialiseRecord(edited));
    expect((await storedRecords(page)).length).toBe(before + 1);

    // … keeping both makes a record of its own, equal in everything but its id.
    await openFile(page, saved.name, readFileSync(saved.path));
    await page.click("text=另存为新记录");
    await expect.poll(async () => (await storedRecords(page)).length).toBe(before + 2);
    const again = await currentRecord(page);
    expect(again.id).not.toBe(edited.id);
    expect(serialiseRecord({ ...again, id: edited.id })).toBe(serialiseRecord(edited));
    expect(errors).toEqual([]);
  });

  it("asks which records of a file of several to import, reads hand-filled forms and refuses files that are no record", async () => {
    const { page, errors } = await open();
    const record = recordWithActions(2);
    await openFile(page, "两份记录.docx", twoRecordDocx(record, "第二次协调会"));
    await page.waitForSelector("[data-testid=import-choices]");
    expect(await page.locator("[data-testid=import-choices] input[type=checkbox]").count()).toBe(2);
    await page.waitForTimeout(400); // the menu's and dialog's opening animation
    await page.screenshot({ path: join(OUT, "standalone-choose-zh.png") });
    await page.click("[data-testid=import-yes]");
    await expect.poll(() => noticeText(page)).toContain("已从 两份记录.docx 导入 2 份记录");
    expect(await page.textContent("[data-testid=record-topic]")).toBe(record.topic);
    const topics = (await storedRecords(page)).map((r) => r.topic);
    expect(topics).toEqual(expect.arrayContaining([record.topic, "第二次协调会"]));

    await openFile(page, "手填.docx", await formDocx(renderForm({ ...record, topic: "手填的协调会" }, "guide")));
    await expect.poll(() => page.textContent("[data-testid=record-topic]")).toBe("手填的协调会");
    expect(await noticeText(page)).toMatch(/手填\.docx 没有 ccr 内容控件，已按“沟通协调记录表”的标签识别（\d+ 个字段有内容）/);

    await openFile(page, "会议通知.docx", await formDocx([{ kind: "paragraph", text: "会议通知" }]));
    await expect.poll(() => noticeText(page)).toContain("无法打开 会议通知.docx：会议通知.docx:文档中没有 ccr 记录表");
    await openFile(page, "旧文件.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), "application/msword");
    await expect.poll(() => noticeText(page)).toContain("另存为");
    expect(await page.textContent("[data-testid=record-topic]")).toBe("手填的协调会");
    expect(errors).toEqual([]);
  });

  it("opens a record file dropped on the pane", async () => {
    const { page, errors } = await open();
    const record = { ...recordWithActions(1), topic: "拖放的协调会" };
    const bytes = Buffer.from(exportRecordDocx(record)).toString("base64");
    const transfer = await page.evaluateHandle((b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], "拖放.docx", { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
      return dt;
    }, bytes);
    await page.dispatchEvent("main", "dragenter", { dataTransfer: transfer });
    await page.dispatchEvent("main", "dragover", { dataTransfer: transfer });
    await page.waitForSelector("[data-testid=records-drop]");
    await page.waitForTimeout(400); // the menu's and dialog's opening animation
    await page.screenshot({ path: join(OUT, "standalone-drop-zh.png") });
    await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
    await expect.poll(() => page.textContent("[data-testid=record-topic]")).toBe("拖放的协调会");
    expect(await page.locator("[data-testid=records-drop]").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("says where the records are kept and clears them after asking", async () => {
    const { page, errors } = await open();
    const before = (await storedRecords(page)).length;
    await openFile(page, "r.docx", exportRecordDocx(recordWithActions(1)));
    await expect.poll(async () => (await storedRecords(page)).length).toBe(before + 1);
    await page.click("[data-testid=records-menu]");
    expect(await page.textContent("[data-testid=records-storage]")).toContain("记录只保存在此浏览器中");
    await page.waitForTimeout(400); // the menu's and dialog's opening animation
    await page.screenshot({ path: join(OUT, "standalone-menu-zh.png") });
    await page.click("[data-testid=records-clear]");
    expect(await page.textContent(".fui-DialogContent")).toContain(`全部 ${before + 1} 份记录`);
    await Promise.all([page.waitForEvent("load"), page.click("[data-testid=confirm-yes]")]);
    await page.waitForSelector("main[data-tab]");
    const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("ccr.record.")));
    expect(left.length).toBeLessThanOrEqual(1); // at most the fresh, empty record of the new start
    expect(await page.textContent("[data-testid=record-topic]")).toBe("未命名记录");
    expect(errors).toEqual([]);
  });

  it("opens again without network once loaded (service worker), tabs loaded later included", async () => {
    const { page, context, errors } = await open();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.fill(at("topic"), "离线的协调会");
    await page.waitForTimeout(700);
    await context.setOffline(true);
    try {
      await page.reload();
      await page.waitForSelector("main[data-tab]");
      expect(await page.textContent("[data-testid=record-topic]")).toBe("离线的协调会");
      expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      const shows: Record<string, string> = { todo: "[data-testid=todo-tracker-download]", export: "[data-export]", check: "[data-testid=check-summary]" };
      for (const [tab, selector] of Object.entries(shows)) {
        await openTab(page, tab);
        await page.waitForSelector(selector);
      }
    } finally {
      await context.setOffline(false);
    }
    expect(errors.filter((e) => !/appsforoffice|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  });

  it("downloads the tracker of the records in the browser and imports the edited workbook back", async () => {
    const { page, errors } = await open({ width: 320 });
    const first = { ...recordWithActions(2), id: "rec-first", topic: "第一次协调会" };
    const second = { ...recordWithActions(3), id: "rec-second", topic: "第二次协调会" };
    await page.setInputFiles("[data-testid=records-file]", [
      { name: "1.json", mimeType: "application/json", buffer: Buffer.from(serialiseRecord(first)) },
      { name: "2.json", mimeType: "application/json", buffer: Buffer.from(serialiseRecord(second)) },
    ]);
    await expect.poll(() => page.textContent("[data-testid=record-topic]")).toBe("第二次协调会");
    await openTab(page, "todo");
    const [dl] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=todo-tracker-download]")]);
    expect(dl.suggestedFilename()).toMatch(/^待办事项跟踪表-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const path = join(dir, dl.suggestedFilename());
    await dl.saveAs(path);
    const read = await readTrackerXlsx(new Uint8Array(readFileSync(path)));
    if (!read.ok) throw new Error(read.error.en);
    // The open items: two of the first record, two of the second (its third is done).
    expect(read.sheet.rows).toHaveLength(4);

    // Edited as a spreadsheet program would: the status of the first record's second item set to 已完成.
    const workbook = new ExcelJS.Workbook();
    const original = readFileSync(path);
    await workbook.xlsx.load(original.buffer.slice(original.byteOffset, original.byteOffset + original.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const column = (label: string) => header.indexOf(label);
    const row = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(column(TRACKER_COLUMN_LABELS.topic.zh)).text === "第一次协调会" && r.getCell(column(TRACKER_COLUMN_LABELS.no.zh)).text === "2")!;
    row.getCell(column(TRACKER_COLUMN_LABELS.status.zh)).value = "已完成";
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());

    await page.setInputFiles("[data-testid=todo-tracker-file]", { name: "跟踪表.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(edited) });
    await expect.poll(() => page.textContent("[data-testid=todo-tracker-outcome]")).toContain("已更新 1 份记录，共 1 处修改");
    await page.screenshot({ path: join(OUT, "standalone-tracker-zh.png"), fullPage: true });
    const stored = await storedRecords(page);
    expect(stored.find((r) => r.id === "rec-first")?.actions[1].status).toBe("done");
    expect(stored.find((r) => r.id === "rec-second")?.actions.map((a) => a.status)).toEqual(second.actions.map((a) => a.status));
    expect(await page.textContent("[data-testid=record-topic]")).toBe("第二次协调会");

    // A workbook that is not ccr's tracker changes nothing and says so.
    await page.setInputFiles("[data-testid=todo-tracker-file]", { name: "别的.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a workbook") });
    await expect.poll(() => page.textContent("[data-testid=todo-tracker-outcome]")).toContain("别的.xlsx：不是 .xlsx 工作簿");
    expect(errors).toEqual([]);
  });

  it("fits 320 px in English too (records menu, tracker)", async () => {
    const { page, errors } = await open({ width: 320 });
    await page.click("[data-testid=lang-menu]");
    await page.click("[data-testid=lang-en]");
    await expect.poll(() => page.textContent('[data-tab-button="check"]')).toContain("Checks");
    await openFile(page, "note.docx", await formDocx([{ kind: "paragraph", text: "meeting notice" }]));
    await expect.poll(() => noticeText(page)).toContain("Could not open note.docx: note.docx: the document holds no ccr record");
    await page.click("[data-testid=records-menu]");
    expect(await page.textContent("[data-testid=records-storage]")).toContain("Records are kept only in this browser");
    // The note wraps inside its own box (a menu group header is one line high unless told otherwise).
    expect(await page.$eval("[data-testid=records-storage]", (el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
    await page.waitForTimeout(400); // the menu's and dialog's opening animation
    await page.screenshot({ path: join(OUT, "standalone-menu-en.png") });
    await page.keyboard.press("Escape");
    await openTab(page, "todo");
    await page.locator("[data-testid=todo-tracker]").scrollIntoViewIfNeeded();
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
    await page.screenshot({ path: join(OUT, "standalone-tracker-en.png") });
    expect(errors).toEqual([]);
  });
});
