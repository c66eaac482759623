// Shared shapes for the realtime hooks. Each hook gets the namespace it guards and this context,
// so a later namespace (e.g. "/collab") can reuse the same hooks without a second code path.
import type { Logger } from "pino";
import type { DefaultEventsMap, ExtendedError, Namespace, Server, Socket } from "socket.io";

/** What the handshake needs to know about a user; the default loader reads it from the database. */
export type RealtimeUserRecord = {
  id: string;
  sessionVersion: number;
  archivedAt: Date | null;
  /** Platform administrators may join any group's room. Absent means false. */
  isAdmin?: boolean;
};

export type LoadUser = (userId: string) => Promise<RealtimeUserRecord | null>;
export type IsGroupMember = (userId: string, groupId: string) => Promise<boolean>;

/**
 * Kept in socket.data, which the Redis adapter serialises for fetchSockets() on other processes:
 * plain values only (the per-socket logger lives in log.ts, outside socket.data).
 */
export type RealtimeSocketData = {
  userId?: string;
  isAdmin?: boolean;
};

export type RealtimeServer = Server<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, RealtimeSocketData>;
export type RealtimeNamespace = Namespace<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, RealtimeSocketData>;
export type RealtimeSocket = Socket<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, RealtimeSocketData>;

export type RealtimeLimits = {
  /** Concurrent sockets of one user in one process (each browser tab holds one). */
  connectionsPerUser: number;
  /**
   * Concurrent sockets from one address in one process. Generous on purpose: staff of one
   * institution often sit behind a single NAT address.
   */
  connectionsPerIp: number;
  /** Largest message a client may send, in bytes (socket.io's maxHttpBufferSize). */
  maxPayloadBytes: number;
  /** Group rooms one socket may be in at once; bounds the membership look-ups one socket can cause. */
  groupsPerSocket: number;
};

export const defaultRealtimeLimits: RealtimeLimits = {
  connectionsPerUser: 20,
  connectionsPerIp: 500,
  maxPayloadBytes: 256 * 1024,
  groupsPerSocket: 50,
};

export type RealtimeContext = {
  logger: Logger;
  secret: string;
  loadUser: LoadUser;
  isGroupMember: IsGroupMember;
  limits: RealtimeLimits;
  /** Origins allowed to open a socket; undefined skips the check. */
  allowedOrigins?: readonly string[];
  /** Take the client address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
};

/** One job, installed on a namespace: middlewares and/or connection handlers. */
export type RealtimeHook = (nsp: RealtimeNamespace, context: RealtimeContext) => void;

/** Codes a client can see, in connect_error.data.code or in an ack's `code`. */
export type RealtimeErrorCode =
  | "UNAUTHENTICATED"
  | "UNAVAILABLE"
  | "FORBIDDEN"
  | "TOO_MANY_CONNECTIONS"
  | "TOO_MANY_ROOMS"
  | "BAD_REQUEST";

export type RealtimeRefusal = ExtendedError & { data: { code: RealtimeErrorCode } };

/** The error handed to a middleware's next(): socket.io sends message and data to the client. */
export function createRefusal(code: RealtimeErrorCode, message: string): RealtimeRefusal {
  const error = new Error(message) as RealtimeRefusal;
  error.data = { code };
  return error;
}
