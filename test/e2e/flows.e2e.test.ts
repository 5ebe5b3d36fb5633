// Issue 20.2–20.10 in chromium at 320 px (production build): a new record from 会前 to export —
// topic, date and time typed as people write them, the scenario carried over, the opening, the
// sticky header, one row of sub-tabs in zh and en, distinct download names — with screenshots in
// test-output/flows-*.png (zh and en, light and dark) to look at.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeWithTools } from "../support/tools";
import { paneSuite, TEST_OUTPUT } from "./production";

const OUT = TEST_OUTPUT;
const at = (path: string) => `[data-path="${path}"]`;

async function openTab(page: Page, phase: string, id: string): Promise<void> {
  await page.click(`[data-phase="${phase}"]`);
  await page.click(`[data-tab-button="${id}"]`);
  await page.waitForSelector(`main[data-tab="${id}"]`);
}

/** Each visible sub-tab's top edge: one value when they fit one row. */
async function tabRows(page: Page): Promise<number> {
  const tops = await page.locator("[data-tab-button]").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  return new Set(tops).size;
}

/** Whether every sub-tab is inside the pane's width (none scrolled out of view). */
async function tabsInside(page: Page): Promise<string> {
  return page
    .locator("[data-tab-button]")
    .evaluateAll((els) =>
      els.every((e) => e.getBoundingClientRect().right <= document.documentElement.clientWidth)
        ? "inside"
        : els.map((e) => `${e.textContent}:${Math.round(e.getBoundingClientRect().left)}-${Math.round(e.getBoundingClientRect().right)}`).join(" "),
    );
}

describeWithTools(["chromium"], "pane flows at 320 px (production build)", () => {
  const suite = paneSuite();

  it("a new record: 会前 with topic/date/time, typed forms converted, scenario carried over, sticky header, names of the downloads", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const p = await suite.open({ host: "standalone", colorScheme });
      const { page, errors } = p;
      await page.waitForSelector('main[data-tab="prep"]');

      await page.fill(at("topic"), "供应商交付周期确认会");
      await page.fill(at("date"), "2026年12月8日");
      await page.press(at("date"), "Tab");
      await expect.poll(() => page.inputValue(at("date"))).toBe("2026-12-08");
      await page.fill(at("start"), "下午2点");
      await page.press(at("start"), "Tab");
      await expect.poll(() => page.inputValue(at("start"))).toBe("14:00");
      await page.fill(at("end"), "15:00");
      await page.selectOption("[data-testid=prep-scenario]", "external");
      await expect.poll(() => page.inputValue("[data-testid=prep-kind]")).toBe("external");
      await page.screenshot({ path: join(OUT, `flows-prep-zh-${colorScheme}.png`), fullPage: false });

      // 议程 takes the same forms; the opening names the meeting.
      await openTab(page, "before", "agenda");
      await page.fill(at("date"), "2026年12月9日");
      await page.press(at("date"), "Tab");
      await expect.poll(() => page.inputValue(at("date"))).toBe("2026-12-09");
      expect(await page.inputValue("[data-testid=agenda-opening]")).toMatch(/^各位好，今天召开供应商交付周期确认会，预计60分钟/);
      await page.screenshot({ path: join(OUT, `flows-agenda-zh-${colorScheme}.png`) });

      // 会中 of a supplier meeting: no 冲突比较.
      await openTab(page, "during", "meeting");
      expect(await page.locator("[data-testid=meeting-conflict]").count()).toBe(0);

      // The long 记录 form: header and phase switcher stay in view at the bottom.
      await openTab(page, "after", "record");
      expect(await tabRows(page)).toBe(1);
      expect(await tabsInside(page)).toBe("inside");
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(200);
      const top = await page.locator("[data-testid=pane-top]").evaluate((e) => e.getBoundingClientRect().top);
      expect(top).toBe(0);
      expect(await page.isVisible('[data-phase="before"]')).toBe(true);
      await page.screenshot({ path: join(OUT, `flows-record-bottom-zh-${colorScheme}.png`) });

      // Both 纪要 layouts download under their own names, marked as drafts (the record has errors).
      await openTab(page, "after", "export");
      const dir = mkdtempSync(join(tmpdir(), "ccr-flows-"));
      const names: string[] = [];
      for (const id of ["minutes", "minutesGongwen"]) {
        const [dl] = await Promise.all([page.waitForEvent("download"), page.click(`[data-export="${id}"]`)]);
        await dl.saveAs(join(dir, dl.suggestedFilename()));
        names.push(dl.suggestedFilename());
      }
      expect(names).toEqual([
        "供应商交付周期确认会-2026-12-09-会议纪要（征求意见稿）.docx",
        "供应商交付周期确认会-2026-12-09-会议纪要（公文格式）（征求意见稿）.docx",
      ]);

      // English: the sub-tabs still fit one row at 320 px.
      await page.click("[data-testid=lang-menu]");
      await page.click("[data-testid=lang-en]");
      await expect.poll(() => page.textContent('[data-tab-button="check"]')).toContain("Checks");
      for (const [phase, tab] of [["before", "prep"], ["after", "record"]] as const) {
        await openTab(page, phase, tab);
        expect(await tabRows(page), `${phase} en`).toBe(1);
        expect(await tabsInside(page), `${phase} en`).toBe("inside");
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: join(OUT, `flows-${tab}-en-${colorScheme}.png`) });
      }
      expect(errors).toEqual([]);
    }
  }, 300_000);
});
