import "server-only";
// Short-lived tickets for the /collab socket namespace. The app (which knows the session)
// issues one per connection attempt; the socket server checks it without reading cookies.
// Format: "v1.<payload>.<signature>", both base64url; the payload is JSON and the signature
// an HMAC-SHA256 over "v1.<payload>" with a key derived from NEXTAUTH_SECRET (a key of its
// own, so a collab token can never pass as anything else signed with the secret).
// A token only opens the door: the server re-checks the user, the session version and the
// rights on the document at connect time and never grants writing on the token's word alone.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** How long a token may be used to connect. An open connection is not bound by it. */
export const COLLAB_TOKEN_TTL_MS = 60_000;
/** Longer strings are refused before any parsing. */
const MAX_TOKEN_LENGTH = 2048;
const VERSION = "v1";

export type CollabTokenClaims = {
  userId: string;
  documentId: string;
  readOnly: boolean;
  /** The user's sessionVersion when the token was issued; a bump (sign out everywhere) voids it. */
  sessionVersion: number;
  expiresAt: Date;
};

export type VerifiedCollabToken = { ok: true; claims: CollabTokenClaims } | { ok: false; code: "TOKEN_INVALID" | "TOKEN_EXPIRED" };

type Payload = { u: string; d: string; ro: boolean; sv: number; exp: number };

function signingKey(secret: string): Buffer {
  return createHmac("sha256", secret).update("quorum:collab-token:v1").digest();
}

function sign(body: string, secret: string): Buffer {
  return createHmac("sha256", signingKey(secret)).update(body).digest();
}

export function issueCollabToken(
  input: { userId: string; documentId: string; readOnly: boolean; sessionVersion: number },
  options: { secret?: string; now?: Date; ttlMs?: number } = {},
): { token: string; expiresAt: Date } {
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (options.ttlMs ?? COLLAB_TOKEN_TTL_MS));
  const payload: Payload = { u: input.userId, d: input.documentId, ro: input.readOnly, sv: input.sessionVersion, exp: expiresAt.getTime() };
  const body = `${VERSION}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}`;
  return { token: `${body}.${sign(body, options.secret ?? env.secret).toString("base64url")}`, expiresAt };
}

function isPayload(value: unknown): value is Payload {
  if (typeof value !== "object" || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p.u === "string" &&
    p.u.length > 0 &&
    typeof p.d === "string" &&
    p.d.length > 0 &&
    typeof p.ro === "boolean" &&
    Number.isInteger(p.sv) &&
    typeof p.exp === "number" &&
    Number.isFinite(p.exp)
  );
}

/** Checks signature, shape and expiry. Never throws. */
export function verifyCollabToken(token: unknown, options: { secret?: string; now?: Date } = {}): VerifiedCollabToken {
  const invalid = { ok: false, code: "TOKEN_INVALID" } as const;
  if (typeof token !== "string" || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return invalid;
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== VERSION) return invalid;
  const body = `${parts[0]}.${parts[1]}`;
  const given = Buffer.from(parts[2]!, "base64url");
  const expected = sign(body, options.secret ?? env.secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return invalid;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1]!, "base64url").toString("utf8"));
  } catch {
    return invalid;
  }
  if (!isPayload(payload)) return invalid;
  const now = (options.now ?? new Date()).getTime();
  if (payload.exp <= now) return { ok: false, code: "TOKEN_EXPIRED" };
  return {
    ok: true,
    claims: { userId: payload.u, documentId: payload.d, readOnly: payload.ro, sessionVersion: payload.sv, expiresAt: new Date(payload.exp) },
  };
}
