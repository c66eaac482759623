// The "/collab" namespace: co-editing of documents over socket.io on the realtime server's io
// (same port, same Redis adapter). One socket per open document, authenticated by a short-lived
// token from POST /api/collab/token, speaking y-websocket framing. Each concern is one hook;
// docs/collab-protocol.md is the client contract.
import type { Logger } from "pino";
import type { Server } from "socket.io";
import { logger as defaultLogger } from "@/lib/log/logger";
import type { CollabHub } from "@/lib/collab/server-edit";
import { checkOrigin } from "@/server/realtime/check-origin";
import { limitConnections } from "@/server/realtime/limit-connections";
import { logConnections } from "@/server/realtime/log";
import { defaultRealtimeLimits, type RealtimeContext, type RealtimeHook, type RealtimeLimits, type RealtimeNamespace } from "@/server/realtime/types";
import { authenticateCollab } from "./authenticate";
import { autoVersions } from "./auto-version";
import { shareAwareness } from "./awareness";
import { broadcastUpdates } from "./broadcast";
import { CollabBus } from "./bus";
import { compactDocuments } from "./compaction";
import { DocumentRegistry } from "./documents";
import { limitDocumentConnections } from "./limit";
import { loadDocument } from "./load";
import { handleMessages } from "./messages";
import { persistUpdates } from "./persist";
import { COLLAB_NAMESPACE } from "./rooms";
import { syncDocuments } from "./sync";
import { databaseStore } from "./store";
import {
  closesConnection,
  defaultCollabLimits,
  defaultCollabTimings,
  type CollabContext,
  type CollabHook,
  type CollabHookHandle,
  type CollabLimits,
  type CollabNamespace,
  type CollabSocket,
  type CollabStore,
  type CollabTimings,
} from "./types";

export { revokeCollabDocument, revokeCollabMember, revokeCollabUser, makeCollabDocumentReadOnly, makeCollabGroupReadOnly, applyCollabRole } from "./revoke";
export { COLLAB_NAMESPACE, documentRoom, WRITER_ROOM } from "./rooms";
export type { CollabAck, CollabErrorCode, CollabLimits, CollabStore, CollabTimings } from "./types";

export type CollabServerOptions = {
  /** NEXTAUTH_SECRET: collab tokens are signed with a key derived from it. */
  secret: string;
  logger?: Logger;
  /** True when the io server has the Redis adapter (several processes). */
  clustered?: boolean;
  /** Browser origins allowed to connect; undefined skips the check. */
  allowedOrigins?: readonly string[];
  trustProxy?: boolean;
  limits?: Partial<CollabLimits>;
  /** Per user and per address, as on the default namespace. */
  connectionLimits?: Partial<RealtimeLimits>;
  timings?: Partial<CollabTimings>;
  /** Replace parts of the database access (tests). */
  store?: Partial<CollabStore>;
};

export type CollabServer = {
  nsp: CollabNamespace;
  documents: DocumentRegistry;
  /** Register with setCollabHub() so applyServerUpdate() reaches the live documents. */
  hub: CollabHub;
  /** Disconnects the clients, waits for pending writes, drops the documents. */
  close(): Promise<void>;
};

export function createCollabServer(io: Server, options: CollabServerOptions): CollabServer {
  const log = (options.logger ?? defaultLogger).child({ module: "collab" });
  const nsp = io.of(COLLAB_NAMESPACE) as unknown as CollabNamespace;
  const store: CollabStore = { ...databaseStore, ...options.store };
  const limits: CollabLimits = { ...defaultCollabLimits, ...options.limits };
  const timings: CollabTimings = { ...defaultCollabTimings, ...options.timings };
  const bus = new CollabBus(log);
  const connections: CollabContext["connections"] = new WeakMap();

  const fail: CollabContext["fail"] = (socket, code, reply, detail) => {
    const connection = connections.get(socket);
    reply?.({ ok: false, code });
    const fatal = closesConnection(code);
    (connection?.log ?? log)[fatal ? "info" : "debug"]({ code, documentId: socket.data.documentId, ...detail }, "collab message refused");
    if (connection?.closing) return;
    socket.emit("collab:error", { code });
    if (fatal) {
      if (connection) connection.closing = true;
      socket.disconnect(true);
    }
  };

  const documents = new DocumentRegistry({
    loadState: (documentId) => store.loadState(documentId),
    bus,
    log,
    unloadGraceMs: timings.unloadGraceMs,
    disconnect: (socket: CollabSocket, code) => fail(socket, code),
  });

  const context: CollabContext = {
    logger: log,
    secret: options.secret,
    limits,
    timings,
    store,
    clustered: options.clustered ?? false,
    documents,
    bus,
    connections,
    handlers: {},
    fail,
    persist: () => Promise.reject(new Error("persist hook not installed")),
    persisted: () => Promise.resolve(),
  };
  const realtimeContext: RealtimeContext = {
    logger: log,
    secret: options.secret,
    // The collab hooks below load the user themselves; these two are not used here.
    loadUser: async () => null,
    isGroupMember: async () => false,
    limits: { ...defaultRealtimeLimits, ...options.connectionLimits },
    allowedOrigins: options.allowedOrigins,
    trustProxy: options.trustProxy ?? false,
  };
  const fromRealtime =
    (hook: RealtimeHook): CollabHook =>
    (namespace) =>
      hook(namespace as unknown as RealtimeNamespace, realtimeContext);

  // Order matters: middlewares run in this order (log, origin, token, per-user/address limit,
  // per-document limit, load), and so do connection handlers (rooms, messages, sync step 1,
  // awareness states) and bus listeners (persist settles before compaction and versions).
  const installed: CollabHook[] = [
    fromRealtime(logConnections),
    fromRealtime(checkOrigin),
    authenticateCollab,
    fromRealtime(limitConnections),
    limitDocumentConnections,
    loadDocument,
    handleMessages,
    syncDocuments,
    shareAwareness,
    persistUpdates,
    broadcastUpdates,
    compactDocuments,
    autoVersions,
  ];
  const handles: CollabHookHandle[] = [];
  for (const hook of installed) {
    const handle = hook(nsp, context);
    if (handle) handles.push(handle);
  }

  const hub: CollabHub = {
    applyCommitted(documentId, update) {
      documents.applyRemote(documentId, update);
      if (context.clustered) nsp.serverSideEmit("collab:update", { documentId, update });
    },
  };

  let closing: Promise<void> | undefined;
  async function close(): Promise<void> {
    // Handshakes still arriving are refused by the load hook with SERVER_ERROR.
    documents.stop();
    for (const socket of nsp.sockets.values()) socket.disconnect(true);
    for (const handle of handles) await handle.close?.();
    await documents.close();
    nsp.removeAllListeners("collab:update");
    nsp.removeAllListeners("collab:awareness");
  }

  return { nsp, documents, hub, close: () => (closing ??= close()) };
}
