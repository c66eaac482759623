// The demo installation: both groups from DOMAIN.md plus a lived-in meeting history in the first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db/client";
import { computeQuorum } from "@/lib/attendance/quorum";
import { seedDemoData } from "@/lib/seed/demo";
import { getActionsReview } from "@/lib/actions/data";
import { classifyDue, dateFromDb, todayIn } from "@/lib/actions/due";
import { createTestDb, type TestDb } from "@/tests/support/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
  await seedDemoData(t.prisma);
}, 60_000);
afterAll(async () => t?.close());

describe("demo data", () => {
  it("has a held meeting with a quorum, an upcoming one with an agenda and answers, a poll and a draft", async () => {
    const group = await t.prisma.group.findFirstOrThrow({ where: { name: { contains: "migrantów powracających" } }, include: { institutions: true } });
    const meetings = await t.prisma.meeting.findMany({ where: { groupId: group.id }, orderBy: { startsAt: "asc" }, include: { attendance: true, agendaItems: true, invitees: true } });
    expect(meetings.map((m) => m.status)).toEqual(["HELD", "SCHEDULED", "DRAFT"]);
    const [held, next] = meetings;
    expect(held!.startsAt.getTime()).toBeLessThan(Date.now());
    expect(next!.startsAt.getTime()).toBeGreaterThan(Date.now());
    const present = held!.attendance.filter((a) => a.status === "PRESENT").map((a) => a.institutionId!);
    expect(computeQuorum({ memberInstitutionIds: group.institutions.map((i) => i.institutionId), presentInstitutionIds: present, quorumPercent: group.quorumPercent }).reached).toBe(true);
    expect(next!.agendaItems.filter((i) => i.isActionsReview)).toHaveLength(1);
    expect(next!.agendaItems.length).toBeGreaterThan(3);
    expect(new Set(next!.invitees.map((i) => i.response))).toEqual(new Set(["ATTENDING", "NOT_ATTENDING", "MAYBE", "PENDING"]));
    const poll = await t.prisma.datePoll.findFirstOrThrow({ where: { groupId: group.id }, include: { slots: { include: { answers: true } } } });
    expect(poll.status).toBe("OPEN");
    expect(poll.slots).toHaveLength(3);
    expect(poll.slots.every((s) => s.answers.length === 4 && s.startsAt > new Date())).toBe(true);
    // Seeding writes no mail: nobody is notified about demo meetings.
    expect(await t.prisma.mailMessage.count()).toBe(0);
  });

  it("has agreed actions of several institutions, some overdue, some done, reviewed at the next meeting", async () => {
    const group = await t.prisma.group.findFirstOrThrow({ where: { name: { contains: "migrantów powracających" } } });
    const held = await t.prisma.meeting.findFirstOrThrow({ where: { groupId: group.id, status: "HELD" } });
    const actions = await t.prisma.action.findMany({ where: { groupId: group.id }, include: { updates: true, changes: true }, orderBy: { number: "asc" } });
    expect(actions.map((a) => a.number)).toEqual(actions.map((_, i) => i + 1));
    expect(new Set(actions.map((a) => a.ownerInstitutionId)).size).toBeGreaterThanOrEqual(5);
    const today = todayIn(new Date());
    const states = actions.map((a) => classifyDue(a.dueDate ? dateFromDb(a.dueDate) : null, a.status, today));
    expect(states).toContain("overdue");
    expect(states).toContain("soon");
    expect(actions.some((a) => a.status === "DONE" && a.completedAt)).toBe(true);
    expect(actions.some((a) => a.status === "BLOCKED" && a.blockedReason)).toBe(true);
    expect(actions.filter((a) => a.meetingId === held.id).length).toBeGreaterThan(5);
    expect(actions.flatMap((a) => a.updates).length).toBeGreaterThan(2);
    expect(actions.every((a) => a.changes.length >= 1)).toBe(true);
    const next = await t.prisma.meeting.findFirstOrThrow({ where: { groupId: group.id, status: "SCHEDULED" } });
    const review = await getActionsReview(next.id);
    expect(review?.previousMeeting?.id).toBe(held.id);
    expect(review!.institutions.length).toBeGreaterThanOrEqual(5);
    expect(review!.institutions.flatMap((i) => i.actions).some((a) => a.changes.some((c) => c.to === "DONE"))).toBe(true);
  });

  it("puts Warsaw wall times on the meetings", async () => {
    const next = await t.prisma.meeting.findFirstOrThrow({ where: { status: "SCHEDULED" } });
    expect(next.startsAt.toLocaleTimeString("pl-PL", { timeZone: "Europe/Warsaw", hour: "2-digit", minute: "2-digit" })).toBe("10:00");
  });
});
