// Automatic versions: the first committed edit after a version opens a window; when it has
// run for `autoVersionMs` (5 minutes) the current state is saved as an AUTO version. A window
// still open when the document leaves memory is closed with a version right away, so every
// editing session ends with one. With several processes the first to save wins (store check).
import * as Y from "yjs";
import type { CollabHook } from "./types";

export const autoVersions: CollabHook = (_nsp, ctx) => {
  const { bus, documents, store, timings, logger } = ctx;
  const windows = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let closed = false;

  const takeVersion = async (documentId: string) => {
    clearTimeout(windows.get(documentId));
    windows.delete(documentId);
    try {
      const live = documents.get(documentId);
      const state = live && !live.destroyed ? Y.encodeStateAsUpdate(live.doc) : (await store.loadState(documentId)).state;
      // A little under the interval: two processes' windows never line up exactly.
      const created = await store.createAutoVersion(documentId, state, Math.floor(timings.autoVersionMs * 0.8));
      if (created) logger.debug({ documentId }, "collab automatic version saved");
    } catch (error) {
      logger.warn({ err: error, documentId }, "collab automatic version failed");
    }
  };

  const track = (documentId: string) => {
    const job = takeVersion(documentId);
    running.add(job);
    void job.finally(() => running.delete(job));
    return job;
  };

  bus.on("committed", (batch) => {
    if (closed) return;
    for (const { documentId } of batch) {
      if (windows.has(documentId)) continue;
      const timer = setTimeout(() => void track(documentId), timings.autoVersionMs);
      timer.unref?.();
      windows.set(documentId, timer);
    }
  });

  bus.on("unloading", async (live) => {
    if (windows.has(live.id) && !closed) await track(live.id);
  });

  return {
    async close() {
      closed = true;
      for (const timer of windows.values()) clearTimeout(timer);
      windows.clear();
      await Promise.allSettled([...running]);
    },
  };
};
