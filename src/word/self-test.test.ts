// 自检 over the fake Word: every step passes on a host that behaves as Word is documented to, the
// document is left as it was, and a host that refuses shows which step and which error code.
import { describe, expect, it } from "vitest";
import { FakeWordHost, blocksText, para } from "../../test/fake-word";
import { officeHostFrom, type OfficeGlobals } from "./office-host";
import { createRecordDocument } from "./record-document";
import { runSelfTest, selfTestText } from "./self-test";

function over(host: FakeWordHost) {
  const office = officeHostFrom(host.globals() as unknown as OfficeGlobals);
  let n = 0;
  const newId = () => `selftest${++n}`;
  return { office, doc: createRecordDocument(office, { newId, timeoutMs: 500, insertTimeoutMs: 500 }), newId };
}

describe("自检 (self-test)", () => {
  for (const [name, options] of [
    ["Word desktop", {}],
    ["Word on the web", { platform: "OfficeOnline" }],
    ["Word with WordApi 1.4", { sets: { WordApi: "1.4" } }],
  ] as const) {
    it(`${name}: every step ok, and the document is as it was`, async () => {
      const host = new FakeWordHost({ ...options, body: [para("用户的正文")] });
      const before = blocksText(host.body);
      const { office, doc, newId } = over(host);
      const report = await runSelfTest(office, doc, newId);
      expect(report.steps.filter((s) => !s.ok)).toEqual([]);
      expect(report.steps.map((s) => s.name)).toEqual(["insert", "write", "addItem", "removeItem", "readTyped", "repair", "agenda", "settings", "cleanup"]);
      expect(host.tags().filter((t) => t.startsWith("ccr"))).toEqual([]);
      expect(blocksText(host.body).replace(/\r+$/, "")).toBe(before);
      expect([...host.settings.saved.keys()].filter((k) => k.startsWith("ccr.record.selftest"))).toEqual([]);
      const text = selfTestText(report);
      expect(text).toContain("9/9 ok");
      expect(text).toContain("WordApi 1.3 ✓");
    });
  }

  it("is what RecordDocument.selfTest runs", async () => {
    const host = new FakeWordHost();
    const report = await over(host).doc.selfTest();
    expect(report.steps.every((s) => s.ok)).toBe(true);
  });

  it("a read-only document: the steps that change it report GeneralException (#5484), the report still comes", async () => {
    const host = new FakeWordHost({ readOnly: true });
    const { office, doc, newId } = over(host);
    const report = await runSelfTest(office, doc, newId);
    expect(report.steps.find((s) => s.name === "insert")).toMatchObject({ ok: false, code: "GeneralException" });
    expect(selfTestText(report)).toMatch(/插入记录表 \/ Insert the form: GeneralException/);
  });

  it("Track Changes on (WordApi 1.4): adding an item is reported as NotAllowed, the rest runs", async () => {
    const host = new FakeWordHost({ trackChanges: true, sets: { WordApi: "1.4" } });
    const { office, doc, newId } = over(host);
    const report = await runSelfTest(office, doc, newId);
    expect(report.steps.find((s) => s.name === "addItem")).toMatchObject({ ok: false, code: "NotAllowed" });
    expect(report.steps.find((s) => s.name === "write")).toMatchObject({ ok: true });
  });
});
