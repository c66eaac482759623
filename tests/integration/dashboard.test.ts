// The partner dashboard's queries: one institution's work, every partner's for coordinators,
// the per-institution summary, all limited to the group (and the institution) asked for.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { setDb } from "@/lib/db/client";
import { getPartnerSummary, getPartnerWork } from "@/lib/dashboard/data";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildDocument } from "@/tests/support/collab-factories";
import { buildUser } from "@/tests/support/factories";
import { buildContribution, buildIndicator, buildMeetingRow, buildPartnership, buildRegisterAction } from "@/tests/support/registers-factories";
import { signInAs } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());

// 15 May 2026, noon in Warsaw: the last completed quarter is Q1 2026.
const now = new Date("2026-05-15T10:00:00Z");
const day = (s: string) => new Date(`${s}T00:00:00Z`);

async function as(user: { id: string }): Promise<CurrentUser> {
  await signInAs(user);
  return (await getCurrentUser())!;
}

async function scene() {
  const s = await buildPartnership(t.prisma);
  const other = await buildPartnership(t.prisma);
  const { group, a, b } = s;
  const action = (owner: string, data: Partial<Prisma.ActionUncheckedCreateInput>) =>
    buildRegisterAction(t.prisma, { groupId: group.id, ownerInstitutionId: owner, ...data });
  const overdueA = await action(a.id, { title: "Zaległe A", status: "IN_PROGRESS", dueDate: day("2026-05-01") });
  const soonA = await action(a.id, { title: "Wkrótce A", status: "OPEN", dueDate: day("2026-06-01") });
  const undatedA = await action(a.id, { title: "Bez terminu A", status: "BLOCKED" });
  await action(a.id, { title: "Zrobione niedawno", status: "DONE", completedAt: new Date("2026-05-05T10:00:00Z") });
  await action(a.id, { title: "Zrobione dawno", status: "DONE", completedAt: new Date("2026-03-01T10:00:00Z") });
  await action(a.id, { title: "Anulowane", status: "CANCELLED", dueDate: day("2026-01-01") });
  // Due today is not overdue.
  const todayB = await action(b.id, { title: "Dziś B", status: "OPEN", dueDate: day("2026-05-15") });
  const overdueB = await action(b.id, { title: "Zaległe B", status: "OPEN", dueDate: day("2026-04-01") });
  // The same institution's action in another group stays out.
  await buildRegisterAction(t.prisma, { groupId: other.group.id, ownerInstitutionId: a.id, title: "Inna grupa", status: "OPEN", dueDate: day("2026-01-01") });

  const meeting = await buildMeetingRow(t.prisma, { groupId: group.id, status: "SCHEDULED", startsAt: new Date("2026-05-20T08:00:00Z") });
  const past = await buildMeetingRow(t.prisma, { groupId: group.id, status: "SCHEDULED", startsAt: new Date("2026-05-01T08:00:00Z") });
  const foreignMeeting = await buildMeetingRow(t.prisma, { groupId: other.group.id, status: "SCHEDULED", startsAt: new Date("2026-05-21T08:00:00Z") });
  await t.prisma.meetingInvitee.createMany({
    data: [
      { meetingId: meeting.id, userId: s.member.id, response: "PENDING" },
      { meetingId: meeting.id, userId: s.memberB.id, response: "PENDING" },
      { meetingId: meeting.id, userId: s.coordinator.id, response: "ATTENDING" },
      { meetingId: past.id, userId: s.member.id, response: "PENDING" },
      { meetingId: foreignMeeting.id, userId: s.member.id, response: "PENDING" },
    ],
  });

  // Indicators: A reported for Q1 2026, B did not; C is an observer and is not asked.
  const tracked = await buildIndicator(t.prisma, { groupId: group.id, name: "Uczestnicy szkoleń", createdAt: new Date("2025-01-01T10:00:00Z") });
  await buildContribution(t.prisma, { indicatorId: tracked.id, institutionId: a.id, periodStart: "2026-01-01", periodEnd: "2026-03-31", value: 0 });
  await buildContribution(t.prisma, { indicatorId: tracked.id, institutionId: b.id, periodStart: "2025-10-01", periodEnd: "2025-12-31", value: 12 });
  // Deadline passed in 2025: its final report is for Q3 2025, which B made and A did not.
  const ended = await buildIndicator(t.prisma, { groupId: group.id, name: "Ankiety", deadline: day("2025-09-30"), createdAt: new Date("2025-01-01T10:00:00Z") });
  await buildContribution(t.prisma, { indicatorId: ended.id, institutionId: b.id, periodStart: "2025-07-01", periodEnd: "2025-09-30", value: 40 });
  // Archived indicators and indicators tracked only from this quarter ask for nothing.
  await buildIndicator(t.prisma, { groupId: group.id, archivedAt: new Date("2026-02-01T00:00:00Z"), createdAt: new Date("2025-01-01T10:00:00Z") });
  await buildIndicator(t.prisma, { groupId: group.id, createdAt: new Date("2026-04-10T10:00:00Z") });

  const edited = await buildDocument(t.prisma, { groupId: group.id, title: "Strategia — projekt", lastEditedAt: new Date("2026-05-14T09:00:00Z") });
  await buildDocument(t.prisma, { groupId: group.id, title: "Nigdy nie edytowany" });
  await buildDocument(t.prisma, { groupId: other.group.id, title: "Obcy", lastEditedAt: new Date("2026-05-14T10:00:00Z") });
  return { ...s, other, overdueA, soonA, undatedA, todayB, overdueB, meeting, tracked, ended, edited };
}

