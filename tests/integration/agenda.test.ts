// The agenda through its real server actions: session → zod → canGroup → mutation → DB.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { setDb } from "@/lib/db/client";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import {
  createAgendaItemAction,
  deleteAgendaItemAction,
  moveAgendaItemToNextMeetingAction,
  reorderAgendaAction,
  setAgendaItemStatusAction,
  updateAgendaItemAction,
} from "@/lib/agenda/actions";
import { ensureActionsReviewItem } from "@/lib/agenda/mutations";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroupWithRoles, buildInstitution } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());

const FORBIDDEN_PL = "Nie masz uprawnień do wykonania tej czynności.";

async function buildMeeting(groupId: string, overrides: { startsAt?: Date; status?: MeetingStatus; title?: string } = {}) {
  const startsAt = overrides.startsAt ?? new Date("2027-03-02T09:00:00Z");
  return t.prisma.meeting.create({
    data: {
      groupId,
      title: overrides.title ?? "Posiedzenie plenarne",
      status: overrides.status ?? "SCHEDULED",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
    },
  });
}

async function agenda(meetingId: string) {
  return t.prisma.agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" } });
}

const item = (meetingId: string, title: string, extra: Record<string, unknown> = {}) => ({
  meetingId,
  title,
  durationMinutes: 20,
  presenterUserId: "",
  presenterInstitutionId: "",
  description: "",
  documentLinks: [],
  ...extra,
});

async function expectContiguous(meetingId: string) {
  const rows = await agenda(meetingId);
  expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i));
  expect(rows[0]?.isActionsReview).toBe(true);
  expect(rows.filter((r) => r.isActionsReview)).toHaveLength(1);
  return rows;
}

