// A minimal Node client for the /collab namespace (docs/collab-protocol.md), for integration
// tests and the benchmark. One socket per document; y-websocket framing in "message" events.
//
//   const client = connectCollabClient({ url: "http://127.0.0.1:3000", token });
//   await client.synced;                       // server state received, our step 2 acknowledged
//   client.doc.getText("t").insert(0, "hi");  // local changes are sent automatically, with an ack
//   await client.flush();                      // every ack so far has arrived
//   client.disconnect(); await client.reconnect(newToken);  // same doc, fresh socket, full resync
//
// The client never reconnects by itself; tests decide. Errors from the server are collected in
// `errors` (connect_error data.code and collab:error codes) in arrival order.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { io, type Socket } from "socket.io-client";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";

export type CollabAck = { ok: true } | { ok: false; code: string };

export type CollabClientOptions = {
  /** Origin of the server, e.g. "http://127.0.0.1:4100" (the namespace is added). */
  url: string;
  token: string;
  /** Reuse a document (e.g. across reconnects or to start with offline edits). */
  doc?: Y.Doc;
  awareness?: awarenessProtocol.Awareness;
  /** Send local document changes as they happen (default true). */
  autoSend?: boolean;
  /** Extra handshake auth fields besides the token (e.g. documentId). */
  auth?: Record<string, unknown>;
  /** Extra HTTP headers on the handshake (e.g. Origin). */
  headers?: Record<string, string>;
  /** How long `synced` and acks may take before they fail (default 20 s). */
  timeoutMs?: number;
};

export type CollabClient = {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  /** The current socket (replaced by reconnect). */
  readonly socket: Socket;
  /** The current connection's initial sync: the server's step 2 arrived and our step 2 was acknowledged. */
  readonly synced: Promise<void>;
  /** Server error codes in arrival order (connect_error and collab:error). */
  readonly errors: string[];
  /** Sends one Yjs update (sync "update" frame) and resolves with the server's ack. */
  sendUpdate(update: Uint8Array): Promise<CollabAck>;
  /** Sends anything as a "message" (tests of malformed input); with `ack` waits for the answer. */
  sendRaw(payload: unknown, options?: { ack?: boolean }): Promise<CollabAck | undefined>;
  /**
   * Resolves when every ack still outstanding has arrived; returns them in send order. Acks of
   * a socket that disconnected come back as { ok: false, code: "DISCONNECTED" }.
   */
  flush(): Promise<CollabAck[]>;
  /** Resolves with the reason when the current socket disconnects (or has already). */
  disconnected(): Promise<string>;
  disconnect(): void;
  /** Opens a new socket with `token` for the same doc (optionally on another server); resolves when synced. */
  reconnect(token: string, url?: string): Promise<void>;
};

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;

/** Marks changes that came from the server, so they are not sent back. */
const FROM_SERVER = Symbol("from-server");

