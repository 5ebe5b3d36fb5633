// Coalesces record changes into few Word writes. While people talk the recorder captures line after
// line; each capture changes the record, but Word is written once per burst: the queue waits for a
// quiet moment (`delayMs`), never longer than `maxDelayMs` while typing goes on, then writes the
// latest record once with the union of the changed paths. A write in flight is never doubled: what
// arrives meanwhile is written right after it. A failed write keeps its changes for the next one.
// After an error that trying again cannot cure (NotAllowed, AccessDenied … isPermanentWordError) the
// queue stops writing on its own: changes are still collected, and the next flush() (an explicit
// action of the user) tries again. No retry loop on every keystroke.

import type { CcrRecord } from "../domain/record/record";
import { isPermanentWordError } from "./errors";

export type WriteRecord = (record: CcrRecord, changedPaths?: readonly string[]) => Promise<unknown>;

export interface QueueTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface RecordWriteQueueOptions {
  /** Quiet time before a write, in ms (300 by default). */
  readonly delayMs?: number;
  /** Longest wait from the first unwritten change, in ms (1500 by default). */
  readonly maxDelayMs?: number;
  /** Called with the error of a failed write (the pane shows it); the changes are kept. */
  readonly onError?: (error: unknown) => void;
  /** Called after each successful write with the record written. */
  readonly onWritten?: (record: CcrRecord) => void;
  /** Timer functions; the global ones by default. */
  readonly timers?: QueueTimers;
  /** Whether an error stops the automatic writes until the next flush(); isPermanentWordError by default. */
  readonly isPermanent?: (error: unknown) => boolean;
}

export interface RecordWriteQueue {
  /** Queues the record; `changedPaths` names what changed (all of it when omitted). */
  push(record: CcrRecord, changedPaths?: readonly string[]): void;
  /** Writes what is queued now and resolves when Word has it (e.g. before 结束会议 or closing the pane). */
  flush(): Promise<void>;
  /** Whether a change is queued or being written. */
  busy(): boolean;
  /** Whether automatic writes stopped after a permanent error (the next flush() tries again). */
  stopped(): boolean;
  /** Stops the timer; queued changes are dropped unless flushed first. */
  dispose(): void;
}

const GLOBAL_TIMERS: QueueTimers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  now: () => Date.now(),
};

export function createRecordWriteQueue(write: WriteRecord, options: RecordWriteQueueOptions = {}): RecordWriteQueue {
  const delayMs = options.delayMs ?? 300;
  const maxDelayMs = Math.max(delayMs, options.maxDelayMs ?? 1500);
  const timers = options.timers ?? GLOBAL_TIMERS;

  let latest: CcrRecord | null = null;
  /** Union of changed paths since the last write; null = everything. */
  let paths: Set<string> | null = new Set();
  let firstChangeAt = 0;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  let halted = false;
  const isPermanent = options.isPermanent ?? isPermanentWordError;

  function schedule(): void {
    if (halted) return;
    if (timer !== null) timers.clearTimeout(timer);
    const waited = timers.now() - firstChangeAt;
    timer = timers.setTimeout(() => {
      timer = null;
      void run();
    }, Math.max(0, Math.min(delayMs, maxDelayMs - waited)));
  }

  async function run(): Promise<void> {
    if (inFlight) return; // the write in flight picks up what is queued when it ends
    if (latest === null) return;
    const record = latest;
    const changed = paths;
    latest = null;
    paths = new Set();
    inFlight = (async () => {
      try {
        await write(record, changed === null ? undefined : [...changed]);
        halted = false;
        options.onWritten?.(record);
      } catch (error) {
        // Keep the failed changes: the next write carries them (a newer record includes them).
        if (latest === null) latest = record;
        paths = changed === null || paths === null ? null : new Set([...changed, ...paths]);
        if (isPermanent(error)) {
          halted = true;
          if (timer !== null) timers.clearTimeout(timer);
          timer = null;
        }
        options.onError?.(error);
        return;
      } finally {
        inFlight = null;
      }
      if (latest !== null && timer === null) {
        firstChangeAt = timers.now();
        schedule();
      }
    })();
    await inFlight;
  }

  return {
    push(record, changedPaths) {
      if (latest === null && timer === null) firstChangeAt = timers.now();
      latest = record;
      if (changedPaths === undefined) paths = null;
      else if (paths !== null) for (const p of changedPaths) paths.add(p);
      schedule();
    },
    async flush() {
      halted = false;
      if (timer !== null) {
        timers.clearTimeout(timer);
        timer = null;
      }
      if (inFlight) await inFlight;
      if (timer !== null) {
        timers.clearTimeout(timer);
        timer = null;
      }
      await run();
    },
    busy() {
      return latest !== null || inFlight !== null;
    },
    stopped() {
      return halted;
    },
    dispose() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      latest = null;
    },
  };
}
