import "server-only";
// Writes for people: profile edits, archiving (which also ends every session) and restoring.
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import type { Actor } from "@/lib/permissions/ability";
import { getRealtime } from "@/lib/realtime/registry";
import type { UpdatePersonInput } from "@/lib/people/schema";
import { revokeUserSockets } from "@/server/realtime/publish";

export type UpdatedPerson = { id: string; name: string; email: string; institutionId: string | null };

export async function updatePerson(actor: Actor, input: UpdatePersonInput, tx?: Tx): Promise<UpdatedPerson> {
  if (!tx) return db.$transaction((t) => updatePerson(actor, input, t));
  const person = await tx.user.findUnique({
    where: { id: input.id },
    select: { id: true, email: true, institutionId: true, memberships: { select: { groupId: true } } },
  });
  if (!person) throw new AppError("NOT_FOUND");

  const emailChanged = input.email !== undefined && input.email !== person.email;
  // The e-mail is the sign-in name: only administrators change it (the action checks too).
  if (emailChanged && !actor.isAdmin) throw new AppError("FORBIDDEN");
  if (emailChanged) {
    const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", { messageKey: "EMAIL_TAKEN" });
  }

  if (input.institutionId && input.institutionId !== person.institutionId) {
    const institution = await tx.institution.findFirst({
      where: {
        id: input.institutionId,
        archivedAt: null,
        // Coordinators move people only between partners of the person's own groups.
        ...(actor.isAdmin ? {} : { groups: { some: { groupId: { in: person.memberships.map((m) => m.groupId) } } } }),
      },
      select: { id: true },
    });
    if (!institution) throw new AppError("CONFLICT", { messageKey: "INSTITUTION_NOT_IN_GROUP" });
  }

  return tx.user.update({
    where: { id: person.id },
    data: { name: input.name, institutionId: input.institutionId, ...(emailChanged ? { email: input.email } : {}) },
    select: { id: true, name: true, email: true, institutionId: true },
  });
}

/**
 * Archives a person: they can no longer sign in, and bumping sessionVersion ends the sessions
 * they already have (every request re-checks it), including open realtime connections.
 */
export async function archivePerson(personId: string, tx?: Tx): Promise<{ id: string }> {
  if (!tx) {
    const result = await db.$transaction((t) => archivePerson(personId, t));
    // After the commit: a reconnect attempt must already see the new sessionVersion.
    disconnectUserSockets(personId);
    return result;
  }
  const person = await tx.user.findUnique({
    where: { id: personId },
    select: { id: true, archivedAt: true, memberships: { where: { role: "COORDINATOR", group: { archivedAt: null } }, select: { groupId: true } } },
  });
  if (!person) throw new AppError("NOT_FOUND");
  if (person.archivedAt) return { id: person.id };

  // A group whose only coordinator is archived could no longer be managed by its members.
  for (const { groupId } of person.memberships) {
    const others = await tx.groupMember.count({
      where: { groupId, role: "COORDINATOR", userId: { not: person.id }, user: { archivedAt: null } },
    });
    if (others === 0) throw new AppError("CONFLICT", { messageKey: "LAST_COORDINATOR" });
  }

  await tx.user.update({
    where: { id: person.id },
    data: { archivedAt: new Date(), sessionVersion: { increment: 1 } },
  });
  return { id: person.id };
}

export async function restorePerson(personId: string, tx: Tx = db): Promise<{ id: string }> {
  const person = await tx.user.findUnique({ where: { id: personId }, select: { id: true } });
  if (!person) throw new AppError("NOT_FOUND");
  await tx.user.update({ where: { id: person.id }, data: { archivedAt: null } });
  return { id: person.id };
}

/** Disconnects the person's open sockets in every process; a no-op without the realtime server. */
export function disconnectUserSockets(userId: string): void {
  const io = getRealtime();
  if (!io) return;
  try {
    revokeUserSockets(io, userId);
  } catch (error) {
    // The sessions are already void (sessionVersion); a failed disconnect only delays it.
    logger.warn({ err: error, userId }, "could not disconnect the user's sockets");
  }
}
