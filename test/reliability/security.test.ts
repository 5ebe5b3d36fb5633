// Security checks on the production build itself (not on its configuration): no eval or new Function
// in any bundle, a Content-Security-Policy on the pane pages that allows scripts from the pane and the
// office.js CDN only, no inline script, no network calls, no address in the code other than the
// office.js CDN, XML namespace names and links shown as text; and the manifest asks ReadWriteDocument only.
// Uses dist/ when it is a production build newer than the sources, otherwise builds into a temporary
// folder (test/support/production-build.ts).

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../support/cli";
import { productionBuild, type ProductionBuild } from "../support/production-build";
import { tried, writeFigures } from "./figures";

let build: ProductionBuild;
let out: string;

beforeAll(() => {
  build = productionBuild();
  out = build.dir;
}, 600_000);

afterAll(() => {
  build?.dispose();
  writeFigures("security");
});

const scripts = () => readdirSync(out).filter((f) => f.endsWith(".js"));
const pages = () => readdirSync(out).filter((f) => f.endsWith(".html"));
const read = (f: string) => readFileSync(join(out, f), "utf8");

/** Hosts whose addresses may appear in the code, and why. None of them is ever requested (connect-src 'none'). */
const ALLOWED_HOSTS: Record<string, string> = {
  "appsforoffice.microsoft.com": "the office.js CDN (the page's only script from elsewhere)",
  "schemas.openxmlformats.org": "OOXML namespace and relationship type names",
  "schemas.microsoft.com": "Office XML namespace names",
  "purl.oclc.org": "strict OOXML namespace names (in the docx package)",
  "purl.org": "Dublin Core namespace of the document properties",
  "www.w3.org": "XML, SVG and XML Schema namespace names",
  "www.gov.cn": "source of the holiday calendar, shown as text",
  "answers.microsoft.com": "a link inside an error message of the docx package",
  "reactjs.org": "React's error decoder link inside its minified error messages",
  "react.dev": "React's error decoder link inside its minified error messages",
};

/**
 * exceljs (the 待办 tab's tracker workbook, issue 22) is used as its authors ship it for browsers, in a
 * chunk of its own (webpack.config.js) that the pane loads only when the tracker is downloaded or
 * imported. Its bundled polyfills keep fallbacks that call Function — `Function("return this")()`
 * after globalThis, self and window are tried, setImmediate's `new Function(code)` for a string
 * argument nobody passes, regenerator's `Function("r", …)` if assigning a global fails — none of
 * which is reached in the browsers that run the pane; and the page's CSP (no 'unsafe-eval') would
 * stop them if one were. Building exceljs from its Node sources instead needs Node's stream, buffer
 * and crypto shimmed into the pane. Its messages name these hosts as text (upgrade notes, licences).
 * eval stays forbidden in it as everywhere.
 */
const EXCELJS_CHUNK = /^exceljs\.[0-9a-f]{8}\.chunk\.js$/;
const EXCELJS_HOSTS = ["github.com", "stuk.github.io"];

/**
 * The service worker (sw.js, stand-alone offline copy) is the one file that calls fetch: for a file of
 * the pane's own build missing from its cache, same origin only, which the test below checks.
 */
const SERVICE_WORKER = "sw.js";

