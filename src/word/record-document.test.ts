import { FORM_TABLE_COUNT } from "../form/read";
import { describe, expect, it } from "vitest";
import { emptyAction, emptyRecord } from "../domain/record/record";
import type { CcrRecord } from "../domain/record/record";
import { blocksText, ccOf, hostText, para } from "../../test/fake-word/model";
import { formField } from "../form/layout";
import { EXAMPLES, example, setup } from "../../test/support/word-setup";
import { FIELD_LABELS } from "../domain/record/fields";
import { completeRecord } from "../../test/support/records";

function withActions(n: number): CcrRecord {
  const r = example("project-delay.json");
  r.actions = Array.from({ length: n }, (_, i) => ({ ...emptyAction(), task: `事项 ${i + 1}`, owner: "李娜", deadline: "2026-06-30", deliverable: `报告 ${i}` }));
  return r;
}

describe("insertRecordTemplate", () => {
  it("inserts the form at the cursor in at most 2 syncs, with tags, labels and stored JSON", async () => {
    const { host, doc } = setup();
    const before = host.syncCount;
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    expect(host.syncCount - before).toBeLessThanOrEqual(2);
    expect(rec.id).toBe("t1");
    const tags = host.tags();
    expect(tags[0]).toBe("ccr:t1");
    for (const p of ["topic", "time", "lead", "participants", "background", "consensus", "actions[0].deadline", "confirmations[0].name", "lessons"]) {
      expect(tags).toContain(`ccr:t1:${p}`);
    }
    expect(host.tables()).toHaveLength(FORM_TABLE_COUNT);
    expect(host.tables()[0].rows[0].cells[0].blocks.length).toBeGreaterThan(0);
    const labels = host.tables()[0].rows.map((r) => blocksText(r.cells[0].blocks));
    expect(labels).toContain(FIELD_LABELS.topic.zh);
    expect(ccOf(host.controlsByTag("ccr:t1:topic")[0]).title).toBe(FIELD_LABELS.topic.zh);
    expect(host.tables()[2].rows[0].header).toBe(true);
    expect(host.settings.saved.get("ccr.record.t1")).toContain("项目研发阶段延期协调会");
  });

  it("insertion costs the same syncs for 1 and 1,000 action items", async () => {
    const small = setup();
    await small.doc.insertRecordTemplate(withActions(1));
    const big = setup();
    await big.doc.insertRecordTemplate(withActions(1000));
    expect(big.host.syncCount).toBe(small.host.syncCount);
    expect(big.host.controlsByTag("ccr:t1:actions[999].owner")).toHaveLength(1);
  });

  it("gives each record in one document its own id", async () => {
    const { host, doc } = setup();
    const a = await doc.insertRecordTemplate({ ...example("project-delay.json"), id: "same" });
    host.placeCursorAtEnd();
    const b = await doc.insertRecordTemplate({ ...example("weekly-sync.json"), id: "same" });
    expect(a.id).toBe("same");
    expect(b.id).not.toBe("same");
    const list = await doc.listRecords();
    expect(list.map((r) => r.id)).toEqual(["same", b.id]);
    expect(list[1].topic).toBe(example("weekly-sync.json").topic);
    expect((await doc.readRecord(b.id!)).record.topic).toBe(example("weekly-sync.json").topic);
    expect((await doc.readRecord("same")).record.topic).toBe(example("project-delay.json").topic);
  });

  it("refuses to insert inside another form", async () => {
    const { host, doc } = setup();
    await doc.insertRecordTemplate(example("project-delay.json"));
    host.placeCursorIn("ccr:t1:topic");
    await expect(doc.insertRecordTemplate(example("weekly-sync.json"))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses to insert inside a table of the user's", async () => {
    const { host, doc } = setup();
    host.placeCursorAtEnd();
    const table = { kind: "tbl" as const, rows: [{ kind: "tr" as const, header: false, cantSplit: false, cells: [{ kind: "tc" as const, blocks: [para("单元格")] }] }] };
    host.body.unshift(table);
    host.touch();
    host.selection = table.rows[0].cells[0].blocks[0] as ReturnType<typeof para>;
    const e = await doc.insertRecordTemplate(example("project-delay.json")).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "InvalidArgument" });
    expect(host.tags()).toEqual([]);
  });

  it("writes English labels when asked", async () => {
    const { host, doc } = setup();
    await doc.insertRecordTemplate(example("project-delay.json"), { lang: "en" });
    expect(blocksText(host.tables()[0].rows[0].cells[0].blocks)).toBe("Topic");
    expect(ccOf(host.controlsByTag("ccr:t1:topic")[0]).title).toBe("Topic");
  });
});

