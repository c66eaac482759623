// The two transports the benchmark drives with identical editors: Quorum's /collab
// socket.io namespace (contract in docs/collab-protocol.md) and Hocuspocus through its own
// provider. Both expose the same small surface so the workload cannot favour either.
//
// The default Hocuspocus client is a lean implementation of Hocuspocus's wire protocol
// (what @hocuspocus/provider sends: auth, sync, awareness, SyncStatus), so that both servers
// are driven by equally cheap clients and the generator's CPU does not tilt the comparison;
// `--hocuspocus-client=provider` uses the official provider instead.
//
// "Acknowledged" differs by design and is reported as such:
// - Quorum: the server calls the emit ack with { ok: true } only after the update's row
//   is committed to PostgreSQL.
// - Hocuspocus: the provider's unsyncedChanges counter goes down when the server sends its
//   SyncStatus message, which it does after applying the update in memory (storage is
//   debounced: 2 s, at most 10 s, by default).
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { io, type Socket } from "socket.io-client";
import WebSocket from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { nowMs } from "./stats";

export type ClientSpec =
  | { kind: "quorum"; url: string; token: string }
  | { kind: "hocuspocus"; url: string; name: string; client: "raw" | "provider" };

export type AckListener = (seq: number, ok: boolean, ms: number) => void;

export interface BenchConnection {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  /** Resolves once the initial sync is complete and nothing of ours is pending. */
  readonly synced: Promise<void>;
  /** Local updates sent since `synced`, numbered in send order; acks arrive with the same number. */
  onAck: AckListener | null;
  /** Codes of errors the server reported (connect_error data, collab:error). */
  readonly errors: string[];
  close(): void;
}

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;

export function connect(spec: ClientSpec, doc: Y.Doc, awareness: awarenessProtocol.Awareness, timeoutMs = 30_000): BenchConnection {
  if (spec.kind === "quorum") return connectQuorum(spec, doc, awareness, timeoutMs);
  return spec.client === "provider" ? connectHocuspocusProvider(spec, doc, awareness, timeoutMs) : connectHocuspocus(spec, doc, awareness, timeoutMs);
}

function withTimeout(promise: Promise<void>, ms: number, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not synced after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function connectQuorum(
  spec: Extract<ClientSpec, { kind: "quorum" }>,
  doc: Y.Doc,
  awareness: awarenessProtocol.Awareness,
  timeoutMs: number,
): BenchConnection {
  const errors: string[] = [];
  let resolveSynced!: () => void;
  let rejectSynced!: (e: Error) => void;
  const syncedInner = new Promise<void>((res, rej) => {
    resolveSynced = res;
    rejectSynced = rej;
  });
  let isSynced = false;
  let seq = 0;

  // One socket (one engine.io connection) per open document, as the browser editor does.
  const socket: Socket = io(`${spec.url}/collab`, {
    path: "/socket.io",
    auth: { token: spec.token },
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
    extraHeaders: { origin: spec.url },
  });

  const conn: BenchConnection = {
    doc,
    awareness,
    synced: withTimeout(syncedInner, timeoutMs, "quorum"),
    onAck: null,
    errors,
    close() {
      doc.off("update", onUpdate);
      awareness.off("update", onAwareness);
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
  conn.synced.catch(() => undefined);

  const send = (bytes: Uint8Array) => socket.emit("message", bytes);

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === conn) return;
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MESSAGE_SYNC);
    syncProtocol.writeUpdate(enc, update);
    if (!isSynced) {
      send(encoding.toUint8Array(enc));
      return;
    }
    const n = seq++;
    const sentAt = nowMs();
    socket.emit("message", encoding.toUint8Array(enc), (res: { ok?: boolean; code?: string } | undefined) => {
      if (res?.ok !== true && res?.code) errors.push(res.code);
      conn.onAck?.(n, res?.ok === true, nowMs() - sentAt);
    });
  };
  const onAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin === conn) return;
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(enc, awarenessProtocol.encodeAwarenessUpdate(awareness, added.concat(updated, removed)));
    send(encoding.toUint8Array(enc));
  };
  doc.on("update", onUpdate);
  awareness.on("update", onAwareness);

  socket.on("connect", () => {
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(enc, doc);
    send(encoding.toUint8Array(enc));
    if (awareness.getLocalState() !== null) {
      const a = encoding.createEncoder();
      encoding.writeVarUint(a, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(a, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
      send(encoding.toUint8Array(a));
    }
  });
  socket.on("message", (data: ArrayBuffer | Uint8Array) => {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, MESSAGE_SYNC);
      const syncType = syncProtocol.readSyncMessage(decoder, enc, doc, conn);
      if (encoding.length(enc) > 1) send(encoding.toUint8Array(enc));
      if (syncType === syncProtocol.messageYjsSyncStep2 && !isSynced) {
        isSynced = true;
        resolveSynced();
      }
    } else if (type === MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), conn);
    }
  });
  socket.on("connect_error", (err: Error & { data?: { code?: string } }) => {
    errors.push(err.data?.code ?? err.message);
    rejectSynced(new Error(`quorum connect_error: ${err.data?.code ?? err.message}`));
  });
  socket.on("collab:error", (e: { code?: string; message?: string }) => {
    errors.push(e.code ?? "UNKNOWN");
  });
  socket.on("disconnect", (reason) => {
    if (!isSynced) rejectSynced(new Error(`quorum disconnected before sync: ${reason}`));
  });
  return conn;
}

