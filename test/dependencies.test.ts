// Issue 16.11: every runtime dependency installed is at least the version package.json declares
// (the minimums carry advisory fixes: fflate ≥ 0.8.3, @xmldom/xmldom ≥ 0.9.12). Needs no network.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const REPO = join(__dirname, "..");
const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { dependencies: Record<string, string> };

/** The lowest version a range such as ^0.8.3, ~18.3.1 or 1.5.7 allows. */
function minimumOf(range: string): number[] {
  const m = /^[\^~>=]*\s*(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  if (!m) throw new Error(`package.json: the range "${range}" has no plain minimum version`);
  return m.slice(1).map(Number);
}

function versionOf(text: string): number[] {
  return text.split("-")[0].split(".").map(Number);
}

function atLeast(version: number[], minimum: number[]): boolean {
  for (let i = 0; i < 3; i++) if (version[i] !== minimum[i]) return version[i] > minimum[i];
  return true;
}

describe("runtime dependencies (16.11)", () => {
  it("declare the versions with the advisory fixes as minimums", () => {
    expect(atLeast(minimumOf(pkg.dependencies.fflate), [0, 8, 3])).toBe(true);
    expect(atLeast(minimumOf(pkg.dependencies["@xmldom/xmldom"]), [0, 9, 12])).toBe(true);
  });

  for (const [name, range] of Object.entries(pkg.dependencies)) {
    it(`${name}: the installed version is at least ${range}`, () => {
      const installed = (JSON.parse(readFileSync(join(REPO, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
      expect(atLeast(versionOf(installed), minimumOf(range)), `${name} ${installed} is below ${range}`).toBe(true);
    });
  }

  it("the comparison itself: a version below the minimum fails", () => {
    expect(atLeast(versionOf("0.8.2"), minimumOf("^0.8.3"))).toBe(false);
    expect(atLeast(versionOf("0.9.11"), minimumOf("^0.9.12"))).toBe(false);
    expect(atLeast(versionOf("0.10.0"), minimumOf("^0.9.12"))).toBe(true);
  });
});
