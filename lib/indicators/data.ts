import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleGroupIds, type Actor } from "@/lib/permissions/ability";
import { computeBurnUp, sumValues } from "@/lib/indicators/burn-up";
import { dateToDay, indicatorStart, periodsOverlap, quarterPeriod, reportingQuarter, todayIn } from "@/lib/indicators/periods";

/** Group scope for every indicator read: the actor's groups, or everything for an admin. */
export function indicatorScope(actor: Actor): Prisma.IndicatorWhereInput {
  return actor.isAdmin ? {} : { groupId: { in: visibleGroupIds(actor) } };
}

const toNumber = (d: Prisma.Decimal | number) => (typeof d === "number" ? d : d.toNumber());

/** For authorisation: the indicator's group and state, or null when it does not exist. */
export async function loadIndicatorRef(id: string, tx: Tx = db) {
  const row = await tx.indicator.findUnique({ where: { id }, select: { id: true, groupId: true, archivedAt: true, group: { select: { archivedAt: true } } } });
  if (!row) return null;
  return { id: row.id, archived: row.archivedAt !== null, group: { id: row.groupId, archived: row.group.archivedAt !== null } };
}

export async function loadContributionRef(id: string, tx: Tx = db) {
  const row = await tx.indicatorContribution.findUnique({
    where: { id },
    select: { id: true, institutionId: true, indicator: { select: { id: true, groupId: true, group: { select: { archivedAt: true } } } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    institutionId: row.institutionId,
    indicatorId: row.indicator.id,
    group: { id: row.indicator.groupId, archived: row.indicator.group.archivedAt !== null },
  };
}

/** The group's indicators with their totals and progress, in the coordinator's order. */
export async function listIndicators(actor: Actor, groupId: string, options: { archived?: boolean } = {}) {
  const rows = await db.indicator.findMany({
    where: { AND: [indicatorScope(actor), { groupId, archivedAt: options.archived ? { not: null } : null }] },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, description: true, unit: true, target: true, baseline: true, deadline: true, archivedAt: true },
  });
  const sums = rows.length
    ? await db.indicatorContribution.groupBy({
        by: ["indicatorId"],
        where: { indicatorId: { in: rows.map((r) => r.id) } },
        _sum: { value: true },
        _max: { periodEnd: true },
        _count: { _all: true },
      })
    : [];
  const byId = new Map(sums.map((s) => [s.indicatorId, s]));
  return rows.map((r) => {
    const s = byId.get(r.id);
    const target = toNumber(r.target);
    const baseline = toNumber(r.baseline);
    const current = sumValues([baseline, s?._sum.value ? toNumber(s._sum.value) : 0]);
    return {
      id: r.id,
      name: r.name,
      description: r.description,
      unit: r.unit,
      target,
      baseline,
      current,
      progress: target > 0 ? current / target : 0,
      deadline: r.deadline ? dateToDay(r.deadline) : null,
      archived: r.archivedAt !== null,
      contributionCount: s?._count._all ?? 0,
      lastPeriodEnd: s?._max.periodEnd ? dateToDay(s._max.periodEnd) : null,
    };
  });
}
export type IndicatorListRow = Awaited<ReturnType<typeof listIndicators>>[number];

/**
 * One indicator with everything its page shows: contributions, totals per institution, the
 * burn-up series, and the actions and decisions linked to it. Null outside the actor's groups.
 */
export async function getIndicator(actor: Actor, id: string, now = new Date()) {
  const row = await db.indicator.findFirst({
    where: { id, ...indicatorScope(actor) },
    include: {
      group: { select: { id: true, name: true, archivedAt: true, startDate: true } },
      contributions: {
        include: {
          institution: { select: { id: true, name: true, shortName: true } },
          createdBy: { select: { id: true, name: true } },
        },
        orderBy: [{ periodEnd: "desc" }, { createdAt: "desc" }],
      },
      // Read-only: actions link themselves to indicators (Action.indicators) in their own form.
      actions: {
        select: { id: true, number: true, title: true, status: true, dueDate: true, ownerInstitution: { select: { id: true, name: true, shortName: true } } },
        orderBy: { number: "asc" },
      },
      decisions: { select: { id: true, number: true, year: true, text: true, status: true }, orderBy: [{ year: "desc" }, { number: "desc" }] },
    },
  });
  if (!row) return null;
  const contributions = row.contributions.map((c) => ({
    id: c.id,
    institution: c.institution,
    periodStart: dateToDay(c.periodStart),
    periodEnd: dateToDay(c.periodEnd),
    value: toNumber(c.value),
    note: c.note,
    evidenceUrl: c.evidenceUrl,
    createdBy: c.createdBy,
    createdAt: c.createdAt,
  }));
  const target = toNumber(row.target);
  const baseline = toNumber(row.baseline);
  const deadline = row.deadline ? dateToDay(row.deadline) : null;
  const firstPeriodStart = contributions.reduce<string | null>((min, c) => (min === null || c.periodStart < min ? c.periodStart : min), null);
  const start = indicatorStart({ createdAt: row.createdAt, firstPeriodStart, groupStart: row.group.startDate ? dateToDay(row.group.startDate) : null });
  const burnUp = computeBurnUp({ baseline, target, start, deadline, contributions, today: todayIn(now) });

  const perInstitution = new Map<string, { institution: (typeof contributions)[number]["institution"]; total: number; count: number; lastPeriodEnd: string }>();
  for (const c of contributions) {
    const entry = perInstitution.get(c.institution.id) ?? { institution: c.institution, total: 0, count: 0, lastPeriodEnd: c.periodEnd };
    entry.total = sumValues([entry.total, c.value]);
    entry.count += 1;
    if (c.periodEnd > entry.lastPeriodEnd) entry.lastPeriodEnd = c.periodEnd;
    perInstitution.set(c.institution.id, entry);
  }
  const dueQuarter = reportingQuarter(now, { start, deadline });

  return {
    id: row.id,
    groupId: row.groupId,
    group: row.group,
    name: row.name,
    description: row.description,
    unit: row.unit,
    target,
    baseline,
    deadline,
    position: row.position,
    archived: row.archivedAt !== null,
    start,
    contributions,
    perInstitution: [...perInstitution.values()].sort((a, b) => b.total - a.total || a.institution.name.localeCompare(b.institution.name, "pl")),
    burnUp,
    dueQuarter,
    /** Institutions that reported for the due quarter (for the page's "reported / missing" list). */
    reportedForDue: dueQuarter
      ? new Set(contributions.filter((c) => periodsOverlap({ start: c.periodStart, end: c.periodEnd }, quarterPeriod(dueQuarter))).map((c) => c.institution.id))
      : new Set<string>(),
    actions: row.actions,
    decisions: row.decisions,
  };
}
export type IndicatorDetails = NonNullable<Awaited<ReturnType<typeof getIndicator>>>;

/** The group's partner institutions: whom a contribution can be reported for. */
export async function listGroupPartners(groupId: string, tx: Tx = db) {
  const rows = await tx.groupInstitution.findMany({
    where: { groupId },
    select: { partnerRole: true, institution: { select: { id: true, name: true, shortName: true, archivedAt: true } } },
    orderBy: { institution: { name: "asc" } },
  });
  return rows.map((r) => ({ ...r.institution, partnerRole: r.partnerRole, archived: r.institution.archivedAt !== null }));
}
