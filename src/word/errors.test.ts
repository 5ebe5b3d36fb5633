// Every Office failure reaches the pane as a WordError with a message in both languages.
import { describe, expect, it } from "vitest";
import { example, setup } from "../../test/support/word-setup";
import { WORD_ERROR_MESSAGES, isPermanentWordError, toWordError, wordErrorCode } from "./errors";
import { isWordError } from "./types";
import type { WordErrorCode } from "./types";

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a failure");
}

describe("errors", () => {
  const cases: [string, WordErrorCode][] = [
    ["GeneralException", "GeneralException"],
    ["ItemNotFound", "ItemNotFound"],
    ["InvalidArgument", "InvalidArgument"],
    ["AccessDenied", "AccessDenied"],
    ["ApiNotFound", "Unsupported"],
    ["NotAllowed", "NotAllowed"],
    ["SomethingNew", "GeneralException"],
  ];
  for (const [office, ours] of cases) {
    it(`a sync failing with ${office} becomes WordError ${ours} with zh and en messages`, async () => {
      const { host, doc } = setup();
      const rec = await doc.insertRecordTemplate(example("project-delay.json"));
      host.failSync(office);
      const e = await failure(doc.readRecord(rec.id!));
      expect(isWordError(e)).toBe(true);
      if (!isWordError(e)) return;
      expect(e.code).toBe(ours);
      expect(e.userMessage).toEqual(WORD_ERROR_MESSAGES[ours]);
      expect(e.userMessage.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.userMessage.en).toMatch(/[a-z]/);
      expect(e.detail).toContain(office);
    });
  }

  it("a read-only document gives Word's GeneralException (#5484) with a message naming read-only, and leaves the record untouched", async () => {
    const { doc } = setup({ readOnly: true });
    const rec = example("project-delay.json");
    const before = JSON.stringify(rec);
    const e = await failure(doc.insertRecordTemplate(rec));
    expect(e).toMatchObject({ code: "GeneralException" });
    expect((e as { userMessage: { zh: string } }).userMessage.zh).toContain("启用编辑");
    expect(JSON.stringify(rec)).toBe(before);
  });

  it("a sync that never answers gives Timeout", async () => {
    const { host, doc } = setup();
    await doc.insertRecordTemplate(example("project-delay.json"));
    host.hangNextSync();
    expect(await failure(doc.readRecord("t1"))).toMatchObject({ code: "Timeout" });
  });

  it("a host without WordApi 1.3 says what is missing and refuses Word calls with Unsupported", async () => {
    const { doc } = setup({ sets: { WordApi: "1.2" } });
    const caps = await doc.capabilities();
    expect(caps.core).toBe(false);
    expect(caps.sets["WordApi 1.2"]).toBe(true);
    expect(caps.missing?.zh).toContain("WordApi 1.3");
    expect(await failure(doc.insertRecordTemplate(example("project-delay.json")))).toMatchObject({ code: "Unsupported" });
  });

  it("Word refusing valid OOXML (#3327) is a GeneralException", async () => {
    const { doc } = setup({ rejectOoxml: true });
    expect(await failure(doc.insertRecordTemplate(example("project-delay.json")))).toMatchObject({ code: "GeneralException" });
  });

  it("a control deleted by the user between the two syncs of a write gives ItemNotFound", async () => {
    const { host, doc } = setup();
    const rec = await doc.insertRecordTemplate(example("project-delay.json"));
    // Sync 1 loads the tags; the user deletes the control before sync 2 writes into it.
    host.beforeNextSync((h) => h.removeControl("ccr:t1:topic"), 2);
    const write = doc.writeRecord({ ...rec, topic: "新" }, ["topic"]);
    expect(await failure(write)).toMatchObject({ code: "ItemNotFound" });
  });

  it("settings that cannot be saved give StorageFailed after the form was written", async () => {
    const { host, doc } = setup();
    host.settings.failSave = true;
    expect(await failure(doc.insertRecordTemplate(example("project-delay.json")))).toMatchObject({ code: "StorageFailed" });
    expect(host.tags()).toContain("ccr:t1:topic");
  });

  it("maps office.js codes without a sync", () => {
    expect(wordErrorCode("InvalidObjectPath")).toBe("ItemNotFound");
    // NotAllowed is Word refusing a change (#2829), not an old Word: never the WordApi 1.3 message.
    expect(wordErrorCode("NotAllowed")).toBe("NotAllowed");
    expect(toWordError({ code: "NotAllowed", message: "x" }).userMessage.zh).not.toContain("WordApi");
    expect(isPermanentWordError(toWordError({ code: "NotAllowed", message: "x" }))).toBe(true);
    expect(isPermanentWordError(toWordError({ code: "GeneralException", message: "x" }))).toBe(false);
    expect(toWordError(new Error("x")).code).toBe("GeneralException");
  });
});
