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
  private closed = false;
  /** office.js exposes this; the fake does not model tracked objects (ccr keeps no proxy across Word.run). */
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  /** Word.Application (createDocument, WordApi 1.3). */
  readonly application = {
    createDocument: (base64: string) => {
      this.requires("1.3", "Application.createDocument");
      return {
        open: () => {
          this.enqueue(() => {
            if (this.host.options.openNeverSettles ?? this.host.web) this.host.hangThisSync = true;
            else this.host.openedDocuments.push(base64);
          }, false);
        },
      };
    },
  };

  constructor(readonly host: FakeWordHost) {
    this.document = new FakeDocument(this);
  }

  /** The Word.run of this context has ended: its proxies no longer work (office.js InvalidObjectPath). */
  close(): void {
    this.closed = true;
  }

  enqueue(run: () => void, mutates: boolean): void {
    if (this.closed) throw new FakeOfficeError("InvalidObjectPath", "The object was created in a Word.run that has ended (InvalidObjectPath).");
    this.queue.push({ run, mutates });
  }

  /** An API of a newer requirement set than the host has fails with ApiNotFound at the next sync, as in Office. */
  requires(version: string, api: string): void {
    if (this.host.supports(version)) return;
    this.enqueue(() => {
      throw new FakeOfficeError("ApiNotFound", `${api} needs WordApi ${version}`);
    }, false);
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
