// One-time tokens (invitations, password resets): the e-mail carries the token, the
// database only its sha256, so a leaked database cannot be used to take accounts.
import { createHash, randomBytes } from "node:crypto";

/** A fresh token (32 random bytes, base64url: URL-safe without escaping) and the hash to store for it. */
export function createOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Base64url of 32 bytes is exactly 43 characters; anything else cannot be a token of ours. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
