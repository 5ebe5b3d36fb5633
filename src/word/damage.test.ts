// Damaged forms: detected on reading, rebuilt by repair without losing any text the user wrote.
import { FORM_TABLE_COUNT } from "../form/read";
import { describe, expect, it } from "vitest";
import { fieldsOf, type CcrRecord } from "../domain/record/record";
import { blocksText, hostText, para } from "../../test/fake-word/model";
import type { FakeWordHost } from "../../test/fake-word/host";
import { adapterOver, example, setup } from "../../test/support/word-setup";
import type { RecordDocument } from "./types";

async function form(): Promise<{ host: FakeWordHost; doc: RecordDocument; rec: CcrRecord }> {
  const { host, doc } = setup();
  const rec = await doc.insertRecordTemplate(example("project-delay.json"));
  return { host, doc, rec };
}

const kinds = (damage: readonly { kind: string }[]) => damage.map((d) => d.kind);

/** After repair the form reads back with no damage and the expected record. */
async function repairedTo(doc: RecordDocument, host: FakeWordHost, expected: CcrRecord): Promise<void> {
  await doc.repair(expected.id!);
  const read = await doc.readRecord(expected.id!);
  expect(read.damage).toEqual([]);
  expect(read.record).toEqual(expected);
  expect(host.tables()).toHaveLength(FORM_TABLE_COUNT);
  const tags = host.tags();
  expect(new Set(tags).size).toBe(tags.length);
}

