// Gives every socket a child logger tagged with its connection id and logs connects and
// disconnects. Handshake headers are never logged: they carry the session cookie.
import type { Logger } from "pino";
import type { RealtimeHook, RealtimeSocket } from "./types";

// Outside socket.data, which must stay serialisable for the Redis adapter.
const socketLoggers = new WeakMap<RealtimeSocket, Logger>();

/** Paths that could hold credentials if someone logs a handshake or an error object by mistake. */
const redactPaths = ["cookie", "headers.cookie", "*.headers.cookie", "token", "*.token", "authorization", "headers.authorization"];

export function createSocketLogger(logger: Logger, socket: RealtimeSocket): Logger {
  return logger.child(
    { conn: socket.id, nsp: socket.nsp.name },
    { redact: { paths: redactPaths, censor: "[redacted]" } },
  );
}

/** The socket's logger; falls back to a fresh child if the log hook was not installed. */
export function socketLog(socket: RealtimeSocket, fallback?: Logger): Logger {
  const existing = socketLoggers.get(socket);
  if (existing) return existing;
  if (!fallback) throw new Error("realtime: log hook not installed on this namespace");
  const created = createSocketLogger(fallback, socket);
  socketLoggers.set(socket, created);
  return created;
}

export const logConnections: RealtimeHook = (nsp, { logger }) => {
  nsp.use((socket, next) => {
    socketLoggers.set(socket, createSocketLogger(logger, socket));
    next();
  });

  nsp.on("connection", (socket) => {
    const log = socketLog(socket, logger);
    const connectedAt = Date.now();
    log.info({ userId: socket.data.userId, transport: socket.conn.transport.name }, "realtime connected");
    socket.on("disconnect", (reason) => {
      log.info({ userId: socket.data.userId, reason, seconds: Math.round((Date.now() - connectedAt) / 1000) }, "realtime disconnected");
    });
  });
};
