// A Yjs provider over one socket.io connection per open document (namespace "/collab"),
// speaking y-websocket framing inside the "message" event. Framework-free: the socket and
// the token request are injected, so tests run two providers against an in-memory server.
//
// Durability: every local update is sent with an ack callback; the server acks only after the
// update is committed to PostgreSQL. Updates not yet acked stay "unconfirmed". They are never
// re-sent one by one: after a reconnect the server's sync step 1 asks for everything it is
// missing and our step 2 carries it, so a step 2 ack confirms every update made before it.
import type * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { ObservableV2 } from "lib0/observable";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import {
  isFatalCode,
  MESSAGE_AWARENESS,
  MESSAGE_SYNC,
  toCollabErrorCode,
  toUint8Array,
  type CollabErrorCode,
} from "@/lib/collab/client/protocol";
import { CollabTokenError, type CollabToken } from "@/lib/collab/client/token-request";

/** The part of a socket.io client Socket the provider uses (a fake in tests). */
export type CollabSocket = {
  readonly connected: boolean;
  on(event: string, listener: (...args: never[]) => void): unknown;
  emit(event: string, ...args: unknown[]): unknown;
  disconnect(): unknown;
};

/**
 * "connecting" only until the first attempt ends; later attempts keep "offline" so the
 * indicator does not flicker while reconnecting. "stopped" after a fatal error or destroy().
 */
export type ConnectionStatus = "connecting" | "connected" | "offline" | "stopped";

export type ProviderError = { code: CollabErrorCode; fatal: boolean };

export type ProviderState = {
  status: ConnectionStatus;
  /** The server's content has arrived on the current connection (its sync step 2). */
  synced: boolean;
  readOnly: boolean;
  /** Local changes the server has not yet confirmed as stored. */
  pending: number;
  error: ProviderError | null;
};

export type CommentsChangedPayload = { threadId?: string };
export type DocumentMetaPayload = { title?: string; status?: string };

type ProviderEvents = {
  state: (state: ProviderState) => void;
  synced: () => void;
  "comments-changed": (payload: CommentsChangedPayload) => void;
  "document-meta": (payload: DocumentMetaPayload) => void;
};

type Timers = { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };

export type SocketProviderOptions = {
  documentId: string;
  doc: Y.Doc;
  /** Created (and destroyed with the provider) when not given. */
  awareness?: awarenessProtocol.Awareness;
  getToken: (documentId: string) => Promise<CollabToken>;
  /** Opens a socket authenticated with the token. It must not reconnect by itself. */
  openSocket: (token: string) => CollabSocket;
  /**
   * Updates from these origins (the IndexedDB cache) are left to the sync handshake while it
   * has not happened yet, instead of being sent as one large, mostly redundant update.
   */
  handshakeOrigins?: unknown[];
  backoff?: { initialMs?: number; maxMs?: number };
  timers?: Timers;
  random?: () => number;
  /** Start connecting at once (default true). */
  connect?: boolean;
};

/**
 * Origin of the awareness removals done when our connection drops: the others did not leave,
 * we just cannot see them (presence must not announce "X left" for it).
 */
export const CONNECTION_LOST = "connection-lost";

type AckAnswer = { ok?: unknown; code?: unknown } | undefined;
type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

const defaultTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

// Codes that only mean "get a new token and try again"; nothing to show for them.
const SILENT_CODES: ReadonlySet<CollabErrorCode> = new Set(["TOKEN_EXPIRED", "TOKEN_INVALID"]);

export class SocketProvider extends ObservableV2<ProviderEvents> {
  readonly documentId: string;
  readonly doc: Y.Doc;
  /** CollaborationCaret reads `provider.awareness`. */
  readonly awareness: awarenessProtocol.Awareness;

  private readonly getToken: SocketProviderOptions["getToken"];
  private readonly openSocket: SocketProviderOptions["openSocket"];
  private readonly handshakeOrigins: Set<unknown>;
  private readonly ownsAwareness: boolean;
  private readonly timers: Timers;
  private readonly random: () => number;
  private readonly initialDelay: number;
  private readonly maxDelay: number;

