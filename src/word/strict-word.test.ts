// The adapter over the fake Word in its strict, documented behaviours (issue 17; each behaviour and
// its office-js thread in docs/word-platform-notes.md): locks, selections holding text, Track
// Changes, Word on the web, read-only documents, slow inserts, requirement sets, stale proxies.
import { describe, expect, it } from "vitest";
import { emptyAction } from "../domain/record/record";
import { labelTag } from "../form/tags";
import { FakeWordHost, blocksText, ccOf, hostText, newCc, para, type Para } from "../../test/fake-word";
import { WORD_WEB_PLACEHOLDER } from "../../test/fake-word/objects";
import { formField } from "../form/layout";
import { adapterOver, example, setup } from "../../test/support/word-setup";
import type { WordError } from "./types";

const EMPTY_PACKAGE = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>`;

async function rejection(p: Promise<unknown>): Promise<WordError> {
  try {
    await p;
  } catch (e) {
    return e as WordError;
  }
  throw new Error("expected a rejection");
}

/** A form as ccr wrote it before: label cells wrapped whole in locked controls (w:tr/w:sdt/w:tc). */
function asOlderForm(host: FakeWordHost, id: string): void {
  for (const table of host.tables()) {
    table.rows.forEach((row, r) => {
      const header = row.header;
      row.cells.forEach((cell, c) => {
        const isLabel = header || (row.cells.length === 2 && c === 0);
        if (isLabel) cell.sdt = newCc({ tag: labelTag(id, header ? `col.${c}` : `label.${r}`), lock: "sdtContentLocked" });
      });
    });
  }
  host.touch();
}

describe("locks (office-js #2829)", () => {
  it("the fake refuses to replace a table holding a control that cannot be deleted, as Word does", async () => {
    const { host, doc } = setup();
    await doc.insertRecordTemplate(example("project-delay.json"));
    asOlderForm(host, "t1");
    await expect(
      host.run(async (context) => {
        context.document.body.tables.getFirst().getRange("Whole").insertOoxml(EMPTY_PACKAGE, "Replace");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "NotAllowed" });
  });

  it("adding an action item to a form written the older way unlocks its header labels in the same batch: 2 syncs, stored JSON and document agree", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    asOlderForm(host, "t1");
    const before = host.syncCount;
    const next = { ...rec, actions: [...rec.actions, { ...emptyAction(), task: "新增事项", owner: "王芳", deadline: "2026-06-30" }] };
    await doc.writeRecord(next, ["actions"]);
    expect(host.syncCount - before).toBeLessThanOrEqual(2);
    const read = await doc.readRecord("t1");
    expect(read.record.actions.map((a) => a.task)).toEqual(next.actions.map((a) => a.task));
    expect(JSON.parse(host.settings.saved.get("ccr.record.t1") as string).actions).toHaveLength(next.actions.length);
  });

  it("a form written now has nothing locked inside its root: adding and removing items just works", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    const locked = host.tags().filter((tag) => {
      const c = host.controlsByTag(tag)[0];
      return ccOf(c).lock !== "unlocked";
    });
    expect(locked).toEqual(["ccr:t1"]);
    await doc.writeRecord({ ...rec, actions: rec.actions.slice(1) }, ["actions"]);
    expect((await doc.readRecord("t1")).record.actions).toHaveLength(rec.actions.length - 1);
  });

  it("repair of a form with a copy pasted inside it unlocks the copy's root (which cannot be deleted) first", async () => {
    const { host, doc } = setup();
    await doc.insertRecordTemplate(example("weekly-sync.json"));
    const root = host.controlsByTag("ccr:t1")[0];
    const cell = host.controlsByTag("ccr:t1:background")[0];
    if (root.kind !== "sdt" || cell.kind !== "sdt") throw new Error("unexpected form shape");
    host.pasteAfter(cell.blocks[cell.blocks.length - 1], [root], true);
    await doc.repair("t1");
    expect(host.controlsByTag("ccr:t1")).toHaveLength(1);
  });
});

describe("a selection holding text", () => {
  it("insert puts the form after the selected text instead of deleting it (Word's Replace would)", async () => {
    const typed: Para = para("不要删除我");
    const host = new FakeWordHost({ body: [typed] });
    host.selectParagraphText(typed);
    const doc = adapterOver(host);
    await doc.insertRecordTemplate(example("project-delay.json"));
    expect(blocksText([host.body[0]])).toBe("不要删除我");
    expect(host.tags()[0]).toBe("ccr:t1");
  });

  it("the fake's Replace on selected text deletes it, as Word does", async () => {
    const typed: Para = para("选中的文字");
    const host = new FakeWordHost({ body: [typed] });
    host.selectParagraphText(typed);
    await host.run(async (context) => {
      context.document.getSelection().insertOoxml(EMPTY_PACKAGE, "Replace");
      await context.sync();
    });
    expect(blocksText(host.body)).not.toContain("选中的文字");
  });
});

describe("Track Changes (office-js #1299, #1524, #2886)", () => {
  it("the fake keeps replaced content as a deletion whose controls are still listed", async () => {
    const { host, doc } = setup({ trackChanges: true, sets: { WordApi: "1.3" } });
    await doc.insertRecordTemplate(example("project-delay.json"));
    const before = host.controlsByTag("ccr:t1:actions[0].task").length;
    await host.run(async (context) => {
      const tables = context.document.body.tables.load("items");
      await context.sync();
      tables.items[2].getRange("Whole").insertOoxml(
        EMPTY_PACKAGE,
        "Replace",
      );
      await context.sync();
    });
    expect(host.controlsByTag("ccr:t1:actions[0].task").length).toBe(before);
  });

  it("where Word says Track Changes is on (WordApi 1.4), adding an item is refused before anything changes; other writes go through", async () => {
    const { host, doc } = setup({ trackChanges: true, sets: { WordApi: "1.4" } });
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    const tags = host.tags();
    const stored = host.settings.saved.get("ccr.record.t1");
    const e = await rejection(doc.writeRecord({ ...rec, actions: [...rec.actions, emptyAction()] }, ["actions"]));
    expect(e.code).toBe("NotAllowed");
    expect(e.userMessage.zh).toContain("修订");
    expect(host.tags()).toEqual(tags);
    expect(host.settings.saved.get("ccr.record.t1")).toBe(stored);
    await doc.writeRecord({ ...rec, topic: "新主题" }, ["topic"]);
    expect((await doc.readRecord("t1")).record.topic).toBe("新主题");
  });
});

describe("Word on the web", () => {
  it("controls inside cells are listed and written there (controls around whole cells would not be: #1947, #950, #2040)", async () => {
    const { host, doc } = setup({ platform: "OfficeOnline" });
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    const before = host.syncCount;
    await doc.writeRecord({ ...rec, place: "线上" }, ["place"]);
    expect(host.syncCount - before).toBeLessThanOrEqual(2);
    const read = await doc.readRecord("t1");
    expect(read.record.place).toBe("线上");
    expect(read.damage).toEqual([]);
  });

  it("does not offer to open generated documents in Word (open() may neither open nor reject, #5507)", async () => {
    const { host, doc } = setup({ platform: "OfficeOnline" });
    expect((await doc.capabilities()).canOpenDocuments).toBe(false);
    // Were it tried anyway, the pane gets a Timeout, not a promise that never settles.
    expect((await rejection(doc.openAsNewDocument(new Uint8Array([1, 2, 3])))).code).toBe("Timeout");
    expect(host.openedDocuments).toEqual([]);
    expect((await setup().doc.capabilities()).canOpenDocuments).toBe(true);
  });

  it("says downloads do not reach the user in Word for Mac (#4681), and do elsewhere", async () => {
    expect((await setup({ platform: "Mac" }).doc.capabilities()).canDownload).toBe(false);
    expect((await setup({ platform: "PC" }).doc.capabilities()).canDownload).toBe(true);
    expect((await setup({ platform: "OfficeOnline" }).doc.capabilities()).canDownload).toBe(true);
  });

  it("the fake's clear() shows Word's own placeholder there (#1515); ccr writes its hint instead", async () => {
    const { host, doc } = setup({ platform: "OfficeOnline" });
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    await doc.writeRecord({ ...rec, recorder: "" }, ["recorder"]);
    expect(hostText(host.controlsByTag("ccr:t1:recorder")[0])).toBe(formField("recorder")!.hint.zh);
    await host.run(async (context) => {
      context.document.body.contentControls.getByTag("ccr:t1:place").getFirst().clear();
      await context.sync();
    });
    expect(hostText(host.controlsByTag("ccr:t1:place")[0])).toBe(WORD_WEB_PLACEHOLDER);
    expect((await doc.readRecord("t1")).record.recorder).toBe("");
  });
});

describe("a slow insert (Word on the web, #3271)", () => {
  it("a form Word inserts after the pane stopped waiting still gets its stored record", async () => {
    const host = new FakeWordHost();
    const doc = adapterOver(host, { insertTimeoutMs: 50 });
    // The second sync (the insert) answers after 150 ms: the pane has been told Timeout by then.
    const slow = host.syncCount + 2;
    const original = host.executeBatch.bind(host);
    host.executeBatch = async (ops) => {
      if (host.syncCount + 1 === slow) await new Promise((resolve) => setTimeout(resolve, 150));
      return original(ops);
    };
    expect((await rejection(doc.insertRecordTemplate(example("project-delay.json")))).code).toBe("Timeout");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(host.tags()[0]).toBe("ccr:t1");
    expect(host.settings.saved.get("ccr.record.t1")).toContain("项目研发阶段延期协调会");
  });
});

describe("co-authoring (office-js #4354)", () => {
  it("one write saves the settings once (each save reloads a co-author's add-in)", async () => {
    const { host, doc } = setup({ coauthoring: true });
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    const reloads = host.settings.otherUserReloads;
    await doc.writeRecord({ ...rec, topic: "改" }, ["topic"]);
    expect(host.settings.otherUserReloads - reloads).toBe(1);
  });
});

describe("the fake's strictness itself", () => {
  it("a proxy from a Word.run that has ended fails with InvalidObjectPath", async () => {
    const host = new FakeWordHost();
    const kept = await host.run(async (context) => context.document.body);
    await expect(host.run(async (context) => {
      kept.insertText("x", "End");
      await context.sync();
    })).rejects.toMatchObject({ code: "InvalidObjectPath" });
  });

  it("an API above the host's requirement set fails with ApiNotFound", async () => {
    const host = new FakeWordHost({ sets: { WordApi: "1.2" } });
    await expect(host.run(async (context) => {
      context.document.body.getRange("Whole").load("text");
      await context.sync();
    })).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("getRange honours its location: End is an empty range after the content", async () => {
    const host = new FakeWordHost({ body: [para("甲")] });
    const empty = await host.run(async (context) => {
      const end = context.document.body.getRange("End").load("isEmpty");
      await context.sync();
      return end.isEmpty;
    });
    expect(empty).toBe(true);
  });
});