describe("creating agenda items", () => {
  it("lets a coordinator add items after the automatic review of open actions", async () => {
    const { group, coordinator, member } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(group.id);
    await signInAs(coordinator);
    const first = await createAgendaItemAction(
      item(meeting.id, "  Sprawozdanie z realizacji projektu ", {
        presenterUserId: member.id,
        description: "Omówienie postępów",
        documentLinks: [{ title: "Raport Q1", url: "https://example.org/raport.pdf" }],
      }),
    );
    expect(first.ok).toBe(true);
    const second = await createAgendaItemAction(item(meeting.id, "Wolne wnioski", { durationMinutes: "45" }));
    expect(second.ok).toBe(true);

    const rows = await expectContiguous(meeting.id);
    expect(rows.map((r) => r.title)).toEqual(["Przegląd otwartych działań", "Sprawozdanie z realizacji projektu", "Wolne wnioski"]);
    expect(rows[1]).toMatchObject({ presenterUserId: member.id, description: "Omówienie postępów" });
    expect(rows[1]?.documentLinks).toEqual([{ title: "Raport Q1", url: "https://example.org/raport.pdf" }]);
    expect(rows[2]?.durationMinutes).toBe(45);
  });

  it("creates the review item only once, however often it is ensured", async () => {
    const { group, coordinator } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(group.id);
    await signInAs(coordinator);
    await Promise.all([ensureActionsReviewItem(meeting.id), ensureActionsReviewItem(meeting.id)]);
    await createAgendaItemAction(item(meeting.id, "Punkt A"));
    await ensureActionsReviewItem(meeting.id);
    const rows = await expectContiguous(meeting.id);
    expect(rows).toHaveLength(2);
  });

  it.each(["member", "observer", "reviewer", "outsider"] as const)("refuses a %s and changes nothing", async (role) => {
    const roles = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(roles.group.id);
    await signInAs(roles[role]);
    const result = await createAgendaItemAction(item(meeting.id, "Nieuprawniony punkt"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe(role === "outsider" ? "NOT_FOUND" : "FORBIDDEN");
    if (!result.ok && role !== "outsider") expect(result.message).toBe(FORBIDDEN_PL);
    expect(await agenda(meeting.id)).toHaveLength(0);
  });

  it("answers bad input with translated Polish field messages and changes nothing", async () => {
    const { group, coordinator } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(group.id);
    await signInAs(coordinator);
    const result = await createAgendaItemAction(
      item(meeting.id, "x".repeat(201), {
        durationMinutes: 601,
        description: "y".repeat(2001),
        documentLinks: [{ title: "Plik", url: "http://example.org/plik.pdf" }],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("VALIDATION");
    expect(result.fieldErrors).toMatchObject({
      title: "Wpisz najwyżej 200 znaków.",
      durationMinutes: "Wartość może wynosić najwyżej 600.",
      description: "Wpisz najwyżej 2000 znaków.",
      "documentLinks.0.url": "Wpisz pełny adres strony, zaczynający się od https://.",
    });
    const zero = await createAgendaItemAction(item(meeting.id, "", { durationMinutes: 0 }));
    expect(zero.ok).toBe(false);
    if (!zero.ok) expect(zero.fieldErrors).toMatchObject({ title: "To pole jest wymagane.", durationMinutes: "Wartość musi wynosić co najmniej 1." });
    expect(await agenda(meeting.id)).toHaveLength(0);
  });

  it("refuses a presenter from outside the group", async () => {
    const { group, coordinator, outsider } = await buildGroupWithRoles(t.prisma);
    const stranger = await buildInstitution(t.prisma);
    const meeting = await buildMeeting(group.id);
    await signInAs(coordinator);
    for (const extra of [{ presenterUserId: outsider.id }, { presenterInstitutionId: stranger.id }]) {
      const result = await createAgendaItemAction(item(meeting.id, "Punkt", extra));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.fieldErrors?.presenter).toBe("Wybierz jedną z dostępnych opcji.");
    }
    expect(await agenda(meeting.id)).toHaveLength(0);
  });
});

describe("editing, reordering and deleting", () => {
  async function seeded() {
    const roles = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(roles.group.id);
    await signInAs(roles.coordinator);
    for (const title of ["A", "B", "C"]) await createAgendaItemAction(item(meeting.id, title));
    const rows = await agenda(meeting.id);
    const id = (title: string) => rows.find((r) => r.title === title)!.id;
    return { ...roles, meeting, reviewId: rows[0]!.id, id };
  }

  it("reorders all positions at once, keeping the review first", async () => {
    const { meeting, reviewId, id } = await seeded();
    const result = await reorderAgendaAction({ meetingId: meeting.id, itemIds: [id("C"), reviewId, id("A"), id("B")] });
    expect(result.ok).toBe(true);
    const rows = await expectContiguous(meeting.id);
    expect(rows.map((r) => r.title)).toEqual(["Przegląd otwartych działań", "C", "A", "B"]);
  });

  it("refuses a stale order that does not name exactly the meeting's items", async () => {
    const { meeting, reviewId, id } = await seeded();
    const result = await reorderAgendaAction({ meetingId: meeting.id, itemIds: [reviewId, id("B"), id("A")] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe("CONFLICT");
    expect((await agenda(meeting.id)).map((r) => r.title)).toEqual(["Przegląd otwartych działań", "A", "B", "C"]);
  });

  it("refuses reordering by a member and keeps the order", async () => {
    const { meeting, member, reviewId, id } = await seeded();
    await signInAs(member);
    const result = await reorderAgendaAction({ meetingId: meeting.id, itemIds: [reviewId, id("C"), id("B"), id("A")] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe("FORBIDDEN");
    expect((await agenda(meeting.id)).map((r) => r.title)).toEqual(["Przegląd otwartych działań", "A", "B", "C"]);
  });

  it("deletes an item and closes the gap; the review item cannot be deleted", async () => {
    const { meeting, reviewId, id, observer, coordinator } = await seeded();
    await signInAs(observer);
    const refused = await deleteAgendaItemAction({ itemId: id("B") });
    expect(refused.ok).toBe(false);
    expect(await agenda(meeting.id)).toHaveLength(4);

    await signInAs(coordinator);
    expect((await deleteAgendaItemAction({ itemId: id("B") })).ok).toBe(true);
    const rows = await expectContiguous(meeting.id);
    expect(rows.map((r) => r.title)).toEqual(["Przegląd otwartych działań", "A", "C"]);

    const review = await deleteAgendaItemAction({ itemId: reviewId });
    expect(review.ok).toBe(false);
    if (!review.ok) expect(review.message).toContain("nie można go usunąć");
    await expectContiguous(meeting.id);
  });

  it("updates an item but keeps the review item's name", async () => {
    const { meeting, reviewId, id } = await seeded();
    const edited = await updateAgendaItemAction({ ...item(meeting.id, "A poprawione", { durationMinutes: 30 }), itemId: id("A") });
    expect(edited.ok).toBe(true);
    const review = await updateAgendaItemAction({ ...item(meeting.id, "Inna nazwa", { durationMinutes: 10 }), itemId: reviewId });
    expect(review.ok).toBe(true);
    const rows = await agenda(meeting.id);
    expect(rows[0]).toMatchObject({ title: "Przegląd otwartych działań", durationMinutes: 10 });
    expect(rows[1]).toMatchObject({ title: "A poprawione", durationMinutes: 30 });
  });
});

describe("during and after the meeting", () => {
  it("marks items done only while the meeting runs or after it", async () => {
    const { group, coordinator } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(group.id);
    await signInAs(coordinator);
    await createAgendaItemAction(item(meeting.id, "A"));
    const a = (await agenda(meeting.id))[1]!;
    const early = await setAgendaItemStatusAction({ itemId: a.id, status: "DONE" });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.message).toBe("Punkty można oznaczać jako omówione dopiero w trakcie spotkania lub po nim.");
    await t.prisma.meeting.update({ where: { id: meeting.id }, data: { status: "IN_PROGRESS" } });
    expect((await setAgendaItemStatusAction({ itemId: a.id, status: "DONE" })).ok).toBe(true);
    expect((await t.prisma.agendaItem.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("DONE");
  });

  it("moves an unfinished item to the group's next non-cancelled meeting", async () => {
    const { group, coordinator, member } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(group.id, { status: "HELD", startsAt: new Date("2027-04-06T08:00:00Z") });
    await buildMeeting(group.id, { status: "CANCELLED", startsAt: new Date("2027-04-20T08:00:00Z"), title: "Odwołane" });
    const later = await buildMeeting(group.id, { startsAt: new Date("2027-07-06T08:00:00Z"), title: "Lipcowe" });
    const next = await buildMeeting(group.id, { startsAt: new Date("2027-05-04T08:00:00Z"), title: "Majowe" });
    await signInAs(coordinator);
    await createAgendaItemAction(item(meeting.id, "Strategia komunikacji", { presenterUserId: member.id }));
    await createAgendaItemAction(item(next.id, "Już zaplanowany"));
    const moving = (await agenda(meeting.id))[1]!;

    await signInAs(member);
    expect((await moveAgendaItemToNextMeetingAction({ itemId: moving.id })).ok).toBe(false);
    expect((await t.prisma.agendaItem.findUniqueOrThrow({ where: { id: moving.id } })).status).toBe("PLANNED");

    await signInAs(coordinator);
    const result = await moveAgendaItemToNextMeetingAction({ itemId: moving.id });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.meetingId).toBe(next.id);
    expect((await t.prisma.agendaItem.findUniqueOrThrow({ where: { id: moving.id } })).status).toBe("MOVED");
    const there = await expectContiguous(next.id);
    expect(there.map((r) => r.title)).toEqual(["Przegląd otwartych działań", "Już zaplanowany", "Strategia komunikacji"]);
    expect(there[2]).toMatchObject({ movedFromItemId: moving.id, status: "PLANNED", presenterUserId: member.id });
    expect(await agenda(later.id)).toHaveLength(0);

    const again = await moveAgendaItemToNextMeetingAction({ itemId: moving.id });
    expect(again.ok).toBe(false);
    expect(await agenda(next.id)).toHaveLength(3);
  });

  it("refuses with a clear message when there is no next meeting", async () => {
    const { group, coordinator } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(group.id, { status: "IN_PROGRESS" });
    await signInAs(coordinator);
    await createAgendaItemAction(item(meeting.id, "Ostatni punkt"));
    const last = (await agenda(meeting.id))[1]!;
    const result = await moveAgendaItemToNextMeetingAction({ itemId: last.id });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe("Grupa nie ma zaplanowanego kolejnego spotkania. Najpierw utwórz następne spotkanie, potem przenieś punkt.");
    expect((await t.prisma.agendaItem.findUniqueOrThrow({ where: { id: last.id } })).status).toBe("PLANNED");
  });

  it("refuses changes to the agenda of a meeting with approved minutes", async () => {
    const { group, coordinator } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(group.id, { status: "MINUTES_APPROVED" });
    await signInAs(coordinator);
    const result = await createAgendaItemAction(item(meeting.id, "Za późno"));
    expect(result.ok).toBe(false);
    expect(await agenda(meeting.id)).toHaveLength(0);
  });
});
