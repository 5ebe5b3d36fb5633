// Template damage beyond the Word issue's repair cases (src/word/damage.test.ts): the whole form
// deleted while the stored record survives (and inserted again), the stored record deleted while the
// form survives, the same form pasted twice into one document, and the forms of two documents merged
// by copy-paste.

import { afterAll, describe, expect, it } from "vitest";
import { ACTION_VALUE_COLUMNS, ALL_FIELDS } from "../../src/form/layout";
import { RECORD_SETTING_PREFIX } from "../../src/ooxml/web-extension";
import { para } from "../fake-word/model";
import { EXAMPLES, adapterOver, example, setup } from "../support/word-setup";
import { FakeWordHost } from "../fake-word/host";
import { tried, writeFigures } from "./figures";

afterAll(() => writeFigures("template-damage"));

describe("template damage", () => {
  for (const name of EXAMPLES) {
    it(`${name}: the whole form deleted, the stored record survives and is inserted again unchanged`, async () => {
      const { host, doc } = setup();
      const rec = await doc.insertRecordTemplate(example(name));
      host.body = [para("用户删除了整张表格。")];
      host.selection = host.body[0] as ReturnType<typeof para>;
      host.touch();
      const listed = await doc.listRecords();
      // The pane lists the record as stored but not in the document, which is where it offers 重新插入.
      expect(listed).toEqual([{ id: rec.id, topic: rec.topic, date: rec.date, inDocument: false }]);
      const read = await doc.readRecord(rec.id!);
      expect(read.record).toEqual(rec);
      host.placeCursorAtEnd();
      const again = await doc.insertRecordTemplate(read.record);
      // The stored record inserted again unchanged keeps its id: one entry, in the document.
      expect(again).toEqual(rec);
      expect(await doc.listRecords()).toEqual([{ id: rec.id, topic: rec.topic, date: rec.date, inDocument: true }]);
      expect(await doc.readRecord(rec.id!)).toEqual({ record: rec, changedInDocument: [], damage: [] });
      // Inserted once more, the id is in the document: the second form gets a new id.
      host.placeCursorAtEnd();
      const twice = await doc.insertRecordTemplate(read.record);
      expect(twice.id).not.toBe(rec.id);
      expect((await doc.listRecords()).map((r) => [r.id, r.inDocument])).toEqual([
        [rec.id, true],
        [twice.id, true],
      ]);
      tried("damage.formDeleted");
    });

    it(`${name}: the stored record deleted, the form gives back every field it shows`, async () => {
      const { host, doc } = setup();
      const rec = await doc.insertRecordTemplate(example(name));
      host.settings.live.delete(RECORD_SETTING_PREFIX + rec.id);
      const read = await doc.readRecord(rec.id!);
      expect(read.damage.map((d) => d.kind)).toContain("missing-stored");
      // Progress notes and unknown keys live only in the stored JSON; every field the form shows is back.
      const lang = rec.lang ?? "zh";
      for (const f of ALL_FIELDS) expect(f.format(read.record, lang), f.path).toBe(f.format(rec, lang));
      expect(read.record.actions.length).toBe(rec.actions.length);
      read.record.actions.forEach((a, i) => {
        for (const c of ACTION_VALUE_COLUMNS) expect(c.format(a, lang), `actions[${i}].${c.field}`).toBe(c.format(rec.actions[i], lang));
      });
      // Storing it again (what the pane does after reading) makes the document whole.
      await doc.storeRecord(read.record);
      expect((await doc.readRecord(rec.id!)).damage).toEqual([]);
      tried("damage.storedDeleted");
    });
  }

  for (const name of EXAMPLES) {
    it(`${name}: the whole form pasted twice into one document; repair makes the copy a record of its own`, async () => {
      const { host, doc } = setup();
      const rec = await doc.insertRecordTemplate(example(name));
      const root = host.controlsByTag(`ccr:${rec.id}`)[0];
      if (root.kind !== "sdt") throw new Error("the root is a block control");
      host.pasteAfter(host.body[host.body.length - 1], [root], true);
      host.type(`ccr:${rec.id}:topic`, `${rec.topic}(副本)`, 1);
      const read = await doc.readRecord(rec.id!);
      expect(read.damage.map((d) => d.kind)).toEqual(["duplicate-form"]);
      expect(read.record).toEqual(rec);
      const before = host.syncCount;
      const report = await doc.repair(rec.id!);
      expect(host.syncCount - before).toBeLessThanOrEqual(3);
      const copy = { ...rec, id: report.copies[0]?.id, topic: `${rec.topic}(副本)` };
      expect(report.copies).toEqual([copy]);
      expect(copy.id).not.toBe(rec.id);
      expect(await doc.listRecords()).toEqual([
        { id: rec.id, topic: rec.topic, date: rec.date, inDocument: true },
        { id: copy.id, topic: copy.topic, date: rec.date, inDocument: true },
      ]);
      expect(await doc.readRecord(rec.id!)).toEqual({ record: rec, changedInDocument: [], damage: [] });
      expect(await doc.readRecord(copy.id!)).toEqual({ record: copy, changedInDocument: [], damage: [] });
      tried("damage.formPastedTwice");
    });
  }

  it("a stored record edited in the pane while its form is gone is inserted under a new id; the stored one stays", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate(example("weekly-sync.json"));
    host.body = [para()];
    host.selection = host.body[0] as ReturnType<typeof para>;
    host.touch();
    const edited = { ...(await doc.readRecord(rec.id!)).record, lessons: "窗格中改过" };
    const again = await doc.insertRecordTemplate(edited);
    expect(again.id).not.toBe(rec.id);
    expect((await doc.listRecords()).map((r) => [r.id, r.inDocument])).toEqual([
      [again.id, true],
      [rec.id, false],
    ]);
    expect((await doc.readRecord(rec.id!)).record).toEqual(rec);
    expect((await doc.readRecord(again.id!)).record).toEqual({ ...edited, id: again.id });
    tried("damage.formDeletedEdited");
  });

  it("two documents' forms merged by copy-paste keep distinct record ids; each reads as itself", async () => {
    const a = new FakeWordHost();
    const b = new FakeWordHost();
    let n = 0;
    const docA = adapterOver(a, { newId: () => `a${++n}` });
    const docB = adapterOver(b, { newId: () => `b${++n}` });
    const recA = await docA.insertRecordTemplate(example("project-delay.json"));
    const recB = await docB.insertRecordTemplate(example("supplier-delivery.json"));
    // The user copies document B's whole form into document A (the settings part does not travel).
    a.pasteAfter(a.body[a.body.length - 1], b.body, true);
    const listed = await docA.listRecords();
    expect(listed.map((r) => r.id).sort()).toEqual([recA.id, recB.id].sort());
    expect((await docA.readRecord(recA.id!)).record).toEqual(recA);
    const pasted = await docA.readRecord(recB.id!);
    expect(pasted.record.topic).toBe(recB.topic);
    expect(pasted.record.actions.map((x) => x.task)).toEqual(recB.actions.map((x) => x.task));
    tried("damage.mergedDocuments");
  });
});
