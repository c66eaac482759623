import "server-only";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { listNextMeetings } from "@/lib/meetings/data";
import { dateToDay, dayToDate, indicatorStart, periodsOverlap, quarterPeriod, reportingQuarter, todayIn, type Quarter } from "@/lib/indicators/periods";

/** What the dashboard shows about the current group; null when the user may not see it. */
export async function getGroupOverview(current: CurrentUser, groupId: string) {
  // Scope in the where clause: membership or admin, never only a UI check.
  const visible = current.actor.isAdmin || groupId in current.actor.memberships;
  if (!visible) return null;
  const group = await db.group.findUnique({
    where: { id: groupId },
    include: {
      institutions: {
        include: { institution: { select: { id: true, name: true, shortName: true, kind: true, archivedAt: true } } },
        orderBy: [{ partnerRole: "asc" }, { institution: { name: "asc" } }],
      },
      _count: { select: { members: true } },
    },
  });
  if (!group) return null;
  const roleCounts = await db.groupMember.groupBy({ by: ["role"], where: { groupId }, _count: { _all: true } });
  const pendingInvitations = await db.invitation.count({
    where: { groupId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
  });
  return {
    group,
    peopleCount: group._count.members,
    roleCounts: Object.fromEntries(roleCounts.map((r) => [r.role, r._count._all])) as Partial<Record<string, number>>,
    pendingInvitations,
  };
}

/** The next five meetings of the group (not ended, not cancelled), for the dashboard card. */
export async function getNextMeetings(current: CurrentUser, groupId: string, now = new Date()) {
  return listNextMeetings(current.actor, groupId, 5, now);
}

// ---------------------------------------------------------------------------------------------
// Partner dashboard: the work of one institution in the group (or, for coordinators, of all).
// Actions are read straight from the Action table (the actions module owns writing them).

const OPEN_ACTION_STATUSES = ["OPEN", "IN_PROGRESS", "BLOCKED"] as const;
const DAY_MS = 86_400_000;

/** Whose work the dashboard shows: one institution, or every partner of the group. */
export type DashboardScope = { kind: "institution"; institutionId: string } | { kind: "group" };

function mayView(current: CurrentUser, groupId: string): boolean {
  return current.actor.isAdmin || groupId in current.actor.memberships;
}

/** Open actions (soonest due first), with how many there are and how many are overdue. */
async function loadActionWork(groupId: string, scope: DashboardScope, today: Date) {
  const owner = scope.kind === "institution" ? { ownerInstitutionId: scope.institutionId } : {};
  const open = { groupId, status: { in: [...OPEN_ACTION_STATUSES] }, ...owner };
  const [rows, openCount, overdueCount] = await Promise.all([
    db.action.findMany({
      where: open,
      select: {
        id: true,
        number: true,
        title: true,
        status: true,
        dueDate: true,
        ownerInstitution: { select: { id: true, name: true, shortName: true } },
      },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { number: "asc" }],
      take: 8,
    }),
    db.action.count({ where: open }),
    db.action.count({ where: { ...open, dueDate: { lt: today } } }),
  ]);
  return { rows: rows.map((r) => ({ ...r, overdue: r.dueDate !== null && r.dueDate < today })), openCount, overdueCount };
}

/** Invitations to the group's coming meetings that nobody in the scope has answered yet. */
async function loadPendingInvitations(groupId: string, scope: DashboardScope, now: Date) {
  return db.meetingInvitee.findMany({
    where: {
      response: "PENDING",
      meeting: { groupId, status: "SCHEDULED", endsAt: { gte: now } },
      ...(scope.kind === "institution" ? { user: { institutionId: scope.institutionId } } : {}),
    },
    select: {
      id: true,
      user: { select: { id: true, name: true, institution: { select: { id: true, shortName: true } } } },
      meeting: { select: { id: true, title: true, startsAt: true, endsAt: true } },
    },
    orderBy: [{ meeting: { startsAt: "asc" } }, { user: { name: "asc" } }],
    take: 12,
  });
}

/**
 * There is no review workflow yet, so the dashboard shows the group's most recently edited
 * documents instead (and says so). Only people with a role in the group see documents.
 */
async function loadRecentDocuments(current: CurrentUser, groupId: string) {
  if (!(groupId in current.actor.memberships)) return [];
  return db.document.findMany({
    where: { groupId, archivedAt: null, lastEditedAt: { not: null } },
    select: { id: true, title: true, kind: true, status: true, lastEditedAt: true, lastEditedBy: { select: { name: true } } },
    orderBy: { lastEditedAt: "desc" },
    take: 5,
  });
}

type DueInstitution = { id: string; name: string; shortName: string };

/**
 * Indicators an institution has not reported on for its reporting quarter (the last completed
 * one, or the final quarter once the deadline has passed). "Reported" means any contribution
 * whose period overlaps that quarter, a zero included.
 */
