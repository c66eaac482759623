// Loads the document before the connection completes (so no message can arrive first),
// registers the connection and puts the socket in its rooms.
import { socketLog } from "@/server/realtime/log";
import type { RealtimeSocket } from "@/server/realtime/types";
import { collabGroupRoom, collabMemberRoom, documentRoom, userRoom, WRITER_ROOM } from "./rooms";
import { TokenBucket } from "./token-bucket";
import { createCollabRefusal, type CollabHook } from "./types";

export const loadDocument: CollabHook = (nsp, ctx) => {
  const { documents, connections, limits, logger } = ctx;

  nsp.use((socket, next) => {
    const { documentId, userId, userName } = socket.data;
    const log = socketLog(socket as unknown as RealtimeSocket, logger);
    if (!documentId || !userId) return next(createCollabRefusal("TOKEN_INVALID", "not authenticated"));
    documents.acquire(documentId, socket).then(
      (live) => {
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          documents.release(live, socket);
        };
        socket.once("disconnect", release);
        socket.conn.once("close", release);
        // The transport closed while we were loading: socket.io drops the socket silently.
        if (socket.conn.readyState !== "open") {
          release();
          return next();
        }
        connections.set(socket, {
          live,
          userId,
          userName: userName ?? "",
          log,
          messages: new TokenBucket(limits.messageBurst, limits.messagesPerSecond),
          bytes: new TokenBucket(limits.byteBurst, limits.bytesPerSecond),
          awarenessIds: new Set(),
          closing: false,
        });
        next();
      },
      (error: unknown) => {
        log.error({ err: error, documentId }, "collab refused: could not load the document");
        next(createCollabRefusal("SERVER_ERROR", "could not load the document"));
      },
    );
  });

  nsp.on("connection", (socket) => {
    const { documentId, groupId, userId, readOnly } = socket.data;
    if (!connections.has(socket) || !documentId || !groupId || !userId) {
      // Only reachable if the hooks were installed in the wrong order.
      socket.disconnect(true);
      return;
    }
    // Synchronous with the in-memory and the streams adapter: the rooms are in place before
    // the sync hook sends the state, so no broadcast can fall in between.
    void socket.join([documentRoom(documentId), userRoom(userId), collabGroupRoom(groupId), collabMemberRoom(groupId, userId)]);
    if (!readOnly) void socket.join(WRITER_ROOM);
  });
};
