import "server-only";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { listNextMeetings } from "@/lib/meetings/data";

/** What the dashboard shows about the current group; null when the user may not see it. */
export async function getGroupOverview(current: CurrentUser, groupId: string) {
  // Scope in the where clause: membership or admin, never only a UI check.
  const visible = current.actor.isAdmin || groupId in current.actor.memberships;
  if (!visible) return null;
  const group = await db.group.findUnique({
    where: { id: groupId },
    include: {
      institutions: {
        include: { institution: { select: { id: true, name: true, shortName: true, kind: true, archivedAt: true } } },
        orderBy: [{ partnerRole: "asc" }, { institution: { name: "asc" } }],
      },
      _count: { select: { members: true } },
    },
  });
  if (!group) return null;
  const roleCounts = await db.groupMember.groupBy({ by: ["role"], where: { groupId }, _count: { _all: true } });
  const pendingInvitations = await db.invitation.count({
    where: { groupId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
  });
  return {
    group,
    peopleCount: group._count.members,
    roleCounts: Object.fromEntries(roleCounts.map((r) => [r.role, r._count._all])) as Partial<Record<string, number>>,
    pendingInvitations,
  };
}

/** The next five meetings of the group (not ended, not cancelled), for the dashboard card. */
export async function getNextMeetings(current: CurrentUser, groupId: string, now = new Date()) {
  return listNextMeetings(current.actor, groupId, 5, now);
}
