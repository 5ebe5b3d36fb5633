// webpack for the task pane, after OfficeDev/Office-Addin-TaskPane-React: an async config, one entry
// per page, an https dev server with office-addin-dev-certs, and a copy step that rewrites the
// localhost URLs of the manifest for production. TypeScript/TSX go through esbuild-loader only.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import CopyWebpackPlugin from "copy-webpack-plugin";
import { EsbuildPlugin } from "esbuild-loader";
import HtmlWebpackPlugin from "html-webpack-plugin";

const require = createRequire(import.meta.url);
const root = path.dirname(fileURLToPath(import.meta.url));

export const DEV_PORT = Number(process.env.CCR_PORT ?? 3000);
export const URL_DEV = "https://localhost:3000/";
/** Where the production build is hosted; the manifest's localhost URLs are rewritten to it. */
export const URL_PROD = ensureSlash(process.env.CCR_PUBLIC_URL ?? "https://ccr.example.com/");

/** The manifest for a host: every development URL (https://localhost:3000/…) moved to `publicUrl`. */
export function rewriteManifestUrls(manifest, publicUrl) {
  return manifest.replaceAll(URL_DEV, ensureSlash(publicUrl));
}

function ensureSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * The JavaScript the pane is built as: ES2017, which the oldest webview the manifest admits beside
 * WebView2 and Safari can parse (EdgeHTML 18, Office 2019 on Windows 10). Internet Explorer's
 * webview cannot run it: src/taskpane/host-check.js, plain ES5, says so there instead of a blank pane.
 */
export const PANE_TARGET = "es2017";

const OFFICE_CDN = "https://appsforoffice.microsoft.com";
/** sha256 of "" — an empty inline <style> element. */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * The pane page's Content-Security-Policy. No inline script and no eval anywhere; office.js comes
 * from Microsoft's CDN and loads its host scripts from the same origin. Fluent's CSS-in-JS (Griffel)
 * adds empty <style> elements and fills them through CSSOM (insertRule, which CSP does not block):
 * the hash of the empty string admits exactly those, so no 'unsafe-inline'. The pane calls no web
 * service: connect-src stays 'none' in production; the dev server's live reload needs its socket.
 */
export function contentSecurityPolicy(dev) {
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_CDN}`,
    `style-src 'self' ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    dev ? "connect-src 'self' ws: wss:" : "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

const SERVICE_WORKER_TEMPLATE = path.join(root, "src/taskpane/offline/sw.js");

/**
 * Writes sw.js (src/taskpane/offline/sw.js) with the list of the build's files to precache and a
 * version made of their contents, so every build with other files installs a new worker. Source maps,
 * licence notes and the add-in manifest (for Office, not the page) are left out.
 */
export function precacheList(assetNames) {
  return assetNames.filter((f) => f !== "sw.js" && f !== "manifest.xml" && !/\.(map|LICENSE\.txt)$/.test(f)).sort();
}

class PrecacheServiceWorkerPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ccr-sw", (compilation) => {
      compilation.fileDependencies.add(SERVICE_WORKER_TEMPLATE);
      compilation.hooks.processAssets.tap({ name: "ccr-sw", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        const files = precacheList(Object.keys(assets));
        const hash = createHash("sha256");
        for (const f of files) hash.update(`${f}\0`).update(assets[f].buffer());
        const code = readFileSync(SERVICE_WORKER_TEMPLATE, "utf8")
          .replace("self.__CCR_PRECACHE__", JSON.stringify(files))
          .replace("__CCR_VERSION__", hash.digest("hex").slice(0, 16));
        // Kept as written (not minified): the security test reads its file list.
        compilation.emitAsset("sw.js", new sources.RawSource(code), { minimized: true });
      });
    });
  }
}

/** The dev server's https options, or undefined (plain http) where certificates cannot be made. */
async function httpsOptions() {
  if (process.env.CCR_HTTP === "1") return undefined;
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
    console.warn(
      `无法创建或信任本机 HTTPS 证书,改用 http。/ Could not make or trust a localhost HTTPS certificate; serving over http.\n  (${reason})`,
    );
    return undefined;
  }
}

export default async (env, argv) => {
  const dev = argv.mode !== "production";
  const https = env?.WEBPACK_SERVE ? await httpsOptions() : undefined;
  return {
    context: root,
    // No eval-based source maps: the page's CSP forbids eval in development too.
    // Office 2019 and older Windows builds run the pane in EdgeHTML: webpack's own runtime code is
    // written for ES2017 too.
    target: ["web", PANE_TARGET],
    devtool: dev ? "cheap-module-source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // The built-ins EdgeHTML lacks: loaded by host-check.js, before the pane, only where missing.
      compat: "./src/taskpane/compat.ts",
      commands: "./src/taskpane/commands.ts",
    },
    output: {
      path: path.join(root, "dist"),
      // host-check.js names compat.js, so it has no content hash.
      filename: (data) => (dev || data.chunk?.name === "compat" ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      publicPath: "auto",
      // dist/cli is the command line (scripts/build-cli.mjs), built apart from the pane.
      clean: { keep: /^cli[\\/]/ },
      // Every host of the pane has globalThis (Edge WebView2, Safari, Chromium): without this promise
      // webpack's runtime falls back to new Function("return this"), which the CSP forbids.
      environment: { globalThis: true },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
    },
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: PANE_TARGET, jsx: "automatic" },
        },
        // chinese-days says "commonjs" in its package.json while its module file is ESM.
        { test: /chinese-days/, type: "javascript/auto" },
        { test: /\.(png|svg|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        chunks: "async",
        // exceljs (the tracker workbook, loaded only on click in 待办) in a chunk of its own name, which
        // test/reliability/security.test.ts checks apart: its browser bundle carries unreached fallbacks
        // that call Function and links in its messages.
        cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", enforce: true } },
      },
      // Every output file, the packages' code included, is lowered to PANE_TARGET here (the loader
      // above only sees ccr's own sources), then minified by webpack's terser ("..."): 178.9 KB
      // gzipped initially against 209.6 with esbuild's own minifier.
      // The exceljs chunk is minified by esbuild instead: terser turns its `null==t?X:t` into `t??X`, which
      // EdgeHTML cannot parse (test/old-hosts.test.ts).
      minimizer: [
        new EsbuildPlugin({ target: PANE_TARGET, minify: true, legalComments: "none", css: false, include: /^exceljs\./ }),
        new EsbuildPlugin({ target: PANE_TARGET, minify: false, css: false, exclude: /^exceljs\./ }),
        "...",
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        templateParameters: { csp: contentSecurityPolicy(dev) },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
        templateParameters: { csp: contentSecurityPolicy(dev) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/support.html", to: "support.html" },
          { from: "src/taskpane/offline/manifest.webmanifest", to: "manifest.webmanifest" },
          { from: "src/taskpane/host-check.js", to: "host-check.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : rewriteManifestUrls(content.toString(), URL_PROD);
            },
          },
        ],
      }),
      new PrecacheServiceWorkerPlugin(),
    ],
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      static: false,
      open: false,
      client: { overlay: { warnings: false } },
    },
  };
};
