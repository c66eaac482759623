// Reminder e-mails about actions (due soon, overdue) and the coordinators' weekly summary:
// recipients, languages, and "never twice" when a sweep runs again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db/client";
import { dateToDb } from "@/lib/actions/due";
import { sendDueActionReminders, sendWeeklyActionSummaries } from "@/lib/actions/reminders";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildAction, buildActionsScene } from "@/tests/support/action-factories";

let t: TestDb;
beforeAll(async () => {
  delete process.env.SMTP_URL;
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());

// Thursday 12 March 2026, 09:00 in Warsaw.
const now = new Date("2026-03-12T08:00:00Z");

async function mailsTo(email: string) {
  return t.prisma.mailMessage.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
}

describe("due-soon and overdue reminders", () => {
  it("mails the responsible person and the deputy once, in their language, even when run twice", async () => {
    const scene = await buildActionsScene(t.prisma);
    await t.prisma.group.update({ where: { id: scene.group.id }, data: { actionReminderDays: 3 } });
    await t.prisma.user.update({ where: { id: scene.memberA2.id }, data: { locale: "en" } });
    const base = { groupId: scene.group.id, ownerInstitutionId: scene.institution.id, responsibleUserId: scene.member.id, deputyUserId: scene.memberA2.id };
    const soon = await buildAction(t.prisma, { ...base, title: "Uruchomić punkt kontaktowy", dueDate: dateToDb("2026-03-14") });
    const late = await buildAction(t.prisma, { ...base, title: "Zestawienie rejestracji", dueDate: dateToDb("2026-03-10") });
    await buildAction(t.prisma, { ...base, title: "Jeszcze nie teraz", dueDate: dateToDb("2026-03-16") });
    await buildAction(t.prisma, { ...base, title: "Wykonane", dueDate: dateToDb("2026-03-10"), status: "DONE" });
    await buildAction(t.prisma, { ...base, title: "Bez terminu" });

    const first = await sendDueActionReminders(now);
    const second = await sendDueActionReminders(now);
    expect(first.sent).toBe(4);
    expect(second.sent).toBe(0);

    const polish = await mailsTo(scene.member.email);
    expect(polish.map((m) => m.kind).sort()).toEqual(["action-due-soon", "action-overdue"]);
    const dueSoon = polish.find((m) => m.kind === "action-due-soon")!;
    expect(dueSoon.subject).toBe(`Termin działania #${soon.number} mija 14 marca 2026: Uruchomić punkt kontaktowy`);
    expect(dueSoon.text).toContain("Za 2 dni (14 marca 2026)");
    expect(dueSoon.text).toContain(`/actions/${soon.id}`);
    const english = await mailsTo(scene.memberA2.email);
    expect(english.find((m) => m.kind === "action-overdue")?.subject).toBe(`Action #${late.number} is overdue: Zestawienie rejestracji`);
    expect(english.find((m) => m.kind === "action-overdue")?.text).toContain("was due on 10 March 2026 (2 days ago)");
  });

  it("falls back to the owner institution's people in the group and reminds again after the date moves", async () => {
    const scene = await buildActionsScene(t.prisma);
    const action = await buildAction(t.prisma, { groupId: scene.group.id, ownerInstitutionId: scene.other.id, title: "Analiza kwalifikacji", dueDate: dateToDb("2026-03-13") });
    expect((await sendDueActionReminders(now)).sent).toBe(2);
    const to = (await t.prisma.mailMessage.findMany({ where: { text: { contains: action.id } } })).map((m) => m.to).sort();
    expect(to).toEqual([scene.memberB.email, scene.memberBen.email].sort());
    expect((await sendDueActionReminders(now)).sent).toBe(0);
    // A new due date is a new reminder; the group can also switch "due soon" reminders off.
    await t.prisma.action.update({ where: { id: action.id }, data: { dueDate: dateToDb("2026-03-15") } });
    expect((await sendDueActionReminders(now)).sent).toBe(2);
    await t.prisma.action.update({ where: { id: action.id }, data: { dueDate: dateToDb("2026-03-14") } });
    await t.prisma.group.update({ where: { id: scene.group.id }, data: { actionReminderDays: 0 } });
    expect((await sendDueActionReminders(now)).sent).toBe(0);
  });

  it("skips archived groups and archived people", async () => {
    const scene = await buildActionsScene(t.prisma);
    await t.prisma.user.update({ where: { id: scene.member.id }, data: { archivedAt: new Date() } });
    await buildAction(t.prisma, { groupId: scene.group.id, ownerInstitutionId: scene.institution.id, responsibleUserId: scene.member.id, dueDate: dateToDb("2026-03-01") });
    const sentBefore = await t.prisma.mailMessage.count();
    await sendDueActionReminders(now);
    const to = (await t.prisma.mailMessage.findMany({ skip: sentBefore })).map((m) => m.to);
    expect(to).not.toContain(scene.member.email);
    // The fallback: the other active people of the institution in the group.
    expect(to).toEqual(expect.arrayContaining([scene.coordinator.email, scene.memberA2.email]));
    const archived = await buildActionsScene(t.prisma);
    await t.prisma.group.update({ where: { id: archived.group.id }, data: { archivedAt: new Date() } });
    await buildAction(t.prisma, { groupId: archived.group.id, ownerInstitutionId: archived.institution.id, responsibleUserId: archived.member.id, dueDate: dateToDb("2026-03-01") });
    await sendDueActionReminders(now);
    expect(await mailsTo(archived.member.email)).toHaveLength(0);
  });
});

describe("weekly summary", () => {
  it("goes to each coordinator once a week, with the overdue and blocked actions", async () => {
    const scene = await buildActionsScene(t.prisma);
    const base = { groupId: scene.group.id, ownerInstitutionId: scene.institution.id };
    await buildAction(t.prisma, { ...base, number: 1, title: "Po terminie", dueDate: dateToDb("2026-03-02") });
    await buildAction(t.prisma, { ...base, number: 2, title: "Wstrzymane", status: "BLOCKED", blockedReason: "RODO" });
    await buildAction(t.prisma, { ...base, number: 3, title: "Wykonane", status: "DONE", completedAt: new Date("2026-03-10T10:00:00Z") });
    const monday = new Date("2026-03-16T07:00:00Z");
    await sendWeeklyActionSummaries(monday);
    await sendWeeklyActionSummaries(new Date("2026-03-16T09:00:00Z"));
    const mails = await mailsTo(scene.coordinator.email);
    const summaries = mails.filter((m) => m.kind === "action-weekly-summary");
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.subject).toBe(`Tygodniowe podsumowanie działań: ${scene.group.name}`);
    expect(summaries[0]!.text).toContain("Otwarte: 2. Po terminie: 1.");
    expect(summaries[0]!.text).toContain("#1 Po terminie");
    expect(summaries[0]!.text).toContain("#2 Wstrzymane");
    // Members get no summary; a group that turned it off sends none; next week sends again.
    expect((await mailsTo(scene.member.email)).filter((m) => m.kind === "action-weekly-summary")).toHaveLength(0);
    await sendWeeklyActionSummaries(new Date("2026-03-23T07:00:00Z"));
    expect((await mailsTo(scene.coordinator.email)).filter((m) => m.kind === "action-weekly-summary")).toHaveLength(2);
    await t.prisma.group.update({ where: { id: scene.group.id }, data: { weeklySummary: false } });
    await sendWeeklyActionSummaries(new Date("2026-03-30T06:00:00Z"));
    expect((await mailsTo(scene.coordinator.email)).filter((m) => m.kind === "action-weekly-summary")).toHaveLength(2);
  });
});
