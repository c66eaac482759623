// One Y.Doc per document per process, shared by every client of that document here. Loaded
// from the database on the first connection, kept for a grace period after the last one
// leaves, then unloaded (the unloading listeners compact and take a version first).
import type { Logger } from "pino";
import * as Y from "yjs";
import { Awareness } from "y-protocols/awareness";
import type { LoadedState } from "@/lib/collab/persistence";
import type { CollabBus } from "./bus";
import type { CollabErrorCode, CollabSocket } from "./types";

/** Why a document changed; the broadcast hook decides from it who hears about the change. */
export type UpdateOrigin =
  | {
      kind: "client";
      socket: CollabSocket;
      /**
       * Send the resulting update back to the sender too: it completed structs that were
       * waiting for missing ones, so it may hold content the sender has never seen.
       */
      echo: boolean;
      /** Set if applying threw: nothing of this transaction may be passed on. */
      failed: boolean;
    }
  /** Committed by another process or by a server-side edit: pass it to our clients. */
  | { kind: "remote" }
  | { kind: "load" };

export function isClientOrigin(origin: unknown): origin is Extract<UpdateOrigin, { kind: "client" }> {
  return typeof origin === "object" && origin !== null && (origin as { kind?: unknown }).kind === "client";
}

const REMOTE: UpdateOrigin = { kind: "remote" };
const LOAD: UpdateOrigin = { kind: "load" };

export class LiveDocument {
  readonly id: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly connections = new Set<CollabSocket>();
  /** Awareness client id → id of the local socket that speaks for it. */
  readonly awarenessOwners = new Map<number, string>();
  /** Upper bound of the encoded size: loaded size plus every update applied since. */
  sizeEstimate: number;
  /** Rows in the update log (as far as this process knows); drives compaction. */
  logRows: number;
  unloadTimer: NodeJS.Timeout | undefined;
  destroyed = false;

  constructor(id: string, loaded: LoadedState) {
    this.id = id;
    this.doc = new Y.Doc({ gc: true });
    if (loaded.state.byteLength > 0) Y.applyUpdate(this.doc, loaded.state, LOAD);
    this.awareness = new Awareness(this.doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.sizeEstimate = loaded.state.byteLength;
    this.logRows = loaded.logLength;
  }

  /**
   * Applies a client's update (already decoded once by parseMessage). `changed` is false when
   * the document already had all of it, so there is nothing new to store.
   */
  applyClientUpdate(update: Uint8Array, socket: CollabSocket): { ok: true; changed: boolean } | { ok: false; error: unknown } {
    const store = this.doc.store;
    const pendingBefore = [store.pendingStructs?.update, store.pendingDs];
    const origin: UpdateOrigin = { kind: "client", socket, echo: pendingBefore.some((p) => p != null), failed: false };
    let changed = false;
    let error: unknown;
    const onUpdate = () => {
      changed = true;
    };
    this.doc.on("update", onUpdate);
    try {
      // Yjs can throw halfway through an update that decoded fine, after integrating part of
      // it, and still emits "update" for that part. The outer transaction makes that event
      // (and the broadcast) come after the inner catch has marked the failure.
      this.doc.transact(() => {
        try {
          Y.applyUpdate(this.doc, update, origin);
        } catch (caught) {
          origin.failed = true;
          error = caught;
        }
      }, origin);
    } catch (caught) {
      // Thrown while finishing the transaction (observers, garbage collection).
      origin.failed = true;
      error ??= caught;
    } finally {
      this.doc.off("update", onUpdate);
    }
    if (origin.failed) return { ok: false, error };
    const pendingAfter = [store.pendingStructs?.update, store.pendingDs];
    if (pendingAfter[0] !== pendingBefore[0] || pendingAfter[1] !== pendingBefore[1]) changed = true;
    if (changed) this.sizeEstimate += update.byteLength;
    return { ok: true, changed };
  }

  applyRemoteUpdate(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, REMOTE);
    this.sizeEstimate += update.byteLength;
  }

  /** Exact encoded size (costly: encodes the whole document). */
  measure(): number {
    this.sizeEstimate = Y.encodeStateAsUpdate(this.doc).byteLength;
    return this.sizeEstimate;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.unloadTimer);
    this.awareness.destroy();
    this.doc.destroy();
  }
}

export type DocumentRegistryOptions = {
  loadState(documentId: string): Promise<LoadedState>;
  bus: CollabBus;
  log: Logger;
  unloadGraceMs: number;
  /** Tells a socket its document was dropped (after a failed write or a failed apply). */
  disconnect(socket: CollabSocket, code: CollabErrorCode): void;
};

