import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { emptyRecord, type CcrRecord } from "../domain/record/record";
import { captureLine } from "../domain/meeting/capture";
import { wordError } from "./errors";
import { createRecordWriteQueue } from "./record-write-queue";

interface Call {
  record: CcrRecord;
  paths: readonly string[] | undefined;
}

/** A writer that records its calls and takes `ms` to finish each. */
function recordingWriter(ms = 50, failFirst = 0) {
  const calls: Call[] = [];
  let failures = failFirst;
  const write = vi.fn(async (record: CcrRecord, paths?: readonly string[]) => {
    calls.push({ record, paths });
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (failures > 0) {
      failures--;
      throw new Error("Word is busy");
    }
  });
  return { calls, write };
}

const timers = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("record write queue", () => {
  it("writes a burst of 50 captures once, with the latest record and the changed lists", async () => {
    const { calls, write } = recordingWriter();
    const q = createRecordWriteQueue(write, { delayMs: 300, timers });
    let record = emptyRecord();
    for (let i = 0; i < 50; i++) {
      record = captureLine(record, i % 2 ? "consensus" : "demand", `第${i}条`, 0)!.record;
      q.push(record, [i % 2 ? "consensus" : "demand", "meeting"]);
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toHaveLength(1);
    expect(calls[0].record).toBe(record);
    expect(calls[0].record.demands).toHaveLength(25);
    expect([...calls[0].paths!].sort()).toEqual(["consensus", "demand", "meeting"]);
    expect(q.busy()).toBe(false);
  });

  it("still writes every maxDelayMs while typing never pauses", async () => {
    const { calls, write } = recordingWriter(10);
    const q = createRecordWriteQueue(write, { delayMs: 300, maxDelayMs: 1000, timers });
    for (let i = 0; i < 100; i++) {
      q.push({ ...emptyRecord(), topic: String(i) }, ["topic"]);
      await vi.advanceTimersByTimeAsync(100); // 10 s of steady typing
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.length).toBeGreaterThanOrEqual(9);
    expect(calls.length).toBeLessThanOrEqual(12);
    expect(calls.at(-1)!.record.topic).toBe("99");
  });

  it("never writes twice at once: changes during a write follow right after it", async () => {
    const { calls, write } = recordingWriter(500);
    let concurrent = 0;
    let most = 0;
    const q = createRecordWriteQueue(
      async (r, p) => {
        concurrent++;
        most = Math.max(most, concurrent);
        await write(r, p);
        concurrent--;
      },
      { delayMs: 100, timers },
    );
    q.push({ ...emptyRecord(), topic: "a" }, ["topic"]);
    await vi.advanceTimersByTimeAsync(150); // write of "a" in flight
    q.push({ ...emptyRecord(), topic: "b" }, ["goal"]);
    q.push({ ...emptyRecord(), topic: "c" }, ["place"]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(most).toBe(1);
    expect(calls.map((c) => c.record.topic)).toEqual(["a", "c"]);
    expect(calls[1].paths).toEqual(["goal", "place"]);
  });

  it("writes everything when a change does not name its paths", async () => {
    const { calls, write } = recordingWriter();
    const q = createRecordWriteQueue(write, { timers });
    q.push(emptyRecord(), ["topic"]);
    q.push(emptyRecord());
    q.push(emptyRecord(), ["goal"]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    expect(calls[0].paths).toBeUndefined();
  });

  it("flushes at once, e.g. before 结束会议", async () => {
    const { calls, write } = recordingWriter();
    const q = createRecordWriteQueue(write, { delayMs: 10_000, timers });
    q.push({ ...emptyRecord(), topic: "x" }, ["topic"]);
    const done = q.flush();
    await vi.advanceTimersByTimeAsync(60);
    await done;
    expect(calls).toHaveLength(1);
    expect(q.busy()).toBe(false);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(calls).toHaveLength(1);
  });

  it("keeps the changes of a failed write for the next one and reports the error", async () => {
    const { calls, write } = recordingWriter(10, 1);
    const errors: unknown[] = [];
    const written: CcrRecord[] = [];
    const q = createRecordWriteQueue(write, { delayMs: 100, timers, onError: (e) => errors.push(e), onWritten: (r) => written.push(r) });
    q.push({ ...emptyRecord(), topic: "a" }, ["topic"]);
    await vi.advanceTimersByTimeAsync(500);
    expect(errors).toHaveLength(1);
    expect(q.busy()).toBe(true);
    q.push({ ...emptyRecord(), topic: "b" }, ["goal"]);
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(2);
    expect(calls[1].record.topic).toBe("b");
    expect([...calls[1].paths!].sort()).toEqual(["goal", "topic"]);
    expect(written.map((r) => r.topic)).toEqual(["b"]);
  });

  it("stops writing after a permanent error (NotAllowed) instead of failing on every keystroke, and writes again on flush", async () => {
    const calls: CcrRecord[] = [];
    let refuse = true;
    const write = async (record: CcrRecord) => {
      calls.push(record);
      if (refuse) throw wordError("NotAllowed", "injected");
    };
    const errors: unknown[] = [];
    const q = createRecordWriteQueue(write, { delayMs: 100, timers, onError: (e) => errors.push(e) });
    q.push({ ...emptyRecord(), topic: "a" }, ["topic"]);
    await vi.advanceTimersByTimeAsync(500);
    expect(q.stopped()).toBe(true);
    for (const topic of ["ab", "abc", "abcd"]) {
      q.push({ ...emptyRecord(), topic }, ["topic"]);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(calls).toHaveLength(1);
    expect(errors).toHaveLength(1);
    // The user fixed the document and asks again: the latest record, nothing typed lost.
    refuse = false;
    await q.flush();
    expect(calls.map((r) => r.topic)).toEqual(["a", "abcd"]);
    expect(q.stopped()).toBe(false);
    expect(q.busy()).toBe(false);
  });

  it("keeps retrying a passing failure (GeneralException) with the next change", async () => {
    const { calls, write } = recordingWriter(10, 1);
    const q = createRecordWriteQueue(write, { delayMs: 100, timers });
    q.push({ ...emptyRecord(), topic: "a" }, ["topic"]);
    await vi.advanceTimersByTimeAsync(500);
    expect(q.stopped()).toBe(false);
    q.push({ ...emptyRecord(), topic: "b" }, ["topic"]);
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(2);
  });

  it("drops queued changes on dispose", async () => {
    const { calls, write } = recordingWriter();
    const q = createRecordWriteQueue(write, { timers });
    q.push(emptyRecord(), ["topic"]);
    q.dispose();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(0);
  });
});
