// Group commit: one write in flight at a time; everything that arrives meanwhile waits and
// goes out together in the next write. Under load a flush carries many updates of many
// documents in one INSERT, so commit latency, not the number of writers, bounds throughput.
// Each caller's promise settles only after its own write committed (or failed).

type Entry<T> = { item: T; resolve: () => void; reject: (error: unknown) => void };

export type GroupCommitOptions<T> = {
  write(batch: T[]): Promise<void>;
  /** Groups items for the retry after a failed write (e.g. by document). */
  keyOf(item: T): string;
  /** Largest batch per write. */
  maxBatch?: number;
  /** After a successful write, before the next one starts; callers' promises are already resolved. */
  onCommitted?(batch: T[]): void;
  /** Items whose write failed even when retried alone. */
  onFailed?(batch: T[], error: unknown): void;
};

export class GroupCommitter<T> {
  readonly #options: GroupCommitOptions<T>;
  readonly #queue: Entry<T>[] = [];
  #running: Promise<void> | undefined;
  /** Settles with the most recently queued item; items are written in order. */
  #tail: Promise<void> = Promise.resolve();

  constructor(options: GroupCommitOptions<T>) {
    this.#options = options;
  }

  get queued(): number {
    return this.#queue.length;
  }

  commit(item: T): Promise<void> {
    const promise = new Promise<void>((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      this.#running ??= this.#drain();
    });
    this.#tail = promise.then(
      () => undefined,
      () => undefined,
    );
    return promise;
  }

  /** Resolves when everything queued before the call has been written (or has failed). */
  settled(): Promise<void> {
    return this.#tail;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, this.#options.maxBatch ?? 1000);
        await this.#writeBatch(batch);
      }
    } finally {
      // No await between the emptiness check above and here: a commit() cannot slip in
      // and find #running set to a loop that already ended.
      this.#running = undefined;
    }
  }

  async #writeBatch(batch: Entry<T>[]): Promise<void> {
    try {
      await this.#options.write(batch.map((e) => e.item));
      this.#settle(batch);
      return;
    } catch (error) {
      const groups = new Map<string, Entry<T>[]>();
      for (const entry of batch) {
        const key = this.#options.keyOf(entry.item);
        groups.set(key, [...(groups.get(key) ?? []), entry]);
      }
      if (groups.size === 1) return this.#fail(batch, error);
      // One bad document (e.g. deleted meanwhile) must not fail everyone else's edits.
      for (const group of groups.values()) {
        try {
          await this.#options.write(group.map((e) => e.item));
          this.#settle(group);
        } catch (groupError) {
          this.#fail(group, groupError);
        }
      }
    }
  }

  #settle(entries: Entry<T>[]): void {
    for (const entry of entries) entry.resolve();
    try {
      this.#options.onCommitted?.(entries.map((e) => e.item));
    } catch {
      // Listeners log their own errors; the write itself succeeded.
    }
  }

  #fail(entries: Entry<T>[], error: unknown): void {
    for (const entry of entries) entry.reject(error);
    try {
      this.#options.onFailed?.(entries.map((e) => e.item), error);
    } catch {
      // As above.
    }
  }
}