/** Hocuspocus through its official provider (heavier per message than the lean client below). */
function connectHocuspocusProvider(
  spec: Extract<ClientSpec, { kind: "hocuspocus" }>,
  doc: Y.Doc,
  awareness: awarenessProtocol.Awareness,
  timeoutMs: number,
): BenchConnection {
  const errors: string[] = [];
  // Send times of our updates not yet confirmed, oldest first: SyncStatus replies come in order.
  const pending: { seq: number; sentAt: number }[] = [];
  let seq = 0;
  let ready = false;
  let lastUnsynced = 0;

  // Registered before the provider's own handler, so a send is recorded before it happens.
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider || !ready) return;
    pending.push({ seq: seq++, sentAt: nowMs() });
  };
  doc.on("update", onUpdate);

  const websocket = new HocuspocusProviderWebsocket({
    url: spec.url,
    WebSocketPolyfill: WebSocket,
    // A killed server must not be retried behind our back; the phase decides what happens next.
    maxAttempts: 1,
  });
  const provider: HocuspocusProvider = new HocuspocusProvider({
    websocketProvider: websocket,
    name: spec.name,
    document: doc,
    awareness,
    token: null,
  });

  const conn: BenchConnection = {
    doc,
    awareness,
    synced: withTimeout(
      new Promise<void>((resolve) => {
        // Synced and our own sync step 2 confirmed (the provider counts it as one unsynced change).
        const check = () => {
          if (provider.isSynced && provider.unsyncedChanges === 0 && !ready) {
            ready = true;
            lastUnsynced = 0;
            resolve();
          }
        };
        provider.on("synced", check);
        provider.on("unsyncedChanges", check);
      }),
      timeoutMs,
      "hocuspocus",
    ),
    onAck: null,
    errors,
    close() {
      doc.off("update", onUpdate);
      provider.destroy();
      websocket.destroy();
    },
  };
  conn.synced.catch(() => undefined);

  provider.on("unsyncedChanges", ({ number }: { number: number }) => {
    if (!ready) return;
    if (number < lastUnsynced) {
      for (let i = 0; i < lastUnsynced - number; i++) {
        const p = pending.shift();
        if (p) conn.onAck?.(p.seq, true, nowMs() - p.sentAt);
      }
    }
    lastUnsynced = number;
  });
  provider.on("authenticationFailed", ({ reason }: { reason: string }) => errors.push(`AUTH:${reason}`));
  provider.attach();
  return conn;
}

// Hocuspocus message types (@hocuspocus/common MessageType); every frame starts with the document name.
const HP_SYNC = 0;
const HP_AWARENESS = 1;
const HP_AUTH = 2;
const HP_QUERY_AWARENESS = 3;
const HP_SYNC_REPLY = 4;
const HP_SYNC_STATUS = 8;

