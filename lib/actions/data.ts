import "server-only";
// Reads of agreed actions. Every query carries the actor's group scope in its where clause: an
// action of another group is "not found", never shown. Administrators without a role in the
// group see nothing of its actions (canAgreedAction), so there is no admin bypass.
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { visibleGroupIds, type Actor, type AgreedActionRef } from "@/lib/permissions/ability";
import { foldText } from "@/lib/format/fold-text";
import { classifyDue, dateFromDb, dateToDb, todayIn, type DueState } from "@/lib/actions/due";
import { compareActions, type ActionFilters } from "@/lib/actions/filters";
import { OPEN_STATUSES } from "@/lib/actions/schema";

export const ACTIONS_PAGE_SIZE = 50;
/** A list never loads more than this many rows (search and sort happen in code). */
export const ACTIONS_LIST_LIMIT = 5000;

export function actionScope(actor: Actor): Prisma.ActionWhereInput {
  return { groupId: { in: visibleGroupIds(actor) } };
}

export type ActionRefRow = AgreedActionRef & { id: string; number: number; title: string; status: ActionStatus };

/** What the permission checks need, within the actor's groups; null = not found for them. */
export async function loadActionRef(actor: Actor, id: string, tx: Tx = db): Promise<ActionRefRow | null> {
  const row = await tx.action.findFirst({
    where: { id, ...actionScope(actor) },
    select: { id: true, number: true, title: true, status: true, groupId: true, ownerInstitutionId: true, group: { select: { archivedAt: true } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    status: row.status,
    groupId: row.groupId,
    groupArchived: row.group.archivedAt !== null,
    ownerInstitutionId: row.ownerInstitutionId,
  };
}

/** The "create" reference of a group the actor belongs to; null when out of scope. */
export async function loadActionGroupRef(actor: Actor, groupId: string, tx: Tx = db): Promise<AgreedActionRef | null> {
  if (!visibleGroupIds(actor).includes(groupId)) return null;
  const group = await tx.group.findUnique({ where: { id: groupId }, select: { id: true, archivedAt: true } });
  return group ? { groupId: group.id, groupArchived: group.archivedAt !== null, ownerInstitutionId: null } : null;
}

/**
 * The groups a list shows: the one asked for (if the actor belongs to it), every group of the
 * actor for "all", or the group they work in.
 */
export function listGroupIds(actor: Actor, group: string | null, currentGroupId: string | null): string[] {
  const mine = visibleGroupIds(actor);
  if (group === "all") return mine;
  if (group && mine.includes(group)) return [group];
  return currentGroupId && mine.includes(currentGroupId) ? [currentGroupId] : mine;
}

const rowSelect = {
  id: true,
  groupId: true,
  number: true,
  title: true,
  description: true,
  status: true,
  priority: true,
  dueDate: true,
  blockedReason: true,
  progressPercent: true,
  source: true,
  createdAt: true,
  updatedAt: true,
  completedAt: true,
  group: { select: { name: true, archivedAt: true } },
  ownerInstitution: { select: { id: true, name: true, shortName: true } },
  responsible: { select: { id: true, name: true, email: true } },
  deputy: { select: { id: true, name: true, email: true } },
  meeting: { select: { id: true, title: true, startsAt: true } },
  decision: { select: { id: true, year: true, number: true } },
  document: { select: { id: true, title: true } },
} satisfies Prisma.ActionSelect;

type RawRow = Prisma.ActionGetPayload<{ select: typeof rowSelect }>;

export type ActionListRow = Omit<RawRow, "dueDate"> & { dueDate: string | null; dueState: DueState };

function toListRow(row: RawRow, today: string): ActionListRow {
  const dueDate = row.dueDate ? dateFromDb(row.dueDate) : null;
  return { ...row, dueDate, dueState: classifyDue(dueDate, row.status, today) };
}

/** The where clause of a filtered list (the search words are matched in code). */
export function actionListWhere(actor: Actor, filters: ActionFilters, groupIds: string[], now: Date): Prisma.ActionWhereInput {
  const today = dateToDb(todayIn(now));
  return {
    AND: [
      actionScope(actor),
      { groupId: { in: groupIds } },
      filters.institution ? { ownerInstitutionId: filters.institution } : {},
      filters.person ? { OR: [{ responsibleUserId: filters.person }, { deputyUserId: filters.person }] } : {},
      filters.status.length ? { status: { in: filters.status } } : {},
      filters.dueFrom ? { dueDate: { gte: dateToDb(filters.dueFrom) } } : {},
      filters.dueTo ? { dueDate: { lte: dateToDb(filters.dueTo) } } : {},
      filters.meeting ? { meetingId: filters.meeting } : {},
      filters.overdue ? { status: { in: [...OPEN_STATUSES] }, dueDate: { lt: today } } : {},
    ],
  };
}

/** "#12", "12" or words of the title or description, diacritics-insensitive. */
export function matchesActionSearch(row: { number: number; title: string; description: string | null }, q: string): boolean {
  const words = foldText(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText(`#${row.number} ${row.title} ${row.description ?? ""}`);
  return words.every((word) => haystack.includes(word) || word.replace(/^#/, "") === String(row.number));
}

/** Every action matching the filters, sorted (the board and the exports use all of them). */
export async function listAllActions(actor: Actor, filters: ActionFilters, groupIds: string[], now = new Date(), tx: Tx = db): Promise<ActionListRow[]> {
  const rows = await tx.action.findMany({
    where: actionListWhere(actor, filters, groupIds, now),
    select: rowSelect,
    orderBy: [{ groupId: "asc" }, { number: "asc" }],
    take: ACTIONS_LIST_LIMIT,
  });
  const today = todayIn(now);
  return rows
    .filter((r) => matchesActionSearch(r, filters.q))
    .map((r) => toListRow(r, today))
    .sort((a, b) =>
      compareActions(filters.sort, filters.dir)(
        { ...a, ownerShortName: a.ownerInstitution.shortName, groupName: a.group.name },
        { ...b, ownerShortName: b.ownerInstitution.shortName, groupName: b.group.name },
      ),
    );
}

export type ActionPage = { rows: ActionListRow[]; total: number; page: number; pageCount: number; pageSize: number };

export function paginateActions(all: ActionListRow[], page: number): ActionPage {
  const pageCount = Math.max(1, Math.ceil(all.length / ACTIONS_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  return {
    rows: all.slice((current - 1) * ACTIONS_PAGE_SIZE, current * ACTIONS_PAGE_SIZE),
    total: all.length,
    page: current,
    pageCount,
    pageSize: ACTIONS_PAGE_SIZE,
  };
}

export async function listActions(actor: Actor, filters: ActionFilters, groupIds: string[], now = new Date()): Promise<ActionPage> {
  return paginateActions(await listAllActions(actor, filters, groupIds, now), filters.page);
}

/** Counts for the page header: open, overdue and due soon in the listed groups. */
export function summariseActions(rows: ActionListRow[]) {
  return {
    open: rows.filter((r) => r.dueState !== "closed").length,
    overdue: rows.filter((r) => r.dueState === "overdue").length,
    dueSoon: rows.filter((r) => r.dueState === "today" || r.dueState === "soon").length,
  };
}

const detailSelect = {
  ...rowSelect,
  createdBy: { select: { id: true, name: true } },
  indicators: { select: { id: true, name: true, unit: true }, orderBy: { position: "asc" } },
  updates: {
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      note: true,
      percent: true,
      createdAt: true,
      author: { select: { id: true, name: true, institution: { select: { shortName: true } } } },
      meeting: { select: { id: true, title: true } },
    },
  },
  changes: {
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, changes: true, createdAt: true, user: { select: { id: true, name: true } } },
  },
} satisfies Prisma.ActionSelect;

/** One action with its progress notes and history, or null outside the actor's groups. */
export async function getActionDetail(actor: Actor, id: string, now = new Date()) {
  const row = await db.action.findFirst({ where: { id, ...actionScope(actor) }, select: detailSelect });
  if (!row) return null;
  const { updates, changes, createdBy, indicators, ...rest } = row;
  return {
    ...toListRow(rest, todayIn(now)),
    createdBy,
    indicators,
    updates,
    history: await resolveHistory(changes),
  };
}
export type ActionDetail = NonNullable<Awaited<ReturnType<typeof getActionDetail>>>;

/** A field's value in the history, with references resolved to names. */
export type HistoryValue = string | number | boolean | string[] | null;
export type HistoryEntry = {
  id: string;
  at: Date;
  user: { id: string; name: string } | null;
  created: boolean;
  fields: { field: string; before: HistoryValue; after: HistoryValue }[];
};

/** The fields of ActionChange.changes whose values are ids, and what they point to. */
const referenceFields = {
  ownerInstitutionId: "institution",
  responsibleUserId: "user",
  deputyUserId: "user",
  meetingId: "meeting",
  decisionId: "decision",
  documentId: "document",
  indicatorIds: "indicator",
} as const;
type ReferenceKind = (typeof referenceFields)[keyof typeof referenceFields];

function asPairs(changes: Prisma.JsonValue): [string, HistoryValue, HistoryValue][] {
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return [];
  return Object.entries(changes).flatMap(([field, pair]) =>
    Array.isArray(pair) && pair.length === 2 ? [[field, pair[0] as HistoryValue, pair[1] as HistoryValue] as [string, HistoryValue, HistoryValue]] : [],
  );
}

/** Turns stored { field: [before, after] } into display rows, naming people and institutions. */
export async function resolveHistory(
  changes: { id: string; changes: Prisma.JsonValue; createdAt: Date; user: { id: string; name: string } | null }[],
): Promise<HistoryEntry[]> {
  const wanted: Record<ReferenceKind, Set<string>> = {
    institution: new Set(),
    user: new Set(),
    meeting: new Set(),
    decision: new Set(),
    document: new Set(),
    indicator: new Set(),
  };
  for (const change of changes) {
    for (const [field, before, after] of asPairs(change.changes)) {
      const kind = referenceFields[field as keyof typeof referenceFields];
      if (!kind) continue;
      for (const v of [before, after].flat()) if (typeof v === "string") wanted[kind].add(v);
    }
  }
  const ids = (kind: ReferenceKind) => [...wanted[kind]];
  const [institutions, users, meetings, decisions, documents, indicators] = await Promise.all([
    wanted.institution.size ? db.institution.findMany({ where: { id: { in: ids("institution") } }, select: { id: true, shortName: true } }) : [],
    wanted.user.size ? db.user.findMany({ where: { id: { in: ids("user") } }, select: { id: true, name: true } }) : [],
    wanted.meeting.size ? db.meeting.findMany({ where: { id: { in: ids("meeting") } }, select: { id: true, title: true } }) : [],
    wanted.decision.size ? db.decision.findMany({ where: { id: { in: ids("decision") } }, select: { id: true, year: true, number: true } }) : [],
    wanted.document.size ? db.document.findMany({ where: { id: { in: ids("document") } }, select: { id: true, title: true } }) : [],
    wanted.indicator.size ? db.indicator.findMany({ where: { id: { in: ids("indicator") } }, select: { id: true, name: true } }) : [],
  ]);
  const labels: Record<ReferenceKind, Map<string, string>> = {
    institution: new Map(institutions.map((i) => [i.id, i.shortName])),
    user: new Map(users.map((u) => [u.id, u.name])),
    meeting: new Map(meetings.map((m) => [m.id, m.title])),
    decision: new Map(decisions.map((d) => [d.id, `${d.number}/${d.year}`])),
    document: new Map(documents.map((d) => [d.id, d.title])),
    indicator: new Map(indicators.map((i) => [i.id, i.name])),
  };
  const label = (kind: ReferenceKind, v: HistoryValue): HistoryValue => {
    if (Array.isArray(v)) return v.map((x) => labels[kind].get(x) ?? "—");
    return typeof v === "string" ? (labels[kind].get(v) ?? "—") : v;
  };
  return changes.map((change) => {
    const pairs = asPairs(change.changes);
    const created = pairs.some(([field]) => field === "created");
    return {
      id: change.id,
      at: change.createdAt,
      user: change.user,
      created,
      fields: pairs
        .filter(([field]) => field !== "created")
        .map(([field, before, after]) => {
          const kind = referenceFields[field as keyof typeof referenceFields];
          return kind ? { field, before: label(kind, before), after: label(kind, after) } : { field, before, after };
        }),
    };
  });
}

/** The group's choices for the action form: institutions, their people in the group, sources, indicators. */
export async function listActionFormOptions(groupId: string) {
  const [institutions, members, meetings, decisions, documents, indicators] = await Promise.all([
    db.groupInstitution.findMany({
      where: { groupId, institution: { archivedAt: null } },
      select: { institution: { select: { id: true, name: true, shortName: true } } },
    }),
    db.groupMember.findMany({
      where: { groupId, user: { archivedAt: null, institutionId: { not: null } } },
      select: { user: { select: { id: true, name: true, institutionId: true } } },
    }),
    db.meeting.findMany({
      where: { groupId, status: { not: "CANCELLED" } },
      select: { id: true, title: true, startsAt: true },
      orderBy: { startsAt: "desc" },
      take: 100,
    }),
    db.decision.findMany({
      where: { groupId },
      select: { id: true, year: true, number: true, text: true },
      orderBy: [{ year: "desc" }, { number: "desc" }],
      take: 200,
    }),
    db.document.findMany({
      where: { groupId, archivedAt: null },
      select: { id: true, title: true },
      orderBy: { updatedAt: "desc" },
      take: 100,
    }),
    db.indicator.findMany({ where: { groupId, archivedAt: null }, select: { id: true, name: true, unit: true }, orderBy: { position: "asc" } }),
  ]);
  const collator = new Intl.Collator("pl", { sensitivity: "base" });
  return {
    institutions: institutions.map((g) => g.institution).sort((a, b) => collator.compare(a.name, b.name)),
    people: members
      .map((m) => ({ id: m.user.id, name: m.user.name, institutionId: m.user.institutionId! }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    meetings,
    decisions: decisions.map((d) => ({ id: d.id, label: `${d.number}/${d.year}`, text: d.text.slice(0, 120) })),
    documents,
    indicators,
  };
}
export type ActionFormOptions = Awaited<ReturnType<typeof listActionFormOptions>>;

/** Choices of the list filters across the listed groups. */
export async function listActionFilterOptions(groupIds: string[]) {
  const [institutions, people, meetings] = await Promise.all([
    db.institution.findMany({
      where: { groups: { some: { groupId: { in: groupIds } } } },
      select: { id: true, name: true, shortName: true },
    }),
    db.user.findMany({
      where: { memberships: { some: { groupId: { in: groupIds } } }, archivedAt: null },
      select: { id: true, name: true, institution: { select: { shortName: true } } },
    }),
    db.meeting.findMany({
      where: { groupId: { in: groupIds }, actions: { some: {} } },
      select: { id: true, title: true, startsAt: true },
      orderBy: { startsAt: "desc" },
      take: 100,
    }),
  ]);
  const collator = new Intl.Collator("pl", { sensitivity: "base" });
  return {
    institutions: institutions.sort((a, b) => collator.compare(a.shortName, b.shortName)),
    people: people.sort((a, b) => collator.compare(a.name, b.name)),
    meetings,
  };
}
export type ActionFilterOptions = Awaited<ReturnType<typeof listActionFilterOptions>>;

export async function listSavedFilters(userId: string, groupId: string) {
  return db.savedFilter.findMany({
    where: { userId, groupId, view: "actions" },
    select: { id: true, name: true, query: true },
    orderBy: { name: "asc" },
  });
}

/** Actions agreed at (or stemming from) a meeting, by number. */
export async function listMeetingActions(actor: Actor, meetingId: string, now = new Date()): Promise<ActionListRow[]> {
  const rows = await db.action.findMany({
    where: { meetingId, ...actionScope(actor) },
    select: rowSelect,
    orderBy: { number: "asc" },
  });
  const today = todayIn(now);
  return rows.map((r) => toListRow(r, today));
}

export type ReviewStatusChange = { at: Date; from: ActionStatus | null; to: ActionStatus };
export type ReviewAction = {
  id: string;
  number: number;
  title: string;
  status: ActionStatus;
  dueDate: string | null;
  dueState: DueState;
  blockedReason: string | null;
  progressPercent: number | null;
  responsible: string | null;
  /** Status changes since the previous meeting, oldest first. */
  changes: ReviewStatusChange[];
};
export type ActionsReview = {
  previousMeeting: { id: string; title: string; startsAt: Date } | null;
  since: Date | null;
  institutions: { id: string; name: string; shortName: string; actions: ReviewAction[] }[];
};

/**
 * The "review of open actions" agenda item of a meeting: the group's open actions grouped by
 * owner institution, plus actions closed since the previous meeting, each with the status
 * changes made since that meeting (the last earlier meeting of the group that took place).
 */
export async function getActionsReview(meetingId: string, now = new Date(), tx: Tx = db): Promise<ActionsReview | null> {
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { id: true, groupId: true, startsAt: true } });
  if (!meeting) return null;
  const previous = await tx.meeting.findFirst({
    where: { groupId: meeting.groupId, id: { not: meeting.id }, startsAt: { lt: meeting.startsAt }, status: { in: ["HELD", "MINUTES_APPROVED", "IN_PROGRESS"] } },
    orderBy: { startsAt: "desc" },
    select: { id: true, title: true, startsAt: true, endsAt: true, endedAt: true },
  });
  const since = previous ? (previous.endedAt ?? previous.endsAt) : null;
  const rows = await tx.action.findMany({
    where: {
      groupId: meeting.groupId,
      OR: [{ status: { in: [...OPEN_STATUSES] } }, ...(since ? [{ changes: { some: { createdAt: { gt: since } } } }] : [])],
    },
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      dueDate: true,
      blockedReason: true,
      progressPercent: true,
      responsible: { select: { name: true } },
      ownerInstitution: { select: { id: true, name: true, shortName: true } },
      changes: {
        where: since ? { createdAt: { gt: since } } : { id: "" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { createdAt: true, changes: true },
      },
    },
    orderBy: { number: "asc" },
  });
  const today = todayIn(now);
  const byInstitution = new Map<string, ActionsReview["institutions"][number]>();
  for (const row of rows) {
    const statusChanges: ReviewStatusChange[] = row.changes.flatMap((c) => {
      const pair = asPairs(c.changes).find(([field]) => field === "status");
      return pair ? [{ at: c.createdAt, from: (pair[1] as ActionStatus | null) ?? null, to: pair[2] as ActionStatus }] : [];
    });
    // Closed actions belong in the review only when they were closed (or changed status) since the last meeting.
    if ((row.status === "DONE" || row.status === "CANCELLED") && statusChanges.length === 0) continue;
    const dueDate = row.dueDate ? dateFromDb(row.dueDate) : null;
    const entry = byInstitution.get(row.ownerInstitution.id) ?? { ...row.ownerInstitution, actions: [] };
    entry.actions.push({
      id: row.id,
      number: row.number,
      title: row.title,
      status: row.status,
      dueDate,
      dueState: classifyDue(dueDate, row.status, today),
      blockedReason: row.blockedReason,
      progressPercent: row.progressPercent,
      responsible: row.responsible?.name ?? null,
      changes: statusChanges,
    });
    byInstitution.set(row.ownerInstitution.id, entry);
  }
  const collator = new Intl.Collator("pl", { sensitivity: "base" });
  return {
    previousMeeting: previous ? { id: previous.id, title: previous.title, startsAt: previous.startsAt } : null,
    since,
    institutions: [...byInstitution.values()].sort((a, b) => collator.compare(a.name, b.name)),
  };
}
