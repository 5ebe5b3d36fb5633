// Old Office webviews (issue 17.5). The pane is built as ES2017 (webpack.config.js PANE_TARGET), which
// EdgeHTML 18 parses; src/taskpane/host-check.js, plain ES5 and the page's first script, shows a
// readable message where the pane cannot run (Internet Explorer's webview) and adds the few later
// built-ins EdgeHTML lacks. Here: host-check.js run in a fresh JavaScript realm made to lack what
// those engines lack, and the production build parsed as ES2017.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { parse } from "acorn";
import { transformSync } from "esbuild";
import { Window } from "happy-dom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { productionBuild, type ProductionBuild } from "./support/production-build";

const REPO = join(__dirname, "..");
const SCRIPT = readFileSync(join(REPO, "src", "taskpane", "host-check.js"), "utf8");
/** src/taskpane/compat.ts as the build has it (the first module of the pane's entry), as a script. */
const COMPAT = transformSync(readFileSync(join(REPO, "src", "taskpane", "compat.ts"), "utf8"), { loader: "ts", target: "es2017", format: "iife" }).code;

interface Page {
  written: string[];
  body: () => string;
  run: (code: string) => unknown;
  fire: (type: string, event: object) => void;
}

/** A page with a pane root, in a new realm with `remove` (JavaScript run first) taken away, then
 * host-check.js and, where it writes compat.js into the page, compat.ts. */
function pageWith(remove: string, readyState: "loading" | "complete" = "loading"): Page {
  const dom = new Window({ url: "https://ccr.example.com/taskpane.html" });
  dom.document.body.innerHTML = '<div id="root"></div>';
  const listeners: Record<string, ((e: object) => void)[]> = {};
  const written: string[] = [];
  const on = (type: string, fn: (e: object) => void) => (listeners[type] ??= []).push(fn);
  const document = {
    get readyState() {
      return readyState;
    },
    body: dom.document.body,
    createElement: (tag: string) => dom.document.createElement(tag),
    createTextNode: (text: string) => dom.document.createTextNode(text),
    addEventListener: on,
    write: (html: string) => written.push(html),
  };
  const context = vm.createContext({ document, location: { origin: "https://ccr.example.com" }, addEventListener: on });
  vm.runInContext(`var window = this; ${remove}`, context);
  vm.runInContext(SCRIPT, context);
  // The page runs what host-check.js wrote into it next.
  if (written.some((html) => html === '<script src="compat.js"></script>')) vm.runInContext(COMPAT, context);
  return {
    written,
    body: () => dom.document.body.textContent ?? "",
    run: (code) => vm.runInContext(code, context),
    fire: (type, event) => {
      readyState = "complete";
      for (const fn of listeners[type] ?? []) fn(event);
    },
  };
}

const INTERNET_EXPLORER = "delete window.Promise; delete window.Symbol; delete window.Map; delete Object.entries; delete String.prototype.padStart;";
const EDGE_HTML_18 = "delete window.globalThis; delete Object.fromEntries; delete Array.prototype.flat; delete Array.prototype.flatMap; delete String.prototype.matchAll;";

describe("host-check.js", () => {
  it("is plain ES5, so that it runs in Internet Explorer's webview", () => {
    expect(() => parse(SCRIPT, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it("in a webview without ES2017 shows in Chinese and English why the pane cannot run and what to use", () => {
    const page = pageWith(INTERNET_EXPLORER);
    expect(page.body()).toBe("");
    page.fire("DOMContentLoaded", {});
    expect(page.body()).toContain("此版本 Word 的浏览器组件过旧，无法运行“沟通协调记录”任务窗格。");
    expect(page.body()).toContain("Office 2021");
    expect(page.body()).toContain("ccr 命令行");
    expect(page.body()).toContain("This Word's browser component is too old to run the ccr task pane.");
    expect(page.run("window.ccrHostUnsupported")).toBe(true);
    expect(page.written).toEqual([]);
  });

  it("shows the message at once when the page is already parsed", () => {
    expect(pageWith(INTERNET_EXPLORER, "complete").body()).toContain("无法运行");
  });

  it("in EdgeHTML loads compat.js, which adds the later built-ins the pane uses, working as the real ones", () => {
    const page = pageWith(EDGE_HTML_18);
    expect(page.written).toEqual(['<script src="compat.js"></script>']);
    const got = page.run(`JSON.stringify([
      typeof globalThis,
      Object.fromEntries([["a", 1], ["b", 2]]),
      [1, [2, [3, [4]]], 5].flat(),
      [1, [2, [3, [4]]]].flat(Infinity),
      [1, 2].flatMap((x) => [x, x * 10]),
      [..."a1b22c333".matchAll(/\\d+/g)].map((m) => m[0] + "@" + m.index),
      [..."ab".matchAll(/x*/g)].length,
      Object.keys([]).includes("flat"),
    ])`);
    expect(JSON.parse(got as string)).toEqual([
      "object",
      { a: 1, b: 2 },
      [1, 2, [3, [4]], 5],
      [1, 2, 3, 4],
      [1, 10, 2, 20],
      ["1@1", "22@3", "333@6"],
      3,
      false,
    ]);
    expect(() => page.run('"a".matchAll(/a/)')).toThrow(/global RegExp/);
    page.fire("DOMContentLoaded", {});
    expect(page.body()).toBe("");
  });

  it("leaves a modern engine's own built-ins alone and the pane's page untouched", () => {
    const page = pageWith("var nativeFlat = Array.prototype.flat;");
    expect(page.written).toEqual([]);
    expect(page.run("Array.prototype.flat === nativeFlat")).toBe(true);
    page.fire("DOMContentLoaded", {});
    expect(page.body()).toBe("");
  });

  it("shows the message when one of the page's scripts does not parse, not for other errors", () => {
    const page = pageWith("");
    page.fire("error", { filename: "https://ccr.example.com/taskpane.1234abcd.js", message: "Uncaught TypeError: x is undefined", error: new TypeError("x") });
    expect(page.body()).toBe("");
    page.fire("error", { filename: "https://ccr.example.com/taskpane.1234abcd.js", message: "SyntaxError: Unexpected token '?'", error: null });
    expect(page.body()).toContain("无法运行");
  });
});

describe("the production build for old webviews", () => {
  let build: ProductionBuild;
  beforeAll(() => {
    build = productionBuild();
  }, 600_000);
  afterAll(() => build?.dispose());

  it("loads host-check.js first, before office.js and the pane", () => {
    const html = readFileSync(join(build.dir, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]*)"|([^\s>]+))/gi)].map((m) => m[1] ?? m[2]);
    expect(scripts[0]).toBe("host-check.js");
    expect(scripts.length).toBeGreaterThan(2);
    expect(() => parse(readFileSync(join(build.dir, "host-check.js"), "utf8"), { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // The file host-check.js writes into the page for EdgeHTML, under the name it uses.
    expect(readFileSync(join(build.dir, "compat.js"), "utf8")).toContain("matchAll");
    expect(scripts).not.toContain("compat.js");
  });

  it("is ES2017 in every file, the packages' code included", () => {
    const files = readdirSync(build.dir).filter((f) => f.endsWith(".js"));
    expect(files.length).toBeGreaterThan(5);
    const failures: string[] = [];
    for (const file of files) {
      try {
        parse(readFileSync(join(build.dir, file), "utf8"), { ecmaVersion: 2017, sourceType: "script" });
      } catch (e) {
        failures.push(`${file}: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
