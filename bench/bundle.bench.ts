// Bundle sizes of the task pane, from one production webpack build into a scratch folder:
//   bundle.initial.gz.kb — every JS file the pane page loads before its first render (its own
//                          <script> tags: the taskpane entry's chunks), gzipped;
//   bundle.export.gz.kb  — the lazy "export" chunk group (docx and src/export), less what the
//                          initial load already holds, gzipped.
// Goal: initial ≤ INITIAL_JS_BUDGET_KB (190 KB) gzipped, held by test/bundle-size.test.ts. Missing (with the
// reason) when the build has no such chunk.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import webpack from "webpack";
import { gzippedKb, initialScripts } from "../test/support/production-build";
import { figure, missing } from "./framework";

const ROOT = join(import.meta.dirname, "..");

interface BundleSizes {
  initialKb: number;
  exportKb: number;
}

let build: Promise<BundleSizes> | undefined;

async function bundleSizes(): Promise<BundleSizes> {
  build ??= (async () => {
    const out = mkdtempSync(join(tmpdir(), "ccr-bundle-"));
    try {
      const make = (await import(pathToFileURL(join(ROOT, "webpack.config.js")).href)).default;
      const config = await make({}, { mode: "production" });
      config.mode = "production";
      config.output = { ...config.output, path: out };
      config.infrastructureLogging = { level: "error" };
      const stats = await new Promise<webpack.Stats>((resolve, reject) =>
        webpack(config, (err, s) => (err || !s ? reject(err ?? new Error("no stats")) : resolve(s))),
      );
      if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
      const json = stats.toJson({ all: false, chunkGroups: true, chunkGroupAuxiliary: false });
      const js = (assets: { name: string }[] | undefined) => (assets ?? []).map((a) => a.name).filter((n) => n.endsWith(".js"));
      const initial = initialScripts(out);
      const lazy = json.namedChunkGroups?.export ? js(json.namedChunkGroups.export.assets).filter((f) => !initial.includes(f)) : [];
      return { initialKb: initial.length ? gzippedKb(out, initial) : NaN, exportKb: lazy.length ? gzippedKb(out, lazy) : NaN };
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  })();
  return build;
}

function found(kb: number, what: string): number {
  return Number.isNaN(kb) ? missing(`the production build has no ${what}`) : kb;
}

figure("bundle.initial.gz.kb", "KB", async () => found((await bundleSizes()).initialKb, "script in taskpane.html"));
figure("bundle.export.gz.kb", "KB", async () => found((await bundleSizes()).exportKb, `"export" chunk group`));
