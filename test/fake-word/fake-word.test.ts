import { describe, expect, it } from "vitest";
import { FakeWordHost } from "./index";
import type { FakeRequestContext } from "./index";
import { flatOpcPackage } from "../../src/ooxml/package";
import { recordFormBodyXml } from "../../src/ooxml/record-form";
import { emptyRecord } from "../../src/domain/record";

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
      expect(tables.items).toHaveLength(5);
      expect(tables.items[0].values[0][1]).toBe("周会");
    });
  });

  it("adds a stray paragraph in cells like Word on the web (#116)", async () => {
    const host = new FakeWordHost({ strayParagraphInCells: true });
    await insert(host);
    await host.run(async (ctx) => {
      const c = ctx.document.body.contentControls.getByTag("ccr:f1:topic").getFirst().load("text");
      await ctx.sync();
      expect(c.text).toBe("周会\r");
    });
  });

  it("fails an injected sync and rejects changes to a read-only document", async () => {
    const host = new FakeWordHost();
    host.failSync("ItemNotFound");
    await expect(insert(host)).rejects.toMatchObject({ code: "ItemNotFound" });
    const ro = new FakeWordHost({ readOnly: true });
    await expect(insert(ro)).rejects.toMatchObject({ code: "AccessDenied" });
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
