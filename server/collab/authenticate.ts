// Checks the collab token from the handshake (auth: { token }), then the user and their rights
// on the document as they are now: the token's readOnly can only lower them, never raise.
import { verifyCollabToken } from "@/lib/collab/token";
import { socketLog } from "@/server/realtime/log";
import type { RealtimeSocket } from "@/server/realtime/types";
import { createCollabRefusal, type CollabHook } from "./types";

export const authenticateCollab: CollabHook = (nsp, { secret, store, logger }) => {
  nsp.use((socket, next) => {
    const log = socketLog(socket as unknown as RealtimeSocket, logger);
    const auth = (socket.handshake.auth ?? {}) as { token?: unknown; documentId?: unknown };
    const verified = verifyCollabToken(auth.token, { secret });
    if (!verified.ok) {
      log.info({ reason: verified.code }, "collab refused: token");
      return next(createCollabRefusal(verified.code, "invalid or expired token"));
    }
    const { claims } = verified;
    // A client may name the document it expects; a token for another one is refused.
    if (auth.documentId !== undefined && auth.documentId !== claims.documentId) {
      log.info({ documentId: claims.documentId }, "collab refused: token for another document");
      return next(createCollabRefusal("TOKEN_INVALID", "token for another document"));
    }
    store.loadAccess(claims.userId, claims.documentId).then(
      (access) => {
        if (!access.ok) {
          log.info({ userId: claims.userId, documentId: claims.documentId, reason: access.code }, "collab refused: access");
          return next(createCollabRefusal(access.code, "no access to this document"));
        }
        if (access.user.sessionVersion !== claims.sessionVersion) {
          log.info({ userId: claims.userId }, "collab refused: session ended");
          return next(createCollabRefusal("ACCESS_REVOKED", "session ended"));
        }
        socket.data.userId = access.user.id;
        socket.data.userName = access.user.name;
        socket.data.documentId = access.documentId;
        socket.data.groupId = access.groupId;
        socket.data.readOnly = claims.readOnly || access.readOnly;
        next();
      },
      (error: unknown) => {
        log.error({ err: error }, "collab refused: could not check access");
        next(createCollabRefusal("SERVER_ERROR", "try again later"));
      },
    );
  });
};
