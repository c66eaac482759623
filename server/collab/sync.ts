// The y-protocols sync exchange. On connect the server sends its step 1 (state vector); the
// client answers with step 2 (what the server lacks) and sends its own step 1, answered with
// the server's step 2. Updates are checked for write access and size, applied to the shared
// doc (broadcast happens at once, see broadcast.ts) and acknowledged only once committed.
import * as Y from "yjs";
import { WRITER_ROOM } from "./rooms";
import { syncStep1Frame, syncStep2Frame, type UpdateMessage } from "./protocol";
import type { CollabHook, CollabSocket, Connection, MessageHandler, Reply } from "./types";

export const syncDocuments: CollabHook = (nsp, ctx) => {
  const { connections, documents, limits } = ctx;

  nsp.on("connection", (socket) => {
    const connection = connections.get(socket);
    if (!connection) return;
    socket.emit("message", syncStep1Frame(Y.encodeStateVector(connection.live.doc)));
  });

  const answerStep1: MessageHandler<"sync-step1"> = (socket, { live }, message, reply) => {
    socket.emit("message", syncStep2Frame(Y.encodeStateAsUpdate(live.doc, message.stateVector)));
    reply?.({ ok: true });
  };

  // Typed by hand: a MessageHandler of both kinds would not be assignable to either one.
  const receiveUpdate = (socket: CollabSocket, connection: Connection, message: UpdateMessage, reply: Reply) => {
    const { live, userId, log } = connection;
    if (message.empty) return reply?.({ ok: true });
    // Room membership, not socket.data: revocation takes sockets out of the room on any process.
    if (!socket.rooms.has(WRITER_ROOM)) return ctx.fail(socket, "READ_ONLY", reply);
    if (!message.deletesOnly && live.sizeEstimate + message.update.byteLength > limits.maxDocumentBytes) {
      // The estimate only grows; measure before refusing (deleted content is garbage-collected).
      if (live.measure() + message.update.byteLength > limits.maxDocumentBytes) {
        return ctx.fail(socket, "DOCUMENT_TOO_LARGE", reply, { bytes: live.sizeEstimate, limit: limits.maxDocumentBytes });
      }
    }
    const result = live.applyClientUpdate(message.update, socket);
    if (!result.ok) {
      log.warn({ err: result.error, documentId: live.id }, "collab update failed to apply; reloading the document");
      ctx.fail(socket, "MALFORMED", reply, { reason: "update did not apply" });
      // Nothing was stored or passed on, but the in-memory copy may be half-changed.
      documents.reset(live, "SERVER_ERROR");
      return;
    }
    // Nothing new (e.g. a re-sent step 2): acknowledge once whatever is in flight has committed,
    // because the same content may have reached us moments ago and not be stored yet.
    const stored = result.changed ? ctx.persist(live.id, message.update, userId) : ctx.persisted();
    stored.then(
      () => reply?.({ ok: true }),
      () => reply?.({ ok: false, code: "SERVER_ERROR" }),
    );
  };

  ctx.handlers["sync-step1"] = answerStep1;
  ctx.handlers["sync-step2"] = receiveUpdate;
  ctx.handlers["sync-update"] = receiveUpdate;
};
