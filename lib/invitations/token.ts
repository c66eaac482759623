// How long an invitation link works. The token itself is an ordinary one-time token
// (lib/account/tokens.ts): the link carries it, the database keeps only its sha256.
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function invitationExpiry(now: Date = new Date()): Date {
  return new Date(now.getTime() + INVITATION_TTL_MS);
}
