// The stand-alone pane as an installable web app (issue 20.1): the production build has a web app
// manifest the pane page links, whose start page and icons are files of the build, and a service
// worker that precaches them (what it answers is checked in test/reliability/security.test.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { productionBuild, type ProductionBuild } from "./support/production-build";

let build: ProductionBuild;

beforeAll(() => {
  build = productionBuild();
}, 600_000);

afterAll(() => build?.dispose());

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(path: string): string {
  const b = readFileSync(path);
  return `${b.readUInt32BE(16)}x${b.readUInt32BE(20)}`;
}

it("links a web app manifest whose start page and icons (192 and 512 px) are in the build and precached", () => {
  const html = readFileSync(join(build.dir, "taskpane.html"), "utf8");
  expect(html).toMatch(/<link rel="?manifest"? href="?manifest\.webmanifest"?/);
  const manifest = JSON.parse(readFileSync(join(build.dir, "manifest.webmanifest"), "utf8"));
  expect(manifest).toMatchObject({ lang: "zh-CN", display: "standalone", start_url: "taskpane.html", scope: "./" });
  expect(manifest.name).toContain("沟通协调记录");
  const sw = readFileSync(join(build.dir, "sw.js"), "utf8");
  const precached = JSON.parse(/FILES\s*=\s*(\[[^\]]*\])/.exec(sw)![1]) as string[];
  expect(precached).toEqual(expect.arrayContaining(["taskpane.html", "manifest.webmanifest", manifest.start_url]));
  const sizes = new Set<string>();
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    const path = join(build.dir, icon.src);
    expect(existsSync(path), icon.src).toBe(true);
    expect(pngSize(path), icon.src).toBe(icon.sizes);
    expect(precached).toContain(icon.src);
    sizes.add(icon.sizes);
  }
  expect([...sizes].sort()).toEqual(["192x192", "512x512"]);
});