describe("an institution's work", () => {
  it("shows its open actions (soonest first, overdue flagged), its people's unanswered invitations and its reports due", async () => {
    const s = await scene();
    const current = await as(s.member);
    const work = (await getPartnerWork(current, s.group.id, { kind: "institution", institutionId: s.a.id }, now))!;
    expect(work.actions.rows.map((r) => [r.id, r.overdue])).toEqual([
      [s.overdueA.id, true],
      [s.soonA.id, false],
      [s.undatedA.id, false],
    ]);
    expect([work.actions.openCount, work.actions.overdueCount]).toEqual([3, 1]);
    expect(work.invitations.map((i) => [i.meeting.id, i.user.id])).toEqual([[s.meeting.id, s.member.id]]);
    expect(work.contributionsDue.map((d) => [d.indicator.id, d.institution.id, `${d.quarter.year}-Q${d.quarter.quarter}`])).toEqual([[s.ended.id, s.a.id, "2025-Q3"]]);
    expect(work.documents.map((d) => d.id)).toEqual([s.edited.id]);
  });

  it("shows B's own work to B's member", async () => {
    const s = await scene();
    const work = (await getPartnerWork(await as(s.memberB), s.group.id, { kind: "institution", institutionId: s.b.id }, now))!;
    expect(work.actions.rows.map((r) => [r.id, r.overdue])).toEqual([
      [s.overdueB.id, true],
      [s.todayB.id, false],
    ]);
    expect(work.invitations.map((i) => i.user.id)).toEqual([s.memberB.id]);
    expect(work.contributionsDue.map((d) => d.indicator.id)).toEqual([s.tracked.id]);
  });

  it("asks an observer institution for no reports", async () => {
    const s = await scene();
    const work = (await getPartnerWork(await as(s.observerC), s.group.id, { kind: "institution", institutionId: s.c.id }, now))!;
    expect(work.contributionsDue).toEqual([]);
    expect(work.actions.openCount).toBe(0);
  });
});

describe("coordinators", () => {
  it("see every partner's work and the per-institution summary", async () => {
    const s = await scene();
    const current = await as(s.coordinator);
    const work = (await getPartnerWork(current, s.group.id, { kind: "group" }, now))!;
    expect([work.actions.openCount, work.actions.overdueCount]).toEqual([5, 2]);
    expect(work.actions.rows.map((r) => r.id)).toEqual([s.overdueB.id, s.overdueA.id, s.todayB.id, s.soonA.id, s.undatedA.id]);
    expect(work.invitations.map((i) => i.user.id).sort()).toEqual([s.member.id, s.memberB.id].sort());
    expect(work.contributionsDue.map((d) => `${d.indicator.id}:${d.institution.id}`).sort()).toEqual([`${s.ended.id}:${s.a.id}`, `${s.tracked.id}:${s.b.id}`].sort());

    const summary = (await getPartnerSummary(current, s.group.id, now))!;
    expect(summary.expected).toBe(2);
    const byId = Object.fromEntries(summary.rows.map((r) => [r.institution.id, r]));
    expect(byId[s.a.id]).toMatchObject({ partnerRole: "LEAD", open: 3, overdue: 1, doneLast30: 1, reported: 1 });
    expect(byId[s.b.id]).toMatchObject({ partnerRole: "PARTNER", open: 2, overdue: 1, doneLast30: 0, reported: 1 });
    expect(byId[s.c.id]).toMatchObject({ partnerRole: "OBSERVER", open: 0, reported: null });
    // The same institution's action in another group is not counted.
    expect(summary.rows).toHaveLength(3);
  });

  it("keep the summary to coordinators and everything to the group's people", async () => {
    const s = await scene();
    expect(await getPartnerSummary(await as(s.member), s.group.id, now)).toBeNull();
    expect(await getPartnerSummary(await as(s.other.coordinator), s.group.id, now)).toBeNull();
    expect(await getPartnerWork(await as(s.outsider), s.group.id, { kind: "institution", institutionId: s.a.id }, now)).toBeNull();
    // An administrator without a role sees the work but not the group's documents.
    const admin = await buildUser(t.prisma, { isAdmin: true });
    const work = (await getPartnerWork(await as(admin), s.group.id, { kind: "group" }, now))!;
    expect(work.actions.openCount).toBe(5);
    expect(work.documents).toEqual([]);
  });
});
