// Which external programs the optional test suites need, and whether this machine has them.
// Shared by scripts/test.mjs (to name skipped suites) and test/support/tools.ts (to skip them).
import { existsSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";

export const APT_COMMAND =
  "apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk python3-docx python3-uno poppler-utils libxml2-utils chromium";

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

/** name → { available, needs } */
export function detectTools() {
  return {
    chromium: { available: Boolean(chromiumPath()), needs: "chromium" },
    libreoffice: { available: runs("soffice", ["--version"]), needs: "libreoffice-writer-nogui" },
    libreofficeCalc: { available: calcInstalled(), needs: "libreoffice-calc-nogui" },
    pythonDocx: { available: runs("/usr/bin/python3", ["-c", "import docx"]), needs: "python3-docx" },
    pdftoppm: { available: runs("pdftoppm", ["-v"]), needs: "poppler-utils" },
    xmllint: { available: runs("xmllint", ["--version"]), needs: "libxml2-utils" },
    libreofficeUno: { available: runs("/usr/bin/python3", ["-c", "import uno"]), needs: "python3-uno" },
    cjkFonts: { available: runs("sh", ["-c", "fc-list :lang=zh | grep -qi noto"]), needs: "fonts-noto-cjk" },
  };
}