  private socket: CollabSocket | null = null;
  /** Bumped per connection attempt; late callbacks of older attempts are ignored. */
  private generation = 0;
  private opening = false;
  private attempt = 0;
  private reconnectTimer: unknown = null;
  private destroyed = false;
  /** The server's step 1 was answered on this connection: our step 2 carried everything. */
  private answeredStep1 = false;
  private localSeq = 0;
  private readonly unconfirmed = new Set<number>();
  private state: ProviderState = { status: "connecting", synced: false, readOnly: false, pending: 0, error: null };

  constructor(options: SocketProviderOptions) {
    super();
    this.documentId = options.documentId;
    this.doc = options.doc;
    this.ownsAwareness = !options.awareness;
    this.awareness = options.awareness ?? new awarenessProtocol.Awareness(options.doc);
    this.getToken = options.getToken;
    this.openSocket = options.openSocket;
    this.handshakeOrigins = new Set(options.handshakeOrigins ?? []);
    this.timers = options.timers ?? defaultTimers;
    this.random = options.random ?? Math.random;
    this.initialDelay = options.backoff?.initialMs ?? 500;
    this.maxDelay = options.backoff?.maxMs ?? 30_000;
    this.doc.on("update", this.handleDocUpdate);
    this.awareness.on("update", this.handleAwarenessUpdate);
    if (options.connect !== false) void this.open();
  }

  get currentState(): ProviderState {
    return this.state;
  }

  /** Connects now if not connected (e.g. the browser is back online); resets the backoff. */
  reconnectNow(): void {
    if (this.destroyed || this.state.status === "stopped") return;
    if (this.reconnectTimer !== null) {
      this.timers.clear(this.reconnectTimer);
      this.reconnectTimer = null;
    }
    this.attempt = 0;
    if (this.socket || this.opening) return;
    void this.open();
  }

  /** Drops the connection (the browser went offline) and lets the backoff bring it back. */
  dropConnection(): void {
    const socket = this.socket;
    if (!socket) return;
    this.closeSocket();
    this.setState({ status: "offline", synced: false });
    this.scheduleReconnect();
  }

  /**
   * Reconnects once to run a full sync again: the server's step 1 makes our step 2 re-send
   * whatever it has not stored (used after RATE_LIMITED).
   */
  resync(): void {
    if (!this.socket) return;
    this.dropConnection();
  }

