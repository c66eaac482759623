// Shapes shared by the /collab hooks. Each hook is one job installed on the namespace with a
// shared context (see index.ts for the order); docs/collab-protocol.md is the client contract.
import type { Logger } from "pino";
import type { DefaultEventsMap, ExtendedError, Namespace, Socket } from "socket.io";
import type { DocumentAccess } from "@/lib/collab/access";
import type { LoadedState, PendingUpdate } from "@/lib/collab/persistence";
import type { RealtimeSocketData } from "@/server/realtime/types";
import type { CollabBus } from "./bus";
import type { DocumentRegistry, LiveDocument } from "./documents";
import type { ParsedMessage } from "./protocol";
import type { TokenBucket } from "./token-bucket";

export const collabErrorCodes = [
  "TOKEN_INVALID",
  "TOKEN_EXPIRED",
  "FORBIDDEN",
  "NOT_FOUND",
  "READ_ONLY",
  "MESSAGE_TOO_LARGE",
  "MALFORMED",
  "RATE_LIMITED",
  "DOCUMENT_TOO_LARGE",
  "TOO_MANY_CONNECTIONS",
  "ACCESS_REVOKED",
  "SERVER_ERROR",
] as const;
export type CollabErrorCode = (typeof collabErrorCodes)[number];

/**
 * After these the server closes the connection. READ_ONLY and DOCUMENT_TOO_LARGE only refuse
 * the one message: the person keeps following the document.
 */
const keepConnection: ReadonlySet<CollabErrorCode> = new Set(["READ_ONLY", "DOCUMENT_TOO_LARGE"]);
export function closesConnection(code: CollabErrorCode): boolean {
  return !keepConnection.has(code);
}

/** What an ack callback receives. */
export type CollabAck = { ok: true } | { ok: false; code: CollabErrorCode };

/** Plain values only: the Redis adapter serialises socket.data for fetchSockets(). */
export type CollabSocketData = RealtimeSocketData & {
  documentId?: string;
  groupId?: string;
  /** As decided at connect time; the live check is membership of WRITER_ROOM (revocation). */
  readOnly?: boolean;
  userName?: string;
};

/** Between processes (through the Redis adapter), never seen by clients. */
export type CollabInterServerEvents = {
  /** A committed update: apply it to your copy of the document and pass it to your clients. */
  "collab:update": (payload: { documentId: string; update: Uint8Array }) => void;
  "collab:awareness": (payload: { documentId: string; update: Uint8Array }) => void;
};

export type CollabNamespace = Namespace<DefaultEventsMap, DefaultEventsMap, CollabInterServerEvents, CollabSocketData>;
export type CollabSocket = Socket<DefaultEventsMap, DefaultEventsMap, CollabInterServerEvents, CollabSocketData>;

export type CollabLimits = {
  /** Sockets on one document in one process. */
  connectionsPerDocument: number;
  /** Largest "message" payload; must stay below socket.io's maxHttpBufferSize (256 KiB). */
  maxMessageBytes: number;
  /** Largest encoded document state; growing updates beyond it are refused. */
  maxDocumentBytes: number;
  /** Token bucket per connection: sustained messages per second and the burst on top. */
  messagesPerSecond: number;
  messageBurst: number;
  /** The same for bytes. */
  bytesPerSecond: number;
  byteBurst: number;
  /** Awareness client ids one socket may speak for (a tab has one; ids change rarely). */
  awarenessClientsPerSocket: number;
};

export const defaultCollabLimits: CollabLimits = {
  connectionsPerDocument: 100,
  maxMessageBytes: 240 * 1024,
  maxDocumentBytes: 5 * 1024 * 1024,
  messagesPerSecond: 50,
  messageBurst: 250,
  bytesPerSecond: 512 * 1024,
  byteBurst: 2 * 1024 * 1024,
  awarenessClientsPerSocket: 4,
};

export type CollabTimings = {
  /** A document stays in memory this long after its last client left (quick reloads). */
  unloadGraceMs: number;
  /** Compact a document's log after this long without edits. */
  idleCompactionMs: number;
  /** ...or as soon as its log holds this many rows. */
  compactAfterRows: number;
  /** An automatic version after this much editing activity. */
  autoVersionMs: number;
};

export const defaultCollabTimings: CollabTimings = {
  unloadGraceMs: 30_000,
  idleCompactionMs: 60_000,
  compactAfterRows: 500,
  autoVersionMs: 5 * 60_000,
};

/** Everything the hooks read or write in the database; tests swap parts of it. */
export type CollabStore = {
  loadAccess(userId: string, documentId: string): Promise<DocumentAccess>;
  loadState(documentId: string): Promise<LoadedState>;
  /** One INSERT for the whole batch. */
  insertUpdates(updates: PendingUpdate[]): Promise<void>;
  markEdited(updates: Pick<PendingUpdate, "documentId" | "userId">[]): Promise<void>;
  compact(documentId: string): Promise<{ folded: number }>;
  /** Skips (false) when an AUTO version of the document was made within `notWithinMs`. */
  createAutoVersion(documentId: string, state: Uint8Array, notWithinMs: number): Promise<boolean>;
};

/** Per-socket state that is not serialisable (kept outside socket.data). */
export type Connection = {
  live: LiveDocument;
  userId: string;
  userName: string;
  log: Logger;
  messages: TokenBucket;
  bytes: TokenBucket;
  /** Awareness client ids this socket spoke for; removed when it leaves. */
  awarenessIds: Set<number>;
  /** Set once a fatal error was sent: later messages are ignored until the socket closes. */
  closing: boolean;
};

export type Reply = ((answer: CollabAck) => void) | undefined;

export type MessageHandler<K extends ParsedMessage["kind"]> = (
  socket: CollabSocket,
  connection: Connection,
  message: Extract<ParsedMessage, { kind: K }>,
  reply: Reply,
) => void;

export type MessageHandlers = { [K in ParsedMessage["kind"]]?: MessageHandler<K> };

export type CollabContext = {
  logger: Logger;
  secret: string;
  limits: CollabLimits;
  timings: CollabTimings;
  store: CollabStore;
  /** True with the Redis adapter: other processes hold copies of the same documents. */
  clustered: boolean;
  documents: DocumentRegistry;
  bus: CollabBus;
  connections: WeakMap<CollabSocket, Connection>;
  handlers: MessageHandlers;
  /** Answers the message (if it asked) and tells the client; closes the socket for fatal codes. */
  fail(socket: CollabSocket, code: CollabErrorCode, reply?: Reply, detail?: Record<string, unknown>): void;
  /** Set by the persist hook: resolves once the update is committed. */
  persist(documentId: string, update: Uint8Array, userId: string | null): Promise<void>;
  /** Set by the persist hook: resolves once everything queued so far is committed (or failed). */
  persisted(): Promise<void>;
};

/** Returned by a hook that holds timers or queues. */
export type CollabHookHandle = { close?(): Promise<void> | void };
export type CollabHook = (nsp: CollabNamespace, context: CollabContext) => CollabHookHandle | void;

export type CollabRefusal = ExtendedError & { data: { code: CollabErrorCode } };

/** The error handed to a middleware's next(): the client gets it as connect_error with data.code. */
export function createCollabRefusal(code: CollabErrorCode, message: string): CollabRefusal {
  const error = new Error(message) as CollabRefusal;
  error.data = { code };
  return error;
}

export type { PendingUpdate };
