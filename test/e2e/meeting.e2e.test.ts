// A short meeting run with the keyboard only in the real pane (chromium): open 会中, start, capture
// a demand, a 待办 with its owner/deadline/deliverable and read-back, move to the next agenda item,
// capture an agreed point and a commitment, end the meeting and land on 检查.
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeWithTools } from "../support/tools";
import { EXAMPLES_DIR, readRecord } from "../support/records";
import { buildPane, openPane, servePane, type OpenPane, type PaneServer } from "./pane-harness";

/** Presses Tab until the focused element matches `selector` (at most `max` presses). */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function focused(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);
}

describeWithTools(["chromium"], "会中 in the browser, keyboard only", () => {
  let server: PaneServer;
  let pane: OpenPane;

  beforeAll(async () => {
    server = await servePane(await buildPane());
    const record = { ...readRecord(join(EXAMPLES_DIR, "project-delay.json")), id: "re2emeeting" };
    pane = await openPane(server.url, record);
  });

  afterAll(async () => {
    await pane?.close();
    await server?.close();
  });

  it("runs a short meeting from 开始会议 to 结束会议", async () => {
    const { page } = pane;
    const before = (await pane.storedRecord()).actions.length;

    // 会中 phase, then 开始会议.
    await page.waitForSelector('[data-phase="during"]');
    await tabTo(page, "[data-phase]");
    for (let i = 0; i < 3 && (await page.evaluate(() => document.activeElement?.getAttribute("data-phase"))) !== "during"; i++) {
      await page.keyboard.press("ArrowLeft");
    }
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="meeting-start"]');
    await tabTo(page, '[data-testid="meeting-start"]');
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="meeting-end"]');
    expect(await focused(page)).toBe("capture-input");
    await expect.poll(() => page.textContent('[data-testid="meeting-timer"]')).toContain("议程 1/");

    // Alt+1: a demand.
    await page.keyboard.press("Alt+1");
    await page.keyboard.type("市场部希望保持原上市时间");
    await page.keyboard.press("Enter");

    // Alt+6: a 待办; its owner field takes the focus, the item is marked until all three are there.
    await page.keyboard.press("Alt+6");
    await page.keyboard.type("提交物料需求清单");
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toBe("action-owner");
    // Findings follow the keystroke in a deferred render.
    await expect.poll(() => page.isVisible('[data-testid="action-incomplete"]')).toBe(true);
    await page.keyboard.type("李娜");
    await page.keyboard.press("Tab");
    await page.keyboard.type("本周五");
    await page.keyboard.press("Tab");
    await page.keyboard.type("输出书面物料需求清单,抄送技术部负责人");
    await expect.poll(() => page.textContent('[data-testid="read-back"]')).toBe("您的意思是，需要李娜在本周五（6月12日）前提交物料需求清单，交付标准：输出书面物料需求清单,抄送技术部负责人，对吗？");

    // 已复述确认 is the next stop; it sends the focus back to the capture line.
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("read-back-confirm");
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toBe("capture-input");
    expect(await page.isVisible('[data-testid="read-back-done"]')).toBe(true);

    // Alt+↓: next agenda item; an agreed point and a commitment there.
    await page.keyboard.press("Alt+ArrowDown");
    await expect.poll(() => page.textContent('[data-testid="meeting-timer"]')).toContain("议程 2/");
    await page.keyboard.press("Alt+4");
    await page.keyboard.type("研发阶段完成时间调整为6月24日");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Alt+3");
    await page.keyboard.type("我方承诺3个工作日内提供评估报告");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent('[data-testid="read-back"]')).toContain("也就是6月11日（周四）");

    // 结束会议 opens 检查.
    await tabTo(page, '[data-testid="meeting-end"]');
    await page.keyboard.press("Enter");
    await page.waitForSelector('main[data-tab="check"]');

    const r = await pane.storedRecord();
    expect(r.demands).toContain("市场部希望保持原上市时间");
    expect(r.consensus).toContain("研发阶段完成时间调整为6月24日");
    expect(r.responses).toContain("我方承诺3个工作日内提供评估报告");
    expect(r.actions).toHaveLength(before + 1);
    expect(r.actions[before]).toMatchObject({ task: "提交物料需求清单", owner: "李娜", deadline: "本周五", readBackOn: "2026-06-08" });
    const meeting = r.meeting as { captures: { type: string; item: number }[]; endedAt: string; actual: { start: string; end: string } };
    expect(meeting.captures.map((c) => [c.type, c.item])).toEqual([
      ["demand", 0],
      ["action", 0],
      ["consensus", 1],
      ["response", 1],
    ]);
    expect(meeting.endedAt).not.toBe("");
    // The planned 沟通时间 stays; the actual times are kept beside it.
    expect([r.start, r.end]).toEqual(["14:00", "14:30"]);
    expect(meeting.actual.end).toMatch(/^\d{2}:\d{2}$/);
    expect(pane.errors).toEqual([]);
  });
});
