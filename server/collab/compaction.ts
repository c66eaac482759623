// Background compaction: folds a document's update log into its snapshot when the log grows
// past `compactAfterRows`, when the document has had no edits for `idleCompactionMs`, and
// when it leaves memory. One compaction at a time per process; writers never wait for it
// (compactDocument locks the row FOR NO KEY UPDATE, which INSERTs into the log do not need).
import type { CollabHook } from "./types";

export const compactDocuments: CollabHook = (_nsp, ctx) => {
  const { bus, documents, store, timings, logger } = ctx;
  const idleTimers = new Map<string, NodeJS.Timeout>();
  const scheduled = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  let closed = false;

  const compactNow = async (documentId: string) => {
    try {
      const { folded } = await store.compact(documentId);
      const live = documents.get(documentId);
      if (live) live.logRows = Math.max(0, live.logRows - folded);
      if (folded > 0) logger.debug({ documentId, folded }, "collab document compacted");
    } catch (error) {
      logger.warn({ err: error, documentId }, "collab compaction failed");
    }
  };

  const schedule = (documentId: string) => {
    if (closed || scheduled.has(documentId)) return;
    scheduled.add(documentId);
    queue = queue.then(async () => {
      scheduled.delete(documentId);
      if (!closed) await compactNow(documentId);
    });
  };

  const resetIdleTimer = (documentId: string) => {
    clearTimeout(idleTimers.get(documentId));
    const timer = setTimeout(() => {
      idleTimers.delete(documentId);
      if ((documents.get(documentId)?.logRows ?? 0) > 0) schedule(documentId);
    }, timings.idleCompactionMs);
    timer.unref?.();
    idleTimers.set(documentId, timer);
  };

  bus.on("loaded", (live) => {
    if (live.logRows >= timings.compactAfterRows) schedule(live.id);
  });

  bus.on("committed", (batch) => {
    const counts = new Map<string, number>();
    for (const u of batch) counts.set(u.documentId, (counts.get(u.documentId) ?? 0) + 1);
    for (const [documentId, count] of counts) {
      const live = documents.get(documentId);
      if (!live) continue;
      live.logRows += count;
      resetIdleTimer(documentId);
      if (live.logRows >= timings.compactAfterRows) schedule(documentId);
    }
  });

  bus.on("unloading", async (live) => {
    clearTimeout(idleTimers.get(live.id));
    idleTimers.delete(live.id);
    if (live.logRows > 0 && !closed) {
      // Wait for a queued run first so the two do not fold the same rows one after the other.
      await queue;
      await compactNow(live.id);
    }
  });

  return {
    async close() {
      closed = true;
      for (const timer of idleTimers.values()) clearTimeout(timer);
      idleTimers.clear();
      await queue;
    },
  };
};
