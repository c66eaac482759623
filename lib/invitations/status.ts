// An invitation's status is derived from its timestamps, never stored, so it cannot drift.
import type { Prisma } from "@/lib/generated/prisma/client";

export const invitationStatuses = ["pending", "accepted", "expired", "revoked"] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

type Stamps = { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date };

export function invitationStatus(invitation: Stamps, now: Date = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

/** The same rule as invitationStatus, as a where clause for lists filtered by status. */
export function invitationStatusWhere(status: InvitationStatus, now: Date = new Date()): Prisma.InvitationWhereInput {
  switch (status) {
    case "accepted":
      return { acceptedAt: { not: null } };
    case "revoked":
      return { acceptedAt: null, revokedAt: { not: null } };
    case "expired":
      return { acceptedAt: null, revokedAt: null, expiresAt: { lte: now } };
    case "pending":
      return { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
  }
}

/** Resending makes sense until the person has accepted; a revoked or expired one gets a new link. */
export function canResendInvitation(status: InvitationStatus): boolean {
  return status !== "accepted";
}

export function canRevokeInvitation(status: InvitationStatus): boolean {
  return status === "pending";
}
