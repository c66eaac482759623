// One-time tokens (invitations, password resets): the e-mail carries the token, the
// database only its sha256, so a leaked database cannot be used to take accounts.
import { createHash, randomBytes } from "node:crypto";

export function createOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
