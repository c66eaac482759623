// The decisions register through the real server actions (session → zod → permission →
// mutation) and the editor's entry point recordDecision, against a migrated database.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { getCurrentUser } from "@/lib/auth/current-user";
import { setDb } from "@/lib/db/client";
import {
  recordDecisionAction,
  reinstateDecisionAction,
  revokeDecisionAction,
  supersedeDecisionAction,
  updateDecisionAction,
} from "@/lib/decisions/actions";
import { getDecision, getDecisionFilterOptions, listDecisions } from "@/lib/decisions/data";
import { parseDecisionListQuery } from "@/lib/decisions/list-query";
import { recordDecision } from "@/lib/decisions/mutations";
import { todayIn } from "@/lib/indicators/periods";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildDocument } from "@/tests/support/collab-factories";
import { setTestLocale } from "@/tests/support/next-intl-mock";
import { buildIndicator, buildMeetingRow, buildPartnership } from "@/tests/support/registers-factories";
import { signInAs } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());
afterEach(() => setTestLocale("pl"));

const thisYear = Number(todayIn(new Date()).slice(0, 4));

async function actorOf(user: { id: string }) {
  await signInAs(user);
  return (await getCurrentUser())!.actor;
}

function ok<T>(result: { ok: true; data: T } | { ok: false; code: string; message: string }): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  return result.data;
}