describe("reading back", () => {
  it("round-trips the complete record of record-template §5", async () => {
    const { doc } = setup();
    const rec = await doc.insertRecordTemplate(completeRecord());
    const read = await doc.readRecord(rec.id!);
    expect(read.damage).toEqual([]);
    expect(read.record).toEqual(rec);
  });

  for (const name of EXAMPLES) {
    it(`round-trips ${name} through the form unchanged`, async () => {
      const { doc } = setup({ strayParagraphInCells: name === "weekly-sync.json" });
      const rec = await doc.insertRecordTemplate(example(name));
      const read = await doc.readRecord(rec.id!);
      expect(read.damage).toEqual([]);
      expect(read.changedInDocument).toEqual([]);
      expect(read.record).toEqual(rec);
    });
  }

  it("reads what the user typed in Word; the document text wins over the stored JSON", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    host.type("ccr:t1:topic", "新的主题");
    host.type("ccr:t1:actions[0].deadline", "2026年7月1日前");
    host.type("ccr:t1:participants", "李娜 / 生产部\n[外部] 王强 / 某供应商 / 销售经理");
    host.type("ccr:t1:time", "2026-06-09 09:00 至 10:30");
    const read = await doc.readRecord(rec.id!);
    expect(read.record.topic).toBe("新的主题");
    expect(read.record.actions[0].deadline).toBe("2026年7月1日前");
    expect(read.record.actions[0].progress).toEqual(rec.actions[0].progress);
    expect(read.record.participants[1]).toMatchObject({ name: "王强", side: "external", unit: "某供应商", title: "销售经理" });
    expect([read.record.date, read.record.start, read.record.end]).toEqual(["2026-06-09", "09:00", "10:30"]);
    expect(read.changedInDocument).toEqual(expect.arrayContaining(["topic", "actions[0].deadline", "participants", "time"]));
  });

  it("treats a cleared cell (placeholder) as empty", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    host.type("ccr:t1:recorder", "");
    expect((await doc.readRecord(rec.id!)).record.recorder).toBe("");
  });

  it("reads in at most 2 syncs, the same for 10 and 1,000 action items", async () => {
    const counts: number[] = [];
    for (const n of [10, 1000]) {
      const { host, doc } = setup();
      const rec = await doc.insertRecordTemplate(withActions(n));
      const before = host.syncCount;
      const read = await doc.readRecord(rec.id!);
      expect(read.record.actions).toHaveLength(n);
      counts.push(host.syncCount - before);
    }
    expect(counts[0]).toBeLessThanOrEqual(2);
    expect(counts[1]).toBe(counts[0]);
  });

  it("restores everything after closing and reopening, including fields the form does not show", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    host.type("ccr:t1:recorder", "赵敏");
    const { adapterOver } = await import("../../test/support/word-setup");
    const reopened = adapterOver(host.reopen());
    const read = await reopened.readRecord(rec.id!);
    expect(read.record).toEqual({ ...rec, recorder: "赵敏" });
  });

  it("an unknown record is RecordNotFound", async () => {
    const { doc } = setup();
    await expect(doc.readRecord("nope")).rejects.toMatchObject({ code: "RecordNotFound" });
  });
});

