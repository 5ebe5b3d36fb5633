import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseRecord } from "../../domain/record/record";
import { exportRecordDocx } from "../../export/record-docx";
import { ccr } from "../../../test/support/cli";
import { EXAMPLES_DIR } from "../../../test/support/records";

const documentText = (path: string) => new TextDecoder().decode(unzipSync(readFileSync(path))["word/document.xml"]);

function example(name: string) {
  const parsed = parseRecord(readFileSync(join(EXAMPLES_DIR, name), "utf8"));
  if (!parsed.ok) throw new Error(name);
  return parsed.record;
}

describe("ccr export weekly", () => {
  it("writes the 周进度报告 of one record to -o, as of --today", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccr-weekly-"));
    const run = await ccr(["export", "weekly", join(EXAMPLES_DIR, "project-delay.json"), "--today", "2026-06-15", "-o", "w.docx"], { cwd: dir });
    expect(run).toMatchObject({ code: 0 });
    const xml = documentText(join(dir, "w.docx"));
    expect(xml).toContain("周进度报告");
    expect(xml).toContain("截至2026年6月15日");
    expect(xml).toContain(example("project-delay.json").topic.trim());
  });

  it("writes one report per record of a folder (.json and .docx) into the -o folder, skips its own reports and other files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccr-weekly-"));
    const records = join(dir, "records");
    mkdirSync(join(records, "sub"), { recursive: true });
    copyFileSync(join(EXAMPLES_DIR, "project-delay.json"), join(records, "a.json"));
    writeFileSync(join(records, "sub", "b.docx"), exportRecordDocx(example("weekly-sync.json")));
    copyFileSync(join(EXAMPLES_DIR, "supplier-delivery.json"), join(records, "sub", "a.json"));
    writeFileSync(join(records, "notes.txt"), "not a record");
    mkdirSync(join(dir, "out"));

    const run = await ccr(["export", "weekly", "records", "--today", "2026-06-15", "-o", "out"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // Two records named a: the second report is a-2, not written over the first.
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["a-2.weekly.docx", "a.weekly.docx", "b.weekly.docx"]);
    expect(documentText(join(dir, "out", "b.weekly.docx"))).toContain(example("weekly-sync.json").topic.trim());
    const topics = ["a.weekly.docx", "a-2.weekly.docx"].map((f) => documentText(join(dir, "out", f)));
    expect(topics.some((t) => t.includes(example("supplier-delivery.json").topic.trim()))).toBe(true);
    expect(topics.some((t) => t.includes(example("project-delay.json").topic.trim()))).toBe(true);

    // Without -o each report goes beside its record; a second run does not read the reports as records.
    for (let i = 0; i < 2; i++) {
      const again = await ccr(["export", "weekly", "records", "--today", "2026-06-15"], { cwd: dir });
      expect(again).toMatchObject({ code: 0, stderr: "" });
    }
    expect(existsSync(join(records, "a.weekly.docx"))).toBe(true);
    expect(existsSync(join(records, "sub", "b.weekly.docx"))).toBe(true);
    expect(existsSync(join(records, "sub", "a.weekly.docx"))).toBe(true);
  });

  it("keeps typed punctuation as typed, and normalises it with --normalise-punctuation", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccr-weekly-"));
    const record = example("project-delay.json");
    record.actions[0].task = "提交清单(含型号),抄送技术部";
    writeFileSync(join(dir, "r.json"), JSON.stringify(record));
    expect((await ccr(["export", "weekly", "r.json", "--today", "2026-06-15", "-o", "typed.docx"], { cwd: dir })).code).toBe(0);
    expect(documentText(join(dir, "typed.docx"))).toContain("提交清单(含型号),抄送技术部");
    expect((await ccr(["export", "weekly", "r.json", "--today", "2026-06-15", "--normalise-punctuation", "-o", "norm.docx"], { cwd: dir })).code).toBe(0);
    expect(documentText(join(dir, "norm.docx"))).toContain("提交清单（含型号），抄送技术部");
  });

  it("exits 2 with a message for a folder without records, a bad --today and a bad file in a folder named directly", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ccr-weekly-"));
    mkdirSync(join(dir, "empty"));
    const empty = await ccr(["export", "weekly", "empty"], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("没有找到记录文件");
    expect((await ccr(["export", "weekly", join(EXAMPLES_DIR, "project-delay.json"), "--today", "2026-02-30"], { cwd: dir })).code).toBe(2);
    writeFileSync(join(dir, "bad.json"), "{ not json");
    const bad = await ccr(["export", "weekly", "bad.json"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("JSON");
  });

  it("is listed in the help in both languages", async () => {
    expect((await ccr(["export", "--help"])).stdout).toContain("ccr export weekly");
    expect((await ccr(["export", "--help"], { lang: "en" })).stdout).toContain("weekly progress report");
  });
});
