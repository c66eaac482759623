import "server-only";
// Reads of the agenda. The meeting is looked up within the actor's groups, so an agenda of
// another group is "not found", never shown.
import { db, type Tx } from "@/lib/db/client";
import { visibleGroupIds, type Actor, type GroupRef } from "@/lib/permissions/ability";
import { documentLinkSchema, type DocumentLink } from "@/lib/agenda/schema";

/** The meeting as the agenda and attendance pages need it; null when outside the actor's groups. */
export async function getMeetingForViewer(actor: Actor, meetingId: string) {
  return db.meeting.findFirst({
    where: { id: meetingId, ...(actor.isAdmin ? {} : { groupId: { in: visibleGroupIds(actor) } }) },
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      place: true,
      onlineUrl: true,
      timeZone: true,
      group: { select: { id: true, name: true, archivedAt: true, quorumPercent: true } },
    },
  });
}
export type ViewerMeeting = NonNullable<Awaited<ReturnType<typeof getMeetingForViewer>>>;

/** What permission checks need: the group of a meeting; null when the meeting does not exist. */
export async function loadMeetingGroupRef(meetingId: string, tx: Tx = db): Promise<GroupRef | null> {
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { group: { select: { id: true, archivedAt: true } } } });
  return meeting ? { id: meeting.group.id, archived: meeting.group.archivedAt !== null } : null;
}

export async function loadAgendaItemGroupRef(itemId: string, tx: Tx = db): Promise<GroupRef | null> {
  const item = await tx.agendaItem.findUnique({ where: { id: itemId }, select: { meetingId: true } });
  return item ? loadMeetingGroupRef(item.meetingId, tx) : null;
}

/** Stored links are re-validated on the way out: a malformed row is dropped, not rendered. */
function parseLinks(value: unknown): DocumentLink[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const parsed = documentLinkSchema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function listAgendaItems(meetingId: string) {
  const items = await db.agendaItem.findMany({
    where: { meetingId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      position: true,
      title: true,
      durationMinutes: true,
      description: true,
      isActionsReview: true,
      status: true,
      movedFromItemId: true,
      documentLinks: true,
      presenterUser: { select: { id: true, name: true, institution: { select: { shortName: true } } } },
      presenterInstitution: { select: { id: true, name: true, shortName: true } },
    },
  });
  return items.map((item) => ({ ...item, documentLinks: parseLinks(item.documentLinks) }));
}
export type AgendaItemRow = Awaited<ReturnType<typeof listAgendaItems>>[number];

/** People (active) and member institutions of the group, for the presenter picker. */
export async function listPresenterOptions(groupId: string) {
  const [people, institutions] = await Promise.all([
    db.user.findMany({
      where: { archivedAt: null, memberships: { some: { groupId } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, institution: { select: { shortName: true } } },
    }),
    db.groupInstitution.findMany({
      where: { groupId, institution: { archivedAt: null } },
      orderBy: { institution: { name: "asc" } },
      select: { institution: { select: { id: true, name: true, shortName: true } } },
    }),
  ]);
  return {
    people: people.map((p) => ({ id: p.id, label: p.institution ? `${p.name} (${p.institution.shortName})` : p.name })),
    institutions: institutions.map((g) => ({ id: g.institution.id, label: `${g.institution.shortName} — ${g.institution.name}` })),
  };
}
export type PresenterOptions = Awaited<ReturnType<typeof listPresenterOptions>>;