describe("a record whose form was deleted", () => {
  it("can have its stored data removed (the list no longer shows it), never while its form is in the document", async () => {
    const { host, doc, rec } = await form();
    await expect(doc.forgetRecord(rec.id!)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect((await doc.listRecords()).map((r) => r.id)).toEqual([rec.id]);
    host.body = [para("用户删除了整张表格。")];
    host.touch();
    expect(await doc.listRecords()).toEqual([{ id: rec.id, topic: rec.topic, date: rec.date, inDocument: false }]);
    const syncs = host.syncCount;
    await doc.forgetRecord(rec.id!);
    expect(host.syncCount - syncs).toBe(1);
    expect(await doc.listRecords()).toEqual([]);
    // Saved: reopening the document does not bring it back.
    host.reopen();
    expect(await adapterOver(host).listRecords()).toEqual([]);
  });
});

describe("damaged forms", () => {
  it("a deleted control: its text is still read from the cell; repair rebuilds the control", async () => {
    const { host, doc, rec } = await form();
    host.type("ccr:t1:topic", "用户改过的主题");
    host.removeControl("ccr:t1:topic");
    host.removeControl("ccr:t1:actions[0].owner");
    const read = await doc.readRecord("t1");
    expect(read.damage).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "missing-control", path: "topic" }),
        expect.objectContaining({ kind: "missing-control", path: "actions[0].owner" }),
      ]),
    );
    expect(read.record.topic).toBe("用户改过的主题");
    expect(read.record.actions[0].owner).toBe(rec.actions[0].owner);
    await repairedTo(doc, host, { ...rec, topic: "用户改过的主题" });
    expect(host.controlsByTag("ccr:t1:topic")).toHaveLength(1);
  });

  it("a copied action row (controls duplicated) is read as a new item and renumbered by repair", async () => {
    const { host, doc, rec } = await form();
    const actions = host.tables()[2];
    host.duplicateRow(actions, 1);
    const read = await doc.readRecord("t1");
    expect(kinds(read.damage)).toContain("duplicate-control");
    expect(read.record.actions).toHaveLength(rec.actions.length + 1);
    const copy = { ...rec.actions[0], progress: [], cc: rec.actions[0].cc };
    const expected = { ...rec, actions: [rec.actions[0], { ...copy, progress: [] }, ...rec.actions.slice(1)] };
    expect(read.record.actions[1]).toEqual(expected.actions[1]);
    await repairedTo(doc, host, read.record);
    expect(host.controlsByTag(`ccr:t1:actions[${rec.actions.length}].task`)).toHaveLength(1);
  });

  it("a row pasted as text only (#1926) or added by hand is picked up and given controls by repair", async () => {
    const { host, doc, rec } = await form();
    const actions = host.tables()[2];
    host.addRowByHand(actions, ["", "补充调研", "王五", "市场部", "2026-07-01", "调研报告", "", "进行中"]);
    const read = await doc.readRecord("t1");
    expect(kinds(read.damage)).toEqual(["untagged-row"]);
    const added = read.record.actions[rec.actions.length];
    expect(added).toMatchObject({ task: "补充调研", owner: "王五", ownerDept: "市场部", deadline: "2026-07-01", status: "doing" });
    await repairedTo(doc, host, read.record);
  });

  it("a split action table is read in order and merged back by repair", async () => {
    const { host, doc, rec } = await form();
    rec.actions.push({ ...rec.actions[0], task: "第二项" });
    await doc.writeRecord(rec);
    host.splitTable(host.tables()[2], 2);
    const read = await doc.readRecord("t1");
    expect(kinds(read.damage)).toEqual(["split-table"]);
    expect(read.record).toEqual(rec);
    await repairedTo(doc, host, rec);
  });

  it("controls of another record pasted in are reported, not read as this record's, and their text is kept", async () => {
    const { host, doc } = setup();
    const a = await doc.insertRecordTemplate(example("project-delay.json"));
    host.placeCursorAtEnd();
    const b = await doc.insertRecordTemplate(example("weekly-sync.json"));
    const [aActions, bActions] = [host.tables()[2], host.tables()[FORM_TABLE_COUNT + 2]];
    host.pasteRow(bActions, 1, aActions);
    const read = await doc.readRecord(a.id!);
    expect(read.damage).toEqual([expect.objectContaining({ kind: "foreign-control", otherRecordId: b.id })]);
    expect(read.record).toEqual(a);
    const report = await doc.repair(a.id!);
    expect(report.keptText.join("\n")).toContain(b.actions[0].task);
    expect((await doc.readRecord(a.id!)).damage).toEqual([]);
    expect((await doc.readRecord(b.id!)).record).toEqual(b);
    const bodyText = blocksText(host.body);
    expect(bodyText).toContain(b.actions[0].task);
  });

  it("a deleted root control is reported and rebuilt", async () => {
    const { host, doc, rec } = await form();
    host.removeControl("ccr:t1");
    const read = await doc.readRecord("t1");
    expect(kinds(read.damage)).toEqual(["missing-root"]);
    expect(read.record).toEqual(rec);
    await repairedTo(doc, host, rec);
    expect(host.controlsByTag("ccr:t1")).toHaveLength(1);
  });

  it("text typed outside the cells of the form is kept by repair", async () => {
    const { host, doc, rec } = await form();
    const root = host.controlsByTag("ccr:t1")[0];
    if (root.kind !== "sdt") throw new Error("root is a block control");
    root.blocks.splice(3, 0, { kind: "p", inlines: [{ kind: "t", text: "会上补充说明:下周复核" }] });
    host.touch();
    const report = await doc.repair("t1");
    expect(report.keptText).toEqual(["会上补充说明:下周复核"]);
    expect(blocksText(host.body)).toContain("会上补充说明:下周复核");
    expect((await doc.readRecord("t1")).record).toEqual(rec);
  });

  it("a missing stored JSON is reported; the form alone gives the record back", async () => {
    const { host, doc, rec } = await form();
    host.settings.live.delete("ccr.record.t1");
    const read = await doc.readRecord("t1");
    expect(kinds(read.damage)).toEqual(["missing-stored"]);
    expect(read.record.topic).toBe(rec.topic);
    expect(read.record.actions[0].progress).toEqual([]);
  });
});

/** The user copies the whole form (its root control) and pastes it at the end of the document. */
function pasteWholeForm(host: FakeWordHost, tag = "ccr:t1"): void {
  const root = host.controlsByTag(tag)[0];
  if (root.kind !== "sdt") throw new Error("root is a block control");
  host.pasteAfter(host.body[host.body.length - 1], [root], true);
}

