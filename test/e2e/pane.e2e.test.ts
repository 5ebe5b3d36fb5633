// The production pane in Debian's chromium: stand-alone and inside "Word" (the stub office.js over
// the in-memory fake Word, so the real adapter runs). Flows of issue 9, accessibility (axe) on every
// tab, keyboard operation, and screenshots of each tab at 320 px in light and dark theme
// (test-output/pane-*.png).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeWithTools } from "../support/tools";
import { openTab, paneSuite, TEST_OUTPUT, type PaneOptions } from "./production";
import { EXAMPLES_DIR } from "../support/records";

const OUT = TEST_OUTPUT;
/** Every tab of the pane, phase by phase, as the pane shows them (other features add tabs). */
async function allTabs(page: Page): Promise<string[]> {
  const phases = await page.locator("[data-phase]").evaluateAll((els) => els.map((e) => e.getAttribute("data-phase") ?? ""));
  const tabs: string[] = [];
  for (const phase of phases.length ? phases : [""]) {
    if (phase) await page.click(`[data-phase="${phase}"]`);
    tabs.push(...(await page.locator("[data-tab-button]").evaluateAll((els) => els.map((e) => e.getAttribute("data-tab-button") ?? ""))));
  }
  return tabs;
}

const at = (path: string) => `[data-path="${path}"]`;

async function fill(page: Page, path: string, value: string): Promise<void> {
  await page.fill(at(path), value);
}

async function errorCount(page: Page): Promise<number> {
  await openTab(page, "check");
  const text = (await page.textContent("[data-testid=check-summary]")) ?? "";
  return Number(/\d+/.exec(text)?.[0]);
}

/** The required fields of the record form, as a user fills them. */
async function fillRequired(page: Page): Promise<void> {
  await openTab(page, "record");
  await fill(page, "topic", "项目研发阶段延期协调会");
  await fill(page, "date", "2026年6月8日");
  await page.press(at("date"), "Tab");
  await fill(page, "start", "14:00");
  await fill(page, "end", "14:30");
  await fill(page, "place", "公司3号会议室");
  await fill(page, "lead.name", "张伟");
  await page.click('[data-add="participants"]');
  await fill(page, "participants[0].name", "李娜");
  await fill(page, "participants[0].dept", "生产部");
  await fill(page, "background", "因技术难点攻克延迟,研发阶段原定6月10日完成,现需调整计划");
  await page.click('[data-add="discussionPoints"]');
  await fill(page, "discussionPoints[0]", "延期具体时长");
  await page.click('[data-add="consensus"]');
  await fill(page, "consensus[0]", "研发阶段完成时间调整为6月24日");
}

const ACTIONS = [
  { task: "提交物料需求清单", owner: "李娜", deadline: "2026-06-12", deliverable: "输出书面物料需求清单,抄送技术部负责人" },
  { task: "更新研发计划", owner: "张伟", deadline: "6月15日前", deliverable: "输出调整后的研发计划表" },
  { task: "确认试产批次数量", owner: "王强", deadline: "2026年6月20日", deliverable: "书面确认试产数量并邮件发送双方负责人" },
];

/** Adds three action items with the keyboard shortcut and fills them. */
async function addThreeActions(page: Page): Promise<void> {
  await openTab(page, "record");
  for (const [i, a] of ACTIONS.entries()) {
    await page.focus(at("topic"));
    await page.keyboard.press("Alt+Shift+A");
    await page.waitForSelector(at(`actions[${i}].task`));
    // The new item's first field has the focus: type straight into it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-path"))).toBe(`actions[${i}].task`);
    await page.keyboard.type(a.task);
    await fill(page, `actions[${i}].owner`, a.owner);
    await fill(page, `actions[${i}].deadline`, a.deadline);
    await fill(page, `actions[${i}].deliverable`, a.deliverable);
  }
}

/** Clicks an export button and returns the downloaded file's path and name. */
async function download(page: Page, exportId: string, dir: string): Promise<{ path: string; name: string }> {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click(`[data-export="${exportId}"]`)]);
  const path = join(dir, dl.suggestedFilename());
  await dl.saveAs(path);
  return { path, name: dl.suggestedFilename() };
}

