import "server-only";
// Reads of the groups domain. Every query carries the actor's group scope in its where
// clause (administrators see every group), so a page cannot show a group by mistake.
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GroupRole, PartnerRole } from "@/lib/generated/prisma/enums";
import { visibleGroupIds, type Actor, type GroupRef } from "@/lib/permissions/ability";
import { matchesGroupSearch, paginate, sortGroupRows } from "@/lib/groups/list";
import { groupRoles, partnerRoles, type GroupListQuery } from "@/lib/groups/schema";

/** The where clause that limits groups to those the actor may see. */
export function groupScope(actor: Actor): Prisma.GroupWhereInput {
  return actor.isAdmin ? {} : { id: { in: visibleGroupIds(actor) } };
}

/** What permission checks need to know about a group; null when it does not exist. */
export async function loadGroupRef(groupId: string, tx: Tx = db): Promise<GroupRef | null> {
  const group = await tx.group.findUnique({ where: { id: groupId }, select: { id: true, archivedAt: true } });
  return group ? { id: group.id, archived: group.archivedAt !== null } : null;
}

export type GroupListItem = Awaited<ReturnType<typeof listGroups>>["items"][number];

export async function listGroups(actor: Actor, query: GroupListQuery, locale: string) {
  const archivedWhere: Prisma.GroupWhereInput =
    query.archived === "active" ? { archivedAt: null } : query.archived === "archived" ? { archivedAt: { not: null } } : {};
  const groups = await db.group.findMany({
    where: { AND: [groupScope(actor), archivedWhere] },
    select: {
      id: true,
      name: true,
      kind: true,
      description: true,
      programme: true,
      startDate: true,
      endDate: true,
      archivedAt: true,
      _count: { select: { institutions: true, members: true } },
    },
  });
  const rows = groups
    .map(({ _count, ...g }) => ({
      ...g,
      institutionCount: _count.institutions,
      memberCount: _count.members,
      viewerRole: actor.memberships[g.id]?.role ?? null,
    }))
    .filter((row) => matchesGroupSearch(row, query.q));
  const sorted = sortGroupRows(rows, query.sort, query.dir, locale);
  return { ...paginate(sorted, query.page), total: sorted.length };
}

const partnerOrder = (role: PartnerRole) => partnerRoles.indexOf(role);
const roleOrder = (role: GroupRole) => groupRoles.indexOf(role);

/** The group page: details, partner institutions and people; null when the actor may not see it. */
export async function getGroupDetails(actor: Actor, groupId: string, locale: string) {
  const group = await db.group.findFirst({
    where: { AND: [{ id: groupId }, groupScope(actor)] },
    include: {
      institutions: { include: { institution: { select: { id: true, name: true, shortName: true, kind: true, archivedAt: true } } } },
      members: {
        include: {
          user: {
            select: {
              id: true,
              name: true,
              email: true,
              archivedAt: true,
              institution: { select: { id: true, name: true, shortName: true } },
            },
          },
        },
      },
    },
  });
  if (!group) return null;
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  const members = group.members
    .map((m) => ({ id: m.id, role: m.role, since: m.createdAt, user: m.user }))
    .sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || collator.compare(a.user.name, b.user.name));
  const peopleByInstitution = new Map<string, number>();
  for (const m of members) {
    const id = m.user.institution?.id;
    if (id) peopleByInstitution.set(id, (peopleByInstitution.get(id) ?? 0) + 1);
  }
  const institutions = group.institutions
    .map((gi) => ({
      id: gi.id,
      partnerRole: gi.partnerRole,
      since: gi.createdAt,
      institution: gi.institution,
      peopleCount: peopleByInstitution.get(gi.institutionId) ?? 0,
    }))
    .sort((a, b) => partnerOrder(a.partnerRole) - partnerOrder(b.partnerRole) || collator.compare(a.institution.name, b.institution.name));
  const { institutions: _i, members: _m, ...details } = group;
  return {
    ...details,
    ref: { id: group.id, archived: group.archivedAt !== null } satisfies GroupRef,
    institutions,
    members,
  };
}
export type GroupDetails = NonNullable<Awaited<ReturnType<typeof getGroupDetails>>>;

/** Institutions a coordinator can add: active ones from the directory that are not partners yet. */
export async function listAddableInstitutions(groupId: string, locale: string) {
  const rows = await db.institution.findMany({
    where: { archivedAt: null, groups: { none: { groupId } } },
    select: { id: true, name: true, shortName: true },
  });
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * People a coordinator can add from the directory: active, working at one of the group's
 * institutions, not in the group yet, and already visible to the actor (sharing another
 * group with them, per canPerson "view"); anyone else is invited by e-mail instead.
 */
export async function listAddablePeople(actor: Actor, groupId: string, locale: string) {
  const rows = await db.user.findMany({
    where: {
      AND: [
        { archivedAt: null },
        { institution: { groups: { some: { groupId } } } },
        { memberships: { none: { groupId } } },
        actor.isAdmin ? {} : { memberships: { some: { groupId: { in: visibleGroupIds(actor) } } } },
      ],
    },
    select: { id: true, name: true, email: true, institution: { select: { id: true, shortName: true } } },
  });
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}
