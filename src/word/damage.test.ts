// Damaged forms: detected on reading, rebuilt by repair without losing any text the user wrote.
import { describe, expect, it } from "vitest";
import type { CcrRecord } from "../domain/record";
import { blocksText } from "../../test/fake-word/model";
import type { FakeWordHost } from "../../test/fake-word/host";
import { example, setup } from "../../test/support/word-setup";
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
  expect(host.tables()).toHaveLength(5);
  const tags = host.tags();
  expect(new Set(tags).size).toBe(tags.length);
}

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
    const [aActions, bActions] = [host.tables()[2], host.tables()[7]];
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