describe("the whole form pasted twice (duplicate-form)", () => {
  it("is reported in zh and en; reading takes the first form, in 2 syncs", async () => {
    const { host, doc, rec } = await form();
    pasteWholeForm(host);
    host.type("ccr:t1:topic", "复制后改过的主题", 1);
    const before = host.syncCount;
    const read = await doc.readRecord("t1");
    expect(host.syncCount - before).toBe(2);
    expect(kinds(read.damage)).toEqual(["duplicate-form"]);
    expect(read.damage[0].message.zh).toContain("出现了 2 次");
    expect(read.damage[0].message.zh).toContain("修复");
    expect(read.damage[0].message.en).toContain("2 times");
    expect(read.damage[0].message.en).toContain("Repair");
    expect(read.record).toEqual(rec);
    expect(await doc.listRecords()).toEqual([{ id: "t1", topic: rec.topic, date: rec.date, inDocument: true }]);
  });

  it("repair gives the copy its own id and stored record (the first record's JSON overlaid with the copy's text) and leaves the first form as it was", async () => {
    const { host, doc, rec } = await form();
    // Fields the form does not show live only in the stored JSON: the copy gets them too.
    rec.actions[0].progress = [{ date: "2026-06-01", note: "已联系供应商" }];
    fieldsOf(rec).extraKey = { kept: true };
    await doc.writeRecord(rec);
    pasteWholeForm(host);
    host.type("ccr:t1:topic", "复制后改过的主题", 1);
    host.type("ccr:t1:actions[0].owner", "赵六", 1);
    const first = host.controlsByTag("ccr:t1")[0];
    const firstText = hostText(first);
    const firstTags = host.tags().slice(0, host.tags().indexOf("ccr:t1", 1));
    const [syncs, saves] = [host.syncCount, host.settings.saveCount];
    const report = await doc.repair("t1");
    expect(host.syncCount - syncs).toBe(3);
    expect(host.settings.saveCount - saves).toBe(1);
    expect(kinds(report.fixed)).toEqual(["duplicate-form"]);
    const copy: CcrRecord = { ...rec, id: "t2", topic: "复制后改过的主题", actions: [{ ...rec.actions[0], owner: "赵六" }, ...rec.actions.slice(1)] };
    expect(report.copies).toEqual([copy]);
    expect(report.record).toEqual(rec);
    // The first form: the same control, the same text, the same tags.
    expect(host.controlsByTag("ccr:t1")).toEqual([first]);
    expect(hostText(first)).toBe(firstText);
    expect(host.tags().slice(0, firstTags.length)).toEqual(firstTags);
    // The copy: a form of its own, every tag once, every stored field (progress notes) carried over.
    const tags = host.tags();
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags.filter((t) => t.startsWith("ccr:t1")).length).toBe(tags.filter((t) => t.startsWith("ccr:t2")).length);
    expect(host.tables()).toHaveLength(2 * FORM_TABLE_COUNT);
    expect(await doc.readRecord("t1")).toEqual({ record: rec, changedInDocument: [], damage: [] });
    expect(await doc.readRecord("t2")).toEqual({ record: copy, changedInDocument: [], damage: [] });
    expect(await doc.listRecords()).toEqual([
      { id: "t1", topic: rec.topic, date: rec.date, inDocument: true },
      { id: "t2", topic: "复制后改过的主题", date: rec.date, inDocument: true },
    ]);
    // Nothing is left to repair, and the copy survives closing and reopening.
    expect((await doc.repair("t1")).copies).toEqual([]);
    const reopened = adapterOver(host.reopen());
    expect((await reopened.readRecord("t2")).record).toEqual(copy);
  });

  it("three copies: each gets its own id in the same 3 syncs", async () => {
    const { host, doc, rec } = await form();
    pasteWholeForm(host);
    pasteWholeForm(host);
    pasteWholeForm(host);
    host.type("ccr:t1:place", "第四份的地点", 3);
    expect(kinds((await doc.readRecord("t1")).damage)).toEqual(["duplicate-form"]);
    expect((await doc.readRecord("t1")).damage[0].message.en).toContain("4 times");
    const before = host.syncCount;
    const report = await doc.repair("t1");
    expect(host.syncCount - before).toBe(3);
    expect(report.copies.map((c) => c.id)).toEqual(["t2", "t3", "t4"]);
    expect((await doc.listRecords()).map((r) => r.id)).toEqual(["t1", "t2", "t3", "t4"]);
    for (const id of ["t1", "t2", "t3"]) expect((await doc.readRecord(id)).record).toEqual({ ...rec, id });
    expect((await doc.readRecord("t4")).record).toEqual({ ...rec, id: "t4", place: "第四份的地点" });
    const tags = host.tags();
    expect(new Set(tags).size).toBe(tags.length);
  });

  it("a new id is not one the document or the stored records hold", async () => {
    const { host, doc, rec } = await form();
    // t2 is taken by stored JSON only (its form deleted long ago).
    await doc.storeRecord({ ...rec, id: "t2", topic: "旧记录" });
    pasteWholeForm(host);
    const report = await doc.repair("t1");
    expect(report.copies.map((c) => c.id)).toEqual(["t3"]);
    expect((await doc.readRecord("t2")).record.topic).toBe("旧记录");
  });

  it("when the first form is damaged as well, both are rebuilt and the first keeps its id", async () => {
    const { host, doc, rec } = await form();
    pasteWholeForm(host);
    host.removeControl("ccr:t1:goal", 0);
    const read = await doc.readRecord("t1");
    expect(kinds(read.damage).sort()).toEqual(["duplicate-form", "missing-control"]);
    const report = await doc.repair("t1");
    expect(report.copies.map((c) => c.id)).toEqual(["t2"]);
    expect(await doc.readRecord("t1")).toEqual({ record: rec, changedInDocument: [], damage: [] });
    expect((await doc.readRecord("t2")).record).toEqual({ ...rec, id: "t2" });
    const tags = host.tags();
    expect(new Set(tags).size).toBe(tags.length);
  });

  it("a failing sync changes nothing; the retry separates the copy", async () => {
    const { host, doc, rec } = await form();
    pasteWholeForm(host);
    const tags = host.tags();
    for (let n = 1; n <= 3; n++) {
      host.failSync("GeneralException", "injected", n);
      await expect(doc.repair("t1")).rejects.toMatchObject({ name: "WordError" });
      expect(host.tags()).toEqual(tags);
      expect(host.settings.live.has("ccr.record.t2")).toBe(false);
    }
    const [copy] = (await doc.repair("t1")).copies;
    expect(copy.id).not.toBe("t1");
    expect((await doc.readRecord(copy.id!)).record).toEqual({ ...rec, id: copy.id });
    expect((await doc.listRecords()).map((r) => r.id)).toEqual(["t1", copy.id]);
  });

  it("a form pasted inside its own form is not a copy: duplicate controls, repaired into one form", async () => {
    const { host, doc, rec } = await form();
    const root = host.controlsByTag("ccr:t1")[0];
    const cell = host.controlsByTag("ccr:t1:background")[0];
    if (root.kind !== "sdt" || cell.kind !== "sdt") throw new Error("unexpected form shape");
    host.pasteAfter(cell.blocks[cell.blocks.length - 1], [root], true);
    const read = await doc.readRecord("t1");
    expect(kinds(read.damage)).not.toContain("duplicate-form");
    expect(kinds(read.damage)).toContain("duplicate-control");
    const report = await doc.repair("t1");
    expect(report.copies).toEqual([]);
    expect(host.controlsByTag("ccr:t1")).toHaveLength(1);
    const tags = host.tags();
    expect(new Set(tags).size).toBe(tags.length);
    const after = await doc.readRecord("t1");
    expect(after.damage).toEqual([]);
    // The copy's action rows were read as new items (like a copied row); nothing is lost.
    expect(after.record.actions.map((a) => a.task)).toEqual([...rec.actions, ...rec.actions].map((a) => a.task));
  });
});

describe("duplicate-form where Word keeps a deleted control (office-js #337)", () => {
  it("the copy's old root left around the new form is harmless: both records read as themselves", async () => {
    const { host, rec } = await form();
    const { host: ignoring, doc: over } = (() => {
      const h = host.reopen({ deleteKeepingContentIgnored: true });
      return { host: h, doc: adapterOver(h, { newId: () => "t9" }) };
    })();
    pasteWholeForm(ignoring);
    expect((await over.repair("t1")).copies.map((c) => c.id)).toEqual(["t9"]);
    expect(ignoring.controlsByTag("ccr:t1")).toHaveLength(2);
    expect(await over.readRecord("t1")).toEqual({ record: rec, changedInDocument: [], damage: [] });
    expect(await over.readRecord("t9")).toEqual({ record: { ...rec, id: "t9" }, changedInDocument: [], damage: [] });
    expect((await over.listRecords()).map((r) => r.id)).toEqual(["t1", "t9"]);
    // A later repair tries again to remove the old root and changes nothing else.
    const report = await over.repair("t1");
    expect(report.copies).toEqual([]);
    expect(await over.readRecord("t9")).toEqual({ record: { ...rec, id: "t9" }, changedInDocument: [], damage: [] });
  });
});
