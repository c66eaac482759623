// Default database look-ups used by the handshake and by group:join.
import { db } from "@/lib/db/client";
import { canGroup, type Actor } from "@/lib/permissions/ability";
import type { RealtimeUserRecord } from "./types";

export async function loadUserFromDb(userId: string): Promise<RealtimeUserRecord | null> {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, sessionVersion: true, archivedAt: true, isAdmin: true },
  });
}

/**
 * May this user follow the group's live updates? Decided by the same permission module as
 * pages and actions (`canGroup(actor, "view", group)`), with the actor built from the database.
 */
export async function isGroupMemberInDb(userId: string, groupId: string): Promise<boolean> {
  const [user, group, membership] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { isAdmin: true, institutionId: true, archivedAt: true } }),
    db.group.findUnique({ where: { id: groupId }, select: { archivedAt: true } }),
    db.groupMember.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { role: true } }),
  ]);
  if (!user || !group) return false;
  const actor: Actor = {
    id: userId,
    isAdmin: user.isAdmin,
    institutionId: user.institutionId,
    archived: user.archivedAt !== null,
    memberships: membership ? { [groupId]: { role: membership.role, groupArchived: group.archivedAt !== null } } : {},
  };
  return canGroup(actor, "view", { id: groupId, archived: group.archivedAt !== null });
}
