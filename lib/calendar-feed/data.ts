import "server-only";
// Reads for the personal calendar feed. What a feed holds (documented choice):
//  - meetings of groups the person holds a role in (archived groups too: their history stays),
//  - where the person is invited, OR the meeting has no invitees at all (then the whole group
//    is implicitly concerned, e.g. before the coordinator sent invitations),
//  - drafts never (they are not announced yet), cancelled ones as STATUS:CANCELLED,
//  - from three months back onward.
// The token is the only credential: an unknown, malformed or revoked token finds no one.
import { subMonths } from "date-fns";
import { hashToken, isWellFormedToken } from "@/lib/account/tokens";
import { db } from "@/lib/db/client";
import { calendarMeetingSelect, type CalendarMeeting } from "@/lib/calendar-feed/meeting-event";

export async function findCalendarFeedOwner(token: string): Promise<{ id: string; name: string } | null> {
  if (!isWellFormedToken(token)) return null;
  const user = await db.user.findUnique({
    where: { calendarFeedTokenHash: hashToken(token) },
    select: { id: true, name: true, archivedAt: true },
  });
  if (!user || user.archivedAt) return null;
  return { id: user.id, name: user.name };
}

export async function listCalendarFeedMeetings(userId: string, now = new Date()): Promise<CalendarMeeting[]> {
  return db.meeting.findMany({
    where: {
      group: { members: { some: { userId } } },
      status: { not: "DRAFT" },
      endsAt: { gte: subMonths(now, 3) },
      OR: [{ invitees: { some: { userId } } }, { invitees: { none: {} } }],
    },
    select: calendarMeetingSelect,
    orderBy: { startsAt: "asc" },
    take: 2000,
  });
}

export async function getCalendarFeedStatus(userId: string): Promise<{ enabled: boolean; createdAt: Date | null }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { calendarFeedTokenHash: true, calendarFeedCreatedAt: true } });
  return { enabled: !!user?.calendarFeedTokenHash, createdAt: user?.calendarFeedCreatedAt ?? null };
}