export function syncFrame(step: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function awarenessFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function toBytes(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return null;
}

export function connectCollabClient(options: CollabClientOptions): CollabClient {
  const doc = options.doc ?? new Y.Doc();
  const awareness = options.awareness ?? new awarenessProtocol.Awareness(doc);
  const timeoutMs = options.timeoutMs ?? 20_000;
  let url = options.url;
  const errors: string[] = [];
  let socket!: Socket;
  let synced!: Promise<void>;

  const pending = new Set<Promise<CollabAck>>();
  // socket.io never calls an ack whose socket disconnected: answer those ourselves.
  const unanswered = new Map<Socket, Set<(ack: CollabAck) => void>>();

  const emitWithAck = (current: Socket, payload: unknown): Promise<CollabAck> => {
    const waiting = unanswered.get(current) ?? new Set();
    unanswered.set(current, waiting);
    const answer = withTimeout(
      new Promise<CollabAck>((resolve) => {
        if (!current.connected) return resolve({ ok: false, code: "DISCONNECTED" });
        const settle = (reply: CollabAck) => {
          waiting.delete(settle);
          resolve(reply);
        };
        waiting.add(settle);
        current.emit("message", payload, settle);
      }),
      timeoutMs,
      "ack",
    );
    pending.add(answer);
    const forget = () => pending.delete(answer);
    answer.then(forget, forget);
    return answer;
  };

  const open = (token: string) => {
    const current = io(`${url}/collab`, {
      path: "/socket.io",
      auth: { ...options.auth, token },
      transports: ["websocket"],
      reconnection: false,
      forceNew: true,
      extraHeaders: options.headers,
    });
    socket = current;
    let serverState!: () => void;
    let ourStep2!: (done: Promise<CollabAck>) => void;
    const gotServerState = new Promise<void>((resolve) => (serverState = resolve));
    const answeredStep1 = new Promise<Promise<CollabAck>>((resolve) => (ourStep2 = resolve));

    const connected = new Promise<void>((resolve, reject) => {
      current.once("connect", () => resolve());
      current.once("connect_error", (error: Error & { data?: { code?: string } }) => {
        const code = error.data?.code ?? "CONNECT_ERROR";
        errors.push(code);
        reject(Object.assign(new Error(`connect refused: ${code}`), { code }));
      });
    });

    current.on("disconnect", () => {
      for (const settle of [...(unanswered.get(current) ?? [])]) settle({ ok: false, code: "DISCONNECTED" });
      unanswered.delete(current);
    });
    current.on("collab:error", (payload: { code?: string } | undefined) => errors.push(String(payload?.code)));
    current.on("message", (data: unknown) => {
      const bytes = toBytes(data);
      if (!bytes) return;
      const decoder = decoding.createDecoder(bytes);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_AWARENESS) {
        awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), FROM_SERVER);
        return;
      }
      if (type !== MESSAGE_SYNC) return;
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === 0) {
        // The server asks for what it lacks: our step 2 carries every offline change.
        ourStep2(emitWithAck(current, syncFrame(1, Y.encodeStateAsUpdate(doc, payload))));
      } else {
        Y.applyUpdate(doc, payload, FROM_SERVER);
        if (step === 1) serverState();
      }
    });

    current.on("connect", () => {
      current.emit("message", syncFrame(0, Y.encodeStateVector(doc)));
      if (awareness.getLocalState() !== null) {
        current.emit("message", awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])));
      }
    });

    const dropped = new Promise<never>((_, reject) => {
      current.once("disconnect", (reason: string) => reject(new Error(`disconnected before sync: ${reason}`)));
    });
    dropped.catch(() => undefined);
    const handshake = (async () => {
      await connected;
      await gotServerState;
      const ack = await (await answeredStep1);
      if (!ack.ok) throw Object.assign(new Error(`sync refused: ${ack.code}`), { code: ack.code });
    })();
    synced = withTimeout(Promise.race([handshake, dropped]), timeoutMs, "sync");
    // Tests that expect a refusal look at `errors`; do not crash on an unobserved rejection.
    synced.catch(() => undefined);
  };

  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_SERVER || options.autoSend === false) return;
    // Offline changes wait for the next connection's step 2.
    if (socket.connected) void emitWithAck(socket, syncFrame(2, update)).catch(() => undefined);
  });
  awareness.on("update", ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin === FROM_SERVER || !socket.connected) return;
    const mine = [...added, ...updated, ...removed].filter((id) => id === doc.clientID);
    if (mine.length > 0) socket.emit("message", awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(awareness, mine)));
  });

  open(options.token);

  return {
    doc,
    awareness,
    get socket() {
      return socket;
    },
    get synced() {
      return synced;
    },
    errors,
    sendUpdate: (update) => emitWithAck(socket, syncFrame(2, update)),
    async sendRaw(payload, sendOptions) {
      if (sendOptions?.ack) return emitWithAck(socket, payload);
      socket.emit("message", payload);
      return undefined;
    },
    async flush() {
      return Promise.all([...pending]);
    },
    disconnected() {
      const current = socket;
      if (!current.connected && !current.active) return Promise.resolve("already disconnected");
      return withTimeout(new Promise<string>((resolve) => current.once("disconnect", (reason: string) => resolve(reason))), timeoutMs, "disconnect");
    },
    disconnect() {
      socket.disconnect();
    },
    async reconnect(token, otherUrl) {
      socket.disconnect();
      if (otherUrl) url = otherUrl;
      open(token);
      await synced;
    },
  };
}
