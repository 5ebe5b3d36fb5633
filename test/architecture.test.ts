// The layers import one way: domain ← ooxml ← word, export ← taskpane, cli.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]);
}

/** What each layer may import from the other layers of src/. */
const ALLOWED: Record<string, string[]> = {
  domain: ["domain"],
  ooxml: ["domain", "ooxml"],
  word: ["domain", "ooxml", "word"],
  export: ["domain", "ooxml", "export"],
  cli: ["domain", "ooxml", "export", "cli"],
  taskpane: ["domain", "ooxml", "word", "export", "taskpane"],
};

const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  domain: /^(react|react-dom|@fluentui\/|docx|office-|@microsoft\/office|fflate|@xmldom\/|node:)/,
  ooxml: /^(react|react-dom|@fluentui\/|office-|@microsoft\/office|node:)/,
  export: /^(react|react-dom|@fluentui\/|office-|@microsoft\/office|node:)/,
  word: /^(react|react-dom|@fluentui\/|docx|node:)/,
};

describe("architecture", () => {
  for (const layer of Object.keys(ALLOWED)) {
    it(`${layer} imports only ${ALLOWED[layer].join(", ")}`, () => {
      const dir = join(SRC, layer);
      let files: string[] = [];
      try {
        files = sourceFiles(dir);
      } catch {
        return;
      }
      const violations: string[] = [];
      for (const file of files) {
        for (const spec of importsOf(file)) {
          if (spec.startsWith(".")) {
            const target = relative(SRC, join(file, "..", spec)).split(/[\\/]/)[0];
            if (!ALLOWED[layer].includes(target)) violations.push(`${relative(SRC, file)} → ${spec}`);
          } else if (FORBIDDEN_PACKAGES[layer]?.test(spec)) {
            violations.push(`${relative(SRC, file)} → ${spec}`);
          }
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it("no Word code creates a content control through the API: every control comes from OOXML (office-js #6590)", () => {
    const hits = sourceFiles(join(SRC, "word")).filter((f) => /\.insertContentControl\s*\(/.test(readFileSync(f, "utf8")));
    expect(hits.map((f) => relative(SRC, f))).toEqual([]);
  });

  it("src/domain touches no Word, Office or DOM global", () => {
    const hits = sourceFiles(join(SRC, "domain")).filter((f) =>
      /\b(Word|Office)\.[A-Za-z]|\bdocument\.|\bwindow\.|\blocalStorage\b/.test(readFileSync(f, "utf8")),
    );
    expect(hits.map((f) => relative(SRC, f))).toEqual([]);
  });
});
