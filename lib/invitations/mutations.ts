import "server-only";
// Writes for invitations. The token leaves the server only inside the e-mail; the database keeps
// its sha256. Mail is written in the same transaction and delivered after it commits.
import { hashPassword } from "@/lib/auth/password";
import { db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import type { GroupRole, Locale } from "@/lib/generated/prisma/enums";
import type { AcceptInvitationInput, CreateInvitationInput } from "@/lib/invitations/schema";
import { createOneTimeToken, hashToken, isWellFormedToken } from "@/lib/account/tokens";
import { invitationExpiry } from "@/lib/invitations/token";
import { sendMail } from "@/lib/mail/send-mail";
import { invitationMail } from "@/lib/mail/templates";

export type Inviter = { id: string; name: string; locale: Locale };

export type CreateInvitationResult =
  | { outcome: "invited"; invitationId: string; name: string; email: string }
  /** The e-mail already had an active account: the person was added to the group directly. */
  | { outcome: "added"; userId: string; name: string; email: string; role: GroupRole };

export function acceptUrlFor(token: string): string {
  return `${env.appUrl}/invitation/${token}`;
}

async function requireActiveGroup(tx: Tx, groupId: string) {
  const group = await tx.group.findUnique({ where: { id: groupId }, select: { id: true, name: true, archivedAt: true } });
  if (!group) throw new AppError("NOT_FOUND");
  if (group.archivedAt) throw new AppError("CONFLICT", { messageKey: "GROUP_ARCHIVED" });
  return group;
}

/** The institution as an active partner of the group, or INSTITUTION_NOT_IN_GROUP. */
async function requireMemberInstitution(tx: Tx, groupId: string, institutionId: string) {
  const link = await tx.groupInstitution.findUnique({
    where: { groupId_institutionId: { groupId, institutionId } },
    select: { institution: { select: { id: true, name: true, archivedAt: true } } },
  });
  if (!link || link.institution.archivedAt) throw new AppError("CONFLICT", { messageKey: "INSTITUTION_NOT_IN_GROUP" });
  return link.institution;
}

/** Voids every open invitation of this e-mail to this group, so only the newest link works. */
async function revokeOpenInvitations(tx: Tx, groupId: string, email: string, exceptId?: string) {
  await tx.invitation.updateMany({
    where: { groupId, email, acceptedAt: null, revokedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    data: { revokedAt: new Date() },
  });
}

async function mailInvitation(
  tx: Tx,
  input: { to: string; token: string; inviter: Inviter; groupName: string; institutionName: string; expiresAt: Date },
) {
  // The invitee has no language setting yet; the inviter's is the best guess of a shared language.
  const mail = invitationMail({
    locale: input.inviter.locale,
    inviterName: input.inviter.name,
    groupName: input.groupName,
    institutionName: input.institutionName,
    acceptUrl: acceptUrlFor(input.token),
    expiresAt: input.expiresAt,
  });
  await sendMail({ to: input.to, ...mail, kind: "invitation" }, { tx });
}

/**
 * Invites a person to a group on behalf of a member institution. When the e-mail already belongs
 * to an active account, the person is added to the group with the role at once (no token is made):
 * asking someone who can already sign in to "accept" would only get in their way.
 */
export async function createInvitation(inviter: Inviter, input: CreateInvitationInput, tx?: Tx): Promise<CreateInvitationResult> {
  if (!tx) return db.$transaction((t) => createInvitation(inviter, input, t));
  const group = await requireActiveGroup(tx, input.groupId);
  const institution = await requireMemberInstitution(tx, group.id, input.institutionId);

  const existing = await tx.user.findUnique({
    where: { email: input.email },
    select: { id: true, name: true, email: true, archivedAt: true, institutionId: true, memberships: { where: { groupId: group.id }, select: { id: true } } },
  });
  if (existing) {
    if (existing.archivedAt) throw new AppError("CONFLICT", { messageKey: "EMAIL_ARCHIVED" });
    if (existing.memberships.length > 0) throw new AppError("CONFLICT", { messageKey: "ALREADY_MEMBER" });
    // People act on behalf of their own institution; it has to be a partner of the group.
    if (existing.institutionId) await requireMemberInstitution(tx, group.id, existing.institutionId);
    else await tx.user.update({ where: { id: existing.id }, data: { institutionId: institution.id } });
    await tx.groupMember.create({ data: { groupId: group.id, userId: existing.id, role: input.role } });
    await revokeOpenInvitations(tx, group.id, input.email);
    return { outcome: "added", userId: existing.id, name: existing.name, email: existing.email, role: input.role };
  }

  await revokeOpenInvitations(tx, group.id, input.email);
  const { token, tokenHash } = createOneTimeToken();
  const expiresAt = invitationExpiry();
  const invitation = await tx.invitation.create({
    data: {
      tokenHash,
      email: input.email,
      name: input.name,
      institutionId: institution.id,
      groupId: group.id,
      role: input.role,
      invitedById: inviter.id,
      expiresAt,
    },
    select: { id: true },
  });
  await mailInvitation(tx, { to: input.email, token, inviter, groupName: group.name, institutionName: institution.name, expiresAt });
  return { outcome: "invited", invitationId: invitation.id, name: input.name, email: input.email };
}

/** Sends a new link with a new expiry; the old link stops working. */
export async function resendInvitation(inviter: Inviter, invitationId: string, tx?: Tx): Promise<{ id: string; email: string }> {
  if (!tx) return db.$transaction((t) => resendInvitation(inviter, invitationId, t));
  const invitation = await tx.invitation.findUnique({
    where: { id: invitationId },
    select: { id: true, email: true, groupId: true, institutionId: true, acceptedAt: true },
  });
  if (!invitation) throw new AppError("NOT_FOUND");
  if (invitation.acceptedAt) throw new AppError("CONFLICT", { messageKey: "INVITATION_ACCEPTED" });
  const group = await requireActiveGroup(tx, invitation.groupId);
  const institution = await requireMemberInstitution(tx, group.id, invitation.institutionId);
  const account = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  if (account) throw new AppError("CONFLICT", { messageKey: "EMAIL_TAKEN" });

  await revokeOpenInvitations(tx, group.id, invitation.email, invitation.id);
  const { token, tokenHash } = createOneTimeToken();
  const expiresAt = invitationExpiry();
  await tx.invitation.update({
    where: { id: invitation.id },
    data: { tokenHash, expiresAt, revokedAt: null, invitedById: inviter.id },
  });
  await mailInvitation(tx, { to: invitation.email, token, inviter, groupName: group.name, institutionName: institution.name, expiresAt });
  return { id: invitation.id, email: invitation.email };
}

export async function revokeInvitation(invitationId: string, tx: Tx = db): Promise<{ id: string }> {
  const invitation = await tx.invitation.findUnique({ where: { id: invitationId }, select: { id: true, acceptedAt: true, revokedAt: true } });
  if (!invitation) throw new AppError("NOT_FOUND");
  if (invitation.acceptedAt) throw new AppError("CONFLICT", { messageKey: "INVITATION_ACCEPTED" });
  if (!invitation.revokedAt) {
    // Conditional, so a revoke racing with an accept cannot mark an accepted invitation revoked.
    await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  }
  return { id: invitation.id };
}

/**
 * Creates the invited person's account (e-mail, institution and role from the invitation) and
 * marks the invitation used, in one transaction. Any unusable link is INVALID_TOKEN, whatever the
 * reason, so the page does not tell a guesser which tokens exist.
 */
export async function acceptInvitation(
  input: Pick<AcceptInvitationInput, "token" | "name" | "password">,
  options: { locale: Locale },
): Promise<{ userId: string; email: string }> {
  if (!isWellFormedToken(input.token)) throw new AppError("INVALID_TOKEN");
  const tokenHash = hashToken(input.token);
  const open = { tokenHash, acceptedAt: null, revokedAt: null } as const;
  // Cheap check first: scrypt is deliberately slow and should not run for dead links.
  const found = await db.invitation.findFirst({ where: { ...open, expiresAt: { gt: new Date() } }, select: { id: true } });
  if (!found) throw new AppError("INVALID_TOKEN");
  const passwordHash = await hashPassword(input.password);

  return db.$transaction(async (tx) => {
    // The conditional update is the claim: of two concurrent submits only one sees count 1.
    const claimed = await tx.invitation.updateMany({
      where: { ...open, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count !== 1) throw new AppError("INVALID_TOKEN");
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { tokenHash },
      select: {
        email: true,
        role: true,
        groupId: true,
        institutionId: true,
        group: { select: { archivedAt: true } },
        institution: { select: { archivedAt: true } },
      },
    });
    if (invitation.group.archivedAt || invitation.institution.archivedAt) throw new AppError("INVALID_TOKEN");
    const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", { messageKey: "EMAIL_TAKEN" });

    const user = await tx.user.create({
      data: {
        email: invitation.email,
        name: input.name,
        passwordHash,
        institutionId: invitation.institutionId,
        locale: options.locale,
        // The accept form requires the consent checkbox; record when it was given.
        dataConsentAt: new Date(),
        memberships: { create: { groupId: invitation.groupId, role: invitation.role } },
      },
      select: { id: true, email: true },
    });
    return { userId: user.id, email: user.email };
  });
}
