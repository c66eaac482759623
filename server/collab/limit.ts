// Caps sockets per document (per process). Per-user and per-address caps come from the
// realtime layer's limitConnections, installed before this; message size and rate are
// checked per message in messages.ts.
import { ConnectionCounter } from "@/server/realtime/limit-connections";
import { socketLog } from "@/server/realtime/log";
import type { RealtimeSocket } from "@/server/realtime/types";
import { createCollabRefusal, type CollabHook } from "./types";

export const limitDocumentConnections: CollabHook = (nsp, { limits, logger }) => {
  const perDocument = new ConnectionCounter();
  nsp.use((socket, next) => {
    const documentId = socket.data.documentId;
    if (!documentId) return next(createCollabRefusal("TOKEN_INVALID", "not authenticated"));
    if (perDocument.count(documentId) >= limits.connectionsPerDocument) {
      socketLog(socket as unknown as RealtimeSocket, logger).warn(
        { documentId, limit: limits.connectionsPerDocument },
        "collab refused: too many connections to the document",
      );
      return next(createCollabRefusal("TOO_MANY_CONNECTIONS", "too many connections to this document"));
    }
    // As in limitConnections: the transport may close before "disconnect" can be emitted.
    if (socket.conn.readyState !== "open") return next();
    const release = perDocument.acquire(documentId);
    socket.once("disconnect", release);
    socket.conn.once("close", release);
    next();
  });
};