  override destroy(): void {
    if (this.destroyed) return;
    // Tell the others we left before the socket closes (otherwise they wait for the timeout).
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], "destroy");
    this.destroyed = true;
    this.generation++;
    if (this.reconnectTimer !== null) this.timers.clear(this.reconnectTimer);
    this.reconnectTimer = null;
    this.closeSocket();
    this.doc.off("update", this.handleDocUpdate);
    this.awareness.off("update", this.handleAwarenessUpdate);
    if (this.ownsAwareness) this.awareness.destroy();
    this.state = { ...this.state, status: "stopped", synced: false };
    super.destroy();
  }

  // --- connection lifecycle -------------------------------------------------------------

  private async open(): Promise<void> {
    if (this.destroyed || this.state.status === "stopped" || this.socket || this.opening) return;
    const generation = ++this.generation;
    this.opening = true;
    let token: CollabToken;
    try {
      token = await this.getToken(this.documentId);
    } catch (error) {
      if (generation !== this.generation) return;
      this.opening = false;
      const code = error instanceof CollabTokenError ? error.code : "SERVER_ERROR";
      if (isFatalCode(code)) return this.stop(code);
      this.setState({ status: "offline", synced: false, error: code === "RATE_LIMITED" ? { code, fatal: false } : this.state.error });
      this.scheduleReconnect();
      return;
    }
    if (generation !== this.generation || this.destroyed) return;
    this.opening = false;
    this.applyReadOnly(token.readOnly);
    const socket = this.openSocket(token.token);
    this.socket = socket;
    socket.on("connect", () => this.handleConnect(socket));
    socket.on("connect_error", (error: unknown) => this.handleConnectError(socket, error));
    socket.on("disconnect", () => this.handleDisconnect(socket));
    socket.on("message", (data: unknown) => this.handleMessage(socket, data));
    socket.on("collab:error", (payload: { code?: unknown } | undefined) => {
      if (socket === this.socket) this.handleServerError(toCollabErrorCode(payload?.code));
    });
    socket.on("comments:changed", (payload: CommentsChangedPayload | undefined) => {
      if (socket === this.socket) this.emit("comments-changed", [payload ?? {}]);
    });
    socket.on("document:meta", (payload: DocumentMetaPayload | undefined) => {
      if (socket === this.socket) this.emit("document-meta", [payload ?? {}]);
    });
    if (socket.connected) this.handleConnect(socket);
  }

  private handleConnect(socket: CollabSocket): void {
    if (socket !== this.socket || this.destroyed) return;
    this.answeredStep1 = false;
    this.setState({ status: "connected", synced: false });
    this.send(socket, MESSAGE_SYNC, (encoder) => syncProtocol.writeSyncStep1(encoder, this.doc));
    if (this.awareness.getLocalState() !== null) {
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]);
      this.send(socket, MESSAGE_AWARENESS, (encoder) => encoding.writeVarUint8Array(encoder, update));
    }
  }

  private handleConnectError(socket: CollabSocket, error: unknown): void {
    if (socket !== this.socket) return;
    const raw = (error as { data?: { code?: unknown } } | null)?.data?.code;
    this.closeSocket();
    if (raw !== undefined) {
      const code = toCollabErrorCode(raw);
      if (isFatalCode(code)) return this.stop(code);
      if (!SILENT_CODES.has(code)) this.setState({ error: { code, fatal: false } });
    }
    this.setState({ status: "offline", synced: false });
    this.scheduleReconnect();
  }

  private handleDisconnect(socket: CollabSocket): void {
    if (socket !== this.socket) return;
    this.closeSocket();
    if (this.destroyed || this.state.status === "stopped") return;
    this.setState({ status: "offline", synced: false });
    this.scheduleReconnect();
  }

  /** Forgets the socket and everyone else's presence (it is stale without a connection). */
  private closeSocket(): void {
    const socket = this.socket;
    this.socket = null;
    this.answeredStep1 = false;
    this.opening = false;
    if (socket) socket.disconnect();
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    if (others.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, others, CONNECTION_LOST);
  }

  private stop(code: CollabErrorCode): void {
    this.generation++;
    if (this.reconnectTimer !== null) this.timers.clear(this.reconnectTimer);
    this.reconnectTimer = null;
    this.closeSocket();
    this.setState({ status: "stopped", synced: false, error: { code, fatal: true } });
  }

  private scheduleReconnect(): void {
    if (this.destroyed || this.state.status === "stopped" || this.reconnectTimer !== null) return;
    const base = Math.min(this.maxDelay, this.initialDelay * 2 ** this.attempt);
    // Jitter: a server restart must not bring every client back in the same millisecond.
    const delay = Math.round(base * (0.5 + this.random() * 0.5));
    this.attempt = Math.min(this.attempt + 1, 16);
    this.reconnectTimer = this.timers.set(() => {
      this.reconnectTimer = null;
      void this.open();
    }, delay);
  }

  // --- messages ----------------------------------------------------------------------------

  private send(socket: CollabSocket, type: number, write: (encoder: encoding.Encoder) => void, ack?: (answer: AckAnswer) => void): void {
    if (!socket.connected) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, type);
    write(encoder);
    const bytes = encoding.toUint8Array(encoder);
    if (ack) socket.emit("message", bytes, ack);
    else socket.emit("message", bytes);
  }

  private handleMessage(socket: CollabSocket, data: unknown): void {
    if (socket !== this.socket || this.destroyed) return;
    const bytes = toUint8Array(data);
    if (!bytes) return;
    try {
      const decoder = decoding.createDecoder(bytes);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC) this.handleSyncMessage(socket, decoder);
      else if (type === MESSAGE_AWARENESS) awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
    } catch {
      // A frame we cannot read: ignore it. The next sync exchange repairs any gap.
    }
  }

  private handleSyncMessage(socket: CollabSocket, decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      this.answeredStep1 = true;
      // A read-only connection has nothing to contribute; the server would refuse it anyway.
      if (this.state.readOnly) return;
      const covers = this.localSeq;
      this.send(
        socket,
        MESSAGE_SYNC,
        (encoder) => syncProtocol.writeSyncStep2(encoder, this.doc, stateVector),
        (answer) => this.handleAck(answer, (seq) => seq <= covers),
      );
    } else if (kind === syncProtocol.messageYjsSyncStep2) {
      syncProtocol.readSyncStep2(decoder, this.doc, this);
      this.attempt = 0;
      this.setState({ synced: true });
      this.emit("synced", []);
    } else if (kind === syncProtocol.messageYjsUpdate) {
      syncProtocol.readUpdate(decoder, this.doc, this);
    }
  }

  private handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this || this.destroyed || this.state.readOnly) return;
    const seq = ++this.localSeq;
    this.unconfirmed.add(seq);
    const socket = this.socket;
    const leftToHandshake = this.handshakeOrigins.has(origin) && !this.answeredStep1;
    if (socket?.connected && !leftToHandshake) {
      this.send(
        socket,
        MESSAGE_SYNC,
        (encoder) => syncProtocol.writeUpdate(encoder, update),
        (answer) => this.handleAck(answer, (s) => s === seq),
      );
    }
    this.setState({ pending: this.unconfirmed.size });
  };

  private handleAwarenessUpdate = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    // Only our own state travels; others' states arrive from the server.
    if (origin === this) return;
    const mine = this.doc.clientID;
    if (!added.includes(mine) && !updated.includes(mine) && !removed.includes(mine)) return;
    const socket = this.socket;
    if (!socket?.connected) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [mine]);
    this.send(socket, MESSAGE_AWARENESS, (encoder) => encoding.writeVarUint8Array(encoder, update));
  };

  /** Acks from an older connection still count: a commit is a commit. */
  private handleAck(answer: AckAnswer, confirms: (seq: number) => boolean): void {
    if (this.destroyed) return;
    if (answer?.ok === true) {
      for (const seq of [...this.unconfirmed]) if (confirms(seq)) this.unconfirmed.delete(seq);
      const error = this.state.error && !this.state.error.fatal ? null : this.state.error;
      this.setState({ pending: this.unconfirmed.size, error });
      return;
    }
    this.handleServerError(toCollabErrorCode(answer?.code));
  }

  private handleServerError(code: CollabErrorCode): void {
    if (this.destroyed) return;
    if (isFatalCode(code)) return this.stop(code);
    if (code === "READ_ONLY") {
      // Our rights were lowered while connected: stop sending, keep the edits on this device.
      this.applyReadOnly(true);
      return;
    }
    if (SILENT_CODES.has(code)) return;
    this.setState({ error: { code, fatal: false } });
    // Too fast, or the server could not store it: sync again after a pause; the handshake
    // re-sends whatever the server does not have.
    if (code === "RATE_LIMITED" || code === "SERVER_ERROR") this.resync();
  }

  private applyReadOnly(readOnly: boolean): void {
    // Local edits of a read-only session are never sent, so they are not "pending" either.
    if (readOnly) this.unconfirmed.clear();
    this.setState({ readOnly, pending: this.unconfirmed.size });
  }

  private setState(patch: Partial<ProviderState>): void {
    const next = { ...this.state, ...patch };
    if (
      next.status === this.state.status &&
      next.synced === this.state.synced &&
      next.readOnly === this.state.readOnly &&
      next.pending === this.state.pending &&
      next.error?.code === this.state.error?.code &&
      next.error?.fatal === this.state.error?.fatal
    ) {
      return;
    }
    this.state = next;
    if (!this.destroyed) this.emit("state", [next]);
  }
}

export type SaveIndicator =
  | { kind: "connecting" }
  | { kind: "saved" }
  | { kind: "saving"; pending: number }
  | { kind: "offline"; pending: number }
  | { kind: "readOnly" }
  | { kind: "error"; code: CollabErrorCode; fatal: boolean };

/** What the save indicator says for a provider state; pure so it is tested on its own. */
export function saveIndicatorFor(state: ProviderState): SaveIndicator {
  if (state.error?.fatal) return { kind: "error", code: state.error.code, fatal: true };
  if (state.status === "connecting") return { kind: "connecting" };
  if (state.status !== "connected") return { kind: "offline", pending: state.pending };
  if (state.error) return { kind: "error", code: state.error.code, fatal: false };
  if (state.readOnly) return { kind: "readOnly" };
  if (state.pending > 0) return { kind: "saving", pending: state.pending };
  return state.synced ? { kind: "saved" } : { kind: "connecting" };
}
