// Lifecycle events between the hooks, so each hook stays one job: the persist hook announces
// commits, and broadcast, compaction and auto-versions react without knowing about each other.
import type { Logger } from "pino";
import type { LiveDocument } from "./documents";

export type CommittedUpdate = { documentId: string; update: Uint8Array; userId: string | null };

type Listeners = {
  /** A document was loaded into this process (before its first client gets the state). */
  loaded: ((live: LiveDocument) => void)[];
  /** A document is about to leave memory; listeners run one after another and may wait. */
  unloading: ((live: LiveDocument) => Promise<void> | void)[];
  /** Updates from this process's clients are committed to the database. */
  committed: ((batch: CommittedUpdate[]) => void)[];
};

export class CollabBus {
  readonly #listeners: Listeners = { loaded: [], unloading: [], committed: [] };
  readonly #log: Logger;

  constructor(log: Logger) {
    this.#log = log;
  }

  on<K extends keyof Listeners>(event: K, listener: Listeners[K][number]): void {
    (this.#listeners[event] as Listeners[K][number][]).push(listener);
  }

  emitLoaded(live: LiveDocument): void {
    for (const listener of this.#listeners.loaded) this.#guard("loaded", () => listener(live));
  }

  emitCommitted(batch: CommittedUpdate[]): void {
    for (const listener of this.#listeners.committed) this.#guard("committed", () => listener(batch));
  }

  async emitUnloading(live: LiveDocument): Promise<void> {
    for (const listener of this.#listeners.unloading) {
      try {
        await listener(live);
      } catch (error) {
        this.#log.error({ err: error, documentId: live.id }, "collab unloading listener failed");
      }
    }
  }

  // One failing listener must not keep the others from running.
  #guard(event: string, run: () => void): void {
    try {
      run();
    } catch (error) {
      this.#log.error({ err: error, event }, "collab listener failed");
    }
  }
}
