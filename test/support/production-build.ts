// A production build of the pane for tests that look at the built files: dist/ when it is a
// production build newer than the sources, otherwise a fresh one in a temporary folder.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const REPO = join(import.meta.dirname, "..", "..");

/**
 * The gzipped size budget of the pane's initial JavaScript, in KB. Issue 7 set 180; this round
 * raised it to 190 for what the first page must now carry: the ES2017 build and its host check for
 * the Office 2019 / EdgeHTML webviews (+3.6 KB), the record store and its hooks, the stand-alone
 * .docx opening, drag-and-drop and offline registration (187.1 KB measured). What the budget stands
 * for, a first render under 1 s, is measured by `npm run bench` (pane.first-render.ms).
 */
export const INITIAL_JS_BUDGET_KB = 190;

export interface ProductionBuild {
  dir: string;
  /** Removes the build when it was made in a temporary folder (dist/ is kept). */
  dispose(): void;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function distIsFresh(dist: string): boolean {
  const page = join(dist, "taskpane.html");
  if (!existsSync(page)) return false;
  // `npm run build:dev` writes taskpane.js; production names carry a content hash.
  if (!/taskpane\.[0-9a-f]{8}\.js/.test(readFileSync(page, "utf8"))) return false;
  const sources = Math.max(newestSource(join(REPO, "src")), ...["webpack.config.js", "package-lock.json", "manifest.xml"].map((f) => statSync(join(REPO, f)).mtimeMs));
  return statSync(page).mtimeMs > sources;
}

export function productionBuild(): ProductionBuild {
  // `npm test` builds once for all test files (scripts/test.mjs).
  const shared = process.env.CCR_PROD_BUILD;
  if (shared && existsSync(join(shared, "taskpane.html"))) return { dir: shared, dispose: () => {} };
  const dist = join(REPO, "dist");
  if (distIsFresh(dist)) return { dir: dist, dispose: () => {} };
  const dir = mkdtempSync(join(tmpdir(), "ccr-build-"));
  execFileSync(join(REPO, "node_modules", ".bin", "webpack"), ["--mode", "production", "--output-path", dir], { cwd: REPO, stdio: "ignore", timeout: 600_000 });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The JavaScript files the pane page makes the browser download before its first render: the
 * page's own <script src> (office.js, from Microsoft's CDN, is not ours and not counted). Chunks
 * loaded later by import() are not among them.
 */
export function initialScripts(dir: string): string[] {
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  // The page is minified: attribute values may be unquoted.
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/i.test(src));
}

/** The files' sizes gzipped at level 9, summed, in KB. */
export function gzippedKb(dir: string, files: readonly string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0) / 1024;
}
