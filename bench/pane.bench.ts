// First render of the production pane in Debian's chromium (stand-alone mode, a new browser context
// per load, so nothing is cached): milliseconds from navigation start until the record form is on
// screen, median of several loads; the second figure with 4× CPU throttling (Chrome DevTools
// Protocol, Emulation.setCPUThrottlingRate). Goal (issue 9): under 1 s unthrottled. Reported as missing
// where no Chromium is installed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM, launchChromium, productionPane, type ProductionPane } from "../test/e2e/production";
import { parseRecord, type CcrRecord } from "../src/domain/record/record";
import { figure, missing } from "./framework";

const LOADS = 7;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

let served: Promise<ProductionPane> | undefined;

async function firstRenderMs(throttle: number): Promise<number> {
  if (!CHROMIUM || !existsSync(CHROMIUM)) missing("Chromium is not installed (apt-get install chromium)");
  served ??= productionPane();
  const pane = await served;
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
      const page = await context.newPage();
      if (throttle > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
      }
      await page.route(/^https:\/\/appsforoffice\.microsoft\.com\//, (route) => route.abort());
      await page.goto(pane.url);
      // A new record opens at 会前 › 准备, one with content at 记录.
      await page.waitForSelector("[data-testid=record-form], [data-testid=prep-panel]");
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    return median(times);
  } finally {
    await browser.close();
  }
}

/** A record with `n` complete action items (the 记录 tab renders every one of them). */
function recordWithActions(n: number): CcrRecord & { id: string } {
  const parsed = parseRecord(readFileSync(join(import.meta.dirname, "..", "examples", "project-delay.json"), "utf8"));
  if (!parsed.ok) throw new Error("examples/project-delay.json does not read");
  const base = parsed.record;
  const actions = Array.from({ length: n }, (_, i) => ({ ...base.actions[i % base.actions.length], task: `待办事项 ${i + 1}` }));
  return { ...base, id: "rbench200", actions };
}

/**
 * Milliseconds per keystroke in the topic field of a record with 200 action items: from the key press
 * until the next frame is painted (median of 40 keystrokes, after 10 untimed ones).
 */
async function typingMs(actions: number): Promise<number> {
  if (!CHROMIUM || !existsSync(CHROMIUM)) missing("Chromium is not installed (apt-get install chromium)");
  // A server of its own, closed at the end, so that running this figure alone lets the process exit.
  const pane = await productionPane();
  const browser = await launchChromium().catch(async (e: unknown) => {
    await pane.close();
    throw e;
  });
  try {
    const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
    const page = await context.newPage();
    await page.route(/^https:\/\/appsforoffice\.microsoft\.com\//, (route) => route.abort());
    const record = recordWithActions(actions);
    await page.addInitScript((r) => {
      if (localStorage.getItem("ccr.current")) return;
      localStorage.setItem(`ccr.record.${r.id}`, JSON.stringify(r));
      localStorage.setItem("ccr.records.v1", JSON.stringify([{ id: r.id, topic: r.topic, date: r.date, savedAt: new Date().toISOString() }]));
      localStorage.setItem("ccr.current", r.id);
    }, record);
    await page.goto(pane.url);
    // Long lists show one line per item (ActionsSection COMPACT_ACTIONS).
    await page.waitForSelector(`[data-action-line="${actions - 1}"]`);
    await page.focus('[data-path="topic"]');
    await page.keyboard.press("End");
    const frame = () => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      await page.keyboard.press(i % 2 ? "Backspace" : "a");
      await frame();
      if (i >= 10) times.push(performance.now() - t0);
    }
    await context.close();
    return median(times);
  } finally {
    await browser.close();
    await pane.close();
  }
}

figure("pane.type.200.ms", "ms", () => typingMs(200));
figure("pane.first-render.ms", "ms", () => firstRenderMs(1));
figure("pane.first-render.throttled.ms", "ms", async () => {
  const ms = await firstRenderMs(4);
  const pane = await served;
  await pane?.close();
  return ms;
});
