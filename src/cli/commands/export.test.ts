import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { runCli } from "../main";
import { EXAMPLES_DIR } from "../../../test/support/records";

const EXAMPLE = join(EXAMPLES_DIR, "project-delay.json");

async function ccr(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd, lang: "zh" });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("ccr export actions", () => {
  const dir = mkdtempSync(join(tmpdir(), "ccr-export-cli-"));

  it("writes a .docx by default, a CSV and an ICS on request", async () => {
    const docx = await ccr(["export", "actions", EXAMPLE, "-o", "a.docx"], dir);
    expect(docx).toMatchObject({ code: 0 });
    expect(Object.keys(unzipSync(readFileSync(join(dir, "a.docx"))))).toContain("word/document.xml");

    expect((await ccr(["export", "actions", EXAMPLE, "--format", "csv", "-o", "a.csv"], dir)).code).toBe(0);
    const csv = readFileSync(join(dir, "a.csv"));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString("utf8")).toContain("提交物料需求清单");

    expect((await ccr(["export", "actions", EXAMPLE, "--format=ics", "--ics", "event", "-o", "a.ics"], dir)).code).toBe(0);
    expect(readFileSync(join(dir, "a.ics"), "utf8")).toContain("BEGIN:VEVENT");
  });

  it("keeps typed punctuation as typed, and normalises it with --normalise-punctuation", async () => {
    expect((await ccr(["export", "actions", EXAMPLE, "--format", "csv", "-o", "typed.csv"], dir)).code).toBe(0);
    expect(readFileSync(join(dir, "typed.csv"), "utf8")).toContain("输出物料需求清单(型号、数量、到货日期),抄送技术部负责人");
    expect((await ccr(["export", "actions", EXAMPLE, "--format", "csv", "--normalise-punctuation", "-o", "norm.csv"], dir)).code).toBe(0);
    expect(readFileSync(join(dir, "norm.csv"), "utf8")).toContain("输出物料需求清单（型号、数量、到货日期），抄送技术部负责人");
  });

  it("writes the minutes in both layouts and refuses a non-docx format for them", async () => {
    expect((await ccr(["export", "minutes", EXAMPLE, "-o", "m.docx"], dir)).code).toBe(0);
    expect((await ccr(["export", "minutes", EXAMPLE, "--layout", "gongwen", "-o", "g.docx"], dir)).code).toBe(0);
    const g = unzipSync(readFileSync(join(dir, "g.docx")));
    expect(new TextDecoder().decode(g["word/document.xml"])).toContain("纪要");
    expect((await ccr(["export", "minutes", EXAMPLE, "--layout", "a4"], dir)).code).toBe(2);
    expect((await ccr(["export", "minutes", EXAMPLE, "--format", "csv"], dir)).code).toBe(2);
  });

  it("exits 2 with a message for a missing file, a malformed record or a bad option", async () => {
    const missing = await ccr(["export", "actions", "nope.json"], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("无法读取");
    writeFileSync(join(dir, "bad.json"), "{ not json");
    const bad = await ccr(["export", "actions", "bad.json"], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("JSON");
    expect((await ccr(["export", "actions", EXAMPLE, "--format", "pdf"], dir)).code).toBe(2);
    expect((await ccr(["export", "nothing", EXAMPLE], dir)).code).toBe(2);
  });

  it("runs as a process and prints no stack trace on bad input", () => {
    const r = spawnSync(process.execPath, [join(__dirname, "../../../bin/ccr.mjs"), "export", "actions", "missing.json"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
