import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canGroup, visibleGroupIds, type Actor, type GroupRef } from "@/lib/permissions/ability";
import { DECISIONS_PAGE_SIZE, matchesDecisionSearch, type DecisionListQuery } from "@/lib/decisions/list-query";

/** Group scope for every decision read: the actor's groups, or everything for an admin. */
export function decisionScope(actor: Actor): Prisma.DecisionWhereInput {
  return actor.isAdmin ? {} : { groupId: { in: visibleGroupIds(actor) } };
}

export type RegisterGroup = GroupRef & { name: string };

/**
 * The group a register page shows: the one asked for in the URL when the user may see it,
 * otherwise the group they work in. Null when there is none (no membership yet).
 */
export async function resolveRegisterGroup(current: CurrentUser, requested: string | null, currentGroupId: string | null): Promise<RegisterGroup | null> {
  for (const id of [requested, currentGroupId]) {
    if (!id) continue;
    const group = await db.group.findUnique({ where: { id }, select: { id: true, name: true, archivedAt: true } });
    if (!group) continue;
    const ref = { id: group.id, name: group.name, archived: group.archivedAt !== null };
    if (canGroup(current.actor, "view", ref)) return ref;
  }
  return null;
}

/** For authorisation: the decision's group and state, or null when it does not exist. */
export async function loadDecisionRef(id: string, tx: Tx = db) {
  const row = await tx.decision.findUnique({
    where: { id },
    select: { id: true, status: true, groupId: true, year: true, group: { select: { archivedAt: true } } },
  });
  if (!row) return null;
  return { id: row.id, status: row.status, year: row.year, group: { id: row.groupId, archived: row.group.archivedAt !== null } };
}

const numberSelect = { id: true, number: true, year: true, status: true } satisfies Prisma.DecisionSelect;

const detailInclude = {
  group: { select: { id: true, name: true, archivedAt: true } },
  meeting: { select: { id: true, title: true, startsAt: true, endsAt: true, status: true } },
  document: { select: { id: true, title: true, kind: true, archivedAt: true } },
  createdBy: { select: { id: true, name: true } },
  supersededBy: { select: numberSelect },
  supersedes: { select: numberSelect, orderBy: [{ year: "asc" }, { number: "asc" }] },
  indicators: { select: { id: true, name: true, unit: true, archivedAt: true }, orderBy: [{ position: "asc" }, { name: "asc" }] },
  // Read-only: actions are linked from their own form (Action.decisionId).
  actions: {
    select: { id: true, number: true, title: true, status: true, dueDate: true, ownerInstitution: { select: { id: true, name: true, shortName: true } } },
    orderBy: { number: "asc" },
  },
} satisfies Prisma.DecisionInclude;

/** One decision the actor may see, or null (the page answers 404 for other groups' decisions). */
export async function getDecision(actor: Actor, id: string) {
  return db.decision.findFirst({ where: { id, ...decisionScope(actor) }, include: detailInclude });
}
export type DecisionDetails = NonNullable<Awaited<ReturnType<typeof getDecision>>>;

const listSelect = {
  id: true,
  number: true,
  year: true,
  text: true,
  decidedOn: true,
  status: true,
  meeting: { select: { id: true, title: true } },
  supersededBy: { select: { id: true, number: true, year: true } },
} satisfies Prisma.DecisionSelect;
export type DecisionListRow = Prisma.DecisionGetPayload<{ select: typeof listSelect }>;

/**
 * One page of a group's register, newest first. Year, status and meeting filter in SQL; the
 * diacritics-insensitive text search runs on the remaining rows in code (a group's register
 * holds hundreds of decisions, not millions).
 */
export async function listDecisions(actor: Actor, groupId: string, query: DecisionListQuery) {
  const where: Prisma.DecisionWhereInput = {
    AND: [
      decisionScope(actor),
      { groupId },
      query.year !== null ? { year: query.year } : {},
      query.status ? { status: query.status } : {},
      query.meeting ? { meetingId: query.meeting } : {},
    ],
  };
  const rows = await db.decision.findMany({ where, select: listSelect, orderBy: [{ year: "desc" }, { number: "desc" }] });
  const matching = query.q ? rows.filter((r) => matchesDecisionSearch({ ...r, meetingTitle: r.meeting?.title ?? null }, query.q)) : rows;
  const pageCount = Math.max(1, Math.ceil(matching.length / DECISIONS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  return {
    rows: matching.slice((page - 1) * DECISIONS_PAGE_SIZE, page * DECISIONS_PAGE_SIZE),
    total: matching.length,
    page,
    pageCount,
  };
}

/** Filter options: the years and meetings that occur in the group's register. */
export async function getDecisionFilterOptions(actor: Actor, groupId: string) {
  const scope = { AND: [decisionScope(actor), { groupId }] };
  const [years, meetings] = await Promise.all([
    db.decision.findMany({ where: scope, distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } }),
    db.meeting.findMany({
      where: { groupId, decisions: { some: scope } },
      select: { id: true, title: true, startsAt: true },
      orderBy: { startsAt: "desc" },
    }),
  ]);
  return { years: years.map((y) => y.year), meetings };
}

/** Choices for the record/correct forms, all from the same group. */
export async function getDecisionFormOptions(groupId: string, options: { excludeDecisionId?: string; now?: Date } = {}) {
  const [meetings, indicators, inForce] = await Promise.all([
    // Decisions are taken at meetings that have begun; future ones are not offered.
    db.meeting.findMany({
      where: { groupId, status: { not: "CANCELLED" }, startsAt: { lte: options.now ?? new Date() } },
      select: { id: true, title: true, startsAt: true, timeZone: true },
      orderBy: { startsAt: "desc" },
      take: 200,
    }),
    db.indicator.findMany({
      where: { groupId, archivedAt: null },
      select: { id: true, name: true, unit: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
    db.decision.findMany({
      where: { groupId, status: "IN_FORCE", ...(options.excludeDecisionId ? { id: { not: options.excludeDecisionId } } : {}) },
      select: { id: true, number: true, year: true, text: true },
      orderBy: [{ year: "desc" }, { number: "desc" }],
    }),
  ]);
  return { meetings, indicators, inForce };
}
