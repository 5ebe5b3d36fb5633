// Renders assets/icon.svg to the PNG sizes the manifest and the stores ask for (16, 32, 64, 80,
// 128) with the Debian chromium. Run after changing the SVG: node scripts/icons.mjs
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { chromiumPath } from "./tools.mjs";

export const ICON_SIZES = [16, 32, 64, 80, 128];
const assets = join(import.meta.dirname, "..", "assets");
const svg = readFileSync(join(assets, "icon.svg"), "utf8");

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({ path: join(assets, `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`assets/icon-{${ICON_SIZES.join(",")}}.png written`);
