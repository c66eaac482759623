// Default database look-ups used by the handshake and by group:join.
import { db } from "@/lib/db/client";
import type { RealtimeUserRecord } from "./types";

export async function loadUserFromDb(userId: string): Promise<RealtimeUserRecord | null> {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, sessionVersion: true, archivedAt: true, isAdmin: true },
  });
}

export async function isGroupMemberInDb(userId: string, groupId: string): Promise<boolean> {
  const membership = await db.groupMember.findUnique({
    where: { groupId_userId: { groupId, userId } },
    select: { id: true },
  });
  return membership !== null;
}
