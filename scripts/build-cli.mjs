// Builds the `ccr` command line into dist/cli/: ccr.mjs (what bin/ccr.mjs runs) and chunks/, the code
// only some commands load (the docx library for exports and agendas, exceljs for the tracker), so that
// every command starts without transpiling TypeScript and without parsing what it does not use.
// Run by `npm run build`, `npm run build:cli` and `prepare` (npm ci, npm install, npm link).
import { rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_OUT = join(ROOT, "dist", "cli");

// The bundled CommonJS packages (exceljs and what it pulls in) call require() for Node's own modules,
// which an ES module has not got: each output file gets one made for it.
const REQUIRE_BANNER = 'import { createRequire as __ccrCreateRequire } from "node:module"; const require = __ccrCreateRequire(import.meta.url);';

/** Writes the command line into `outdir` (dist/cli by default); resolves to the entry file's path. */
export async function buildCli(outdir = CLI_OUT) {
  const { build } = await import("esbuild");
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { ccr: join(ROOT, "src", "cli", "main.ts") },
    outdir,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Smaller files parse faster; names are kept so that a stack trace in a bug report can be read.
    minifyWhitespace: true,
    minifySyntax: true,
    banner: { js: REQUIRE_BANNER },
    logLevel: "warning",
  });
  return join(outdir, "ccr.mjs");
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  let esbuildMissing = false;
  try {
    await import("esbuild");
  } catch {
    esbuildMissing = true;
  }
  if (esbuildMissing) {
    // `npm ci --omit=dev` has no esbuild: the install goes on, and bin/ccr.mjs says what to do.
    console.warn(
      "未安装 esbuild（开发依赖），未生成 ccr 命令行。请在 ccr 文件夹中运行 npm ci（不加 --omit=dev）。\n" +
        "esbuild (a development dependency) is not installed, so the ccr command was not built. Run npm ci (without --omit=dev) in the ccr folder.",
    );
  } else {
    try {
      await buildCli();
    } catch (e) {
      // esbuild has printed the errors already.
      console.error(`ccr 命令行生成失败。/ Building the ccr command line failed.${e?.errors ? "" : `\n${e?.message ?? e}`}`);
      process.exit(1);
    }
  }
}