describe("writeRecord", () => {
  it("writes changed fields into their controls in at most 2 syncs", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    const next = { ...rec, topic: "改后的主题", actions: rec.actions.map((a, i) => (i === 0 ? { ...a, owner: "周杰" } : a)) };
    const before = host.syncCount;
    await doc.writeRecord(next, ["topic", "actions[0].owner"]);
    expect(host.syncCount - before).toBeLessThanOrEqual(2);
    expect((await doc.readRecord(rec.id!)).record).toEqual(next);
  });

  it("writes 1,000 action items in the same number of syncs as 1", async () => {
    const counts: number[] = [];
    for (const n of [1, 1000]) {
      const { host, doc } = setup();
      const rec = await doc.insertRecordTemplate(withActions(n));
      const before = host.syncCount;
      await doc.writeRecord({ ...rec, actions: rec.actions.map((a) => ({ ...a, status: "doing" as const })) });
      counts.push(host.syncCount - before);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it("adds a row with its controls when the pane adds an action item, and removes one", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    const n = rec.actions.length;
    const more = { ...rec, actions: [...rec.actions, { ...emptyAction(), task: "新增事项", owner: "张伟" }] };
    await doc.writeRecord(more, ["actions"]);
    expect(host.controlsByTag(`ccr:t1:actions[${n}].task`)).toHaveLength(1);
    expect(host.tables()).toHaveLength(FORM_TABLE_COUNT);
    expect((await doc.readRecord("t1")).record).toEqual(more);
    const fewer = { ...rec, actions: rec.actions.slice(1) };
    await doc.writeRecord(fewer, ["actions"]);
    expect(host.controlsByTag(`ccr:t1:actions[${n - 1}].task`)).toHaveLength(0);
    expect((await doc.readRecord("t1")).record).toEqual(fewer);
  });

  it("writes ccr's hint into a control whose value is emptied (never clear(), #1515 #2829), read back as empty", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    await doc.writeRecord({ ...rec, recorder: "" }, ["recorder"]);
    expect(hostText(host.controlsByTag("ccr:t1:recorder")[0])).toBe(formField("recorder")!.hint.zh);
    expect((await doc.readRecord("t1")).record.recorder).toBe("");
  });
});

describe("selection", () => {
  it("selects the control of a finding's path, falling back to the field that shows it", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    const uid = (tag: string) => ccOf(host.controlsByTag(tag)[0]).uid;
    await doc.selectField(rec.id!, "actions[0].deadline");
    expect(host.selectedControlId).toBe(uid("ccr:t1:actions[0].deadline"));
    await doc.selectField(rec.id!, "lead.name");
    expect(host.selectedControlId).toBe(uid("ccr:t1:lead"));
    await doc.selectField(rec.id!, "end");
    expect(host.selectedControlId).toBe(uid("ccr:t1:time"));
    await doc.selectField(rec.id!, "actions[0].progress");
    expect(host.selectedControlId).toBe(uid("ccr:t1:actions[0].task"));
    await doc.selectField(rec.id!, "scenario");
    expect(host.selectedControlId).toBe(uid("ccr:t1"));
  });

  it("knows which record the cursor is in", async () => {
    const { host, doc } = setup();
    await doc.insertRecordTemplate(example("project-delay.json"));
    host.placeCursorAtEnd();
    const b = await doc.insertRecordTemplate(example("weekly-sync.json"));
    host.placeCursorIn(`ccr:${b.id}:actions[0].owner`);
    expect(await doc.currentRecordId()).toBe(b.id);
    host.placeCursorIn("ccr:t1:topic");
    expect(await doc.currentRecordId()).toBe("t1");
    host.placeCursorAtEnd();
    expect(await doc.currentRecordId()).toBeUndefined();
  });
});

describe("hostile text", () => {
  it("round-trips markup, CDATA ends, ampersands, emoji and 10,000 characters; drops XML-illegal characters", async () => {
    const { doc } = setup();
    const hostile = `<w:p>]]>&amp; \u0000\u0007\ud800 😀 ` + "长".repeat(10_000);
    const rec = await doc.insertRecordTemplate({ ...emptyRecord(), topic: hostile, actions: [{ ...emptyAction(), owner: hostile }] });
    const read = await doc.readRecord(rec.id!);
    const clean = `<w:p>]]>&amp;  😀 ` + "长".repeat(10_000);
    expect(read.record.topic).toBe(clean);
    expect(read.record.actions[0].owner).toBe(clean);
  });
});

