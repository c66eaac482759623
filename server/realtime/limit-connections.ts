// Caps concurrent sockets per user and per client address. Counts are kept per process and per
// namespace: with N processes behind a load balancer a user may hold up to N times the limit,
// which is enough to stop one runaway tab or script from exhausting a process.
// (The message size limit is socket.io's maxHttpBufferSize, set where the server is created.)
import { createRefusal, type RealtimeHook, type RealtimeSocket } from "./types";
import { socketLog } from "./log";

export class ConnectionCounter {
  readonly #counts = new Map<string, number>();

  count(key: string): number {
    return this.#counts.get(key) ?? 0;
  }

  /** Adds one and returns the function that takes it back (safe to call more than once). */
  acquire(key: string): () => void {
    this.#counts.set(key, this.count(key) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = this.count(key) - 1;
      if (left > 0) this.#counts.set(key, left);
      else this.#counts.delete(key);
    };
  }
}

/**
 * The client's address. Behind a reverse proxy the socket address is the proxy's, so with
 * trustProxy the right-most X-Forwarded-For entry (the one our proxy appended) is used; entries
 * further left are client-supplied and could be forged to dodge the limit.
 */
export function clientAddress(handshake: Pick<RealtimeSocket["handshake"], "address" | "headers">, trustProxy: boolean): string {
  if (trustProxy) {
    const header = handshake.headers["x-forwarded-for"];
    const value = Array.isArray(header) ? header.join(",") : header;
    const last = value
      ?.split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .pop();
    if (last) return last;
  }
  return handshake.address;
}

// Installed after authenticate: the per-user count needs socket.data.userId.
export const limitConnections: RealtimeHook = (nsp, { limits, trustProxy, logger }) => {
  const perUser = new ConnectionCounter();
  const perIp = new ConnectionCounter();

  nsp.use((socket, next) => {
    const userId = socket.data.userId;
    if (!userId) return next(createRefusal("UNAUTHENTICATED", "not authenticated"));
    const address = clientAddress(socket.handshake, trustProxy);
    const log = socketLog(socket, logger);
    if (perIp.count(address) >= limits.connectionsPerIp) {
      log.warn({ userId, limit: limits.connectionsPerIp }, "realtime refused: too many connections from one address");
      return next(createRefusal("TOO_MANY_CONNECTIONS", "too many connections"));
    }
    if (perUser.count(userId) >= limits.connectionsPerUser) {
      log.warn({ userId, limit: limits.connectionsPerUser }, "realtime refused: too many connections for user");
      return next(createRefusal("TOO_MANY_CONNECTIONS", "too many connections"));
    }
    // socket.io drops the socket without a "disconnect" event if the transport closed while the
    // middlewares ran, so release on whichever comes first: socket disconnect or transport close.
    if (socket.conn.readyState !== "open") return next();
    const releaseUser = perUser.acquire(userId);
    const releaseIp = perIp.acquire(address);
    const release = () => {
      releaseUser();
      releaseIp();
    };
    socket.once("disconnect", release);
    socket.conn.once("close", release);
    next();
  });
};
