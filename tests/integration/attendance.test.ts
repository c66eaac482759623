// Attendance marking and the quorum through the real server actions and the sheet read.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { setDb } from "@/lib/db/client";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { markAttendanceAction } from "@/lib/attendance/actions";
import { setRealtime } from "@/lib/realtime/registry";
import { getAttendanceSheet } from "@/lib/attendance/data";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroup, buildGroupWithRoles, buildInstitution, buildUser } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());

async function buildMeeting(groupId: string, status: MeetingStatus) {
  return t.prisma.meeting.create({
    data: { groupId, title: "Posiedzenie", status, startsAt: new Date("2027-03-02T09:00:00Z"), endsAt: new Date("2027-03-02T11:00:00Z") },
  });
}

const marks = (meetingId: string) => t.prisma.attendance.findMany({ where: { meetingId } });

describe("marking attendance", () => {
  it("lets a coordinator mark people during the meeting, recording their institution", async () => {
    const { group, coordinator, member, institution } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(group.id, "IN_PROGRESS");
    await signInAs(coordinator);
    const result = await markAttendanceAction({ meetingId: meeting.id, userId: member.id, status: "PRESENT" });
    expect(result.ok).toBe(true);
    const changed = await markAttendanceAction({ meetingId: meeting.id, userId: member.id, status: "EXCUSED" });
    expect(changed.ok).toBe(true);
    const rows = await marks(meeting.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: member.id, status: "EXCUSED", institutionId: institution.id, markedById: coordinator.id });
  });

  it("tells the group's open pages that attendance changed, only after a saved mark", async () => {
    const { group, coordinator, member } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(group.id, "IN_PROGRESS");
    const closed = await buildMeeting(group.id, "SCHEDULED");
    // Records what the action broadcasts; the socket server itself is covered by realtime.test.ts.
    const sent: { room: string; event: string; payload: unknown }[] = [];
    setRealtime({ to: (room: string) => ({ emit: (event: string, payload: unknown) => sent.push({ room, event, payload }) }) } as never);
    try {
      await signInAs(coordinator);
      await markAttendanceAction({ meetingId: closed.id, userId: member.id, status: "PRESENT" });
      expect(sent).toEqual([]);
      await markAttendanceAction({ meetingId: meeting.id, userId: member.id, status: "PRESENT" });
      expect(sent).toEqual([{ room: `group:${group.id}`, event: "attendance:changed", payload: { meetingId: meeting.id } }]);
    } finally {
      setRealtime(undefined);
    }
  });

  it("keeps the institution of the time when the person later changes jobs", async () => {
    const { group, coordinator, member, institution } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(group.id, "HELD");
    await signInAs(coordinator);
    await markAttendanceAction({ meetingId: meeting.id, userId: member.id, status: "PRESENT" });
    const elsewhere = await buildInstitution(t.prisma);
    await t.prisma.user.update({ where: { id: member.id }, data: { institutionId: elsewhere.id } });
    const sheet = await getAttendanceSheet({ id: meeting.id, group: { id: group.id, quorumPercent: 50 } });
    const entry = sheet.institutions.find((e) => e.people.some((p) => p.id === member.id));
    expect(entry?.institution?.id).toBe(institution.id);
  });

  it.each(["DRAFT", "SCHEDULED", "CANCELLED", "MINUTES_APPROVED"] as const)("refuses marking when the meeting is %s", async (status) => {
    const { group, coordinator, member } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(group.id, status);
    await signInAs(coordinator);
    const result = await markAttendanceAction({ meetingId: meeting.id, userId: member.id, status: "PRESENT" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe("Obecność można zaznaczać tylko w trakcie spotkania lub po nim.");
    expect(await marks(meeting.id)).toHaveLength(0);
  });

  it.each(["member", "reviewer", "observer"] as const)("refuses a %s and changes nothing", async (role) => {
    const roles = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(roles.group.id, "IN_PROGRESS");
    await signInAs(roles[role]);
    const result = await markAttendanceAction({ meetingId: meeting.id, userId: roles[role].id, status: "PRESENT" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe("FORBIDDEN");
    expect(await marks(meeting.id)).toHaveLength(0);
  });

  it("refuses people who are neither in the group nor invited, and bad statuses", async () => {
    const { group, coordinator, outsider, member } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(group.id, "IN_PROGRESS");
    await signInAs(coordinator);
    const stranger = await markAttendanceAction({ meetingId: meeting.id, userId: outsider.id, status: "PRESENT" });
    expect(stranger.ok).toBe(false);
    const bad = await markAttendanceAction({ meetingId: meeting.id, userId: member.id, status: "LATE" as never });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fieldErrors?.status).toBe("Wybierz jedną z dostępnych opcji.");
    expect(await marks(meeting.id)).toHaveLength(0);

    // An invitee from outside the group is on the list.
    await t.prisma.meetingInvitee.create({ data: { meetingId: meeting.id, userId: outsider.id } });
    expect((await markAttendanceAction({ meetingId: meeting.id, userId: outsider.id, status: "PRESENT" })).ok).toBe(true);
  });
});

describe("quorum", () => {
  it("counts institutions with at least one person present against the group's member institutions", async () => {
    // 11 member institutions, one coordinator and one member in each; the group needs half.
    const institutions = await Promise.all(Array.from({ length: 11 }, () => buildInstitution(t.prisma)));
    const group = await buildGroup(t.prisma, { quorumPercent: 50, institutions: institutions.map((i) => ({ institutionId: i.id })) });
    const coordinator = await buildUser(t.prisma, { institutionId: institutions[0]!.id, groups: [{ groupId: group.id, role: "COORDINATOR" }] });
    const people = [];
    for (const inst of institutions) {
      people.push(await buildUser(t.prisma, { institutionId: inst.id, groups: [{ groupId: group.id, role: "MEMBER" }] }));
    }
    const meeting = await buildMeeting(group.id, "IN_PROGRESS");
    const sheetNow = () => getAttendanceSheet({ id: meeting.id, group: { id: group.id, quorumPercent: 50 } });
    await signInAs(coordinator);

    expect((await sheetNow()).quorum).toEqual({ present: 0, total: 11, required: 6, reached: false });
    // Two people of the same institution count once; absent and excused do not count.
    await markAttendanceAction({ meetingId: meeting.id, userId: coordinator.id, status: "PRESENT" });
    for (const person of people.slice(0, 5)) await markAttendanceAction({ meetingId: meeting.id, userId: person.id, status: "PRESENT" });
    await markAttendanceAction({ meetingId: meeting.id, userId: people[5]!.id, status: "EXCUSED" });
    await markAttendanceAction({ meetingId: meeting.id, userId: people[6]!.id, status: "ABSENT" });
    expect((await sheetNow()).quorum).toEqual({ present: 5, total: 11, required: 6, reached: false });

    await markAttendanceAction({ meetingId: meeting.id, userId: people[5]!.id, status: "PRESENT" });
    const sheet = await sheetNow();
    expect(sheet.quorum).toEqual({ present: 6, total: 11, required: 6, reached: true });
    expect(sheet.marked).toBe(8);
    expect(sheet.total).toBe(12);
    expect(sheet.institutions).toHaveLength(11);
  });
});
