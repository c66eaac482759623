import "server-only";
// Reads for the institutions directory. Institutions themselves are installation-wide and
// visible to every signed-in user; what hangs off them is not: groups and people are only
// shown where the viewer belongs (admins see everything). That scope is in each where clause.
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GroupRole, InstitutionKind, PartnerRole } from "@/lib/generated/prisma/enums";
import { visibleGroupIds, type Actor, type InstitutionRef } from "@/lib/permissions/ability";
import {
  INSTITUTIONS_PAGE_SIZE,
  matchesInstitutionSearch,
  sortInstitutionKeys,
  type InstitutionListQuery,
} from "@/lib/institutions/list-query";

/** People of an institution the actor may see: those sharing a group with them, themselves, or all for admins. */
export function visiblePeopleWhere(actor: Actor): Prisma.UserWhereInput {
  if (actor.isAdmin) return { archivedAt: null };
  return {
    archivedAt: null,
    OR: [{ id: actor.id }, { memberships: { some: { groupId: { in: visibleGroupIds(actor) } } } }],
  };
}

function canSeeGroup(actor: Actor, groupId: string): boolean {
  return actor.isAdmin || groupId in actor.memberships;
}

/** What the permission checks need, straight from the database (never from the client). */
export async function loadInstitutionRef(id: string, tx: Tx = db): Promise<InstitutionRef | null> {
  const row = await tx.institution.findUnique({
    where: { id },
    select: { id: true, archivedAt: true, groups: { select: { groupId: true } } },
  });
  if (!row) return null;
  return { id: row.id, archived: row.archivedAt !== null, groupIds: row.groups.map((g) => g.groupId) };
}

export type InstitutionGroupLink = { id: string; name: string; archived: boolean; partnerRole: PartnerRole };

export type InstitutionListRow = {
  id: string;
  name: string;
  shortName: string;
  kind: InstitutionKind;
  logoUrl: string | null;
  archived: boolean;
  /** Groups the viewer can see, with the institution's partner role in each. */
  groups: InstitutionGroupLink[];
  /** Groups the institution belongs to that the viewer cannot see (a number only). */
  otherGroupCount: number;
  /** People of the institution the viewer can see. */
  peopleCount: number;
};

export type InstitutionList = { rows: InstitutionListRow[]; total: number; page: number; pageCount: number };

export type ListOptions = {
  /** The viewer's current group, used when query.scope is "group". */
  currentGroupId: string | null;
  /** Collation for names ("pl" puts "Ś" after "S", not after "Z"). */
  locale: string;
  /** Translated kind labels, so sorting by kind follows what the viewer reads. */
  kindLabels?: Partial<Record<InstitutionKind, string>>;
  pageSize?: number;
};

function listWhere(actor: Actor, query: InstitutionListQuery, currentGroupId: string | null): Prisma.InstitutionWhereInput {
  const and: Prisma.InstitutionWhereInput[] = [];
  if (query.kind) and.push({ kind: query.kind });
  if (query.status === "active") and.push({ archivedAt: null });
  if (query.status === "archived") and.push({ archivedAt: { not: null } });
  if (query.scope === "group") {
    // A group the viewer does not belong to gives nothing rather than revealing its partners.
    if (currentGroupId && canSeeGroup(actor, currentGroupId)) and.push({ groups: { some: { groupId: currentGroupId } } });
    else and.push({ id: { in: [] } });
  }
  return { AND: and };
}

/**
 * One page of the directory. Search and sorting run in memory over a narrow projection of
 * all rows passing the other filters: they need diacritics folding and a locale-aware
 * collation (PostgreSQL's `unaccent` and collations differ between installations) and
 * counts that depend on the viewer, which Prisma's orderBy cannot express. A regional
 * directory holds hundreds of institutions, not millions; the page's full rows are then
 * loaded by id.
 */
