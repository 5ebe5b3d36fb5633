import { describe, expect, it } from "vitest";
import { FakeWordHost, hostText, tableValues } from "../../test/fake-word";
import { defaultAgenda, updateAgendaItem } from "../domain/meeting/agenda";
import { emptyRecord, type CcrRecord } from "../domain/record/record";
import { agendaTag } from "../ooxml/agenda";
import { flatOpcPackage } from "../ooxml/package";
import { recordFormBodyXml } from "../ooxml/record-form";
import { hasAgenda, writeAgenda, type WordRunner } from "./agenda";

function meeting(): CcrRecord {
  return {
    ...emptyRecord(),
    id: "r-agenda-1",
    topic: "项目研发阶段延期协调会",
    scenario: "project",
    date: "2026-06-08",
    start: "14:00",
    end: "14:30",
    place: "公司3号会议室",
    channel: "onsite",
    lead: { name: "张伟", staffNo: "", contact: "", dept: "技术部" },
    participants: [{ name: "李娜", side: "internal", dept: "生产部" }],
  };
}

function runner(host: FakeWordHost): WordRunner {
  return { run: host.run as unknown as WordRunner["run"] };
}

describe("writeAgenda against the fake Word", () => {
  it("inserts the agenda at the cursor as one tagged section in 2 syncs", async () => {
    const host = new FakeWordHost();
    const record = meeting();
    const result = await writeAgenda(runner(host), record, defaultAgenda(record));
    expect(result.action).toBe("inserted");
    expect(host.syncCount).toBe(2);
    expect(host.runCount).toBe(1);
    const controls = host.controlsByTag(agendaTag("r-agenda-1"));
    expect(controls).toHaveLength(1);
    const text = hostText(controls[0]);
    expect(text).toContain("会议议程");
    expect(text).toContain("开场说明");
    expect(text).toContain("各位好，今天召开项目研发阶段延期协调会，预计30分钟");
    const [facts, items] = host.tables().map(tableValues);
    expect(facts.find((r) => r[0] === "沟通时间")?.[1]).toBe("2026年6月8日 14:00至14:30（30分钟）");
    expect(items[0]).toEqual(["序号", "议题", "汇报人", "时长"]);
    expect(items[1]).toEqual(["1", "项目当前进展及存在问题", "张伟", "8分钟"]);
    expect(items.at(-1)).toEqual(["", "合计", "", "30分钟"]);
    expect(host.tables()[1].rows[0].header).toBe(true);
  });

  it("更新议程 rewrites the section in place: no duplicate, other content kept, 2 syncs", async () => {
    const host = new FakeWordHost();
    const record = meeting();
    const word = runner(host);
    await writeAgenda(word, record, defaultAgenda(record));
    host.placeCursorAtEnd();
    const edited = updateAgendaItem(defaultAgenda(record), 0, { title: "延期情况", presenter: "技术部", minutes: 10 });
    const before = host.syncCount;
    const result = await writeAgenda(word, record, edited);
    expect(result.action).toBe("updated");
    expect(host.syncCount - before).toBe(2);
    expect(host.controlsByTag(agendaTag("r-agenda-1"))).toHaveLength(1);
    expect(host.tables()).toHaveLength(2);
    const items = tableValues(host.tables()[1]);
    expect(items[1]).toEqual(["1", "延期情况", "技术部", "10分钟"]);
    expect(items.at(-1)).toEqual(["", "合计", "", "32分钟"]);
    expect(hostText(host.controlsByTag(agendaTag("r-agenda-1"))[0])).toContain("先请技术部说明延期情况");
  });

  it("leaves the record form of the same record alone", async () => {
    const host = new FakeWordHost();
    const record = meeting();
    await host.run(async (ctx) => {
      ctx.document.getSelection().insertOoxml(flatOpcPackage(recordFormBodyXml(record)), "Replace");
      await ctx.sync();
    });
    const formTags = host.tags();
    host.placeCursorAtEnd();
    await writeAgenda(runner(host), record, defaultAgenda(record));
    await writeAgenda(runner(host), record, defaultAgenda(record));
    expect(host.tags().filter((t) => !t.startsWith("ccr-agenda:"))).toEqual(formTags);
    expect(host.tags().filter((t) => t.startsWith("ccr-agenda:"))).toEqual(["ccr-agenda:r-agenda-1"]);
  });

  it("gives a record without an id a new one and finds its agenda afterwards", async () => {
    const host = new FakeWordHost();
    const record = { ...meeting(), id: undefined };
    const result = await writeAgenda(runner(host), record, defaultAgenda(record));
    expect(result.record.id).toMatch(/^r-/);
    expect(await hasAgenda(runner(host), result.record.id)).toBe(true);
    expect(await hasAgenda(runner(host), "r-other")).toBe(false);
  });

  it("passes Word errors on without leaving half an agenda", async () => {
    const host = new FakeWordHost();
    host.failSync("GeneralException", "insertOoxml rejected", 2);
    const record = meeting();
    await expect(writeAgenda(runner(host), record, defaultAgenda(record))).rejects.toMatchObject({
      name: "WordError",
      code: "GeneralException",
      detail: expect.stringContaining("insertOoxml rejected"),
    });
    expect(host.controlsByTag(agendaTag("r-agenda-1"))).toHaveLength(0);
  });
});
