// The realtime layer: socket.io on the same HTTP server (and port) as Next, authenticated from
// the next-auth session cookie, fanned out across processes through Redis streams when
// REDIS_URL is set. Each concern is a small hook; see docs/protocol.md for the client contract.
import type http from "node:http";
import type { Logger } from "pino";
import { Server } from "socket.io";
import { logger as defaultLogger } from "@/lib/log/logger";
import { authenticate } from "./authenticate";
import { checkOrigin } from "./check-origin";
import { joinRooms } from "./join-rooms";
import { limitConnections } from "./limit-connections";
import { isGroupMemberInDb, loadUserFromDb } from "./load-user";
import { logConnections } from "./log";
import { createRedisAdapter, type RedisAdapterHandle } from "./redis-adapter";
import {
  defaultRealtimeLimits,
  type IsGroupMember,
  type LoadUser,
  type RealtimeContext,
  type RealtimeHook,
  type RealtimeLimits,
  type RealtimeServer,
} from "./types";

export { emitToGroup, emitToUser, leaveGroupRoom, revokeUserSockets } from "./publish";
export { groupRoom, userRoom } from "./rooms";
export { authenticate } from "./authenticate";
export { checkOrigin } from "./check-origin";
export { joinRooms } from "./join-rooms";
export { limitConnections } from "./limit-connections";
export { logConnections, socketLog } from "./log";
export type {
  IsGroupMember,
  LoadUser,
  RealtimeContext,
  RealtimeErrorCode,
  RealtimeHook,
  RealtimeLimits,
  RealtimeNamespace,
  RealtimeServer,
  RealtimeSocket,
  RealtimeSocketData,
  RealtimeUserRecord,
} from "./types";
export type { RoomAck } from "./join-rooms";

export type RealtimeServerOptions = {
  /** Enables the Redis streams adapter (multi-process). */
  redisUrl?: string;
  /** NEXTAUTH_SECRET: decrypts the session cookie. */
  secret: string;
  logger?: Logger;
  /** Defaults to db.user.findUnique. */
  loadUser?: LoadUser;
  /** Defaults to a GroupMember look-up. */
  isGroupMember?: IsGroupMember;
  /** Redis stream name and pub/sub prefix; every process of one installation must use the same. */
  redisStreamName?: string;
  limits?: Partial<RealtimeLimits>;
  /** Browser origins allowed to connect, e.g. [env.appUrl]. Undefined skips the check. */
  allowedOrigins?: readonly string[];
  /** Read the client address from X-Forwarded-For (set when behind a reverse proxy). */
  trustProxy?: boolean;
};

/**
 * Order matters: middlewares run in this order, and connection handlers too.
 * authenticate sets socket.data.userId, which limitConnections and joinRooms read.
 */
export const defaultHooks: readonly RealtimeHook[] = [logConnections, checkOrigin, authenticate, limitConnections, joinRooms];

/**
 * Attaches socket.io to `httpServer` at the default path "/socket.io".
 *
 * Call it after the server's "request" handler (Next's) is registered: engine.io wraps the
 * existing handlers so that only /socket.io/ requests are diverted. Upgrade requests for other
 * paths are Next's (dev HMR, which Next hooks up itself on the first request).
 *
 * close() disconnects the sockets and releases Redis but leaves the HTTP server to its owner.
 * `context` lets another namespace reuse the hooks, e.g.
 * `for (const hook of [logConnections, checkOrigin, authenticate, limitConnections]) hook(io.of("/collab"), context)`.
 */
export async function createRealtimeServer(
  httpServer: http.Server,
  options: RealtimeServerOptions,
): Promise<{ io: RealtimeServer; context: RealtimeContext; close(): Promise<void> }> {
  const logger = (options.logger ?? defaultLogger).child({ module: "realtime" });
  const context: RealtimeContext = {
    logger,
    secret: options.secret,
    loadUser: options.loadUser ?? loadUserFromDb,
    isGroupMember: options.isGroupMember ?? isGroupMemberInDb,
    limits: { ...defaultRealtimeLimits, ...options.limits },
    allowedOrigins: options.allowedOrigins,
    trustProxy: options.trustProxy ?? false,
  };

  let redis: RedisAdapterHandle | undefined;
  if (options.redisUrl) {
    redis = await createRedisAdapter({
      url: options.redisUrl,
      streamName: options.redisStreamName ?? "quorum:realtime",
      logger,
    });
  }

  const io: RealtimeServer = new Server(httpServer, {
    path: "/socket.io",
    serveClient: false,
    maxHttpBufferSize: context.limits.maxPayloadBytes,
    // Same origin as the app: no CORS headers. engine.io ends upgrade requests for other paths
    // that nobody answered; the default 1 s could cut Next's HMR socket while it compiles.
    destroyUpgradeTimeout: 10_000,
    ...(redis ? { adapter: redis.adapter } : {}),
  });

  for (const hook of defaultHooks) hook(io.of("/"), context);

  let closing: Promise<void> | undefined;
  async function close(): Promise<void> {
    // io.close() would also close the HTTP server, which Next shares, so close the parts instead.
    for (const nsp of io._nsps.values()) {
      for (const socket of nsp.sockets.values()) socket.disconnect(true);
    }
    await Promise.allSettled([...io._nsps.values()].map(async (nsp) => nsp.adapter.close()));
    io.engine.close();
    await redis?.close();
  }

  return {
    io,
    context,
    close: () => (closing ??= close()),
  };
}
