import "server-only";
// Reads for invitations: the coordinator's list, the invite form's choices, the public accept page.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GroupRole } from "@/lib/generated/prisma/enums";
import type { InvitationListQuery } from "@/lib/invitations/schema";
import { invitationStatus, invitationStatusWhere, type InvitationStatus } from "@/lib/invitations/status";
import { hashToken, isWellFormedToken } from "@/lib/account/tokens";
import { matchesPersonSearch } from "@/lib/people/list";

/** What permission checks need about an invitation: its group. */
export async function loadInvitationGroup(invitationId: string): Promise<{ id: string; archived: boolean } | null> {
  const invitation = await db.invitation.findUnique({
    where: { id: invitationId },
    select: { group: { select: { id: true, archivedAt: true } } },
  });
  return invitation ? { id: invitation.group.id, archived: invitation.group.archivedAt !== null } : null;
}

export async function loadGroupRef(groupId: string): Promise<{ id: string; name: string; archived: boolean } | null> {
  const group = await db.group.findUnique({ where: { id: groupId }, select: { id: true, name: true, archivedAt: true } });
  return group ? { id: group.id, name: group.name, archived: group.archivedAt !== null } : null;
}

export type InvitationListItem = {
  id: string;
  name: string;
  email: string;
  role: GroupRole;
  status: InvitationStatus;
  institution: { id: string; name: string; shortName: string };
  invitedBy: { id: string; name: string } | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

function orderFor(query: InvitationListQuery): Prisma.InvitationOrderByWithRelationInput[] {
  switch (query.sort) {
    case "name":
      return [{ name: query.dir }, { id: "asc" }];
    case "expiresAt":
      return [{ expiresAt: query.dir }, { id: "asc" }];
    case "createdAt":
      return [{ createdAt: query.dir }, { id: "asc" }];
  }
}

/** Invitations of one group. The caller has checked that the viewer may manage its invitations. */
export async function listGroupInvitations(groupId: string, query: InvitationListQuery, now: Date = new Date()): Promise<InvitationListItem[]> {
  const and: Prisma.InvitationWhereInput[] = [{ groupId }];
  if (query.status !== "all") and.push(invitationStatusWhere(query.status, now));
  const rows = await db.invitation.findMany({
    where: { AND: and },
    orderBy: orderFor(query),
    // A group invites tens of people, not thousands; the cap only guards against surprises.
    take: 500,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      institution: { select: { id: true, name: true, shortName: true } },
      invitedBy: { select: { id: true, name: true } },
    },
  });
  // Searched in code, like people, so that "zielinski" finds "Zieliński".
  const matching = query.q ? rows.filter((row) => matchesPersonSearch(row, query.q)) : rows;
  return matching.map((row) => ({ ...row, status: invitationStatus(row, now) }));
}

/** Counts per status for the filter tabs. */
export async function countGroupInvitations(groupId: string, now: Date = new Date()): Promise<Record<InvitationStatus | "all", number>> {
  const [all, pending, accepted, expired, revoked] = await Promise.all([
    db.invitation.count({ where: { groupId } }),
    db.invitation.count({ where: { groupId, ...invitationStatusWhere("pending", now) } }),
    db.invitation.count({ where: { groupId, ...invitationStatusWhere("accepted", now) } }),
    db.invitation.count({ where: { groupId, ...invitationStatusWhere("expired", now) } }),
    db.invitation.count({ where: { groupId, ...invitationStatusWhere("revoked", now) } }),
  ]);
  return { all, pending, accepted, expired, revoked };
}

/** Active member institutions of a group: the only ones a person can be invited on behalf of. */
export async function listGroupInstitutionChoices(groupId: string) {
  const rows = await db.groupInstitution.findMany({
    where: { groupId, institution: { archivedAt: null } },
    orderBy: { institution: { name: "asc" } },
    select: { institution: { select: { id: true, name: true, shortName: true } } },
  });
  return rows.map((r) => r.institution);
}

export type InvitationPreview = {
  name: string;
  email: string;
  role: GroupRole;
  groupName: string;
  institutionName: string;
  inviterName: string | null;
  expiresAt: Date;
  /** The e-mail already has an account (e.g. it was created after the invitation was sent). */
  emailTaken: boolean;
};

/** The invitation behind a link, or null when the link is unknown, used, revoked or expired. */
export async function getInvitationByToken(token: string, now: Date = new Date()): Promise<InvitationPreview | null> {
  if (!isWellFormedToken(token)) return null;
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      name: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      group: { select: { name: true, archivedAt: true } },
      institution: { select: { name: true, archivedAt: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation || invitationStatus(invitation, now) !== "pending") return null;
  if (invitation.group.archivedAt || invitation.institution.archivedAt) return null;
  const existing = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return {
    name: invitation.name,
    email: invitation.email,
    role: invitation.role,
    groupName: invitation.group.name,
    institutionName: invitation.institution.name,
    inviterName: invitation.invitedBy?.name ?? null,
    expiresAt: invitation.expiresAt,
    emailTaken: existing !== null,
  };
}
