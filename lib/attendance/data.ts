import "server-only";
// The attendance sheet of a meeting: everyone who can be marked, grouped by institution,
// with their marks and the quorum. Callers look the meeting up within the actor's groups.
import { db } from "@/lib/db/client";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import { computeQuorum, type Quorum } from "@/lib/attendance/quorum";

type InstitutionInfo = { id: string; name: string; shortName: string };

export type AttendancePerson = { id: string; name: string; status: AttendanceStatus | null; invited: boolean };
export type AttendanceInstitution = { institution: InstitutionInfo | null; isMember: boolean; people: AttendancePerson[] };
export type AttendanceSheet = { institutions: AttendanceInstitution[]; quorum: Quorum; quorumPercent: number; marked: number; total: number };

export async function getAttendanceSheet(meeting: { id: string; group: { id: string; quorumPercent: number } }): Promise<AttendanceSheet> {
  const institutionSelect = { select: { id: true, name: true, shortName: true } } as const;
  const [members, invitees, marks, partners] = await Promise.all([
    db.groupMember.findMany({
      where: { groupId: meeting.group.id },
      select: { user: { select: { id: true, name: true, archivedAt: true, institution: institutionSelect } } },
    }),
    db.meetingInvitee.findMany({
      where: { meetingId: meeting.id },
      select: {
        user: { select: { id: true, name: true, archivedAt: true, institution: institutionSelect } },
        substitute: { select: { id: true, name: true, archivedAt: true, institution: institutionSelect } },
      },
    }),
    db.attendance.findMany({
      where: { meetingId: meeting.id },
      select: { userId: true, status: true, institution: institutionSelect, user: { select: { id: true, name: true } } },
    }),
    db.groupInstitution.findMany({
      where: { groupId: meeting.group.id, institution: { archivedAt: null } },
      select: { institution: institutionSelect },
    }),
  ]);

  const markByUser = new Map(marks.map((m) => [m.userId, m]));
  type Candidate = { id: string; name: string; institution: InstitutionInfo | null; invited: boolean };
  const people = new Map<string, Candidate>();
  const add = (u: { id: string; name: string; archivedAt: Date | null; institution: InstitutionInfo | null } | null, invited: boolean) => {
    // Archived accounts stay on the sheet only if they were marked while active.
    if (!u || (u.archivedAt && !markByUser.has(u.id))) return;
    const known = people.get(u.id);
    if (known) known.invited ||= invited;
    else people.set(u.id, { id: u.id, name: u.name, institution: u.institution, invited });
  };
  for (const m of members) add(m.user, false);
  for (const i of invitees) {
    add(i.user, true);
    add(i.substitute, true);
  }

  const memberIds = new Set(partners.map((p) => p.institution.id));
  const byInstitution = new Map<string, AttendanceInstitution>();
  for (const person of people.values()) {
    const mark = markByUser.get(person.id);
    // Once marked, the person counts for the institution recorded with the mark.
    const institution = mark ? mark.institution : person.institution;
    const key = institution?.id ?? "";
    let entry = byInstitution.get(key);
    if (!entry) {
      entry = { institution, isMember: institution ? memberIds.has(institution.id) : false, people: [] };
      byInstitution.set(key, entry);
    }
    entry.people.push({ id: person.id, name: person.name, status: mark?.status ?? null, invited: person.invited });
  }
  const institutions = [...byInstitution.values()].sort((a, b) => {
    if (!a.institution) return 1;
    if (!b.institution) return -1;
    return a.institution.name.localeCompare(b.institution.name, "pl");
  });
  for (const entry of institutions) entry.people.sort((a, b) => a.name.localeCompare(b.name, "pl"));

  const quorum = computeQuorum({
    memberInstitutionIds: [...memberIds],
    presentInstitutionIds: marks.filter((m) => m.status === "PRESENT").map((m) => m.institution?.id ?? null),
    quorumPercent: meeting.group.quorumPercent,
  });
  const total = people.size;
  const marked = [...people.keys()].filter((id) => markByUser.has(id)).length;
  return { institutions, quorum, quorumPercent: meeting.group.quorumPercent, marked, total };
}
