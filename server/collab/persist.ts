// Durability. Every accepted client update goes through one GroupCommitter for the whole
// process: one INSERT in flight at a time, later updates batched into the next one. The
// client's ack waits for its INSERT; "last edited" is written afterwards, off that path.
// A failed write drops the document from memory (see DocumentRegistry.reset): memory must
// not keep what the database does not have.
import type { CommittedUpdate } from "./bus";
import { GroupCommitter } from "./group-commit";
import type { CollabHook } from "./types";

export const persistUpdates: CollabHook = (_nsp, ctx) => {
  const { store, bus, documents, logger } = ctx;

  // "Last edited" per document, coalesced: at most one UPDATE per document in flight.
  const touched = new Map<string, string | null>();
  let touching: Promise<void> | undefined;
  const touch = (batch: CommittedUpdate[]) => {
    for (const u of batch) touched.set(u.documentId, u.userId ?? touched.get(u.documentId) ?? null);
    touching ??= (async () => {
      try {
        while (touched.size > 0) {
          const edits = [...touched].map(([documentId, userId]) => ({ documentId, userId }));
          touched.clear();
          await store.markEdited(edits).catch((error: unknown) => logger.warn({ err: error }, "collab could not mark documents edited"));
        }
      } finally {
        touching = undefined;
      }
    })();
  };

  const committer = new GroupCommitter<CommittedUpdate>({
    write: (batch) => store.insertUpdates(batch),
    keyOf: (u) => u.documentId,
    onCommitted: (batch) => {
      touch(batch);
      bus.emitCommitted(batch);
    },
    onFailed: (batch, error) => {
      const documentIds = new Set(batch.map((u) => u.documentId));
      logger.error({ err: error, documentIds: [...documentIds], updates: batch.length }, "collab write failed");
      // After the callers' acks ({ ok: false }) went out: resetting disconnects their sockets.
      setImmediate(() => {
        for (const documentId of documentIds) {
          const live = documents.get(documentId);
          if (live) documents.reset(live, "SERVER_ERROR");
        }
      });
    },
  });

  ctx.persist = (documentId, update, userId) => committer.commit({ documentId, update, userId });
  ctx.persisted = () => committer.settled();

  // The next load must see everything this copy accepted.
  bus.on("unloading", () => committer.settled());

  return {
    async close() {
      await committer.settled();
      await touching;
    },
  };
};
