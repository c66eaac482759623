import "server-only";
// Reads for the people directory. Every query is scoped by the viewer: people who share a
// group with them (and themselves); administrators see everyone.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GroupRole } from "@/lib/generated/prisma/enums";
import { visibleGroupIds, type Actor, type PersonRef } from "@/lib/permissions/ability";
import { PEOPLE_PAGE_SIZE, type PersonListQuery } from "@/lib/people/schema";
import { comparePeople, matchesPersonSearch } from "@/lib/people/list";

/** The people the actor may see at all; part of every where clause below. */
export function peopleScope(actor: Actor): Prisma.UserWhereInput {
  if (actor.isAdmin) return {};
  return { OR: [{ id: actor.id }, { memberships: { some: { groupId: { in: visibleGroupIds(actor) } } } }] };
}

export type PersonListItem = {
  id: string;
  name: string;
  email: string;
  institution: { id: string; name: string; shortName: string } | null;
  /** Role in the group the viewer is working in, if the person belongs to it. */
  role: GroupRole | null;
  lastLoginAt: Date | null;
  archivedAt: Date | null;
};

export type PersonPage = { items: PersonListItem[]; total: number; page: number; pageCount: number };

export async function listPeople(actor: Actor, query: PersonListQuery, options: { groupId: string | null }): Promise<PersonPage> {
  const and: Prisma.UserWhereInput[] = [peopleScope(actor)];
  if (query.institutionId) and.push({ institutionId: query.institutionId });
  if (query.role && options.groupId) and.push({ memberships: { some: { groupId: options.groupId, role: query.role } } });
  if (query.archived === "active") and.push({ archivedAt: null });
  if (query.archived === "archived") and.push({ archivedAt: { not: null } });

  // The people one viewer can see number in the hundreds, so searching (ignoring diacritics) and
  // sorting (Polish collation) are done on a slim projection here; only the page is then loaded.
  const slim = await db.user.findMany({
    where: { AND: and },
    select: { id: true, name: true, email: true, lastLoginAt: true, institution: { select: { name: true } } },
  });
  const matching = query.q ? slim.filter((row) => matchesPersonSearch(row, query.q)) : slim;
  matching.sort(comparePeople(query.sort, query.dir));

  const total = matching.length;
  const pageCount = Math.max(Math.ceil(total / PEOPLE_PAGE_SIZE), 1);
  const page = Math.min(query.page, pageCount);
  const pageIds = matching.slice((page - 1) * PEOPLE_PAGE_SIZE, page * PEOPLE_PAGE_SIZE).map((row) => row.id);
  const rows = await db.user.findMany({
    where: { id: { in: pageIds } },
    select: {
      id: true,
      name: true,
      email: true,
      lastLoginAt: true,
      archivedAt: true,
      institution: { select: { id: true, name: true, shortName: true } },
      memberships: options.groupId ? { where: { groupId: options.groupId }, select: { role: true } } : false,
    },
  });
  const byId = new Map(rows.map(({ memberships, ...row }) => [row.id, { ...row, role: memberships?.[0]?.role ?? null }]));
  const items = pageIds.flatMap((id) => byId.get(id) ?? []);
  return { items, total, page, pageCount };
}

/** Institutions that appear among the people the actor can see, for the list's filter. */
export async function listPeopleInstitutionOptions(actor: Actor) {
  return db.institution.findMany({
    where: { people: { some: peopleScope(actor) } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, shortName: true },
  });
}

/** What the permission rules need to know about a person (all of their groups, not only shared ones). */
export async function loadPersonRef(id: string): Promise<(PersonRef & { archived: boolean; email: string; institutionId: string | null }) | null> {
  const person = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, institutionId: true, archivedAt: true, memberships: { select: { groupId: true } } },
  });
  if (!person) return null;
  return {
    id: person.id,
    email: person.email,
    institutionId: person.institutionId,
    archived: person.archivedAt !== null,
    groupIds: person.memberships.map((m) => m.groupId),
  };
}

export type PersonDetail = NonNullable<Awaited<ReturnType<typeof getPerson>>>;

/**
 * A person's profile as the actor may see it, or null when they may not see it at all.
 * Memberships are limited to the groups the actor sees, so the names of other groups don't leak.
 */
export async function getPerson(actor: Actor, id: string) {
  const person = await db.user.findFirst({
    where: { AND: [{ id }, peopleScope(actor)] },
    select: {
      id: true,
      name: true,
      email: true,
      isAdmin: true,
      lastLoginAt: true,
      archivedAt: true,
      createdAt: true,
      institutionId: true,
      institution: { select: { id: true, name: true, shortName: true, archivedAt: true } },
      memberships: {
        select: { groupId: true, role: true, group: { select: { id: true, name: true, archivedAt: true } } },
        orderBy: { group: { name: "asc" } },
      },
    },
  });
  if (!person) return null;
  const visible = new Set(visibleGroupIds(actor));
  const ref: PersonRef = { id: person.id, institutionId: person.institutionId, groupIds: person.memberships.map((m) => m.groupId) };
  return {
    ...person,
    ref,
    memberships: actor.isAdmin ? person.memberships : person.memberships.filter((m) => visible.has(m.groupId)),
  };
}

/**
 * Institutions a person may be assigned to by this actor: any active one for administrators,
 * otherwise the member institutions of the person's groups (plus their current one, so the form
 * can show it even after it left the group).
 */
export async function listInstitutionChoicesForPerson(actor: Actor, person: { groupIds: string[]; institutionId: string | null }) {
  const where: Prisma.InstitutionWhereInput = actor.isAdmin
    ? { archivedAt: null }
    : { archivedAt: null, groups: { some: { groupId: { in: person.groupIds } } } };
  return db.institution.findMany({
    where: person.institutionId ? { OR: [where, { id: person.institutionId }] } : where,
    orderBy: { name: "asc" },
    select: { id: true, name: true, shortName: true },
  });
}
