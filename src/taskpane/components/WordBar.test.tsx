// The damage report of the record table in the pane: the adapter's message in the pane's language,
// with 修复 beside it. The damage is read by the real adapter over the fake Word.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Damage } from "../../word/types";
import { example, setup } from "../../../test/support/word-setup";
import { translator } from "../i18n";
import { PaneContext, type PaneApi } from "../state/pane";
import type { WordPaneApi } from "../word/useWordSync";
import { WordBar } from "./WordBar";

/** The bar for record t1 with the Word state given (in the document, no damage, no other records by default). */
function renderBar(lang: "zh" | "en", state: Partial<WordPaneApi>): string {
  const word = { ready: true, capabilities: { core: true, sets: {}, platform: "PC" }, records: [], inDocument: true, damage: [], busy: false, ...state } as unknown as WordPaneApi;
  const api = { t: translator(lang), lang, word, record: { id: "t1", topic: "供应商交付协调会" } } as unknown as PaneApi;
  return renderToStaticMarkup(
    <PaneContext.Provider value={api}>
      <WordBar />
    </PaneContext.Provider>,
  );
}

function render(damage: readonly Damage[], lang: "zh" | "en"): string {
  return renderBar(lang, { damage });
}

describe("the damage report above the record form", () => {
  it("says the form was pasted twice and what to do, in zh and en, with 修复", async () => {
    const { host, doc } = setup();
    await doc.insertRecordTemplate(example("project-delay.json"));
    const root = host.controlsByTag("ccr:t1")[0];
    if (root.kind !== "sdt") throw new Error("the root is a block control");
    host.pasteAfter(host.body[host.body.length - 1], [root], true);
    const { damage } = await doc.readRecord("t1");
    expect(damage.map((d) => d.kind)).toEqual(["duplicate-form"]);
    const zh = render(damage, "zh");
    expect(zh).toContain("文档中的记录表有问题");
    expect(zh).toContain("出现了 2 次");
    expect(zh).toContain("新的记录编号");
    expect(zh).toMatch(/data-testid="word-repair"[^>]*>.*修复/);
    const en = render(damage, "en");
    expect(en).toContain("is in the document 2 times");
    expect(en).toContain("a record id of its own");
    expect(en).toMatch(/data-testid="word-repair"[^>]*>.*Repair/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("a record whose form was deleted from the document", () => {
  function renderOrphan(lang: "zh" | "en", inDocument: boolean): string {
    return renderBar(lang, { inDocument, records: [{ id: "t1", topic: "供应商交付协调会", date: "2026-07-02", inDocument }] });
  }

  it("offers to insert the form again or to remove the record's data from the document, in zh and en", () => {
    const zh = renderOrphan("zh", false);
    expect(zh).toContain("记录表已从文档中删除");
    expect(zh).toMatch(/data-testid="word-insert"/);
    expect(zh).toMatch(/data-testid="word-forget"[^>]*>.*从文档中移除记录数据/);
    expect(renderOrphan("en", false)).toMatch(/data-testid="word-forget"[^>]*>.*Remove record data from document/);
  });

  it("offers no removal while the form is in the document", () => {
    expect(renderOrphan("zh", true)).not.toContain("word-forget");
  });
});
