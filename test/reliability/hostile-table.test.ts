// Issue 16: every hostile input of hostile-corpus.ts given to every command that reads a file. The
// outcome table is the one in docs/reliability.md (between the hostile-table markers): the test fails
// when they differ; `npm run docs:reliability` writes it there.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ccr, REPO } from "../support/cli";
import { HOSTILE_INPUTS } from "./hostile-corpus";

const COMMANDS: { name: string; args: (file: string) => string[]; writes?: string; docxOnly?: boolean }[] = [
  { name: "validate", args: (f) => ["validate", f] },
  { name: "extract -o", args: (f) => ["extract", f, "-o", "out.json"], writes: "out", docxOnly: true },
  { name: "export minutes", args: (f) => ["export", "minutes", f, "-o", "minutes.docx"], writes: "minutes.docx" },
  { name: "export record", args: (f) => ["export", "record", f, "-o", "record.docx"], writes: "record.docx" },
  { name: "agenda", args: (f) => ["agenda", f, "-o", "agenda.docx"], writes: "agenda.docx" },
  { name: "status", args: (f) => ["status", f] },
];

const DOC = join(REPO, "docs", "reliability.md");
const START = "<!-- hostile-table:start -->";
const END = "<!-- hostile-table:end -->";
const rows: string[] = [];
const root = mkdtempSync(join(tmpdir(), "ccr-hostile-table-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("hostile inputs × commands (issue 16)", () => {
  for (const input of HOSTILE_INPUTS) {
    it(`${input.file}: ${input.what}`, async () => {
      const dir = mkdtempSync(join(root, "case-"));
      writeFileSync(join(dir, input.file), input.bytes());
      const cells: string[] = [];
      let message = "";
      for (const command of COMMANDS) {
        if (command.docxOnly && !input.file.endsWith(".docx")) {
          cells.push("—");
          continue;
        }
        const run = await ccr(command.args(input.file), { cwd: dir, lang: "zh" });
        const shown = `${command.name} ${input.file}: ${run.stderr}`;
        expect(run.stderr, shown).not.toMatch(/\n\s+at |TypeError|RangeError|call stack|constructor|ccr 运行出错/);
        if (input.refused) expect(run.code, shown).toBe(2);
        else expect(run.code, shown).toBeLessThan(2);
        // Nothing but the input and the file the command was asked for, and only in the folder.
        const written = readdirSync(dir).filter((f) => f !== input.file);
        if (input.refused) expect(written, shown).toEqual([]);
        else expect(written.every((f) => command.writes !== undefined && f.startsWith(command.writes)) || written.length === 0 || command.writes === undefined, shown).toBe(true);
        for (const f of written) rmSync(join(dir, f), { force: true });
        cells.push(String(run.code));
        if (command.name === "validate") message = run.stderr.split("\n")[0].replace(dir, "").slice(0, 120);
      }
      rows.push(`| \`${input.file}\` | ${input.what} | ${cells.join(" | ")} | ${input.refused ? message.replace(/\|/g, "\\|") : "read"} |`);
    }, 120_000);
  }

  it("the table in docs/reliability.md is this run's", () => {
    const table = [
      `| file | what it is | ${COMMANDS.map((c) => c.name).join(" | ")} | message (validate, zh) |`,
      `|---|---|${COMMANDS.map(() => "---").join("|")}|---|`,
      ...rows,
    ].join("\n");
    const doc = readFileSync(DOC, "utf8");
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    expect(start, "docs/reliability.md has the hostile-table markers").toBeGreaterThan(0);
    const current = doc.slice(start + START.length, end).trim();
    if (process.env.CCR_WRITE_DOCS === "1") writeFileSync(DOC, `${doc.slice(0, start + START.length)}\n${table}\n${doc.slice(end)}`);
    else expect(current).toBe(table);
  });
});