export class DocumentRegistry {
  readonly #docs = new Map<string, LiveDocument>();
  readonly #loading = new Map<string, Promise<LiveDocument>>();
  /** Committed updates from elsewhere that arrived while the document was loading. */
  readonly #early = new Map<string, Uint8Array[]>();
  readonly #unloading = new Map<string, Promise<void>>();
  readonly #options: DocumentRegistryOptions;
  #closed = false;

  constructor(options: DocumentRegistryOptions) {
    this.#options = options;
  }

  get(documentId: string): LiveDocument | undefined {
    return this.#docs.get(documentId);
  }

  get size(): number {
    return this.#docs.size;
  }

  /** The live document with `socket` counted as one of its connections. */
  async acquire(documentId: string, socket: CollabSocket): Promise<LiveDocument> {
    for (;;) {
      if (this.#closed) throw new Error("collab server closed");
      const unloading = this.#unloading.get(documentId);
      if (unloading) {
        // Reload only after the previous copy finished (its last writes are then committed).
        await unloading;
        continue;
      }
      const live = this.#docs.get(documentId);
      if (live) {
        clearTimeout(live.unloadTimer);
        live.unloadTimer = undefined;
        live.connections.add(socket);
        return live;
      }
      let loading = this.#loading.get(documentId);
      if (!loading) {
        loading = this.#load(documentId);
        this.#loading.set(documentId, loading);
        const forget = () => this.#loading.delete(documentId);
        loading.then(forget, forget);
      }
      await loading;
    }
  }

  async #load(documentId: string): Promise<LiveDocument> {
    this.#early.set(documentId, []);
    try {
      const loaded = await this.#options.loadState(documentId);
      const live = new LiveDocument(documentId, loaded);
      for (const update of this.#early.get(documentId) ?? []) live.applyRemoteUpdate(update);
      this.#docs.set(documentId, live);
      this.#options.bus.emitLoaded(live);
      this.#options.log.debug({ documentId, bytes: loaded.state.byteLength, logRows: loaded.logLength }, "collab document loaded");
      return live;
    } finally {
      this.#early.delete(documentId);
    }
  }

  /** A committed update from another process or a server-side edit; unknown documents ignore it (the database has it). */
  applyRemote(documentId: string, update: Uint8Array): void {
    const early = this.#early.get(documentId);
    if (early) {
      early.push(update);
      return;
    }
    const live = this.#docs.get(documentId);
    if (!live) return;
    try {
      live.applyRemoteUpdate(update);
    } catch (error) {
      this.#options.log.error({ err: error, documentId }, "collab remote update failed to apply; reloading the document");
      this.reset(live, "SERVER_ERROR");
    }
  }

  release(live: LiveDocument, socket: CollabSocket): void {
    if (!live.connections.delete(socket)) return;
    if (live.connections.size > 0 || this.#docs.get(live.id) !== live || this.#closed) return;
    clearTimeout(live.unloadTimer);
    live.unloadTimer = setTimeout(() => void this.unload(live), this.#options.unloadGraceMs);
    live.unloadTimer.unref?.();
  }

  /** Runs the unloading listeners (compaction, version) and drops the document from memory. */
  async unload(live: LiveDocument): Promise<void> {
    if (live.connections.size > 0 || this.#docs.get(live.id) !== live) return;
    const done = (async () => {
      try {
        await this.#options.bus.emitUnloading(live);
      } finally {
        this.#docs.delete(live.id);
        live.destroy();
        this.#options.log.debug({ documentId: live.id }, "collab document unloaded");
      }
    })();
    this.#unloading.set(live.id, done);
    try {
      await done;
    } finally {
      this.#unloading.delete(live.id);
    }
  }

  /**
   * Drops the in-memory copy at once and disconnects its clients: used when memory and the
   * database may disagree (a write failed). Clients reconnect, the document loads again from
   * the database, and their sync step 2 re-sends whatever the database is missing.
   */
  reset(live: LiveDocument, code: CollabErrorCode): void {
    if (this.#docs.get(live.id) !== live) return;
    this.#docs.delete(live.id);
    for (const socket of [...live.connections]) this.#options.disconnect(socket, code);
    live.connections.clear();
    live.destroy();
  }

  /** From now on acquire() fails (shutdown has begun). */
  stop(): void {
    this.#closed = true;
  }

  /** Drops every document without the unloading listeners (shutdown: be quick). */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.allSettled([...this.#unloading.values(), ...this.#loading.values()]);
    for (const live of this.#docs.values()) live.destroy();
    this.#docs.clear();
  }
}