export async function loadContributionsDue(groupId: string, institutions: DueInstitution[], now: Date) {
  if (institutions.length === 0) return { items: [], reported: new Map<string, number>(), expected: 0 };
  const group = await db.group.findUnique({ where: { id: groupId }, select: { startDate: true } });
  const indicators = await db.indicator.findMany({
    where: { groupId, archivedAt: null },
    select: {
      id: true,
      name: true,
      unit: true,
      deadline: true,
      createdAt: true,
      contributions: { select: { institutionId: true, periodStart: true, periodEnd: true } },
    },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  const items: { indicator: { id: string; name: string; unit: string }; institution: DueInstitution; quarter: Quarter }[] = [];
  const reported = new Map<string, number>();
  let expected = 0;
  for (const indicator of indicators) {
    const periods = indicator.contributions.map((c) => ({ institutionId: c.institutionId, start: dateToDay(c.periodStart), end: dateToDay(c.periodEnd) }));
    const firstPeriodStart = periods.reduce<string | null>((min, p) => (min === null || p.start < min ? p.start : min), null);
    const start = indicatorStart({ createdAt: indicator.createdAt, firstPeriodStart, groupStart: group?.startDate ? dateToDay(group.startDate) : null });
    const quarter = reportingQuarter(now, { start, deadline: indicator.deadline ? dateToDay(indicator.deadline) : null });
    if (!quarter) continue;
    expected += 1;
    const period = quarterPeriod(quarter);
    for (const institution of institutions) {
      const done = periods.some((p) => p.institutionId === institution.id && periodsOverlap(p, period));
      if (done) reported.set(institution.id, (reported.get(institution.id) ?? 0) + 1);
      else items.push({ indicator: { id: indicator.id, name: indicator.name, unit: indicator.unit }, institution, quarter });
    }
  }
  return { items, reported, expected };
}

/** Partners expected to report: every active member institution except observers. */
async function loadReportingPartners(groupId: string) {
  const rows = await db.groupInstitution.findMany({
    where: { groupId, partnerRole: { not: "OBSERVER" }, institution: { archivedAt: null } },
    select: { institution: { select: { id: true, name: true, shortName: true } } },
    orderBy: { institution: { name: "asc" } },
  });
  return rows.map((r) => r.institution);
}

/**
 * The "my work" part of the dashboard for one institution, or for all partners. Null when the
 * user may not see the group. Every query is limited to the group in its where clause.
 */
export async function getPartnerWork(current: CurrentUser, groupId: string, scope: DashboardScope, now = new Date()) {
  if (!mayView(current, groupId)) return null;
  const today = dayToDate(todayIn(now));
  const partners = await loadReportingPartners(groupId);
  const dueFor = scope.kind === "group" ? partners : partners.filter((p) => p.id === scope.institutionId);
  const [actions, invitations, documents, due] = await Promise.all([
    loadActionWork(groupId, scope, today),
    loadPendingInvitations(groupId, scope, now),
    loadRecentDocuments(current, groupId),
    loadContributionsDue(groupId, dueFor, now),
  ]);
  return { actions, invitations, documents, contributionsDue: due.items };
}
export type PartnerWork = NonNullable<Awaited<ReturnType<typeof getPartnerWork>>>;

/**
 * Coordinators' table: per partner institution, open and overdue actions, actions done in the
 * last 30 days, and how many indicators it reported on for their reporting quarter. Null for
 * anyone who does not coordinate the group (or administer the installation).
 */
export async function getPartnerSummary(current: CurrentUser, groupId: string, now = new Date()) {
  const role = current.actor.memberships[groupId]?.role;
  if (!current.actor.isAdmin && role !== "COORDINATOR") return null;
  const today = dayToDate(todayIn(now));
  const rows = await db.groupInstitution.findMany({
    where: { groupId },
    select: { partnerRole: true, institution: { select: { id: true, name: true, shortName: true, archivedAt: true } } },
    orderBy: [{ partnerRole: "asc" }, { institution: { name: "asc" } }],
  });
  const open = { groupId, status: { in: [...OPEN_ACTION_STATUSES] } };
  const [openBy, overdueBy, doneBy, partners] = await Promise.all([
    db.action.groupBy({ by: ["ownerInstitutionId"], where: open, _count: { _all: true } }),
    db.action.groupBy({ by: ["ownerInstitutionId"], where: { ...open, dueDate: { lt: today } }, _count: { _all: true } }),
    db.action.groupBy({
      by: ["ownerInstitutionId"],
      where: { groupId, status: "DONE", completedAt: { gte: new Date(now.getTime() - 30 * DAY_MS) } },
      _count: { _all: true },
    }),
    loadReportingPartners(groupId),
  ]);
  const due = await loadContributionsDue(groupId, partners, now);
  const count = (list: { ownerInstitutionId: string; _count: { _all: number } }[], id: string) => list.find((r) => r.ownerInstitutionId === id)?._count._all ?? 0;
  const reporting = new Set(partners.map((p) => p.id));
  return {
    expected: due.expected,
    rows: rows.map((r) => ({
      institution: r.institution,
      partnerRole: r.partnerRole,
      open: count(openBy, r.institution.id),
      overdue: count(overdueBy, r.institution.id),
      doneLast30: count(doneBy, r.institution.id),
      // Observers (and archived institutions) are not expected to report.
      reported: reporting.has(r.institution.id) ? (due.reported.get(r.institution.id) ?? 0) : null,
    })),
  };
}
export type PartnerSummary = NonNullable<Awaited<ReturnType<typeof getPartnerSummary>>>;
