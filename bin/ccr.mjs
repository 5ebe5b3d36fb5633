#!/usr/bin/env node
// `ccr` (npx ccr, or ccr after npm link): runs the built command line, dist/cli/ccr.mjs (npm ci,
// npm link and npm run build make it). Only in a development checkout without that build, the
// TypeScript sources run through tsx, which is slower to start.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(root, "dist", "cli", "ccr.mjs");
const sources = join(root, "src", "cli", "main.ts");

function tsxInstalled() {
  try {
    createRequire(import.meta.url).resolve("tsx/esm/api");
    return true;
  } catch {
    return false;
  }
}

if (existsSync(built)) {
  await import(pathToFileURL(built).href);
} else if (existsSync(sources) && tsxInstalled()) {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(sources).href);
} else {
  process.stderr.write(
    `ccr 命令行尚未生成（缺少 ${built}）。请在 ccr 文件夹中运行 npm ci，或 npm run build:cli。\n` +
      `The ccr command line has not been built (${built} is missing). Run npm ci, or npm run build:cli, in the ccr folder.\n`,
  );
  process.exitCode = 2;
}
