// Which external programs the optional test suites need, and whether this machine has them.
// Shared by scripts/test.mjs (to name skipped suites) and test/support/tools.ts (to skip them).
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

export const APT_COMMAND =
  "apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk python3-docx python3-uno poppler-utils libxml2-utils chromium";

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

/** name → { available, needs } */
export function detectTools() {
  return {
    chromium: { available: Boolean(chromiumPath()), needs: "chromium" },
    libreoffice: { available: runs("soffice", ["--version"]), needs: "libreoffice-writer-nogui" },
    pythonDocx: { available: runs("/usr/bin/python3", ["-c", "import docx"]), needs: "python3-docx" },
    pdftoppm: { available: runs("pdftoppm", ["-v"]), needs: "poppler-utils" },
    xmllint: { available: runs("xmllint", ["--version"]), needs: "libxml2-utils" },
    libreofficeUno: { available: runs("/usr/bin/python3", ["-c", "import uno"]), needs: "python3-uno" },
    cjkFonts: { available: runs("sh", ["-c", "fc-list :lang=zh | grep -qi noto"]), needs: "fonts-noto-cjk" },
  };
}
