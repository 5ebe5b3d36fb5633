// End-to-end wiring for browser tests of the pane: builds the pane once per test process (webpack,
// development mode, into a temporary folder), serves it on a free local port, and opens it in
// Debian's chromium (playwright-core) in stand-alone mode with a record already in its storage.
// office.js (Microsoft's CDN, unreachable here) is answered with an empty script.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack from "webpack";
import type { CcrRecord } from "../../src/domain/record/record";
// @ts-expect-error plain .mjs module shared with scripts/test.mjs
import { chromiumPath } from "../../scripts/tools.mjs";


let built: Promise<string> | undefined;

/** The folder of a development build of the pane (built on first use, shared by the tests of a file). */
export function buildPane(): Promise<string> {
  // `npm test` builds once for all test files (scripts/test.mjs).
  const shared = process.env.CCR_DEV_BUILD;
  if (shared && existsSync(join(shared, "taskpane.html"))) return Promise.resolve(shared);
  built ??= (async () => {
    const out = mkdtempSync(join(tmpdir(), "ccr-pane-"));
    // @ts-expect-error plain ESM config
    const { default: makeConfig } = await import("../../webpack.config.js");
    const config = await makeConfig({}, { mode: "development" });
    config.mode = "development";
    config.output = { ...config.output, path: out };
    config.infrastructureLogging = { level: "error" };
    await new Promise<void>((resolve, reject) => {
      webpack(config, (err, stats) => {
        if (err) return reject(err);
        if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
        resolve();
      });
    });
    return out;
  })();
  return built;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface PaneServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a built pane folder on 127.0.0.1 at a free port. */
export async function servePane(dir: string): Promise<PaneServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    try {
      const body = readFileSync(join(dir, path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface OpenPane {
  browser: Browser;
  page: Page;
  /** Page errors seen so far (uncaught exceptions). */
  errors: string[];
  /** The record as the pane last saved it in the browser's storage. */
  storedRecord(): Promise<CcrRecord>;
  close(): Promise<void>;
}

/** Opens the pane at `url` (taskpane.html) with `record` as the current record of the browser's storage. */
export async function openPane(url: string, record: CcrRecord & { id: string }, viewport = { width: 360, height: 900 }): Promise<OpenPane> {
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  const context = await browser.newContext({ viewport, locale: "zh-CN" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route(/appsforoffice\.microsoft\.com/, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "" }));
  await page.addInitScript((r) => {
    if (sessionStorage.getItem("ccr.e2e.seeded")) return;
    localStorage.setItem(`ccr.record.${r.id}`, JSON.stringify(r));
    localStorage.setItem("ccr.records.v1", JSON.stringify([{ id: r.id, topic: r.topic, date: r.date, savedAt: new Date().toISOString() }]));
    localStorage.setItem("ccr.current", r.id);
    sessionStorage.setItem("ccr.e2e.seeded", "1");
  }, record);
  await page.goto(new URL("taskpane.html", url).href);
  return {
    browser,
    page,
    errors,
    storedRecord: async () => JSON.parse((await page.evaluate((id) => localStorage.getItem(`ccr.record.${id}`), record.id)) ?? "null"),
    close: () => browser.close(),
  };
}

/** Removes a build folder (afterAll). */
export function removeBuild(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
