// The size budget of the pane's first paint: the JavaScript the pane page loads before its first
// render (its own <script> tags, not office.js and not the chunks loaded later by import()) stays
// within the budget of INITIAL_JS_BUDGET_KB (issue 7; why it is what it is: production-build.ts). `npm run bench -- bundle` prints the same figure.
import { afterAll, beforeAll, expect, it } from "vitest";
import { gzippedKb, initialScripts, INITIAL_JS_BUDGET_KB, productionBuild, type ProductionBuild } from "./support/production-build";

let build: ProductionBuild;

beforeAll(() => {
  build = productionBuild();
}, 600_000);

afterAll(() => build?.dispose());

it(`loads at most ${INITIAL_JS_BUDGET_KB} KB of JavaScript (gzipped) before the pane's first render`, () => {
  const files = initialScripts(build.dir);
  expect(files.some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f)), files.join(", ")).toBe(true);
  const kb = gzippedKb(build.dir, files);
  expect(kb, `${files.join(" + ")}: ${kb.toFixed(1)} KB gzipped`).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
});
