// Presence (cursors, who is here). Allowed on read-only connections too, so reviewers and
// observers are visible. A socket may speak only for awareness client ids no other local
// socket owns, and the server writes the account's id and name into `state.user`, so nobody
// can appear under someone else's name. States leave with their socket.
import * as awarenessProtocol from "y-protocols/awareness";
import { documentRoom } from "./rooms";
import { awarenessFrame, encodeAwarenessEntries, toUint8Array, type AwarenessEntry } from "./protocol";
import type { CollabHook, CollabSocket, MessageHandler } from "./types";

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/** Origin of a change made here on behalf of a socket (its message, or its leaving). */
type LocalOrigin = { kind: "socket"; socket: CollabSocket };
const REMOTE = { kind: "remote" } as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const shareAwareness: CollabHook = (nsp, ctx) => {
  const { bus, connections, documents, clustered, limits, logger } = ctx;

  bus.on("loaded", (live) => {
    live.awareness.on("update", ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const changed = [...added, ...updated, ...removed];
      if (changed.length === 0) return;
      const update = awarenessProtocol.encodeAwarenessUpdate(live.awareness, changed);
      const room = nsp.local.to(documentRoom(live.id));
      const local = origin as LocalOrigin | undefined;
      (local?.kind === "socket" ? room.except(local.socket.id) : room).emit("message", awarenessFrame(update));
      // Renewals and removals made here also reach the other processes' clients; what came
      // from another process is not sent back. Timeouts are left to each process.
      if (clustered && local?.kind === "socket") nsp.serverSideEmit("collab:awareness", { documentId: live.id, update });
    });
  });

  nsp.on("connection", (socket) => {
    const connection = connections.get(socket);
    if (!connection) return;
    const { live } = connection;
    const others = [...live.awareness.getStates().keys()];
    if (others.length > 0) socket.emit("message", awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(live.awareness, others)));
    socket.on("disconnect", () => {
      const ids = [...connection.awarenessIds];
      for (const id of ids) if (live.awarenessOwners.get(id) === socket.id) live.awarenessOwners.delete(id);
      if (!live.destroyed && ids.length > 0) awarenessProtocol.removeAwarenessStates(live.awareness, ids, { kind: "socket", socket } satisfies LocalOrigin);
    });
  });

  const receive: MessageHandler<"awareness"> = (socket, connection, message, reply) => {
    const { live, userId, userName, awarenessIds } = connection;
    const accepted: AwarenessEntry[] = [];
    for (const entry of message.entries) {
      const owner = live.awarenessOwners.get(entry.clientID);
      if (owner !== undefined && owner !== socket.id) continue;
      if (owner === undefined) {
        if (awarenessIds.size >= limits.awarenessClientsPerSocket) continue;
        live.awarenessOwners.set(entry.clientID, socket.id);
        awarenessIds.add(entry.clientID);
      }
      const state = isPlainObject(entry.state)
        ? { ...entry.state, user: { ...(isPlainObject(entry.state.user) ? entry.state.user : {}), id: userId, name: userName } }
        : entry.state;
      accepted.push({ ...entry, state });
    }
    if (accepted.length > 0) {
      awarenessProtocol.applyAwarenessUpdate(live.awareness, encodeAwarenessEntries(accepted), { kind: "socket", socket } satisfies LocalOrigin);
    }
    reply?.({ ok: true });
  };

  const answerQuery: MessageHandler<"query-awareness"> = (socket, { live }, _message, reply) => {
    const ids = [...live.awareness.getStates().keys()];
    if (ids.length > 0) socket.emit("message", awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(live.awareness, ids)));
    reply?.({ ok: true });
  };

  ctx.handlers.awareness = receive;
  ctx.handlers["query-awareness"] = answerQuery;

  if (!clustered) return;
  nsp.on("collab:awareness", (payload: unknown) => {
    const { documentId, update } = (payload ?? {}) as { documentId?: unknown; update?: unknown };
    const bytes = toUint8Array(update);
    const live = typeof documentId === "string" ? documents.get(documentId) : undefined;
    if (!live || !bytes) return;
    try {
      awarenessProtocol.applyAwarenessUpdate(live.awareness, bytes, REMOTE);
    } catch (error) {
      logger.warn({ err: error, documentId }, "collab: malformed awareness from another process");
    }
  });
};
