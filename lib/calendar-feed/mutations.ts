import "server-only";
// The personal calendar feed: the URL carries a random secret, the database only its sha256,
// so a leaked database does not expose anyone's meetings. Regenerating replaces the hash, which
// makes the old URL stop working at once.
import { createOneTimeToken } from "@/lib/account/tokens";
import { db, type Tx } from "@/lib/db/client";

/** Enables (or regenerates) the feed; returns the secret, which is shown to the user once. */
export async function enableCalendarFeed(userId: string, tx: Tx = db): Promise<{ token: string }> {
  const { token, tokenHash } = createOneTimeToken();
  await tx.user.update({ where: { id: userId }, data: { calendarFeedTokenHash: tokenHash, calendarFeedCreatedAt: new Date() } });
  return { token };
}

export async function disableCalendarFeed(userId: string, tx: Tx = db): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { calendarFeedTokenHash: null, calendarFeedCreatedAt: null } });
}
