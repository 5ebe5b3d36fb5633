// Suites that need an external program use describeWithTools: they run where the programs are
// installed, are skipped (and named by `npm test`) where not, and fail when CCR_REQUIRE_ALL=1.
import { describe, it } from "vitest";
// @ts-expect-error plain .mjs module shared with scripts/test.mjs
import { detectTools, APT_COMMAND, chromiumPath, skippedTitle } from "../../scripts/tools.mjs";

export type ToolName = "chromium" | "libreoffice" | "libreofficeCalc" | "libreofficeUno" | "pythonDocx" | "pdftoppm" | "xmllint" | "cjkFonts";

const detected: Record<ToolName, { available: boolean; needs: string; label: string }> = detectTools();

export const requireAllTools = process.env.CCR_REQUIRE_ALL === "1";

export function hasTools(...tools: ToolName[]): boolean {
  return tools.every((t) => detected[t].available);
}

export function describeWithTools(tools: ToolName[], name: string, body: () => void): void {
  const missing = tools.filter((t) => !detected[t].available);
  if (missing.length === 0) {
    describe(name, body);
  } else if (requireAllTools) {
    describe(name, () => {
      it(`needs ${missing.join(", ")}`, () => {
        throw new Error(`CCR_REQUIRE_ALL=1 but ${missing.map((t) => detected[t].needs).join(", ")} missing: ${APT_COMMAND}`);
      });
    });
  } else {
    describe.skipIf(true)(skippedTitle(name, missing.map((t) => detected[t].needs)), body);
  }
}

export const CHROMIUM_PATH: string | undefined = chromiumPath();
