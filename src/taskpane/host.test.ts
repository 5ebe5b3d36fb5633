// Where the pane runs: Word when Office reports it in time; stand-alone first and Word later when
// Office starts slowly (issue 17.5), never Word for another host.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { detectHost, ONREADY_TIMEOUT_MS } from "./host";

type Info = { host: string | null; platform?: string };

/** office.js's globals with an onReady the test settles. */
function stubOffice(): { report(info: Info): void } {
  let report: (info: Info) => void = () => undefined;
  const ready = new Promise<Info>((resolve) => (report = resolve));
  (globalThis as { Office?: unknown }).Office = {
    onReady: () => ready,
    HostType: { Word: "Word", Excel: "Excel" },
    context: { displayLanguage: "zh-CN", requirements: { isSetSupported: () => true } },
  };
  return { report: (info) => report(info) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as { Office?: unknown }).Office;
});

describe("detectHost", () => {
  it("is Word when Office reports Word within the wait", async () => {
    const office = stubOffice();
    const detection = detectHost();
    office.report({ host: "Word" });
    const { host, later } = await detection;
    expect(host).toMatchObject({ kind: "word", displayLanguage: "zh-CN", wordApi13: true });
    expect(later).toBeUndefined();
  });

  it("starts stand-alone after the wait and reports Word when Office becomes ready later", async () => {
    const office = stubOffice();
    const detection = detectHost();
    await vi.advanceTimersByTimeAsync(ONREADY_TIMEOUT_MS);
    const { host, later } = await detection;
    expect(host.kind).toBe("standalone");
    expect(later).toBeDefined();
    office.report({ host: "Word" });
    expect((await later)?.kind).toBe("word");
  });

  it("never switches when the late host is not Word", async () => {
    const office = stubOffice();
    const detection = detectHost();
    await vi.advanceTimersByTimeAsync(ONREADY_TIMEOUT_MS);
    const { later } = await detection;
    let settled = false;
    void later?.then(() => (settled = true));
    office.report({ host: "Excel" });
    await vi.advanceTimersByTimeAsync(ONREADY_TIMEOUT_MS);
    expect(settled).toBe(false);
  });

  it("is stand-alone without office.js", async () => {
    expect(await detectHost()).toEqual({ host: expect.objectContaining({ kind: "standalone" }) });
  });
});
