// Wires the provider to the browser: socket.io to "/collab", the token endpoint, an
// IndexedDB copy of the document (edits made offline survive a reload and merge on
// reconnect) and the browser's online/offline events.
import * as Y from "yjs";
import { IndexeddbPersistence } from "y-indexeddb";
import { io } from "socket.io-client";
import { SocketProvider, type CollabSocket } from "@/lib/collab/client/socket-provider";
import { requestCollabToken } from "@/lib/collab/client/token-request";

export type CollabSession = {
  doc: Y.Doc;
  provider: SocketProvider;
  /** Resolves when the IndexedDB copy has been loaded (or could not be). */
  cacheLoaded: Promise<boolean>;
  destroy: () => void;
};

/** How long to wait for the IndexedDB copy before connecting anyway. */
const CACHE_WAIT_MS = 1_500;

/** The IndexedDB database of a document, per person (two people on one computer never share it). */
export function offlineStoreName(documentId: string, userId: string): string {
  return `quorum-doc-${documentId}-${userId}`;
}

/**
 * Deletes this person's offline copies of documents (for sign-out on a shared computer).
 * Unsent offline edits are lost with them, so call it only after the person confirmed.
 */
export async function clearOfflineDocuments(userId: string): Promise<number> {
  if (typeof indexedDB === "undefined" || typeof indexedDB.databases !== "function") return 0;
  const suffix = `-${userId}`;
  const names = (await indexedDB.databases())
    .map((database) => database.name ?? "")
    .filter((name) => name.startsWith("quorum-doc-") && name.endsWith(suffix));
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = request.onblocked = () => resolve();
        }),
    ),
  );
  return names.length;
}

export function createCollabSession(options: { documentId: string; userId: string }): CollabSession {
  const doc = new Y.Doc();
  let cache: IndexeddbPersistence | null = null;
  try {
    cache = new IndexeddbPersistence(offlineStoreName(options.documentId, options.userId), doc);
  } catch {
    // No IndexedDB (some private modes): the editor works online only.
    cache = null;
  }

  const provider = new SocketProvider({
    documentId: options.documentId,
    doc,
    getToken: (documentId) => requestCollabToken(documentId),
    openSocket: (token) =>
      io(`${window.location.origin}/collab`, {
        path: "/socket.io",
        auth: { token },
        transports: ["websocket"],
        // The provider reconnects itself, with a fresh token each time.
        reconnection: false,
        forceNew: true,
      }) as unknown as CollabSocket,
    handshakeOrigins: cache ? [cache] : [],
    connect: false,
  });

  const cacheLoaded: Promise<boolean> = cache
    ? Promise.race([
        cache.whenSynced.then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), CACHE_WAIT_MS)),
      ])
    : Promise.resolve(false);
  // Connect after the cached copy is in the document, so the first sync step carries any
  // offline edits instead of sending the cache as one big update.
  void cacheLoaded.then(() => provider.reconnectNow());

  const goOffline = () => provider.dropConnection();
  const goOnline = () => provider.reconnectNow();
  window.addEventListener("offline", goOffline);
  window.addEventListener("online", goOnline);

  return {
    doc,
    provider,
    cacheLoaded,
    destroy: () => {
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      provider.destroy();
      void cache?.destroy();
      doc.destroy();
    },
  };
}
