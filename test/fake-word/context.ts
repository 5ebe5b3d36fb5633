// The RequestContext of the fake Word: operations queue until sync(); sync() runs them in order,
// counts itself, and can be made to fail or hang by the host's fault injection.

import type { FakeWordHost } from "./host";
import { FakeDocument } from "./objects";
import { FakeOfficeError } from "./errors";

interface Op {
  run: () => void;
  mutates: boolean;
}

export class FakeRequestContext {
  readonly document: FakeDocument;
  private queue: Op[] = [];
  /** office.js exposes this; the fake ignores tracking. */
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(readonly host: FakeWordHost) {
    this.document = new FakeDocument(this);
  }

  enqueue(run: () => void, mutates: boolean): void {
    this.queue.push({ run, mutates });
  }

  get pending(): number {
    return this.queue.length;
  }

  load<T extends { load(p?: unknown): T }>(object: T, props?: unknown): T {
    return object.load(props);
  }

  sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    return this.host.executeBatch(ops);
  }
}

export type { Op };
export { FakeOfficeError };
