import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseRecord, serialiseRecord } from "../../domain/record/record";
import { exportRecordDocx } from "../../export/record-docx";
import { runCli } from "../main";
import { EXAMPLES_DIR } from "../../../test/support/records";

const EXAMPLES = EXAMPLES_DIR;

async function ccr(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd, lang: "zh" });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function example(name: string) {
  const parsed = parseRecord(readFileSync(join(EXAMPLES, name), "utf8"));
  if (!parsed.ok) throw new Error(name);
  return parsed.record;
}

describe("ccr export record / ccr extract / ccr validate on .docx", () => {
  const dir = mkdtempSync(join(tmpdir(), "ccr-extract-cli-"));

  it("exports the record form and extracts the same record JSON", async () => {
    const record = { ...example("project-delay.json"), id: "pd-1" };
    writeFileSync(join(dir, "pd.json"), serialiseRecord(record));
    expect((await ccr(["export", "record", "pd.json", "-o", "pd.docx"], dir)).code).toBe(0);
    const printed = await ccr(["extract", "pd.docx"], dir);
    expect(printed.code).toBe(0);
    expect(printed.out).toBe(serialiseRecord(record));
    expect((await ccr(["extract", "pd.docx", "-o", "back.json"], dir)).code).toBe(0);
    expect(readFileSync(join(dir, "back.json"), "utf8")).toBe(serialiseRecord(record));
  });

  it("validates a .docx: every record in it, exit 1 when one has errors", async () => {
    const good = { ...example("project-delay.json"), id: "good" };
    writeFileSync(join(dir, "good.docx"), exportRecordDocx(good));
    expect((await ccr(["validate", "good.docx"], dir)).code).toBe(0);
    const bad = { ...good, id: "bad", actions: good.actions.map((a, i) => (i === 0 ? { ...a, deadline: "尽快" } : a)) };
    writeFileSync(join(dir, "bad.docx"), exportRecordDocx(bad));
    const r = await ccr(["validate", "bad.docx", "--json"], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).map((f: { rule: string }) => f.rule)).toContain("deadline.vague");
  });

  it("says what is wrong with a file that is not a ccr document, with exit 2 and no stack trace", async () => {
    writeFileSync(join(dir, "text.docx"), "not a zip");
    writeFileSync(join(dir, "plain.docx"), zipSync({ "word/document.xml": strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>') }));
    for (const [file, message] of [
      ["text.docx", "不是 .docx 文件"],
      ["plain.docx", "没有 ccr 记录表"],
      ["missing.docx", "无法读取"],
    ]) {
      const r = await ccr(["extract", file], dir);
      expect(r.code, file).toBe(2);
      expect(r.err, file).toContain(message);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect((await ccr(["extract", "pd.json"], dir)).code).toBe(2);
  });

  it("has help in Chinese and English", async () => {
    expect((await ccr(["extract", "--help"], dir)).out).toContain("用法：ccr extract");
    const en = await runCli(["extract", "--help"], { out: (t) => expect(t).toContain("Usage: ccr extract"), err: () => {}, cwd: dir, lang: "en" });
    expect(en).toBe(0);
  });
});
