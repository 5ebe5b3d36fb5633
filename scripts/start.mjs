// `npm start`: build and serve the task pane. Where Word is installed (Windows, macOS) it is
// sideloaded with office-addin-debugging (fetched by npx on demand: it pulls ~420 MB and a native
// build, so it is not a dependency). Elsewhere the pane is served for the browser, where it runs in
// stand-alone mode. Options: --browser (never sideload), --port N.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const browserOnly = args.includes("--browser");
const portArg = args.indexOf("--port");
const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.CCR_PORT ?? 3000);
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

/** Where Word is installed, or undefined. */
export function findWord(platform = process.platform, env = process.env) {
  if (platform === "darwin") {
    const app = "/Applications/Microsoft Word.app";
    return existsSync(app) ? app : undefined;
  }
  if (platform === "win32") {
    const roots = [env.ProgramFiles, env["ProgramFiles(x86)"], env.ProgramW6432].filter(Boolean);
    for (const root of roots) {
      for (const version of ["root\\Office16", "Office16", "root\\Office15"]) {
        const exe = join(root, "Microsoft Office", version, "WINWORD.EXE");
        if (existsSync(exe)) return exe;
      }
    }
    const reg = spawnSync("reg", ["query", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\Winword.exe", "/ve"], {
      encoding: "utf8",
    });
    const m = reg.status === 0 ? /REG_SZ\s+(.+WINWORD\.EXE)/i.exec(reg.stdout) : null;
    return m ? m[1].trim() : undefined;
  }
  return undefined;
}

function say(zh, en) {
  console.log(`\n${zh}\n${en}\n`);
}

function run(command, commandArgs, extraEnv = {}) {
  const child = spawn(command, commandArgs, {
    stdio: ["inherit", "pipe", "inherit"],
    env: { ...process.env, CCR_PORT: String(port), ...extraEnv },
    shell: process.platform === "win32",
  });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

/** Serves the pane with webpack's dev server and prints the page's address once it is built. */
function serveForBrowser() {
  const child = run(npx, ["webpack", "serve", "--mode", "development", "--port", String(port)]);
  let origin = `http://localhost:${port}/`;
  let announced = false;
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    const m = /Loopback:\s*(https?:\/\/localhost:\d+\/)/.exec(chunk);
    if (m) origin = m[1];
    if (!announced && /compiled( successfully| with \d+ warnings?)/.test(chunk)) {
      announced = true;
      say(
        `在浏览器中打开 ${origin}taskpane.html (独立模式,未连接 Word;按 Ctrl+C 停止)`,
        `Open ${origin}taskpane.html in a browser (stand-alone mode, not connected to Word; Ctrl+C stops)`,
      );
    }
  });
}

function sideload(word) {
  say(
    `找到 Word:${word}\n正在构建并旁加载到 Word(首次运行 npx 会下载 office-addin-debugging,约 420 MB)。`,
    `Found Word: ${word}\nBuilding and sideloading into Word (the first run downloads office-addin-debugging, ~420 MB, via npx).`,
  );
  const child = run(npx, [
    "--yes",
    "office-addin-debugging",
    "start",
    "manifest.xml",
    "desktop",
    "--dev-server",
    `npx webpack serve --mode development --port ${port}`,
    "--dev-server-port",
    String(port),
  ]);
  child.stdout.pipe(process.stdout);
  say(
    "停止并从 Word 移除:npx office-addin-debugging stop manifest.xml",
    "To stop and remove it from Word: npx office-addin-debugging stop manifest.xml",
  );
}

const word = browserOnly ? undefined : findWord();
if (word) {
  sideload(word);
} else {
  if (!browserOnly) {
    say(
      "本机未安装 Word 桌面版(或系统不支持旁加载),改为在浏览器中提供任务窗格。\n也可在 Word 网页版中旁加载 manifest.xml,见 README。",
      "No desktop Word found on this machine (or sideloading is not supported here): serving the pane for a browser.\nYou can also sideload manifest.xml into Word on the web; see the README.",
    );
  }
  serveForBrowser();
}
