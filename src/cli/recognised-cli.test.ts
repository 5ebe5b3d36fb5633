// ccr extract / validate / status on .docx forms filled by hand (no ccr content controls): the
// record is recognised from the labels, and the commands say so.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FORM_STYLES, renderForm } from "../../test/fixtures/forms";
import { formDocx } from "../../test/support/forms-docx";
import { paragraph, table } from "../domain/recognise/blocks";
import { parseRecord, serialiseRecord, type CcrRecord } from "../domain/record/record";
import { runCli } from "./main";
import { EXAMPLES_DIR } from "../../test/support/records";

const EXAMPLES = EXAMPLES_DIR;

function example(name: string): CcrRecord {
  const parsed = parseRecord(readFileSync(join(EXAMPLES, name), "utf8"));
  if (!parsed.ok) throw new Error(name);
  return parsed.record;
}

async function ccr(args: string[], cwd: string, lang: "zh" | "en" = "zh") {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd, lang });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("the command line on hand-filled .docx forms", () => {
  const dir = mkdtempSync(join(tmpdir(), "ccr-adopt-cli-"));
  const folder = join(dir, "old-records");
  const weekly = example("weekly-sync.json");

  beforeAll(async () => {
    mkdirSync(folder);
    writeFileSync(join(dir, "weekly.docx"), await formDocx(renderForm(weekly, "guide")));
    writeFileSync(
      join(dir, "partial.docx"),
      await formDocx([
        paragraph("沟通协调记录表"),
        table([
          ["沟通主题:", "华东区仓储扩容资源协调会"],
          ["会议编号:", "HY-2026-018"],
          ["沟通时间:", "2026年3月10日 09:30至11:00"],
          ["记录人:", "(例:陈静)"],
        ]),
        table([
          ["事项", "责任人", "截止时间", "交付标准"],
          ["确定候选仓库", "相关部门", "尽快", "按要求落实"],
        ]),
      ]),
    );
    for (const [i, style] of FORM_STYLES.entries()) {
      writeFileSync(join(folder, `${i}-${style}.docx`), await formDocx(renderForm(example("project-delay.json"), style)));
    }
    writeFileSync(join(folder, "notice.docx"), await formDocx([paragraph("关于召开安全生产会议的通知"), paragraph("请准时参加。")]));
  });

  it("extract prints the recognised record and says it was read from the labels", async () => {
    const r = await ccr(["extract", "weekly.docx"], dir);
    expect(r.code).toBe(0);
    const printed = parseRecord(r.out);
    expect(printed.ok && printed.record.topic).toBe(weekly.topic);
    expect(printed.ok && printed.record.actions).toEqual(weekly.actions);
    expect(r.err).toContain("weekly.docx：没有 ccr 内容控件，已按“沟通协调记录表”的标签识别出记录");
  });

  it("extract --json marks each field's source with its place in the document", async () => {
    const r = await ccr(["extract", "partial.docx", "--json"], dir, "en");
    const json = JSON.parse(r.out);
    expect(json.source).toBe("recognised");
    expect(json.fields.topic).toEqual([
      { source: "recognised", label: "沟通主题", text: "华东区仓储扩容资源协调会", at: { block: 1, row: 0, cell: 1 }, where: { zh: "第1个表格第1行第2格", en: "table 1, row 1, cell 2" } },
    ]);
    expect(json.fields["actions[0].owner"][0].at).toEqual({ block: 2, row: 1, cell: 1 });
    expect(json.unmapped.map((u: { label: string }) => u.label)).toEqual(["会议编号"]);
    expect(json.unfilled.map((u: { path: string }) => u.path)).toEqual(["recorder"]);
    expect(json.record.topic).toBe("华东区仓储扩容资源协调会");
    expect(r.err).toContain("Label not mapped: 会议编号 (table 1, row 2, cell 1)");
  });

  it("validate checks the recognised record, says so, and marks the findings' sources in --json", async () => {
    const human = await ccr(["validate", "partial.docx"], dir);
    expect(human.code).toBe(1);
    expect(human.err).toContain("已按“沟通协调记录表”的标签识别出记录");
    const r = await ccr(["validate", "partial.docx", "--json"], dir);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out) as { rule: string; path: string; source: { kind: string; at?: unknown } }[];
    const vague = findings.find((f) => f.rule === "deadline.vague");
    expect(vague?.source).toMatchObject({ kind: "recognised", label: "截止时间", at: { block: 2, row: 1, cell: 2 } });
    expect(findings.every((f) => f.source.kind === "recognised")).toBe(true);
  });

  it("status lists the open items of a folder of hand-filled forms and skips a document that is no form", async () => {
    const r = await ccr(["status", "old-records", "--json", "--today", "2026-06-01"], dir);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { file: string; task: string }[];
    expect(rows.length).toBe(FORM_STYLES.length * 3);
    expect(new Set(rows.map((row) => row.task))).toEqual(new Set(example("project-delay.json").actions.map((a) => a.task)));
    expect(r.err).toContain("0-guide.docx：没有 ccr 内容控件，已按“沟通协调记录表”的标签识别。");
    expect(r.err).toContain("notice.docx:文档中没有 ccr 记录表");
  });

  it("a document that is neither a ccr document nor a form is bad input (exit 2)", async () => {
    const r = await ccr(["extract", join("old-records", "notice.docx")], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
  });

  it("keeps reading add-in documents from their controls", async () => {
    const record = { ...example("project-delay.json"), id: "pd-1" };
    writeFileSync(join(dir, "pd.json"), serialiseRecord(record));
    expect((await ccr(["export", "record", "pd.json", "-o", "pd.docx"], dir)).code).toBe(0);
    const r = await ccr(["extract", "pd.docx", "--json"], dir);
    expect(JSON.parse(r.out)).toEqual({ source: "content-controls", record });
    expect(r.err).toBe("");
  });
});
