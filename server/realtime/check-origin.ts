// Browsers send cookies with cross-origin WebSocket handshakes and WebSockets have no CORS, so
// without this check another site could open a socket as the signed-in user.
import { createRefusal, type RealtimeHook } from "./types";
import { socketLog } from "./log";

export function isOriginAllowed(origin: string | undefined, allowed: readonly string[]): boolean {
  // Non-browser clients (server-to-server, tests) send no Origin and carry no ambient cookies.
  if (origin === undefined) return true;
  const wanted = normaliseOrigin(origin);
  return wanted !== undefined && allowed.some((entry) => normaliseOrigin(entry) === wanted);
}

function normaliseOrigin(value: string): string | undefined {
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

export const checkOrigin: RealtimeHook = (nsp, { allowedOrigins, logger }) => {
  if (!allowedOrigins) return;
  nsp.use((socket, next) => {
    const origin = socket.handshake.headers.origin;
    if (isOriginAllowed(origin, allowedOrigins)) return next();
    socketLog(socket, logger).warn({ origin }, "realtime refused: origin not allowed");
    next(createRefusal("FORBIDDEN", "origin not allowed"));
  });
};
