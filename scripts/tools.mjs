// Which external programs the optional test suites need, and whether this machine has them.
// Shared by scripts/test.mjs (to name skipped suites) and test/support/tools.ts (to skip them).
import { existsSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";

/** The Debian packages of every optional suite (.ci/run installs them). */
export const APT_PACKAGES = ["libreoffice-writer-nogui", "libreoffice-calc-nogui", "fonts-noto-cjk", "python3-docx", "python3-uno", "poppler-utils", "libxml2-utils", "chromium"];

/** The one command (as root) that installs `packages`. */
export function aptCommand(packages = APT_PACKAGES) {
  return `apt-get update && apt-get install -y --no-install-recommends ${packages.join(" ")}`;
}

export const APT_COMMAND = aptCommand();

const CHROMIUM_PATHS = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];

function runs(cmd, args) {
  try {
    return spawnSync(cmd, args, { stdio: "ignore", timeout: 20_000 }).status === 0;
  } catch {
    return false;
  }
}

export function chromiumPath() {
  return CHROMIUM_PATHS.find((p) => existsSync(p));
}

/** LibreOffice Calc (the spreadsheet part, a package of its own): its library beside the soffice found on PATH. */
function calcInstalled() {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout?.trim();
  if (!found) return false;
  try {
    return existsSync(join(dirname(realpathSync(found)), "libsclo.so"));
  } catch {
    return false;
  }
}

/** name → { available, needs (the Debian package), label (what it is, in plain words) } */
export function detectTools() {
  return {
    chromium: { available: Boolean(chromiumPath()), needs: "chromium", label: "the Chromium browser" },
    libreoffice: { available: runs("soffice", ["--version"]), needs: "libreoffice-writer-nogui", label: "LibreOffice Writer" },
    libreofficeCalc: { available: calcInstalled(), needs: "libreoffice-calc-nogui", label: "LibreOffice Calc" },
    pythonDocx: { available: runs("/usr/bin/python3", ["-c", "import docx"]), needs: "python3-docx", label: "python-docx" },
    pdftoppm: { available: runs("pdftoppm", ["-v"]), needs: "poppler-utils", label: "pdftoppm (PDF to images)" },
    xmllint: { available: runs("xmllint", ["--version"]), needs: "libxml2-utils", label: "xmllint (XML schema check)" },
    libreofficeUno: { available: runs("/usr/bin/python3", ["-c", "import uno"]), needs: "python3-uno", label: "LibreOffice's Python scripting" },
    cjkFonts: { available: runs("sh", ["-c", "fc-list :lang=zh | grep -qi noto"]), needs: "fonts-noto-cjk", label: "the Noto CJK fonts" },
  };
}

/** The title of a suite skipped for missing programs (test/support/tools.ts), read back by skippedSuites. */
export function skippedTitle(name, packages) {
  return `${name} [skipped: needs ${packages.join(", ")}]`;
}

/** The suites skipped for missing programs in vitest's JSON results: [{ name, packages }], once each. */
export function skippedSuites(results) {
  const found = new Map();
  for (const file of results.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status !== "pending" && test.status !== "skipped") continue;
      for (const title of test.ancestorTitles ?? []) {
        const m = /^(.*) \[skipped: needs (.*)\]$/.exec(title);
        if (m) found.set(m[1], { name: m[1], packages: m[2].split(", ") });
      }
    }
  }
  return [...found.values()];
}