describe("the production build", () => {
  it("has no eval and no new Function in any bundle (exceljs's lazily loaded chunk: see EXCELJS_CHUNK)", () => {
    const files = scripts();
    expect(files.length).toBeGreaterThan(1);
    expect(files.filter((f) => EXCELJS_CHUNK.test(f)), "exceljs has a chunk of its own").toHaveLength(1);
    for (const f of files) {
      const code = read(f);
      expect(code, f).not.toMatch(/(?<![\w$.])eval\s*\(/);
      if (!EXCELJS_CHUNK.test(f)) expect(code, f).not.toMatch(/new\s+Function\s*\(/);
      expect(code, f).not.toMatch(/setTimeout\(\s*["'`]/);
      tried("security.bundles");
    }
  });

  it("makes no network calls and names no host but the office.js CDN, XML namespaces and links shown as text", () => {
    for (const f of scripts()) {
      const code = read(f);
      expect(code, f).not.toMatch(f === SERVICE_WORKER ? /XMLHttpRequest|sendBeacon|new WebSocket|EventSource\(/ : /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource\(/);
      const allowed = [...Object.keys(ALLOWED_HOSTS), ...(EXCELJS_CHUNK.test(f) ? EXCELJS_HOSTS : [])];
      for (const [, host] of code.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) {
        expect(allowed, `${f}: ${host}`).toContain(host.toLowerCase());
        tried("security.urls");
      }
    }
  });

  it("has a service worker that answers only same-origin GETs of the build's own files, and nothing inside Office", () => {
    const code = read(SERVICE_WORKER);
    const files = JSON.parse(/const FILES\s*=\s*(\[[^\]]*\])/.exec(code)?.[1] ?? "null") as string[] | null;
    expect(files, "sw.js lists the files to precache").not.toBeNull();
    const built = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(out.length + 1).replaceAll("\\", "/"))
      .filter((f) => f !== SERVICE_WORKER && f !== "manifest.xml" && !/\.(map|LICENSE\.txt)$/.test(f));
    expect([...files!].sort()).toEqual(built.sort());
    // Run it over fake service-worker globals: which requests does it answer?
    const listeners: Record<string, (event: unknown) => void> = {};
    const fetched: string[] = [];
    const origin = "https://ccr.example.com";
    runInNewContext(code, {
      URL,
      Set,
      Promise,
      self: { registration: { scope: `${origin}/` }, addEventListener: (type: string, fn: (event: unknown) => void) => (listeners[type] = fn) },
      caches: { match: async () => undefined },
      fetch: async (r: { url: string }) => (fetched.push(r.url), "network"),
    });
    const answers = (url: string, init: { method?: string; referrer?: string } = {}) => {
      let answered = false;
      listeners.fetch({ request: { url, method: init.method ?? "GET", referrer: init.referrer ?? "" }, respondWith: () => (answered = true) });
      return answered;
    };
    expect(answers(`${origin}/taskpane.html`)).toBe(true);
    expect(answers(`${origin}/${files![0]}`)).toBe(true);
    expect(answers(`${origin}/taskpane.html`, { method: "POST" })).toBe(false);
    expect(answers(`${origin}/other.html`)).toBe(false);
    expect(answers(`https://appsforoffice.microsoft.com/lib/1/hosted/office.js`)).toBe(false);
    expect(answers(`https://elsewhere.example.com/taskpane.html`)).toBe(false);
    expect(answers(`${origin}/taskpane.html?_host_Info=Word$Win32$16.01$zh-CN`)).toBe(false);
    expect(answers(`${origin}/${files![0]}`, { referrer: `${origin}/taskpane.html?_host_Info=Word$Win32$16.01$zh-CN` })).toBe(false);
    expect([...code.matchAll(/\bfetch\(/g)]).toHaveLength(1);
    tried("security.serviceWorker");
  });

  it("gives every pane page a CSP: scripts from the pane and the office.js CDN, no inline script, no connections", () => {
    const list = pages();
    expect(list).toContain("taskpane.html");
    for (const f of list) {
      const html = read(f);
      const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html)?.[1];
      expect(csp, `${f} has no CSP`).toBeDefined();
      const d = Object.fromEntries(csp!.split(";").map((x) => x.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
      if (/<script/i.test(html)) {
        expect(d["script-src"], f).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
        expect(d["connect-src"], f).toEqual(["'none'"]);
      } else {
        // A page without scripts (the help page) forbids them altogether.
        expect(d["script-src"], f).toEqual(["'none'"]);
      }
      expect(d["object-src"], f).toEqual(["'none'"]);
      expect(csp, f).not.toMatch(/unsafe-eval|(?:^|\s)\*(?:\s|;|$)/);
      expect([...(d["script-src"] ?? []), ...(d["default-src"] ?? [])], f).not.toContain("'unsafe-inline'");
      // No inline script and no inline event handler.
      for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)) {
        expect(attrs, f).toMatch(/\bsrc=/);
        expect(body.trim(), f).toBe("");
      }
      expect(html, f).not.toMatch(/\son[a-z]+\s*=/i);
      tried("security.pages");
    }
  });

  it("writes into Word only through escaped OOXML or plain text: no insertHtml, innerHTML or dangerouslySetInnerHTML in the sources", () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
    for (const file of walk(join(REPO, "src"))) {
      expect(readFileSync(file, "utf8"), file).not.toMatch(/insertHtml|innerHTML|dangerouslySetInnerHTML|outerHTML\s*=|document\.write\(/);
      tried("security.sourceFiles");
    }
  });

  it("asks Word for ReadWriteDocument only, in the repository's manifest and in the built one", () => {
    for (const file of [join(REPO, "manifest.xml"), join(out, "manifest.xml")].filter(existsSync)) {
      const xml = readFileSync(file, "utf8");
      expect([...xml.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1]), file).toEqual(["ReadWriteDocument"]);
      tried("security.manifests");
    }
  });
});