describe("recording decisions", () => {
  it("numbers per group and year, starting again at 1 in another year and another group", async () => {
    const { group, member, coordinator } = await buildPartnership(t.prisma);
    const other = await buildPartnership(t.prisma);
    await signInAs(member);
    const first = ok(await recordDecisionAction({ groupId: group.id, text: "Przyjęcie harmonogramu prac nad strategią." }));
    const second = ok(await recordDecisionAction({ groupId: group.id, text: "Punkt kontaktowy działa w WUP.", decidedOn: "" }));
    const lastYear = ok(await recordDecisionAction({ groupId: group.id, text: "Regulamin prac grupy.", decidedOn: `${thisYear - 1}-11-20` }));
    await signInAs(coordinator);
    const third = ok(await recordDecisionAction({ groupId: group.id, text: "Wzór ankiety.", decidedOn: `${thisYear}-01-02` }));
    await signInAs(other.member);
    const elsewhere = ok(await recordDecisionAction({ groupId: other.group.id, text: "Inna grupa." }));

    expect([first.label, second.label, lastYear.label, third.label, elsewhere.label]).toEqual([
      `1/${thisYear}`,
      `2/${thisYear}`,
      `1/${thisYear - 1}`,
      `3/${thisYear}`,
      `1/${thisYear}`,
    ]);
    const row = await t.prisma.decision.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ status: "IN_FORCE", createdById: member.id, year: thisYear, number: 1, meetingId: null });
    // Without a date (and without a meeting) the decision is dated today on the Warsaw calendar.
    expect(row.decidedOn.toISOString().slice(0, 10)).toBe(todayIn(new Date()));
  });

  it("gives distinct consecutive numbers to decisions recorded at the same moment", async () => {
    const { group, member } = await buildPartnership(t.prisma);
    const actor = await actorOf(member);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => recordDecision({ groupId: group.id, text: `Decyzja równoległa ${i}`, decidedOn: "2025-05-05" }, actor)),
    );
    expect(results.map((r) => r.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(results.map((r) => r.label)).size).toBe(6);
  });

  it("takes the editor's input: dated on the meeting's Warsaw day and linked to the minutes", async () => {
    const { group, member } = await buildPartnership(t.prisma);
    // 23:30 UTC on 31 December is already New Year's Day in Warsaw: numbered in the new year.
    const meeting = await buildMeetingRow(t.prisma, { groupId: group.id, startsAt: new Date("2025-12-31T23:30:00Z"), status: "HELD" });
    const minutes = await buildDocument(t.prisma, { groupId: group.id, kind: "MINUTES", minutesOfMeetingId: meeting.id });
    const actor = await actorOf(member);
    const decision = await recordDecision({ groupId: group.id, text: "Grupa przyjęła harmonogram prac.", meetingId: meeting.id, documentId: minutes.id }, actor);
    expect(decision).toMatchObject({ year: 2026, number: 1, label: "1/2026", meetingId: meeting.id, documentId: minutes.id });
    expect(decision.decidedOn.toISOString().slice(0, 10)).toBe("2026-01-01");
    // Minutes drafted before their meeting: the decision is dated today, never in the future.
    const upcoming = await buildMeetingRow(t.prisma, { groupId: group.id, startsAt: new Date(Date.now() + 10 * 86_400_000), status: "SCHEDULED" });
    const early = await recordDecision({ groupId: group.id, text: "Decyzja z projektu protokołu.", meetingId: upcoming.id }, actor);
    expect(early.decidedOn.toISOString().slice(0, 10)).toBe(todayIn(new Date()));
  });

  it("refuses links to another group's meeting, document or indicator, and bad input, with translated messages", async () => {
    const { group, member } = await buildPartnership(t.prisma);
    const other = await buildPartnership(t.prisma);
    const foreignMeeting = await buildMeetingRow(t.prisma, { groupId: other.group.id, startsAt: new Date("2025-03-01T09:00:00Z") });
    const foreignDoc = await buildDocument(t.prisma, { groupId: other.group.id });
    const foreignIndicator = await buildIndicator(t.prisma, { groupId: other.group.id });
    await signInAs(member);
    const text = "Decyzja";
    expect(await recordDecisionAction({ groupId: group.id, text, meetingId: foreignMeeting.id })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { meetingId: "Wybierz jedną z dostępnych opcji." },
    });
    expect(await recordDecisionAction({ groupId: group.id, text, documentId: foreignDoc.id })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { documentId: expect.any(String) } });
    expect(await recordDecisionAction({ groupId: group.id, text, indicatorIds: [foreignIndicator.id] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await recordDecisionAction({ groupId: group.id, text: "   " })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { text: "To pole jest wymagane." } });
    expect(await recordDecisionAction({ groupId: group.id, text, decidedOn: "2025-02-30" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { decidedOn: "Wpisz poprawną datę." } });
    expect(await recordDecisionAction({ groupId: group.id, text, decidedOn: `${thisYear + 1}-01-10` })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { decidedOn: expect.stringContaining(String(thisYear)) } });
    expect(await recordDecisionAction({ groupId: group.id, text: "x".repeat(5001) })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await recordDecisionAction({ groupId: 42 as unknown as string, text })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await t.prisma.decision.count({ where: { groupId: group.id } })).toBe(0);
  });

  it("lets members and coordinators record; refuses reviewers, observers, outsiders and archived groups", async () => {
    const scene = await buildPartnership(t.prisma);
    const input = { groupId: scene.group.id, text: "Decyzja" };
    for (const who of ["reviewer", "observer"] as const) {
      await signInAs(scene[who]);
      expect(await recordDecisionAction(input)).toMatchObject({ ok: false, code: "FORBIDDEN", message: "Nie masz uprawnień do wykonania tej czynności." });
    }
    await signInAs(scene.outsider);
    expect(await recordDecisionAction(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // The editor's direct call gets the same rules.
    await expect(recordDecision(input, await actorOf(scene.observer))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await t.prisma.group.update({ where: { id: scene.group.id }, data: { archivedAt: new Date() } });
    await expect(recordDecision(input, await actorOf(scene.member))).rejects.toMatchObject({ code: "CONFLICT", messageKey: "GROUP_ARCHIVED" });
    expect(await t.prisma.decision.count({ where: { groupId: scene.group.id } })).toBe(0);
  });
});

describe("status changes", () => {
  it("supersedes from the record form and from the decision page; revokes and reinstates", async () => {
    const { group, member, coordinator } = await buildPartnership(t.prisma);
    await signInAs(member);
    const a = ok(await recordDecisionAction({ groupId: group.id, text: "Wzór ankiety (papierowy)." }));
    // Replacing a decision is a coordinator's call.
    expect(await recordDecisionAction({ groupId: group.id, text: "Nowy wzór.", supersedesId: a.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await revokeDecisionAction({ id: a.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    await signInAs(coordinator);
    const b = ok(await recordDecisionAction({ groupId: group.id, text: "Zmieniony wzór ankiety.", supersedesId: a.id }));
    let rowA = await t.prisma.decision.findUniqueOrThrow({ where: { id: a.id } });
    expect(rowA).toMatchObject({ status: "SUPERSEDED", supersededById: b.id });
    // A superseded decision cannot be superseded or revoked again.
    expect(await recordDecisionAction({ groupId: group.id, text: "Trzeci wzór.", supersedesId: a.id })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { supersedesId: expect.any(String) } });
    expect(await revokeDecisionAction({ id: a.id })).toMatchObject({ ok: false, code: "CONFLICT" });

    const c = ok(await recordDecisionAction({ groupId: group.id, text: "Regulamin." }));
    // Only a decision in force can replace another; a decision cannot replace itself.
    expect(await supersedeDecisionAction({ id: c.id, supersededById: a.id })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await supersedeDecisionAction({ id: c.id, supersededById: c.id })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(ok(await supersedeDecisionAction({ id: c.id, supersededById: b.id }))).toMatchObject({ status: "SUPERSEDED" });

    expect(ok(await revokeDecisionAction({ id: b.id }))).toMatchObject({ status: "REVOKED" });
    expect(ok(await reinstateDecisionAction({ id: a.id }))).toMatchObject({ status: "IN_FORCE" });
    rowA = await t.prisma.decision.findUniqueOrThrow({ where: { id: a.id } });
    expect(rowA.supersededById).toBeNull();
    expect(await reinstateDecisionAction({ id: a.id })).toMatchObject({ ok: false, code: "CONFLICT" });

    const details = await getDecision((await getCurrentUser())!.actor, b.id);
    expect(details?.supersedes.map((d) => d.id)).toEqual([c.id]);
  });

  it("refuses to supersede with another group's decision", async () => {
    const one = await buildPartnership(t.prisma);
    const two = await buildPartnership(t.prisma);
    await signInAs(two.coordinator);
    const foreign = ok(await recordDecisionAction({ groupId: two.group.id, text: "Obca decyzja." }));
    await signInAs(one.coordinator);
    const own = ok(await recordDecisionAction({ groupId: one.group.id, text: "Własna decyzja." }));
    expect(await supersedeDecisionAction({ id: own.id, supersededById: foreign.id })).toMatchObject({ ok: false, code: "VALIDATION" });
    // And another group's decision does not exist for this coordinator.
    expect(await revokeDecisionAction({ id: foreign.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("lets a coordinator correct the text, meeting and indicators but keeps the number's year", async () => {
    const { group, member, coordinator } = await buildPartnership(t.prisma);
    const indicator = await buildIndicator(t.prisma, { groupId: group.id });
    const meeting = await buildMeetingRow(t.prisma, { groupId: group.id, startsAt: new Date("2025-04-10T08:00:00Z") });
    await signInAs(member);
    const d = ok(await recordDecisionAction({ groupId: group.id, text: "Pierwotna treść.", decidedOn: "2025-04-10" }));
    const input = { id: d.id, text: "Poprawiona treść.", decidedOn: "2025-04-11", meetingId: meeting.id, indicatorIds: [indicator.id] };
    expect(await updateDecisionAction(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(coordinator);
    expect(ok(await updateDecisionAction(input))).toMatchObject({ label: "1/2025" });
    const row = await t.prisma.decision.findUniqueOrThrow({ where: { id: d.id }, include: { indicators: true } });
    expect(row).toMatchObject({ text: "Poprawiona treść.", meetingId: meeting.id, year: 2025, number: 1 });
    expect(row.indicators.map((i) => i.id)).toEqual([indicator.id]);
    expect(await updateDecisionAction({ ...input, decidedOn: "2024-12-31" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { decidedOn: expect.any(String) } });
    // An indicator archived since stays linked when the correction keeps it.
    await t.prisma.indicator.update({ where: { id: indicator.id }, data: { archivedAt: new Date() } });
    expect((await updateDecisionAction({ ...input, text: "Jeszcze raz." })).ok).toBe(true);
  });
});

describe("the register", () => {
  it("searches without diacritics and by number, filters by year, status and meeting, and stays in the group", async () => {
    const { group, member, coordinator } = await buildPartnership(t.prisma);
    const other = await buildPartnership(t.prisma);
    const meeting = await buildMeetingRow(t.prisma, { groupId: group.id, title: "Posiedzenie plenarne — Świętokrzyskie", startsAt: new Date("2025-06-12T08:00:00Z"), status: "HELD" });
    await signInAs(member);
    const contact = ok(await recordDecisionAction({ groupId: group.id, text: "Punkt kontaktowy dla migrantów powracających działa w WUP w Kielcach.", meetingId: meeting.id }));
    ok(await recordDecisionAction({ groupId: group.id, text: "Wzór ankiety został przyjęty.", decidedOn: "2024-09-01" }));
    const website = ok(await recordDecisionAction({ groupId: group.id, text: "Odrębna strona internetowa grupy.", decidedOn: "2025-07-01" }));
    await signInAs(coordinator);
    ok(await revokeDecisionAction({ id: website.id }));
    await signInAs(other.member);
    ok(await recordDecisionAction({ groupId: other.group.id, text: "Punkt kontaktowy w innej grupie." }));

    const actor = await actorOf(member);
    const list = (params: Record<string, string>) => listDecisions(actor, group.id, parseDecisionListQuery(params)).then((r) => r.rows.map((x) => x.id));
    expect(await list({ q: "MIGRANTOW powracajacych" })).toEqual([contact.id]);
    expect(await list({ q: "swietokrzyskie" })).toEqual([contact.id]);
    expect(await list({ q: "zostal przyjety" })).toHaveLength(1);
    expect(await list({ q: "punkt kontaktowy" })).toEqual([contact.id]);
    expect(await list({ q: "1/2024" })).toHaveLength(1);
    expect(await list({ year: "2025" })).toHaveLength(2);
    expect(await list({ status: "REVOKED" })).toEqual([website.id]);
    expect(await list({ meeting: meeting.id })).toEqual([contact.id]);
    // Newest first: year, then number.
    const all = await listDecisions(actor, group.id, parseDecisionListQuery({}));
    expect(all.rows.map((r) => `${r.number}/${r.year}`)).toEqual(["2/2025", "1/2025", "1/2024"]);
    expect(await getDecisionFilterOptions(actor, group.id)).toMatchObject({ meetings: [{ id: meeting.id }] });

    // Another group's register is empty for this member, and its decisions are not found.
    const foreign = await t.prisma.decision.findFirstOrThrow({ where: { groupId: other.group.id } });
    expect((await listDecisions(actor, other.group.id, parseDecisionListQuery({}))).total).toBe(0);
    expect(await getDecision(actor, foreign.id)).toBeNull();
  });

  it("answers in English for English users", async () => {
    const { group, observer } = await buildPartnership(t.prisma);
    setTestLocale("en");
    await signInAs(observer);
    expect(await recordDecisionAction({ groupId: group.id, text: "" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { text: "This field is required." } });
  });
});
