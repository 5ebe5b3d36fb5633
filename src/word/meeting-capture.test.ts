// Captures of a running meeting land in the record table in Word, batched by the write queue:
// a burst of captures costs one writeRecord (a handful of syncs), not one per line.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CAPTURE_FIELDS, CAPTURE_TYPES, captureLine, updateAction } from "../domain/meeting/capture";
import { insertComparison, newComparison, setScore } from "../domain/meeting/conflict";
import { startRecordMeeting } from "../domain/meeting/meeting";
import type { CcrRecord } from "../domain/record/record";
import { ccOf, hostText } from "../../test/fake-word/model";
import { example, setup } from "../../test/support/word-setup";
import { createRecordWriteQueue } from "./record-write-queue";

const T0 = Date.UTC(2026, 5, 8, 6, 0);

const timers = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A record with empty summary lists and no action items, inserted into a fresh fake Word. */
async function meetingInWord() {
  const { host, doc } = setup();
  const base: CcrRecord = { ...example("project-delay.json"), demands: [], disputes: [], responses: [], consensus: [], openIssues: [], actions: [] };
  const inserted = await doc.insertRecordTemplate(base);
  return { host, doc, record: startRecordMeeting(inserted, T0) };
}

/** The text Word shows in the control of a field of record `id`. */
function shown(host: Awaited<ReturnType<typeof meetingInWord>>["host"], id: string, path: string): string {
  const control = host.controlsByTag(`ccr:${id}:${path}`)[0];
  return control ? hostText(control) : "";
}

describe("captures into the record table in Word", () => {
  it("puts every capture type into its own section of the table", async () => {
    const { host, doc, record: start } = await meetingInWord();
    const queue = createRecordWriteQueue((r, paths) => doc.writeRecord(r, paths), { delayMs: 300, timers });
    let record = start;
    for (const type of CAPTURE_TYPES) {
      record = captureLine(record, type, `${type} 的记录`, T0)!.record;
      queue.push(record, [CAPTURE_FIELDS[type], "meeting"]);
    }
    record = updateAction(record, 0, { owner: "李娜", deadline: "本周五", deliverable: "输出书面清单" });
    queue.push(record, ["actions[0].owner", "actions[0].deadline", "actions[0].deliverable"]);
    const flushed = queue.flush();
    await vi.runAllTimersAsync();
    await flushed;

    const id = record.id!;
    expect(shown(host, id, "demands")).toContain("demand 的记录");
    expect(shown(host, id, "disputes")).toContain("dispute 的记录");
    expect(shown(host, id, "responses")).toContain("response 的记录");
    expect(shown(host, id, "consensus")).toContain("consensus 的记录");
    expect(shown(host, id, "openIssues")).toContain("openIssue 的记录");
    expect(shown(host, id, "actions[0].task")).toContain("action 的记录");
    expect(shown(host, id, "actions[0].owner")).toBe("李娜");
    // Read back, the document gives the same record the pane holds (captures and meeting state included).
    const back = await doc.readRecord(id);
    expect(back.changedInDocument).toEqual([]);
    for (const type of CAPTURE_TYPES) expect(back.record[CAPTURE_FIELDS[type]]).toEqual(record[CAPTURE_FIELDS[type]]);
    expect(back.record.meeting).toEqual(record.meeting);
    expect(host.tags().filter((t) => t === `ccr:${id}:demands`)).toHaveLength(1);
    expect(ccOf(host.controlsByTag(`ccr:${id}:demands`)[0]).tag).toBe(`ccr:${id}:demands`);
  });

  it("costs a handful of syncs for a burst of 50 captures, not 50", async () => {
    const { host, doc, record: start } = await meetingInWord();
    let writes = 0;
    const queue = createRecordWriteQueue(
      (r, paths) => {
        writes++;
        return doc.writeRecord(r, paths);
      },
      { delayMs: 300, maxDelayMs: 1500, timers },
    );
    const before = host.syncCount;
    let record = start;
    for (let i = 0; i < 50; i++) {
      const type = CAPTURE_TYPES[i % CAPTURE_TYPES.length];
      record = captureLine(record, type, `第${i + 1}条`, T0 + i * 1000)!.record;
      queue.push(record, [CAPTURE_FIELDS[type], "meeting"]);
      await vi.advanceTimersByTimeAsync(20); // typing fast: a line every 20 ms
    }
    await vi.runAllTimersAsync();
    await queue.flush();
    const syncs = host.syncCount - before;
    expect(writes).toBe(1);
    expect(syncs).toBeLessThanOrEqual(4);
    expect(syncs).toBeGreaterThan(0);
    const back = await doc.readRecord(record.id!);
    expect(back.record.demands).toHaveLength(9);
    expect(back.record.actions).toHaveLength(8);
    expect(back.record.actions.map((a) => a.task)).toEqual(record.actions.map((a) => a.task));
  });

  it("puts the conflict comparison under 争议点 in Word", async () => {
    const { host, doc, record: start } = await meetingInWord();
    let c = newComparison("测试环境优先保障", ["A项目", "B项目"]);
    c = setScore(setScore(c, 0, 0, 5), 0, 1, 3);
    const { record } = insertComparison(start, c, "zh");
    await doc.writeRecord(record, ["disputes"]);
    expect(shown(host, record.id!, "disputes")).toContain("冲突比较（测试环境优先保障）：紧急性 A项目 5 / B项目 3");
  });
});
