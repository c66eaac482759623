import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleGroupIds, type Actor } from "@/lib/permissions/ability";
import type { MeetingListQuery } from "@/lib/meetings/schema";

export const MEETINGS_PAGE_SIZE = 25;

/** Group scope for every meeting read: the actor's groups, or everything for an admin. */
export function meetingScope(actor: Actor): Prisma.MeetingWhereInput {
  return actor.isAdmin ? {} : { groupId: { in: visibleGroupIds(actor) } };
}

/** For authorisation: the meeting's group and state, or null when it does not exist. */
export async function loadMeetingRef(id: string) {
  const row = await db.meeting.findUnique({
    where: { id },
    select: { id: true, status: true, groupId: true, group: { select: { archivedAt: true } } },
  });
  if (!row) return null;
  return { id: row.id, status: row.status, groupId: row.groupId, group: { id: row.groupId, archived: row.group.archivedAt !== null } };
}

export async function loadGroupRef(groupId: string) {
  const group = await db.group.findUnique({ where: { id: groupId }, select: { id: true, archivedAt: true } });
  return group ? { id: group.id, archived: group.archivedAt !== null } : null;
}

const meetingInclude = {
  group: { select: { id: true, name: true, archivedAt: true } },
  organiserInstitution: { select: { id: true, name: true, shortName: true } },
  createdBy: { select: { id: true, name: true } },
  series: { select: { id: true, rule: true, timeZone: true } },
} satisfies Prisma.MeetingInclude;

/** One meeting the actor may see, or null (the page answers 404 for other groups' meetings). */
export async function getMeeting(actor: Actor, id: string) {
  return db.meeting.findFirst({ where: { id, ...meetingScope(actor) }, include: meetingInclude });
}
export type MeetingDetails = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

const listSelect = {
  id: true,
  title: true,
  kind: true,
  status: true,
  startsAt: true,
  endsAt: true,
  place: true,
  onlineUrl: true,
  seriesId: true,
  group: { select: { id: true, name: true } },
  organiserInstitution: { select: { id: true, name: true, shortName: true } },
} satisfies Prisma.MeetingSelect;

export type MeetingListRow = Prisma.MeetingGetPayload<{ select: typeof listSelect }>;

/**
 * Upcoming = not yet ended (soonest first); past = ended (latest first). The group filter
 * can only narrow the actor's own scope.
 */
export async function listMeetings(actor: Actor, query: MeetingListQuery, now = new Date()) {
  const where: Prisma.MeetingWhereInput = {
    AND: [
      meetingScope(actor),
      query.group ? { groupId: query.group } : {},
      query.kind ? { kind: query.kind } : {},
      query.status ? { status: query.status } : {},
      query.institution ? { organiserInstitutionId: query.institution } : {},
      query.q ? { title: { contains: query.q, mode: "insensitive" } } : {},
      query.tab === "past" ? { endsAt: { lt: now } } : { endsAt: { gte: now } },
    ],
  };
  const [rows, total] = await Promise.all([
    db.meeting.findMany({
      where,
      select: listSelect,
      orderBy: [{ startsAt: query.tab === "past" ? "desc" : "asc" }, { id: "asc" }],
      skip: (query.page - 1) * MEETINGS_PAGE_SIZE,
      take: MEETINGS_PAGE_SIZE,
    }),
    db.meeting.count({ where }),
  ]);
  return { rows, total, pageSize: MEETINGS_PAGE_SIZE };
}

/** Meetings overlapping [from, to) in the given groups (already limited to the actor's). */
export async function listMeetingsBetween(actor: Actor, from: Date, to: Date, groupId?: string) {
  return db.meeting.findMany({
    where: {
      AND: [meetingScope(actor), groupId ? { groupId } : {}, { startsAt: { lt: to } }, { endsAt: { gt: from } }],
    },
    select: listSelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
}

/** The next meetings of a group that have not ended and are not cancelled (dashboard). */
export async function listNextMeetings(actor: Actor, groupId: string, take = 5, now = new Date()) {
  return db.meeting.findMany({
    where: { AND: [meetingScope(actor), { groupId, endsAt: { gte: now }, status: { not: "CANCELLED" } }] },
    select: listSelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take,
  });
}

/** The group's member institutions: the choices for "organiser". */
export async function listGroupInstitutions(groupId: string) {
  const rows = await db.groupInstitution.findMany({
    where: { groupId },
    select: { institution: { select: { id: true, name: true, shortName: true, archivedAt: true } } },
    orderBy: { institution: { name: "asc" } },
  });
  return rows.map((r) => r.institution);
}

/** Organiser institutions appearing in the actor's meetings (the list filter's options). */
export async function listOrganiserOptions(actor: Actor) {
  return db.institution.findMany({
    where: { meetingsOrganised: { some: meetingScope(actor) } },
    select: { id: true, name: true, shortName: true },
    orderBy: { name: "asc" },
  });
}
