// Template damage beyond the Word issue's repair cases (src/word/damage.test.ts): the whole form
// deleted while the stored record survives, the stored record deleted while the form survives, and
// the forms of two documents merged by copy-paste.

import { afterAll, describe, expect, it } from "vitest";
import { ACTION_VALUE_COLUMNS, ALL_FIELDS } from "../../src/ooxml/form-layout";
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
      // The adapter gives the re-inserted form a new id (the old one is still taken by the stored JSON).
      expect({ ...(await doc.readRecord(again.id!)).record, id: rec.id }).toEqual(rec);
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