export async function listInstitutions(
  actor: Actor,
  query: InstitutionListQuery,
  options: ListOptions,
  tx: Tx = db,
): Promise<InstitutionList> {
  const pageSize = options.pageSize ?? INSTITUTIONS_PAGE_SIZE;
  const peopleWhere = visiblePeopleWhere(actor);
  const candidates = await tx.institution.findMany({
    where: listWhere(actor, query, options.currentGroupId),
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      _count: { select: { groups: true, people: { where: peopleWhere } } },
    },
  });
  const keys = sortInstitutionKeys(
    candidates
      .filter((c) => matchesInstitutionSearch(c, query.q))
      .map((c) => ({ id: c.id, name: c.name, shortName: c.shortName, kind: c.kind, peopleCount: c._count.people, groupCount: c._count.groups })),
    query.sort,
    query.dir,
    options,
  );

  const total = keys.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, pageCount);
  const pageKeys = keys.slice((page - 1) * pageSize, page * pageSize);
  if (pageKeys.length === 0) return { rows: [], total, page, pageCount };

  const rows = await tx.institution.findMany({
    where: { id: { in: pageKeys.map((k) => k.id) } },
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      logoUrl: true,
      archivedAt: true,
      groups: {
        select: { partnerRole: true, group: { select: { id: true, name: true, archivedAt: true } } },
      },
    },
  });
  const collator = new Intl.Collator(options.locale, { sensitivity: "base", numeric: true });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    rows: pageKeys.flatMap((k) => {
      const row = byId.get(k.id);
      if (!row) return [];
      const { visible, hidden } = splitGroups(actor, row.groups, collator);
      return [
        {
          id: row.id,
          name: row.name,
          shortName: row.shortName,
          kind: row.kind,
          logoUrl: row.logoUrl,
          archived: row.archivedAt !== null,
          groups: visible,
          otherGroupCount: hidden,
          peopleCount: k.peopleCount,
        },
      ];
    }),
    total,
    page,
    pageCount,
  };
}

function splitGroups(
  actor: Actor,
  links: { partnerRole: PartnerRole; group: { id: string; name: string; archivedAt: Date | null } }[],
  collator: Intl.Collator,
): { visible: InstitutionGroupLink[]; hidden: number } {
  const visible = links
    .filter((l) => canSeeGroup(actor, l.group.id))
    .map((l) => ({ id: l.group.id, name: l.group.name, archived: l.group.archivedAt !== null, partnerRole: l.partnerRole }))
    // Active groups first, then by name.
    .sort((a, b) => Number(a.archived) - Number(b.archived) || collator.compare(a.name, b.name));
  return { visible, hidden: links.length - visible.length };
}

export type InstitutionPerson = {
  id: string;
  name: string;
  email: string;
  /** The person's roles in groups the viewer can see. */
  roles: { groupId: string; groupName: string; role: GroupRole }[];
};

export type InstitutionDetail = {
  id: string;
  name: string;
  shortName: string;
  kind: InstitutionKind;
  address: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  logoUrl: string | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** For canInstitution: every group, including ones the viewer cannot see. */
  ref: InstitutionRef;
  groups: InstitutionGroupLink[];
  otherGroupCount: number;
  people: InstitutionPerson[];
};

/** One institution with what the viewer may see of its groups and people; null when it does not exist. */
export async function getInstitutionDetail(actor: Actor, id: string, options: { locale: string }, tx: Tx = db): Promise<InstitutionDetail | null> {
  const row = await tx.institution.findUnique({
    where: { id },
    include: {
      groups: { select: { partnerRole: true, group: { select: { id: true, name: true, archivedAt: true } } } },
      people: {
        where: visiblePeopleWhere(actor),
        select: {
          id: true,
          name: true,
          email: true,
          memberships: {
            where: actor.isAdmin ? {} : { groupId: { in: visibleGroupIds(actor) } },
            select: { role: true, group: { select: { id: true, name: true } } },
          },
        },
      },
    },
  });
  if (!row) return null;
  const collator = new Intl.Collator(options.locale, { sensitivity: "base", numeric: true });
  const { visible, hidden } = splitGroups(actor, row.groups, collator);
  const { groups, people, ...fields } = row;
  return {
    ...fields,
    ref: { id: row.id, archived: row.archivedAt !== null, groupIds: groups.map((g) => g.group.id) },
    groups: visible,
    otherGroupCount: hidden,
    people: people
      .map((p) => ({
        id: p.id,
        name: p.name,
        email: p.email,
        roles: p.memberships
          .map((m) => ({ groupId: m.group.id, groupName: m.group.name, role: m.role }))
          .sort((a, b) => collator.compare(a.groupName, b.groupName)),
      }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  };
}

/** The editable fields of one institution (for the edit form). */
export async function getInstitutionForEdit(id: string, tx: Tx = db) {
  return tx.institution.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      address: true,
      contactEmail: true,
      contactPhone: true,
      website: true,
      logoUrl: true,
      archivedAt: true,
    },
  });
}

/** Active institutions for pickers in other forms (inviting a person, adding a partner to a group). */
export async function listInstitutionChoices(options: { locale: string }, tx: Tx = db) {
  const rows = await tx.institution.findMany({
    where: { archivedAt: null },
    select: { id: true, name: true, shortName: true, kind: true },
  });
  const collator = new Intl.Collator(options.locale, { sensitivity: "base", numeric: true });
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}
