// The layer rules live in eslint.config.js and `npm test` runs ESLint over the whole tree; these
// tests show that each rule catches what it is for, by linting small sources placed in each layer.
import { ESLint } from "eslint";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");
const eslint = new ESLint({ cwd: ROOT });

async function rulesHit(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe("layer rules (eslint.config.js)", () => {
  it("the domain imports no other layer, no Office, React, docx, XML or Node", async () => {
    for (const spec of ["../../word/record-document", "../../taskpane/App", "../../ooxml/wordml", "react", "docx", "@xmldom/xmldom", "node:fs"]) {
      expect(await rulesHit("src/domain/record/probe.ts", `import * as x from "${spec}";\nexport const y = x;\n`), spec).toContain("no-restricted-imports");
    }
    expect(await rulesHit("src/domain/record/probe.ts", `import { parseRecord } from "./record";\nexport const y = parseRecord;\n`)).toEqual([]);
  });

  it("the domain touches no DOM or Office global", async () => {
    expect(await rulesHit("src/domain/record/probe.ts", "export const y = () => window.localStorage;\n")).toContain("no-restricted-globals");
    expect(await rulesHit("src/domain/record/probe.ts", "export const y = () => Office.context;\n")).toContain("no-restricted-globals");
  });

  it("ooxml, export and word do not reach up to the pane or the command line", async () => {
    expect(await rulesHit("src/ooxml/probe.ts", `import * as x from "../word/record-document";\nexport const y = x;\n`)).toContain("no-restricted-imports");
    expect(await rulesHit("src/export/probe.ts", `import * as x from "../taskpane/App";\nexport const y = x;\n`)).toContain("no-restricted-imports");
    expect(await rulesHit("src/word/probe.ts", `import * as x from "../export/csv";\nexport const y = x;\n`)).toContain("no-restricted-imports");
    expect(await rulesHit("src/export/probe.ts", `import * as x from "../ooxml/wordml";\nexport const y = x;\n`)).toEqual([]);
  });

  it("no Word code creates a content control through the API (office-js #6590)", async () => {
    const code = "export function f(range: Word.Range) {\n  return range.insertContentControl();\n}\n";
    expect(await rulesHit("src/word/probe.ts", code)).toContain("no-restricted-syntax");
  });

  it("the pane reaches Word only through its Word session (src/taskpane/word/)", async () => {
    for (const spec of ["../../word/office-host", "../../word/record-document", "../../word/adopt", "../../word/agenda"]) {
      expect(await rulesHit("src/taskpane/components/Probe.tsx", `import * as x from "${spec}";\nexport const y = x;\n`), spec).toContain("no-restricted-imports");
    }
    expect(await rulesHit("src/taskpane/tabs/agenda/Probe.tsx", "export const y = () => Word.run(async () => undefined);\n")).toContain("no-restricted-syntax");
    expect(await rulesHit("src/taskpane/word/probe.ts", `import { officeJsHost } from "../../word/office-host";\nexport const y = officeJsHost;\n`)).toEqual([]);
    expect(await rulesHit("src/taskpane/components/Probe.tsx", `import { isWordError } from "../../word/types";\nexport const y = isWordError;\n`)).toEqual([]);
  });

  it("a rule is switched off only with a reason", async () => {
    const code = 'export const s = "\\u0001".replace(/\\u0001/g, "");\n// eslint-disable-next-line no-console\nconsole.log(s);\n';
    expect(await rulesHit("src/export/probe.ts", code)).toContain("eslint-comments/require-description");
  });

  it("the whole tree is clean", async () => {
    const results = await eslint.lintFiles(["src", "test", "bench", "scripts"]);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(ROOT.length + 1)}:${m.line} ${m.ruleId}`));
    expect(problems).toEqual([]);
  });
});
