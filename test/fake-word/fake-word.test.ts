import { FORM_TABLE_COUNT } from "../../src/form/read";
import { describe, expect, it } from "vitest";
import { FakeWordHost, blocksPackage, blocksParagraphs, blocksText, hostText, para, parseOoxml, type Block } from "./index";
import type { FakeRequestContext } from "./index";
import { flatOpcPackage } from "../../src/ooxml/package";
import { recordFormBodyXml } from "../../src/ooxml/record-form";
import { emptyRecord } from "../../src/domain/record/record";

const form = () => flatOpcPackage(recordFormBodyXml({ ...emptyRecord(), id: "f1", topic: "周会" }));

async function insert(host: FakeWordHost): Promise<void> {
  await host.run(async (ctx: FakeRequestContext) => {
    ctx.document.getSelection().insertOoxml(form(), "Replace");
    await ctx.sync();
  });
}

describe("fake Word", () => {
  it("queues operations until sync and counts syncs", async () => {
    const host = new FakeWordHost();
    await host.run(async (ctx) => {
      ctx.document.getSelection().insertOoxml(form(), "Replace");
      expect(host.tags()).toEqual([]);
      await ctx.sync();
      expect(host.tags()).toContain("ccr:f1:topic");
    });
    expect(host.syncCount).toBe(1);
  });

  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const host = new FakeWordHost();
    await insert(host);
    await host.run(async (ctx) => {
      const ccs = ctx.document.body.contentControls.getByTag("ccr:f1:topic");
      expect(() => ccs.items).toThrow(/not available/);
      ccs.load("items/text");
      expect(() => ccs.items).toThrow(/not available/);
      await ctx.sync();
      expect(ccs.items[0].text).toBe("周会");
      expect(() => ccs.items[0].tag).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("reads table values and nested controls of a control", async () => {
    const host = new FakeWordHost();
    await insert(host);
    await host.run(async (ctx) => {
      const root = ctx.document.body.contentControls.getByTag("ccr:f1").getFirst();
      const inner = root.contentControls.load("items/tag");
      const tables = root.tables.load("items/values");
      await ctx.sync();
      expect(inner.items.length).toBeGreaterThan(30);
      expect(tables.items).toHaveLength(FORM_TABLE_COUNT);
      expect(tables.items[0].values[0][1]).toBe("周会");
    });
  });

  it("adds a stray paragraph in cells like Word on the web (#116)", async () => {
    const host = new FakeWordHost({ strayParagraphInCells: true });
    await insert(host);
    await host.run(async (ctx) => {
      const c = ctx.document.body.contentControls.getByTag("ccr:f1:topic").getFirst().load("text");
      const cell = ctx.document.body.tables.getFirst().getCell(0, 1).load("value");
      await ctx.sync();
      // The paragraph Word adds goes into the cell, after the control that holds the cell's content.
      expect(cell.value).toBe("周会\r");
      expect(c.text).toBe("周会");
    });
  });

  it("fails an injected sync and rejects changes to a read-only document", async () => {
    const host = new FakeWordHost();
    host.failSync("ItemNotFound");
    await expect(insert(host)).rejects.toMatchObject({ code: "ItemNotFound" });
    const ro = new FakeWordHost({ readOnly: true });
    // Word answers GeneralException there, not AccessDenied (office-js #5484).
    await expect(insert(ro)).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("a control deleted by the user between two syncs gives ItemNotFound", async () => {
    const host = new FakeWordHost();
    await insert(host);
    await expect(
      host.run(async (ctx) => {
        const ccs = ctx.document.body.contentControls.getByTag("ccr:f1:topic").load("items/text");
        await ctx.sync();
        host.beforeNextSync((h) => h.removeControl("ccr:f1:topic"));
        ccs.items[0].insertText("新主题", "Replace");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("refuses to delete a control locked against deletion until cannotDelete is cleared; #337 ignores delete(true)", async () => {
    const host = new FakeWordHost();
    await insert(host);
    const deleteRoot = (unlock: boolean) =>
      host.run(async (ctx) => {
        const root = ctx.document.body.contentControls.getByTag("ccr:f1").getFirst();
        if (unlock) root.cannotDelete = false;
        root.delete(true);
        await ctx.sync();
      });
    await expect(deleteRoot(false)).rejects.toMatchObject({ code: "GeneralException" });
    expect(host.controlsByTag("ccr:f1")).toHaveLength(1);
    const ignoring = new FakeWordHost({ deleteKeepingContentIgnored: true });
    await insert(ignoring);
    await ignoring.run(async (ctx) => {
      const root = ctx.document.body.contentControls.getByTag("ccr:f1").getFirst();
      root.cannotDelete = false;
      root.delete(true);
      await ctx.sync();
    });
    expect(ignoring.controlsByTag("ccr:f1")).toHaveLength(1);
    await deleteRoot(true);
    expect(host.controlsByTag("ccr:f1")).toHaveLength(0);
    expect(host.controlsByTag("ccr:f1:topic")).toHaveLength(1);
  });

  it("keeps saved settings across reopen, drops unsaved ones", async () => {
    const host = new FakeWordHost();
    const settings = host.globals().Office.context.document.settings;
    settings.set("a", "1");
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    settings.set("b", "2");
    const again = host.reopen();
    expect(again.settings.get("a")).toBe("1");
    expect(again.settings.get("b")).toBeNull();
  });

  it("rejects malformed OOXML with InvalidArgument", async () => {
    const host = new FakeWordHost();
    await expect(
      host.run(async (ctx) => {
        ctx.document.getSelection().insertOoxml("<pkg:package", "Replace");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("fake Word undo (Ctrl+Z)", () => {
  const original = (): Block[] => [para("前言"), { kind: "tbl", rows: [{ kind: "tr", header: false, cantSplit: false, cells: [{ kind: "tc", blocks: [para("甲")] }] }] }, para()];

  it("undoes one operation applied at sync per step, newest first, back to the original", async () => {
    const host = new FakeWordHost({ body: original() });
    const before = JSON.stringify(host.body);
    await host.run(async (ctx) => {
      ctx.document.body.insertText("乙", "End");
      ctx.document.body.insertText("丙", "End");
      await ctx.sync();
    });
    expect(host.undoDepth).toBe(2);
    expect(blocksText(host.body)).toBe("前言\r甲\r\r乙\r丙");
    expect(host.undo()).toBe(true);
    expect(blocksText(host.body)).toBe("前言\r甲\r\r乙");
    expect(host.undo()).toBe(true);
    expect(JSON.stringify(host.body)).toBe(before);
    expect(host.undo()).toBe(false);
  });

  it("counts every control created or changed through the API as its own unit (insertContentControl, tag, title)", async () => {
    const host = new FakeWordHost({ body: original() });
    await host.run(async (ctx) => {
      const cc = ctx.document.body.tables.getFirst().getCell(0, 0).body.insertContentControl();
      cc.tag = "t";
      cc.title = "标题";
      await ctx.sync();
    });
    expect(host.undoDepth).toBe(3);
    host.undo();
    expect(host.tags()).toEqual(["t"]);
    host.undo();
    host.undo();
    expect(host.tags()).toEqual([]);
  });

  it("an insertOoxml is one unit however much it inserts; reads are none; settings are not undone", async () => {
    const host = new FakeWordHost();
    const settings = host.globals().Office.context.document.settings;
    await insert(host);
    settings.set("k", 1);
    await host.run(async (ctx) => {
      ctx.document.body.contentControls.load("items/tag");
      ctx.document.body.getOoxml();
      await ctx.sync();
    });
    expect(host.undoDepth).toBe(1);
    expect(host.undo()).toBe(true);
    expect(host.tags()).toEqual([]);
    expect(blocksText(host.body)).toBe("");
    expect(settings.get("k")).toBe(1);
  });

  it("undoes the user's own edits too, in order with the add-in's", async () => {
    const host = new FakeWordHost();
    await insert(host);
    host.type("ccr:f1:topic", "月会");
    expect(host.undoDepth).toBe(2);
    host.undo();
    expect(host.controlsByTag("ccr:f1:topic").map(hostText)).toEqual(["周会"]);
  });

  it("keeps the last 100 units, as Word keeps a bounded stack", async () => {
    const host = new FakeWordHost({ body: original() });
    await host.run(async (ctx) => {
      for (let i = 0; i < 150; i++) ctx.document.body.insertText(String(i), "End");
      await ctx.sync();
    });
    expect(host.undoDepth).toBe(100);
    while (host.undo());
    expect(blocksText(host.body).split("\r").slice(-2)).toEqual(["48", "49"]);
  });

  it("restores the cursor's paragraph, and a failed operation leaves no unit", async () => {
    const host = new FakeWordHost({ body: original() });
    host.placeCursorAtEnd();
    await host.run(async (ctx) => {
      ctx.document.getSelection().insertText("尾", "Replace");
      await ctx.sync();
    });
    host.undo();
    expect(blocksText([host.selection])).toBe("");
    expect(blocksParagraphs(host.body).indexOf(host.selection)).toBe(2);
    await expect(
      host.run(async (ctx) => {
        ctx.document.body.tables.getFirst().getCell(5, 5).body.insertText("x", "End");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(host.undoDepth).toBe(0);
  });
});

describe("fake Word getOoxml", () => {
  it("gives the range as a flat-OPC package that insertOoxml reads back to the same blocks", async () => {
    const host = new FakeWordHost();
    await insert(host);
    const blocks = JSON.stringify(host.body, (k, v) => (k === "uid" ? undefined : v));
    let xml = "";
    await host.run(async (ctx) => {
      const result = ctx.document.body.getOoxml();
      expect(() => result.value).toThrow(/not available/);
      await ctx.sync();
      xml = result.value;
    });
    expect(xml).toMatch(/^<\?xml[^>]*\?><\?mso-application progid="Word.Document"\?><pkg:package/);
    expect(xml).toContain("<w:sectPr>");
    expect(JSON.stringify(parseOoxml(xml), (k, v) => (k === "uid" ? undefined : v))).toBe(blocks);
  });

  it("adds the empty paragraph Word writes after a range that ends with a table", () => {
    const table: Block = { kind: "tbl", rows: [{ kind: "tr", header: true, cantSplit: true, cells: [{ kind: "tc", blocks: [para("a\tb\vc & <d>")] }] }] };
    const back = parseOoxml(blocksPackage([table]));
    expect(back).toEqual([table, para()]);
  });
});

describe("fake Word sources", () => {
  it("import nothing from node: so browser tests can bundle them", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = __dirname;
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .filter((f) => /from\s+["']node:/.test(readFileSync(`${dir}/${f}`, "utf8")));
    expect(offenders).toEqual([]);
  });
});
