// First render of the production pane in Debian's chromium (stand-alone mode, a new browser context
// per load, so nothing is cached): milliseconds from navigation start until the record form is on
// screen, median of several loads; the second figure with 4× CPU throttling (Chrome DevTools
// Protocol, Emulation.setCPUThrottlingRate). Goal (issue 9): under 1 s unthrottled. Reported as missing
// where no Chromium is installed.
import { existsSync } from "node:fs";
import { CHROMIUM, launchChromium, productionPane, type ProductionPane } from "../test/e2e/production";
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
      await page.waitForSelector("[data-testid=record-form]");
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    return median(times);
  } finally {
    await browser.close();
  }
}

figure("pane.first-render.ms", "ms", () => firstRenderMs(1));
figure("pane.first-render.throttled.ms", "ms", async () => {
  const ms = await firstRenderMs(4);
  const pane = await served;
  await pane?.close();
  return ms;
});
