import "server-only";
// Writes of the groups domain. Rules that span rows (a person's institution must be a
// partner, a group keeps a coordinator) are checked inside the transaction that writes,
// with the group row locked, so two coordinators acting at once cannot break them.
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { GroupRole, PartnerRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/permissions/ability";
import { toDbDate, type CreateGroupInput, type GroupFields } from "@/lib/groups/schema";

/** Runs `fn` in a new transaction, or in the caller's when one was passed in. */
function inTransaction<T>(tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return tx === db ? db.$transaction((t) => fn(t)) : fn(tx);
}

function groupData(input: GroupFields) {
  return {
    name: input.name,
    kind: input.kind,
    description: input.description,
    programme: input.programme,
    funding: input.funding,
    startDate: toDbDate(input.startDate),
    endDate: toDbDate(input.endDate),
  };
}

/**
 * Locks the group row for the rest of the transaction and refuses an archived group: the
 * permission check ran before the transaction, and the group may have been archived since.
 */
async function lockActiveGroup(tx: Tx, groupId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ archivedAt: Date | null }[]>`SELECT "archivedAt" FROM "Group" WHERE "id" = ${groupId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND");
  if (row.archivedAt) throw new AppError("FORBIDDEN", { messageKey: "GROUP_ARCHIVED" });
}

/** The creator coordinates the new group and their institution leads it, or neither happens. */
export async function createGroup(creator: { id: string; institutionId: string | null }, input: CreateGroupInput, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    const institution = creator.institutionId
      ? await t.institution.findFirst({ where: { id: creator.institutionId, archivedAt: null }, select: { id: true } })
      : null;
    return t.group.create({
      data: {
        ...groupData(input),
        members: { create: { userId: creator.id, role: "COORDINATOR" } },
        institutions: institution ? { create: { institutionId: institution.id, partnerRole: "LEAD" } } : undefined,
      },
    });
  });
}

export async function updateGroup(groupId: string, input: GroupFields, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    await lockActiveGroup(t, groupId);
    return t.group.update({ where: { id: groupId }, data: groupData(input) });
  });
}

export async function archiveGroup(groupId: string, now = new Date(), tx: Tx = db) {
  const result = await tx.group.updateMany({ where: { id: groupId, archivedAt: null }, data: { archivedAt: now } });
  if (result.count !== 1) throw new AppError("CONFLICT", { messageKey: "GROUP_ARCHIVED" });
}

export async function unarchiveGroup(groupId: string, tx: Tx = db) {
  const result = await tx.group.updateMany({ where: { id: groupId, archivedAt: { not: null } }, data: { archivedAt: null } });
  if (result.count !== 1) throw new AppError("CONFLICT");
}

// ---- Partner institutions

export async function addGroupInstitution(groupId: string, institutionId: string, partnerRole: PartnerRole, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    await lockActiveGroup(t, groupId);
    const institution = await t.institution.findFirst({ where: { id: institutionId, archivedAt: null }, select: { id: true } });
    if (!institution) throw new AppError("NOT_FOUND");
    const existing = await t.groupInstitution.findUnique({ where: { groupId_institutionId: { groupId, institutionId } } });
    if (existing) throw new AppError("CONFLICT", { messageKey: "INSTITUTION_IN_GROUP" });
    return t.groupInstitution.create({ data: { groupId, institutionId, partnerRole } });
  });
}

export async function changePartnerRole(groupId: string, institutionId: string, partnerRole: PartnerRole, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    await lockActiveGroup(t, groupId);
    const result = await t.groupInstitution.updateMany({ where: { groupId, institutionId }, data: { partnerRole } });
    if (result.count !== 1) throw new AppError("NOT_FOUND");
  });
}

/**
 * Refused while people of the institution still hold roles in the group: removing them
 * silently could take away the last coordinator, and each person deserves a deliberate step.
 */
export async function removeGroupInstitution(groupId: string, institutionId: string, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    await lockActiveGroup(t, groupId);
    const people = await t.groupMember.count({ where: { groupId, user: { institutionId } } });
    if (people > 0) throw new AppError("CONFLICT", { messageKey: "INSTITUTION_HAS_MEMBERS" });
    const result = await t.groupInstitution.deleteMany({ where: { groupId, institutionId } });
    if (result.count !== 1) throw new AppError("NOT_FOUND");
  });
}

// ---- People

/**
 * Adds an existing person. They must be someone the actor can already see (shares a group
 * with them, or the actor is an administrator), active, and work at a partner institution.
 */
export async function addGroupMember(actor: Actor, groupId: string, userId: string, role: GroupRole, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    await lockActiveGroup(t, groupId);
    const visibleGroups = Object.keys(actor.memberships);
    const person = await t.user.findFirst({
      where: {
        id: userId,
        archivedAt: null,
        ...(actor.isAdmin ? {} : { memberships: { some: { groupId: { in: visibleGroups } } } }),
      },
      select: { id: true, institutionId: true, memberships: { where: { groupId }, select: { id: true } } },
    });
    if (!person) throw new AppError("NOT_FOUND");
    if (person.memberships.length > 0) throw new AppError("CONFLICT", { messageKey: "ALREADY_MEMBER" });
    const partner = person.institutionId
      ? await t.groupInstitution.findUnique({ where: { groupId_institutionId: { groupId, institutionId: person.institutionId } } })
      : null;
    if (!partner) throw new AppError("CONFLICT", { messageKey: "INSTITUTION_NOT_IN_GROUP" });
    return t.groupMember.create({ data: { groupId, userId, role } });
  });
}

async function refuseIfNoCoordinatorLeft(t: Tx, groupId: string) {
  // An archived account cannot sign in, so it does not count as someone who can run the group.
  const left = await t.groupMember.count({ where: { groupId, role: "COORDINATOR", user: { archivedAt: null } } });
  if (left === 0) throw new AppError("CONFLICT", { messageKey: "LAST_COORDINATOR" });
}

export async function changeMemberRole(groupId: string, userId: string, role: GroupRole, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    await lockActiveGroup(t, groupId);
    const result = await t.groupMember.updateMany({ where: { groupId, userId }, data: { role } });
    if (result.count !== 1) throw new AppError("NOT_FOUND");
    await refuseIfNoCoordinatorLeft(t, groupId);
  });
}

export async function removeGroupMember(groupId: string, userId: string, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    await lockActiveGroup(t, groupId);
    const result = await t.groupMember.deleteMany({ where: { groupId, userId } });
    if (result.count !== 1) throw new AppError("NOT_FOUND");
    await refuseIfNoCoordinatorLeft(t, groupId);
  });
}