/** The text of a .docx as python-docx reads it (paragraphs and table cells). */
function docxText(path: string): string {
  return execFileSync(
    "/usr/bin/python3",
    [
      "-c",
      "import docx,sys\nd=docx.Document(sys.argv[1])\nprint('\\n'.join([p.text for p in d.paragraphs]+[c.text for t in d.tables for r in t.rows for c in r.cells]))",
      path,
    ],
    { encoding: "utf8" },
  );
}

describeWithTools(["chromium", "pythonDocx"], "the task pane in chromium (production build)", () => {
  const suite = paneSuite();

  const open = (options: PaneOptions) => suite.openAtRecord(options);

  it("stand-alone: new record → required fields → checks clear → three actions → exports → English → reload keeps everything", async () => {
    const opened = await open({ host: "standalone" });
    const { page, errors } = opened;
    expect(opened.startTab).toBe("prep");
    await expect.poll(() => page.textContent("[data-testid=host-badge]")).toContain("未连接 Word");

    // A fresh record has errors; a finding takes the user to its field.
    const before = await errorCount(page);
    expect(before).toBeGreaterThan(5);
    const first = page.locator("[data-finding]").first();
    const firstPath = await first.getAttribute("data-path");
    await first.click();
    await page.waitForSelector('main[data-tab="record"]');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-path"))).toBe(firstPath);

    await fillRequired(page);
    expect(await page.inputValue(at("date"))).toBe("2026-06-08");
    await addThreeActions(page);
    expect(await errorCount(page)).toBe(0);
    await page.click("[data-testid=confirm]");
    await page.waitForSelector("[data-testid=confirmed]");

    // Exports are downloads; the .docx files open with python-docx.
    await openTab(page, "export");
    const dir = mkdtempSync(join(tmpdir(), "ccr-e2e-"));
    const minutes = await download(page, "minutes", dir);
    expect(minutes.name).toMatch(/^项目研发阶段延期协调会-2026-06-08-会议纪要\.docx$/);
    const minutesText = docxText(minutes.path);
    expect(minutesText).toContain("项目研发阶段延期协调会");
    expect(minutesText).toContain("研发阶段完成时间调整为6月24日");
    const actions = await download(page, "actionsDocx", dir);
    const actionsText = docxText(actions.path);
    for (const a of ACTIONS) expect(actionsText).toContain(a.task);

    // English, then a reload keeps the language and the record.
    await page.click("[data-testid=lang-menu]");
    await page.click("[data-testid=lang-en]");
    await expect.poll(() => page.textContent('[data-tab-button="check"]')).toContain("Checks");
    await page.waitForTimeout(1200);
    await page.reload();
    await page.waitForSelector("[data-testid=record-form]");
    expect(await page.textContent('[data-tab-button="record"]')).toContain("Record");
    expect(await page.textContent("[data-testid=record-topic]")).toBe("项目研发阶段延期协调会");
    expect(await page.inputValue(at("actions[2].owner"))).toBe("王强");
    expect(await page.inputValue(at("consensus[0]"))).toBe("研发阶段完成时间调整为6月24日");
    expect(await errorCount(page)).toBe(0);
    await page.waitForSelector("[data-testid=confirmed]");
    expect(errors).toEqual([]);
  });

  it("stand-alone: several records, .json export and import, delete", async () => {
    const { page, errors } = await open({ host: "standalone" });
    await fill(page, "topic", "第一次周会");
    await page.click("[data-testid=records-menu]");
    const dir = mkdtempSync(join(tmpdir(), "ccr-e2e-"));
    const [dl] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=records-export]")]);
    const file = join(dir, dl.suggestedFilename());
    await dl.saveAs(file);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ schema: "ccr/1", topic: "第一次周会" });

    await page.click("[data-testid=records-menu]");
    await page.click("[data-testid=records-new]");
    await expect.poll(() => page.inputValue(at("topic"))).toBe("");
    await page.setInputFiles("[data-testid=records-file]", join(EXAMPLES_DIR, "supplier-delivery.json"));
    await expect.poll(() => page.textContent("[data-testid=record-topic]")).not.toBe("未命名记录");
    await page.click("[data-testid=records-menu]");
    await expect.poll(() => page.locator('[role="menuitemradio"]').count()).toBe(3);
    await page.keyboard.press("Escape");

    await page.click("[data-testid=records-menu]");
    await page.click("[data-testid=records-delete]");
    await page.click("[data-testid=confirm-yes]");
    await page.click("[data-testid=records-menu]");
    await expect.poll(() => page.locator('[role="menuitemradio"]').count()).toBe(2);
    await page.keyboard.press("Escape");
    expect(errors).toEqual([]);
  });

  it("in Word: insert the record table, edits reach the document, text typed in Word comes back, a finding selects its field", async () => {
    const { page, errors } = await open({ host: "word" });
    await expect.poll(() => page.textContent("[data-testid=host-badge]")).toContain("已连接 Word");
    await fill(page, "topic", "供应商交付协调会");
    await page.click("[data-testid=word-insert]");
    await page.waitForSelector("[data-testid=word-synced]");
    const tags: string[] = await page.evaluate(() => (window as unknown as { __fakeWord: { tags(): string[] } }).__fakeWord.tags());
    const id = tags.find((tag) => /^ccr:[^:]+$/.test(tag))?.slice("ccr:".length);
    expect(id).toBeTruthy();
    expect(tags).toContain(`ccr:${id}:topic`);
    // In Word the record lives in the document, not in the browser's storage.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("ccr.record")))).toEqual([]);
    const wordText = (tag?: string) =>
      page.evaluate((t) => (window as unknown as { __fakeWordText(tag?: string): string }).__fakeWordText(t), tag);
    expect(await wordText(`ccr:${id}:topic`)).toBe("供应商交付协调会");

    // An edit in the pane is written into its control.
    await fill(page, "place", "腾讯会议");
    await expect.poll(() => wordText(`ccr:${id}:place`), { timeout: 5000 }).toBe("腾讯会议");

    // An action item added in the pane, then its status changed in the 待办 tab: one writer, the pane's Word sync.
    await page.focus(at("topic"));
    await page.keyboard.press("Alt+Shift+A");
    await page.waitForSelector(at("actions[0].task"));
    await page.keyboard.type("提交物料需求清单");
    await expect.poll(() => wordText(`ccr:${id}:actions[0].task`), { timeout: 5000 }).toBe("提交物料需求清单");
    await openTab(page, "todo");
    await page.selectOption("[data-testid=todo-status]", "done");
    await expect.poll(() => wordText(`ccr:${id}:actions[0].status`), { timeout: 5000 }).toBe("已完成");
    await openTab(page, "record");

    // Typed in Word, read back when the pane gets the focus.
    await page.evaluate((tag) => (window as unknown as { __fakeWord: { type(tag: string, text: string): void } }).__fakeWord.type(tag, "二号会议室"), `ccr:${id}:place`);
    await page.click("[data-testid=word-refresh]");
    await expect.poll(() => page.inputValue(at("place"))).toBe("二号会议室");

    // A finding selects its control in the document.
    await openTab(page, "check");
    await page.click('[data-finding][data-path="background"]');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __fakeWord: { selectedControlId?: number } }).__fakeWord.selectedControlId))
      .toBeDefined();
    expect(errors).toEqual([]);
  });

  it("Ctrl+Z in a field undoes the typing, and the record follows (the store updates synchronously)", async () => {
    const { page, errors } = await open({ host: "standalone" });
    await openTab(page, "record");
    await page.click(at("topic"));
    await page.keyboard.type("项目周会");
    await expect.poll(() => page.textContent("[data-testid=record-topic]")).toBe("项目周会");
    await page.keyboard.press("Control+z");
    const undone = await page.inputValue(at("topic"));
    expect(undone).not.toBe("项目周会");
    expect("项目周会".startsWith(undone)).toBe(true);
    await expect.poll(() => page.textContent("[data-testid=record-topic]")).toBe(undone || "未命名记录");
    expect(errors).toEqual([]);
  });

  it("in a slow Word: stand-alone first, then Word once Office is ready, with what was typed kept and insertable", async () => {
    // Office reports ready after the pane's 5 s wait (host.ts ONREADY_TIMEOUT_MS).
    const { page, errors } = await open({ host: "word", query: "onReadyDelayMs=6500" });
    await expect.poll(() => page.textContent("[data-testid=host-badge]")).toContain("未连接 Word");
    await fill(page, "topic", "慢启动时输入的主题");
    await expect.poll(() => page.textContent("[data-testid=host-badge]"), { timeout: 15_000 }).toContain("已连接 Word");
    expect(await page.inputValue(at("topic"))).toBe("慢启动时输入的主题");
    await page.click("[data-testid=word-insert]");
    await page.waitForSelector("[data-testid=word-synced]");
    const tags: string[] = await page.evaluate(() => (window as unknown as { __fakeWord: { tags(): string[] } }).__fakeWord.tags());
    const id = tags.find((tag) => /^ccr:[^:]+$/.test(tag))?.slice("ccr:".length);
    expect(await page.evaluate((tag) => (window as unknown as { __fakeWordText(tag?: string): string }).__fakeWordText(tag), `ccr:${id}:topic`)).toBe(
      "慢启动时输入的主题",
    );
    expect(errors).toEqual([]);
  });

  it("has no serious or critical accessibility violation on any tab, light and dark, stand-alone and in Word", async () => {
    const report: string[] = [];
    for (const host of ["standalone", "word"] as const) {
      for (const colorScheme of ["light", "dark"] as const) {
        const { page } = await open({ host, colorScheme, query: colorScheme === "dark" ? "officeTheme=dark" : "" });
        if (host === "standalone") {
          await page.click('[data-add="actions"]');
        }
        for (const tab of await allTabs(page)) {
          await openTab(page, tab);
          const result = await new AxeBuilder({ page: page as never }).exclude("[data-tabster-dummy]").analyze();
          for (const v of result.violations) {
            if (v.impact === "serious" || v.impact === "critical") {
              report.push(`${host}/${colorScheme}/${tab}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
            }
          }
        }
      }
    }
    expect(report).toEqual([]);
  }, 400_000);

  it("is operable by keyboard: tabs, form, add-item shortcut, language menu", async () => {
    const { page } = await open({ host: "standalone" });
    // In the tab list, arrow keys and Enter switch tabs.
    const after = await page.locator("[data-tab-button]").evaluateAll((els) => els.map((e) => e.getAttribute("data-tab-button") ?? ""));
    await page.focus(`[data-tab-button="${after[0]}"]`);
    for (const next of after.slice(1, 3)) {
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await page.waitForSelector(`main[data-tab="${next}"]`);
    }

    // Every control of the record form is reachable with Tab, and each shows a focus indicator.
    await openTab(page, "record");
    await page.focus(at("topic"));
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const path = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest("[data-path]")?.getAttribute("data-path") ?? el?.getAttribute("data-add") ?? "";
      });
      if (path) seen.add(path);
      await page.keyboard.press("Tab");
    }
    for (const path of ["topic", "goalType", "date", "start", "end", "place", "kind", "lead.name", "participants", "background"]) {
      expect([...seen], path).toContain(path);
    }
    // Visible focus: Fluent's input underline grows to full width on the focused field only.
    const underline = (path: string) =>
      page.evaluate((p) => getComputedStyle(document.querySelector(`[data-path="${p}"]`)!.closest(".fui-Input")!, "::after").transform, path);
    await page.focus(at("place"));
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await expect.poll(() => underline("place")).toBe("matrix(1, 0, 0, 1, 0, 0)");
    expect(await underline("topic")).not.toBe("matrix(1, 0, 0, 1, 0, 0)");

    await page.keyboard.press("Alt+Shift+A");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-path"))).toBe("actions[0].task");

    await page.focus("[data-testid=lang-menu]");
    await page.keyboard.press("Enter");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent('[data-tab-button="record"]')).toContain("Record");
  });

  it("fits 320 px without horizontal scrolling and saves a screenshot of each tab, light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      for (const host of ["standalone", "word"] as const) {
        const { page } = await open({ host, colorScheme, query: colorScheme === "dark" ? "officeTheme=dark" : "" });
        if (host === "standalone") {
          // The guide's example with two typical problems, so that 检查 has something to show.
          const example = JSON.parse(readFileSync(join(EXAMPLES_DIR, "project-delay.json"), "utf8"));
          example.actions[0].deadline = "尽快";
          example.actions[0].owner = "相关部门";
          await page.setInputFiles("[data-testid=records-file]", { name: "example.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(example)) });
          await expect.poll(() => page.textContent("[data-testid=record-topic]")).toBe("项目研发阶段延期协调会");
          await page.click('[aria-label="关闭"]');
        }
        for (const tab of await allTabs(page)) {
          await openTab(page, tab);
          await page.waitForTimeout(300);
          const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
          expect(scroll, `${host} ${colorScheme} ${tab}`).toBeLessThanOrEqual(client);
          await page.screenshot({ path: join(OUT, `pane-${host}-${tab}-${colorScheme}.png`) });
        }
      }
    }
  }, 300_000);
});
