// What `npm test` (scripts/test.mjs) says about suites skipped for programs that are not installed:
// the suites vitest skipped, by their own names, each with what it needs, and one apt line for those.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain .mjs module shared with scripts/test.mjs
import { aptCommand, APT_PACKAGES, detectTools, skippedSuites, skippedTitle } from "../scripts/tools.mjs";

/** One test result as vitest's JSON reporter writes it. */
const result = (ancestorTitles: string[], status: string) => ({ ancestorTitles, status, title: "t", fullName: "t", failureMessages: [] });

describe("skipped suites named by npm test", () => {
  it("lists each suite that was skipped for missing programs once, with its packages, and no other", () => {
    const results = {
      testResults: [
        {
          assertionResults: [
            result([skippedTitle("exportMinutesDocx rendered by LibreOffice", ["libreoffice-writer-nogui", "fonts-noto-cjk"])], "skipped"),
            result([skippedTitle("exportMinutesDocx rendered by LibreOffice", ["libreoffice-writer-nogui", "fonts-noto-cjk"]), "inner"], "skipped"),
            result(["exportMinutesDocx"], "passed"),
            result(["a suite skipped for another reason"], "skipped"),
          ],
        },
        { assertionResults: [result([skippedTitle("the task pane in chromium (production build)", ["chromium"])], "pending")] },
      ],
    };
    expect(skippedSuites(results)).toEqual([
      { name: "exportMinutesDocx rendered by LibreOffice", packages: ["libreoffice-writer-nogui", "fonts-noto-cjk"] },
      { name: "the task pane in chromium (production build)", packages: ["chromium"] },
    ]);
    expect(skippedSuites({ testResults: [] })).toEqual([]);
  });

  it("gives one apt line for the packages asked, every optional package by default", () => {
    expect(aptCommand(["chromium", "xmllint"])).toBe("apt-get update && apt-get install -y --no-install-recommends chromium xmllint");
    expect(aptCommand()).toBe(`apt-get update && apt-get install -y --no-install-recommends ${APT_PACKAGES.join(" ")}`);
  });

  it("is the apt line the README gives", () => {
    expect(readFileSync(join(__dirname, "..", "README.md"), "utf8")).toContain(aptCommand());
  });

  it("knows every program by a plain name and by a package of the apt line", () => {
    for (const tool of Object.values(detectTools()) as { needs: string; label: string }[]) {
      expect(APT_PACKAGES).toContain(tool.needs);
      expect(tool.label).not.toMatch(/^[a-z]+[A-Z]/);
    }
  });
});
