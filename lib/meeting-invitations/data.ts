import "server-only";
// Reads for the invitees tab: who is invited (grouped by institution), the answers, and the
// choices for the coordinator's invite form and the invitee's own answer form.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/permissions/ability";
import type { InviteeResponse, MeetingStatus } from "@/lib/generated/prisma/enums";

export type MeetingGroupRef = { id: string; archived: boolean };

/** What permission checks need about a meeting: its group. */
export async function loadMeetingGroup(meetingId: string): Promise<MeetingGroupRef | null> {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { group: { select: { id: true, archivedAt: true } } } });
  return meeting ? { id: meeting.group.id, archived: meeting.group.archivedAt !== null } : null;
}

export async function isMeetingInvitee(meetingId: string, userId: string): Promise<boolean> {
  const row = await db.meetingInvitee.findUnique({ where: { meetingId_userId: { meetingId, userId } }, select: { id: true } });
  return row !== null;
}

export type InviteeRow = {
  id: string;
  userId: string;
  name: string;
  email: string;
  response: InviteeResponse;
  comment: string | null;
  respondedAt: Date | null;
  viaInstitution: boolean;
  substitute: { id: string; name: string } | null;
};

export type InviteesPage = {
  meeting: { id: string; title: string; status: MeetingStatus; groupId: string; groupArchived: boolean };
  groups: { institutionId: string | null; institutionName: string | null; invitees: InviteeRow[] }[];
  counts: Record<InviteeResponse, number>;
  total: number;
  mine: (InviteeRow & { substituteChoices: { id: string; name: string }[] }) | null;
  /** For the invite form: institutions of the group with people not yet invited, and those people. */
  invitable: { institutions: { id: string; name: string; people: number }[]; people: { id: string; name: string; institutionName: string | null }[] };
};

/** The page's data, or null when the meeting does not exist or is outside the actor's groups. */
export async function getInviteesPage(meetingId: string, actor: Actor): Promise<InviteesPage | null> {
  const row = await db.meeting.findUnique({
    where: { id: meetingId },
    select: { id: true, title: true, status: true, groupId: true, group: { select: { archivedAt: true } } },
  });
  if (!row || (!actor.isAdmin && !actor.memberships[row.groupId])) return null;
  const meeting = { id: row.id, title: row.title, status: row.status, groupId: row.groupId, groupArchived: row.group.archivedAt !== null };

  const [invitees, members] = await Promise.all([
    db.meetingInvitee.findMany({
      where: { meetingId },
      select: {
        id: true,
        userId: true,
        response: true,
        comment: true,
        respondedAt: true,
        viaInstitutionId: true,
        substitute: { select: { id: true, name: true } },
        user: { select: { name: true, email: true, institution: { select: { id: true, name: true } } } },
      },
    }),
    db.groupMember.findMany({
      where: { groupId: meeting.groupId, user: { archivedAt: null } },
      select: { userId: true, user: { select: { name: true, institution: { select: { id: true, name: true } } } } },
    }),
  ]);

  const counts: Record<InviteeResponse, number> = { PENDING: 0, ATTENDING: 0, NOT_ATTENDING: 0, MAYBE: 0 };
  const byInstitution = new Map<string, InviteesPage["groups"][number]>();
  let mine: InviteesPage["mine"] = null;
  for (const i of invitees) {
    counts[i.response]++;
    const row: InviteeRow = {
      id: i.id,
      userId: i.userId,
      name: i.user.name,
      email: i.user.email,
      response: i.response,
      comment: i.comment,
      respondedAt: i.respondedAt,
      viaInstitution: i.viaInstitutionId !== null,
      substitute: i.substitute,
    };
    const key = i.user.institution?.id ?? "";
    const bucket = byInstitution.get(key) ?? { institutionId: i.user.institution?.id ?? null, institutionName: i.user.institution?.name ?? null, invitees: [] };
    bucket.invitees.push(row);
    byInstitution.set(key, bucket);
    if (i.userId === actor.id) {
      const institutionId = i.user.institution?.id;
      const substituteChoices = institutionId
        ? members
            .filter((m) => m.user.institution?.id === institutionId && m.userId !== actor.id)
            .map((m) => ({ id: m.userId, name: m.user.name }))
            .sort((a, b) => a.name.localeCompare(b.name, "pl"))
        : [];
      mine = { ...row, substituteChoices };
    }
  }
  const groups = [...byInstitution.values()].sort((a, b) =>
    a.institutionName === null ? 1 : b.institutionName === null ? -1 : a.institutionName.localeCompare(b.institutionName, "pl"),
  );
  for (const g of groups) g.invitees.sort((a, b) => a.name.localeCompare(b.name, "pl"));

  const invited = new Set(invitees.map((i) => i.userId));
  const notInvited = members.filter((m) => !invited.has(m.userId));
  const institutionMap = new Map<string, { id: string; name: string; people: number }>();
  for (const m of notInvited) {
    const inst = m.user.institution;
    if (!inst) continue;
    const entry = institutionMap.get(inst.id) ?? { id: inst.id, name: inst.name, people: 0 };
    entry.people++;
    institutionMap.set(inst.id, entry);
  }
  return {
    meeting,
    groups,
    counts,
    total: invitees.length,
    mine,
    invitable: {
      institutions: [...institutionMap.values()].sort((a, b) => a.name.localeCompare(b.name, "pl")),
      people: notInvited
        .map((m) => ({ id: m.userId, name: m.user.name, institutionName: m.user.institution?.name ?? null }))
        .sort((a, b) => a.name.localeCompare(b.name, "pl")),
    },
  };
}
