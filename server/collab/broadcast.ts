// Passing changes on. Each process tells its own clients (nsp.local) and nothing else:
// - a client's update goes to the other clients here at once, before it is committed;
// - once committed it goes to the other processes (serverSideEmit through the Redis adapter),
//   which apply it to their copy and tell their clients.
// Sending to other processes only after the commit keeps a process that is just loading the
// document from the database from missing it: either the row is already there, or the
// message arrives while loading and is applied after (DocumentRegistry.applyRemote).
import * as Y from "yjs";
import { isClientOrigin } from "./documents";
import { documentRoom } from "./rooms";
import { syncUpdateFrame, toUint8Array } from "./protocol";
import type { CollabHook } from "./types";

export const broadcastUpdates: CollabHook = (nsp, ctx) => {
  const { bus, documents, clustered, logger } = ctx;

  bus.on("loaded", (live) => {
    live.doc.on("update", (update: Uint8Array, origin: unknown) => {
      const room = nsp.local.to(documentRoom(live.id));
      if (isClientOrigin(origin)) {
        if (origin.failed) return;
        const targets = origin.echo ? room : room.except(origin.socket.id);
        targets.emit("message", syncUpdateFrame(update));
        return;
      }
      room.emit("message", syncUpdateFrame(update));
    });
  });

  if (!clustered) return;

  bus.on("committed", (batch) => {
    const byDocument = new Map<string, Uint8Array[]>();
    for (const u of batch) byDocument.set(u.documentId, [...(byDocument.get(u.documentId) ?? []), u.update]);
    for (const [documentId, updates] of byDocument) {
      const update = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
      nsp.serverSideEmit("collab:update", { documentId, update });
    }
  });

  nsp.on("collab:update", (payload: unknown) => {
    const { documentId, update } = (payload ?? {}) as { documentId?: unknown; update?: unknown };
    const bytes = toUint8Array(update);
    if (typeof documentId !== "string" || !bytes) {
      logger.warn("collab: malformed update from another process");
      return;
    }
    documents.applyRemote(documentId, bytes);
  });
};
