import ICAL from "ical.js";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { parseRecord } from "../../domain/record/record";
import { exportRecordDocx } from "../../export/record-docx";
import { runCli } from "../main";
import { EXAMPLES_DIR } from "../../../test/support/records";

const EXAMPLE = join(EXAMPLES_DIR, "project-delay.json");

async function ccr(args: string[], cwd: string, lang: "zh" | "en" = "zh") {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd, lang });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("ccr agenda", () => {
  const dir = mkdtempSync(join(tmpdir(), "ccr-agenda-cli-"));

  it("writes the scenario's default agenda as .docx", async () => {
    const r = await ccr(["agenda", EXAMPLE, "-o", "agenda.docx"], dir);
    expect(r.code).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(join(dir, "agenda.docx")))["word/document.xml"]);
    expect(xml).toContain("确认责任人、完成时限及交付标准");
    expect(xml).toContain("汇报人");
  });

  it("prints the text for e-mail with -o -, using the stored agenda when there is one", async () => {
    const record = JSON.parse(readFileSync(EXAMPLE, "utf8"));
    record.agenda = {
      items: [
        { title: "延期情况", presenter: "技术部", minutes: 10 },
        { title: "调整方案", presenter: "全体", minutes: 15 },
        { title: "确认责任人、完成时限及交付标准", presenter: "张伟", minutes: 5, closing: true },
      ],
      materials: ["研发计划"],
      opening: "",
      sentOn: "",
    };
    writeFileSync(join(dir, "with-agenda.json"), JSON.stringify(record));
    const r = await ccr(["agenda", "with-agenda.json", "--format", "txt", "--style", "email", "-o", "-"], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain("主题：【会议通知】项目研发阶段延期协调会");
    expect(r.out).toContain("1. 延期情况（技术部，10分钟）");
    expect(r.out).toContain("先请技术部说明延期情况，再共同商议调整方案");
    expect(r.err).toBe("");
  });

  it("writes an .ics invitation that ical.js reads", async () => {
    writeFileSync(join(dir, "delay.json"), readFileSync(EXAMPLE));
    const r = await ccr(["agenda", "delay.json", "--format=ics"], dir);
    expect(r.code).toBe(0);
    const out = join(dir, "delay.agenda.ics");
    expect(r.out).toContain(out);
    const event = new ICAL.Component(ICAL.parse(readFileSync(out, "utf8"))).getFirstSubcomponent("vevent")!;
    expect(String(event.getFirstPropertyValue("dtstart"))).toBe("2026-06-08T14:00:00");
    expect(event.getFirstPropertyValue("location")).toBe("公司3号会议室");
  });

  it("warns when the stored items do not add up to the meeting's length", async () => {
    const record = JSON.parse(readFileSync(EXAMPLE, "utf8"));
    record.agenda = { items: [{ title: "延期情况", presenter: "技术部", minutes: 50 }] };
    writeFileSync(join(dir, "long.json"), JSON.stringify(record));
    const r = await ccr(["agenda", "long.json", "--format", "txt", "-o", "-"], dir);
    expect(r.code).toBe(0);
    expect(r.err).toContain("超出会议时长 30 分钟 20 分钟");
    expect(r.err).toContain("缺少收尾议题");
  });

  it("reads the agenda of a record kept in a .docx", async () => {
    const record = JSON.parse(readFileSync(EXAMPLE, "utf8"));
    record.agenda = { items: [{ title: "延期情况", presenter: "技术部", minutes: 30 }], materials: [], opening: "", sentOn: "" };
    const parsed = parseRecord(JSON.stringify(record));
    if (!parsed.ok) throw new Error("record");
    writeFileSync(join(dir, "form.docx"), exportRecordDocx(parsed.record));
    const r = await ccr(["agenda", "form.docx", "--format", "txt", "-o", "-"], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain("1. 延期情况（技术部，30分钟）");
  });

  it("exits 2 on bad input: missing file, bad format, ics without a date", async () => {
    expect((await ccr(["agenda", "nope.json"], dir)).code).toBe(2);
    expect((await ccr(["agenda", EXAMPLE, "--format", "pdf"], dir)).code).toBe(2);
    writeFileSync(join(dir, "nodate.json"), JSON.stringify({ schema: "ccr/1", topic: "x" }));
    const r = await ccr(["agenda", "nodate.json", "--format", "ics"], dir, "en");
    expect(r).toMatchObject({ code: 2 });
    expect(r.err).toContain("meeting date");
  });
});
