// The production pane for browser tests and benchmarks: the production build (test/support/production-build.ts:
// shared or fresh), a small static server, chromium (Debian's, via playwright-core) with the flags
// of a quiet test browser, and the stub office.js (test/e2e/office-stub.ts bundled with esbuild)
// served in place of Microsoft's CDN for runs inside "Word".
import { mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { build as esbuild } from "esbuild";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { productionBuild } from "../support/production-build";
// @ts-expect-error plain .mjs module shared with scripts/test.mjs
import { chromiumPath } from "../../scripts/tools.mjs";

const ROOT = join(import.meta.dirname, "..", "..");
/** Where browser tests write their screenshots. */
export const TEST_OUTPUT = join(ROOT, "test-output");
/** Debian's chromium where it is installed (the path differs between packagings). */
export const CHROMIUM: string | undefined = chromiumPath();
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface ProductionPane {
  dir: string;
  url: string;
  close(): Promise<void>;
}

/** Builds the pane in production mode and serves it on 127.0.0.1 at a free port. */
export async function productionPane(): Promise<ProductionPane> {
  const build = productionBuild();
  const dir = build.dir;
  const types: Record<string, string> = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".png": "image/png",
    ".xml": "application/xml",
  };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    try {
      const body = readFileSync(join(dir, path));
      res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    dir,
    url: `http://127.0.0.1:${port}/taskpane.html`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      build.dispose();
    },
  };
}

let stub: Promise<string> | undefined;

/** The stub office.js: the fake Word as the globals Office and Word. */
export function officeStub(): Promise<string> {
  stub ??= esbuild({
    entryPoints: [join(ROOT, "test", "e2e", "office-stub.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  }).then((r) => r.outputFiles[0].text);
  return stub;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM ?? "chromium", args: CHROMIUM_FLAGS });
}

export interface PaneOptions {
  /** Inside "Word" (the stub office.js) or stand-alone (office.js unreachable). */
  host: "word" | "standalone";
  colorScheme?: "light" | "dark";
  width?: number;
  height?: number;
  query?: string;
}

export interface PanePage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and console errors other than the blocked CDN request. */
  errors: string[];
}

/** A new browser context (one per page, as axe needs) with the pane opened in it. */
export async function openPane(browser: Browser, pane: ProductionPane, options: PaneOptions): Promise<PanePage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 320, height: options.height ?? 720 },
    colorScheme: options.colorScheme ?? "light",
    locale: "zh-CN",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/ERR_FAILED|ERR_BLOCKED/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  const script = options.host === "word" ? await officeStub() : undefined;
  await page.route(/^https:\/\/appsforoffice\.microsoft\.com\//, (route) =>
    script ? route.fulfill({ status: 200, contentType: "text/javascript", body: script }) : route.abort(),
  );
  await page.goto(pane.url + (options.query ? `?${options.query}` : ""));
  return { context, page, errors };
}

/** Opens a tab of the pane, switching to its phase (会前/会中/会后) first when the switcher does not show it. */
export async function openTab(page: Page, id: string): Promise<void> {
  if ((await page.locator(`[data-tab-button="${id}"]`).count()) === 0) {
    for (const phase of await page.locator("[data-phase]").evaluateAll((els) => els.map((e) => e.getAttribute("data-phase") ?? ""))) {
      await page.click(`[data-phase="${phase}"]`);
      if ((await page.locator(`[data-tab-button="${id}"]`).count()) > 0) break;
    }
  }
  await page.click(`[data-tab-button="${id}"]`);
  await page.waitForSelector(`main[data-tab="${id}"]`);
}

export interface PaneSuite {
  /** Opens the pane in a new browser context, closed with the suite. */
  open(options: PaneOptions): Promise<PanePage>;
  /** As `open`, then waits for the first tab and switches to 记录 (a new record opens at 会前 › 准备, issue 20.4); `startTab` is the tab it opened on. */
  openAtRecord(options: PaneOptions): Promise<PanePage & { startTab: string | null }>;
}

/**
 * The production pane and one chromium for the e2e suite that calls it (inside its describe): built,
 * served and launched before its tests, every page's context, the browser and the server closed after.
 */
export function paneSuite(setupTimeoutMs = 300_000): PaneSuite {
  let pane: ProductionPane | undefined;
  let browser: Browser | undefined;
  const opened: PanePage[] = [];
  beforeAll(async () => {
    mkdirSync(TEST_OUTPUT, { recursive: true });
    pane = await productionPane();
    browser = await launchChromium();
  }, setupTimeoutMs);
  afterAll(async () => {
    for (const p of opened) await p.context.close().catch(() => undefined);
    await browser?.close();
    await pane?.close();
  });
  const open = async (options: PaneOptions): Promise<PanePage> => {
    if (!browser || !pane) throw new Error("paneSuite: the pane is not set up (call paneSuite inside describe)");
    const p = await openPane(browser, pane, options);
    opened.push(p);
    return p;
  };
  return {
    open,
    async openAtRecord(options) {
      const p = await open(options);
      await p.page.waitForSelector("main[data-tab]");
      const startTab = await p.page.getAttribute("main", "data-tab");
      if (startTab !== "record") await openTab(p.page, "record");
      await p.page.waitForSelector("[data-testid=record-form]");
      return { ...p, startTab };
    },
  };
}
