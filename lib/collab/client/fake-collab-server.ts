// An in-memory stand-in for the "/collab" namespace, for unit tests of the browser provider:
// one Y.Doc per server, sockets that deliver asynchronously (like a network), acks that can
// be held back (a slow database), and a switch to cut a client off. It follows the contract
// in docs/collab-protocol.md, not the real server's code.
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from "@/lib/collab/client/protocol";
import type { CollabSocket } from "@/lib/collab/client/socket-provider";

type Listener = (...args: never[]) => void;
type Ack = (answer: { ok: boolean; code?: string }) => void;

/** The browser end of a fake connection. */
export class FakeClientSocket implements CollabSocket {
  connected = false;
  readonly listeners = new Map<string, Listener[]>();
  serverEnd: FakeServerConnection | null = null;

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  emit(event: string, ...args: unknown[]): this {
    const server = this.serverEnd;
    if (!this.connected || !server) return this;
    queueMicrotask(() => server.receive(event, args));
    return this;
  }

  disconnect(): this {
    if (!this.connected) return this;
    this.connected = false;
    this.serverEnd?.close();
    this.fire("disconnect", "io client disconnect");
    return this;
  }

  fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  }
}

export class FakeServerConnection {
  readonly awarenessClients = new Set<number>();
  open = true;
  constructor(
    readonly server: FakeCollabServer,
    readonly client: FakeClientSocket,
    readonly readOnly: boolean,
    readonly userId: string,
  ) {}

  send(event: string, ...args: unknown[]): void {
    if (!this.open) return;
    queueMicrotask(() => {
      if (this.open && this.client.connected) this.client.fire(event, ...args);
    });
  }

  receive(event: string, args: unknown[]): void {
    if (!this.open) return;
    this.server.received.push({ userId: this.userId, event });
    if (event === "message") this.server.handleMessage(this, args[0] as Uint8Array, args[1] as Ack | undefined);
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.server.drop(this);
  }
}

export type FakeTokenClaims = { userId: string; readOnly: boolean };

export class FakeCollabServer {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<FakeServerConnection>();
  /** Updates "committed to the database", in order. */
  readonly committed: Uint8Array[] = [];
  readonly received: { userId: string; event: string }[] = [];
  /** While true, acks wait in `heldAcks` (a slow commit). */
  holdAcks = false;
  readonly heldAcks: (() => void)[] = [];
  /** Refuse handshakes with this code (as the server's middleware would). */
  refuseWith: string | null = null;
  private tokens = new Map<string, FakeTokenClaims>();
  private tokenCount = 0;

  constructor() {
    // The server's own awareness state is not a person.
    this.awareness.setLocalState(null);
  }

  issueToken(claims: FakeTokenClaims): string {
    const token = `token-${++this.tokenCount}`;
    this.tokens.set(token, claims);
    return token;
  }

  /** What `openSocket` does in the browser: connects asynchronously, or refuses. */
  connect(token: string): FakeClientSocket {
    const client = new FakeClientSocket();
    const claims = this.tokens.get(token);
    this.tokens.delete(token);
    queueMicrotask(() => {
      const code = this.refuseWith ?? (claims ? null : "TOKEN_INVALID");
      if (code) {
        client.fire("connect_error", Object.assign(new Error(code), { data: { code } }));
        return;
      }
      const connection = new FakeServerConnection(this, client, claims!.readOnly, claims!.userId);
      this.connections.add(connection);
      client.serverEnd = connection;
      client.connected = true;
      client.fire("connect");
      // Like y-websocket: ask the client for what we miss, and show who is here.
      connection.send("message", this.encode(MESSAGE_SYNC, (e) => syncProtocol.writeSyncStep1(e, this.doc)));
      const others = [...this.awareness.getStates().keys()];
      if (others.length > 0) {
        const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, others);
        connection.send("message", this.encode(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, update)));
      }
    });
    return client;
  }

  /** Cuts a user's connections as a network failure would (the client sees "disconnect"). */
  cut(userId: string): void {
    for (const connection of [...this.connections]) {
      if (connection.userId !== userId) continue;
      connection.close();
      connection.client.connected = false;
      queueMicrotask(() => connection.client.fire("disconnect", "transport close"));
    }
  }

  /** Sends an event to every connection (comments:changed, document:meta, collab:error). */
  publish(event: string, payload: unknown): void {
    for (const connection of this.connections) connection.send(event, payload);
  }

  releaseAcks(): void {
    for (const ack of this.heldAcks.splice(0)) ack();
  }

  drop(connection: FakeServerConnection): void {
    this.connections.delete(connection);
    const gone = [...connection.awarenessClients].filter((id) => this.awareness.meta.has(id));
    if (gone.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, gone, null);
    if (gone.length > 0) {
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, gone);
      this.broadcast(connection, this.encode(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, update)));
    }
  }

  handleMessage(connection: FakeServerConnection, bytes: Uint8Array, ack: Ack | undefined): void {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AWARENESS) {
      const update = decoding.readVarUint8Array(decoder);
      const peek = decoding.createDecoder(update);
      const count = decoding.readVarUint(peek);
      for (let i = 0; i < count; i++) {
        connection.awarenessClients.add(decoding.readVarUint(peek));
        decoding.readVarUint(peek);
        decoding.readVarString(peek);
      }
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
      this.broadcast(connection, bytes);
      return;
    }
    if (type !== MESSAGE_SYNC) return;
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      connection.send("message", this.encode(MESSAGE_SYNC, (e) => syncProtocol.writeSyncStep2(e, this.doc, stateVector)));
      return;
    }
    const update = decoding.readVarUint8Array(decoder);
    if (connection.readOnly) {
      if (ack) queueMicrotask(() => ack({ ok: false, code: "READ_ONLY" }));
      return;
    }
    Y.applyUpdate(this.doc, update, connection);
    this.committed.push(update);
    this.broadcast(connection, this.encode(MESSAGE_SYNC, (e) => syncProtocol.writeUpdate(e, update)));
    if (!ack) return;
    // socket.io drops the ack of a connection that is gone.
    const answer = () => queueMicrotask(() => connection.open && ack({ ok: true }));
    if (this.holdAcks) this.heldAcks.push(answer);
    else answer();
  }

  private broadcast(from: FakeServerConnection, bytes: Uint8Array): void {
    for (const connection of this.connections) if (connection !== from) connection.send("message", bytes);
  }

  private encode(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, type);
    write(encoder);
    return encoding.toUint8Array(encoder);
  }
}
