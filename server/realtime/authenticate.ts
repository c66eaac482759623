// Authenticates the handshake from the next-auth session cookie the browser already sends to
// this origin: no separate socket token. The check runs once per connection; sign-out-everywhere
// disconnects live sockets through revokeUserSockets().
import { decode, type JWT } from "next-auth/jwt";
import { createRefusal, type LoadUser, type RealtimeHook, type RealtimeUserRecord } from "./types";
import { readSessionTokens } from "./session-cookie";
import { socketLog } from "./log";

export type HandshakeAuthResult =
  | { ok: true; user: RealtimeUserRecord }
  | { ok: false; code: "UNAUTHENTICATED"; reason: "no-cookie" | "invalid-token" | "no-user" | "archived" | "stale-session" };

async function decodeFirstValid(tokens: string[], secret: string): Promise<JWT | null> {
  for (const token of tokens) {
    try {
      // decode() checks the encryption and exp (with next-auth's 15 s clock tolerance).
      const payload = await decode({ token, secret });
      if (payload) return payload;
    } catch {
      // Tampered, expired or signed with another secret: try the other cookie name, if any.
    }
  }
  return null;
}

/** Throws only if loading the user fails (database down); callers map that to UNAVAILABLE. */
export async function authenticateCookieHeader(
  cookieHeader: string | undefined,
  options: { secret: string; loadUser: LoadUser },
): Promise<HandshakeAuthResult> {
  const tokens = readSessionTokens(cookieHeader);
  if (tokens.length === 0) return { ok: false, code: "UNAUTHENTICATED", reason: "no-cookie" };
  const payload = await decodeFirstValid(tokens, options.secret);
  const userId = payload?.sub;
  const sessionVersion = payload?.sv;
  if (typeof userId !== "string" || userId === "" || typeof sessionVersion !== "number") {
    return { ok: false, code: "UNAUTHENTICATED", reason: "invalid-token" };
  }
  const user = await options.loadUser(userId);
  if (!user) return { ok: false, code: "UNAUTHENTICATED", reason: "no-user" };
  if (user.archivedAt) return { ok: false, code: "UNAUTHENTICATED", reason: "archived" };
  if (user.sessionVersion !== sessionVersion) return { ok: false, code: "UNAUTHENTICATED", reason: "stale-session" };
  return { ok: true, user };
}

export const authenticate: RealtimeHook = (nsp, { secret, loadUser, logger }) => {
  nsp.use((socket, next) => {
    const log = socketLog(socket, logger);
    authenticateCookieHeader(socket.handshake.headers.cookie, { secret, loadUser }).then(
      (result) => {
        if (!result.ok) {
          log[result.reason === "no-cookie" ? "debug" : "info"]({ reason: result.reason }, "realtime refused: not authenticated");
          return next(createRefusal(result.code, "not authenticated"));
        }
        socket.data.userId = result.user.id;
        socket.data.isAdmin = result.user.isAdmin === true;
        next();
      },
      (error: unknown) => {
        log.error({ err: error }, "realtime refused: could not load the user");
        next(createRefusal("UNAVAILABLE", "try again later"));
      },
    );
  });
};