describe("Word on the web", () => {
  it("reads the form from its tables when controls inside tables are not listed (#2040)", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    host.type("ccr:t1:topic", "网页版改的主题");
    const { adapterOver } = await import("../../test/support/word-setup");
    const web = adapterOver(host.reopen({ hideControlsInTables: true }));
    const read = await web.readRecord(rec.id!);
    expect(read.damage).toEqual([]);
    expect(read.record).toEqual({ ...rec, topic: "网页版改的主题" });
  });
});

describe("Word on the web, writing", () => {
  it("rewrites the form inside its root when cell controls are not listed (#2040)", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    const { adapterOver } = await import("../../test/support/word-setup");
    const webHost = host.reopen({ hideControlsInTables: true });
    const web = adapterOver(webHost);
    const next = { ...rec, topic: "网页版写入", actions: [...rec.actions, { ...emptyAction(), task: "新事项" }] };
    const before = webHost.syncCount;
    await web.writeRecord(next, ["topic", "actions"]);
    expect(webHost.syncCount - before).toBeLessThanOrEqual(2);
    expect((await web.readRecord(rec.id!)).record).toEqual(next);
  });
});

describe("an empty record", () => {
  it("shows one empty action row but reads back no action item", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate(emptyRecord());
    expect(host.controlsByTag(`ccr:${rec.id}:actions[0].task`)).toHaveLength(1);
    const read = await doc.readRecord(rec.id!);
    expect(read.record.actions).toEqual([]);
    expect(read.record).toEqual(rec);
  });

  it("lists records whose form was deleted but whose JSON is stored as not in the document", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    host.body = [{ kind: "p", inlines: [] }];
    host.touch();
    expect(await doc.listRecords()).toEqual([{ id: rec.id, topic: rec.topic, date: rec.date, inDocument: false }]);
  });
});

describe("参与方确认 as a table and the signature block (issue 19.2)", () => {
  const confirmations = [
    { name: "王强", confirmed: true, date: "2026-06-10", remark: "同意 / 附条件" },
    { name: "李娜", confirmed: false, date: "", remark: "" },
  ];

  it("one row per party with a control per cell, read back unchanged, typed changes read", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate({ ...example("project-delay.json"), confirmations });
    expect(host.controlsByTag("ccr:t1:confirmations[1].name")).toHaveLength(1);
    expect(blocksText(host.body)).toContain("记录人（签字）");
    const read = await doc.readRecord("t1");
    expect(read.changedInDocument).toEqual([]);
    expect(read.record.confirmations).toEqual(rec.confirmations);
    host.type("ccr:t1:confirmations[1].confirmed", "已确认");
    const typed = await doc.readRecord("t1");
    expect(typed.changedInDocument).toEqual(["confirmations[1].confirmed"]);
    expect(typed.record.confirmations[1]).toEqual({ ...confirmations[1], confirmed: true });
  });

  it("a party added in the pane rebuilds the table in the same 2 syncs; emptied, one row to fill in", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate({ ...example("project-delay.json"), confirmations });
    const before = host.syncCount;
    const more = { ...rec, confirmations: [...confirmations, { name: "赵敏", confirmed: true, date: "2026-06-11", remark: "" }] };
    await doc.writeRecord(more, ["confirmations"]);
    expect(host.syncCount - before).toBeLessThanOrEqual(2);
    expect((await doc.readRecord("t1")).record.confirmations).toEqual(more.confirmations);
    await doc.writeRecord({ ...rec, confirmations: [] }, ["confirmations"]);
    expect(host.controlsByTag("ccr:t1:confirmations[0].name")).toHaveLength(1);
    const read = await doc.readRecord("t1");
    expect(read.record.confirmations).toEqual([]);
    expect(read.changedInDocument).toEqual([]);
  });
});