/** Hocuspocus's wire protocol over one plain WebSocket, as the provider speaks it. */
function connectHocuspocus(
  spec: Extract<ClientSpec, { kind: "hocuspocus" }>,
  doc: Y.Doc,
  awareness: awarenessProtocol.Awareness,
  timeoutMs: number,
): BenchConnection {
  const errors: string[] = [];
  // Everything that will be answered by a SyncStatus, oldest first: our sync step 2 (seq -1)
  // and our updates (seq >= 0). The server answers in order on one connection.
  const pending: { seq: number; sentAt: number }[] = [];
  let seq = 0;
  let gotStep2 = false;
  let ready = false;
  let resolveSynced!: () => void;
  let rejectSynced!: (e: Error) => void;
  const syncedInner = new Promise<void>((res, rej) => {
    resolveSynced = res;
    rejectSynced = rej;
  });
  const checkReady = () => {
    if (!ready && gotStep2 && pending.length === 0) {
      ready = true;
      resolveSynced();
    }
  };

  const ws = new WebSocket(spec.url);
  const frame = (type: number, write: (enc: encoding.Encoder) => void) => {
    const enc = encoding.createEncoder();
    encoding.writeVarString(enc, spec.name);
    encoding.writeVarUint(enc, type);
    write(enc);
    return encoding.toUint8Array(enc);
  };
  const send = (bytes: Uint8Array) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(bytes);
  };
  const awarenessFrame = (clients: number[]) =>
    frame(HP_AWARENESS, (enc) => encoding.writeVarUint8Array(enc, awarenessProtocol.encodeAwarenessUpdate(awareness, clients)));

  const conn: BenchConnection = {
    doc,
    awareness,
    synced: withTimeout(syncedInner, timeoutMs, "hocuspocus"),
    onAck: null,
    errors,
    close() {
      doc.off("update", onUpdate);
      awareness.off("update", onAwareness);
      ws.removeAllListeners();
      ws.on("error", () => undefined);
      ws.close();
    },
  };
  conn.synced.catch(() => undefined);

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === conn) return;
    pending.push({ seq: ready ? seq++ : -1, sentAt: nowMs() });
    send(frame(HP_SYNC, (enc) => syncProtocol.writeUpdate(enc, update)));
  };
  const onAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin === conn) return;
    send(awarenessFrame(added.concat(updated, removed)));
  };
  doc.on("update", onUpdate);
  awareness.on("update", onAwareness);

  ws.on("open", () => {
    // The server queues everything until the auth message; without an onAuthenticate hook any token passes.
    send(
      frame(HP_AUTH, (enc) => {
        encoding.writeVarUint(enc, 0);
        encoding.writeVarString(enc, "");
      }),
    );
    send(frame(HP_SYNC, (enc) => syncProtocol.writeSyncStep1(enc, doc)));
    if (awareness.getLocalState() !== null) send(awarenessFrame([doc.clientID]));
  });
  ws.on("message", (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case HP_SYNC:
      case HP_SYNC_REPLY: {
        const reply = encoding.createEncoder();
        encoding.writeVarString(reply, spec.name);
        encoding.writeVarUint(reply, HP_SYNC);
        const before = encoding.length(reply);
        const syncType = syncProtocol.readSyncMessage(decoder, reply, doc, conn);
        if (encoding.length(reply) > before) {
          // Our sync step 2 in answer to the server's step 1: the server confirms it with a SyncStatus too.
          pending.push({ seq: -1, sentAt: nowMs() });
          send(encoding.toUint8Array(reply));
        }
        if (syncType === syncProtocol.messageYjsSyncStep2) gotStep2 = true;
        checkReady();
        break;
      }
      case HP_AWARENESS:
        awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), conn);
        break;
      case HP_QUERY_AWARENESS:
        send(awarenessFrame([...awareness.getStates().keys()]));
        break;
      case HP_SYNC_STATUS: {
        const applied = decoding.readVarInt(decoder) === 1;
        const p = pending.shift();
        if (p && p.seq >= 0) conn.onAck?.(p.seq, applied, nowMs() - p.sentAt);
        checkReady();
        break;
      }
      case HP_AUTH: {
        const authType = decoding.readVarUint(decoder);
        // 1 = permission denied (2 = authenticated).
        if (authType === 1) {
          errors.push(`AUTH:${decoding.readVarString(decoder)}`);
          rejectSynced(new Error("hocuspocus permission denied"));
        }
        break;
      }
    }
  });
  ws.on("error", (error) => {
    errors.push(error.message);
    if (!ready) rejectSynced(error);
  });
  ws.on("close", () => {
    if (!ready) rejectSynced(new Error("hocuspocus closed before sync"));
  });
  return conn;
}
