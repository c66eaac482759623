// Meetings core through the real server actions (session → zod → permission → mutation)
// and the real data functions, against a migrated database.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { getCurrentUser } from "@/lib/auth/current-user";
import { setDb } from "@/lib/db/client";
import { cancelMeetingAction, createMeetingAction, transitionMeetingAction, updateMeetingAction } from "@/lib/meetings/actions";
import { getMeeting, listMeetings } from "@/lib/meetings/data";
import { createMeeting } from "@/lib/meetings/mutations";
import { weekdayOf } from "@/lib/meetings/recurrence";
import { createMeetingSchema, meetingListQuerySchema } from "@/lib/meetings/schema";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroupWithRoles, buildInstitution } from "@/tests/support/factories";
import { setTestLocale } from "@/tests/support/next-intl-mock";
import { signInAs } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());
afterEach(() => setTestLocale("pl"));

// A date safely in the future whatever day the suite runs: 10 June next year.
const nextYear = new Date().getUTCFullYear() + 1;
const futureDay = `${nextYear}-06-10`;

async function setup() {
  const roles = await buildGroupWithRoles(t.prisma);
  // Users are created with the schema default zone (Europe/Warsaw).
  return roles;
}

function form(groupId: string, overrides: Record<string, unknown> = {}) {
  return {
    groupId,
    title: "IV posiedzenie plenarne",
    kind: "PLENARY",
    startDate: futureDay,
    startTime: "10:00",
    endDate: "",
    endTime: "12:30",
    place: "ul. Witosa 86, Kielce, sala 12",
    onlineUrl: "",
    description: "",
    organiserInstitutionId: "",
    ...overrides,
  } as Parameters<typeof createMeetingAction>[0];
}

async function meetingCount(groupId: string) {
  return t.prisma.meeting.count({ where: { groupId } });
}

describe("creating a meeting", () => {
  it("lets a coordinator create a draft stored in UTC", async () => {
    const { group, coordinator, institution } = await setup();
    await signInAs(coordinator);
    const result = await createMeetingAction(form(group.id, { organiserInstitutionId: institution.id }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await t.prisma.meeting.findUniqueOrThrow({ where: { id: result.data.id } });
    // June: Warsaw is UTC+2.
    expect(row.startsAt.toISOString()).toBe(`${futureDay}T08:00:00.000Z`);
    expect(row.endsAt.toISOString()).toBe(`${futureDay}T10:30:00.000Z`);
    expect(row).toMatchObject({ status: "DRAFT", sequence: 0, timeZone: "Europe/Warsaw", createdById: coordinator.id, organiserInstitutionId: institution.id, onlineUrl: null });
  });

  it.each(["member", "observer", "outsider"] as const)("refuses a %s and writes nothing", async (who) => {
    const roles = await setup();
    await signInAs(roles[who]);
    const result = await createMeetingAction(form(roles.group.id));
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await meetingCount(roles.group.id)).toBe(0);
  });

  it("refuses bad input with translated Polish messages and writes nothing", async () => {
    const { group, coordinator } = await setup();
    await signInAs(coordinator);
    const endBefore = await createMeetingAction(form(group.id, { endTime: "09:00" }));
    expect(endBefore).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { endTime: "Data zakończenia musi być późniejsza niż data rozpoczęcia." } });
    const past = await createMeetingAction(form(group.id, { startDate: "2020-01-07" }));
    expect(past).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { startDate: "Spotkanie nie może zaczynać się w przeszłości." } });
    const badUrl = await createMeetingAction(form(group.id, { onlineUrl: "http://meet.example/abc" }));
    expect(badUrl).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { onlineUrl: "Wpisz pełny adres strony, zaczynający się od https://." } });
    const foreignOrganiser = await buildInstitution(t.prisma);
    const organiser = await createMeetingAction(form(group.id, { organiserInstitutionId: foreignOrganiser.id }));
    expect(organiser).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await meetingCount(group.id)).toBe(0);
  });

  it("converts Warsaw wall time across the March DST change", async () => {
    const { group, coordinator } = await setup();
    const ctx = { timeZone: "Europe/Warsaw", createdById: coordinator.id, now: new Date("2026-01-01T00:00:00Z") };
    const summer = await createMeeting(createMeetingSchema.parse(form(group.id, { startDate: "2026-03-29", endTime: "11:00" })), ctx);
    const winter = await createMeeting(createMeetingSchema.parse(form(group.id, { startDate: "2026-03-28", endTime: "11:00" })), ctx);
    expect(summer.meeting.startsAt.toISOString()).toBe("2026-03-29T08:00:00.000Z");
    expect(winter.meeting.startsAt.toISOString()).toBe("2026-03-28T09:00:00.000Z");
  });
});

describe("recurring series", () => {
  it("creates the first Tuesday of each quarter at 10:00 local across DST, for the next 12 months", async () => {
    const { group, coordinator } = await setup();
    const input = createMeetingSchema.parse(
      form(group.id, { startDate: "2026-01-06", repeat: "quarterly", ordinal: "1", weekday: "TU", repeatEnd: "count", count: "8" }),
    );
    const result = await createMeeting(input, { timeZone: "Europe/Warsaw", createdById: coordinator.id, now: new Date("2025-12-01T00:00:00Z") });
    expect(result.seriesId).not.toBeNull();
    const rows = await t.prisma.meeting.findMany({ where: { seriesId: result.seriesId }, orderBy: { startsAt: "asc" } });
    // 5 January 2027 lies beyond the 12-month horizon from 1 December 2025.
    expect(rows.map((r) => r.startsAt.toISOString())).toEqual([
      "2026-01-06T09:00:00.000Z",
      "2026-04-07T08:00:00.000Z",
      "2026-07-07T08:00:00.000Z",
      "2026-10-06T08:00:00.000Z",
    ]);
    expect(rows.every((r) => r.seriesOriginalStart?.getTime() === r.startsAt.getTime())).toBe(true);
    const series = await t.prisma.meetingSeries.findUniqueOrThrow({ where: { id: result.seriesId ?? "" } });
    expect(series.rule).toContain("RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU;COUNT=8");
  });

  it("refuses a start date the rule does not produce", async () => {
    const { group, coordinator } = await setup();
    await signInAs(coordinator);
    // 10 June is not the first Tuesday of a month.
    const result = await createMeetingAction(form(group.id, { repeat: "monthly", ordinal: "1", weekday: "TU" }));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { startDate: expect.stringContaining("reguły") } });
    expect(await meetingCount(group.id)).toBe(0);
  });

  it("editing one occurrence leaves the others and keeps its identity", async () => {
    const { group, coordinator } = await setup();
    await signInAs(coordinator);
    const created = await createMeetingAction(
      form(group.id, { startDate: `${nextYear}-06-02`, repeat: "weekly", interval: "1", weekday: weekdayOf(`${nextYear}-06-02`), repeatEnd: "count", count: "3" }),
    );
    expect(created).toMatchObject({ ok: true, data: { occurrences: 3 } });
    if (!created.ok) return;
    const [first, second, third] = await t.prisma.meeting.findMany({ where: { seriesId: created.data.seriesId }, orderBy: { startsAt: "asc" } });
    if (!first || !second || !third) throw new Error("expected three occurrences");
    const edited = await updateMeetingAction({
      id: second.id,
      title: "Spotkanie przeniesione",
      kind: "PLENARY",
      startDate: `${nextYear}-06-10`,
      startTime: "13:00",
      endDate: "",
      endTime: "15:00",
      place: "Sala 3",
      onlineUrl: "",
      description: "",
      organiserInstitutionId: "",
    });
    expect(edited).toMatchObject({ ok: true, data: { calendarChanged: true } });
    const after = await t.prisma.meeting.findMany({ where: { seriesId: created.data.seriesId }, orderBy: { seriesOriginalStart: "asc" } });
    expect(after.map((m) => m.title)).toEqual(["IV posiedzenie plenarne", "Spotkanie przeniesione", "IV posiedzenie plenarne"]);
    expect(after[1]).toMatchObject({ seriesOriginalStart: second.seriesOriginalStart, sequence: 1, place: "Sala 3" });
    expect(after[1]?.startsAt.toISOString()).toBe(`${nextYear}-06-10T11:00:00.000Z`);
    expect(after[0]).toMatchObject({ startsAt: first.startsAt, sequence: 0 });
    expect(after[2]).toMatchObject({ startsAt: third.startsAt, sequence: 0 });
  });
});

describe("lifecycle", () => {
  async function draft() {
    const roles = await setup();
    await signInAs(roles.coordinator);
    const created = await createMeetingAction(form(roles.group.id));
    if (!created.ok) throw new Error(created.message);
    return { ...roles, id: created.data.id };
  }

  it("cancelling requires a reason, sets CANCELLED and bumps the sequence", async () => {
    const { id } = await draft();
    const noReason = await cancelMeetingAction({ id, reason: "   " });
    expect(noReason).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: "To pole jest wymagane." } });
    expect(await t.prisma.meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", sequence: 0 });
    const tooLong = await cancelMeetingAction({ id, reason: "x".repeat(501) });
    expect(tooLong).toMatchObject({ ok: false, code: "VALIDATION" });
    const cancelled = await cancelMeetingAction({ id, reason: "Brak kworum" });
    expect(cancelled).toMatchObject({ ok: true, data: { status: "CANCELLED" } });
    const row = await t.prisma.meeting.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "CANCELLED", cancelReason: "Brak kworum", sequence: 1 });
    expect(row.cancelledAt).toBeInstanceOf(Date);
  });

  it("walks draft → scheduled → in progress → held → minutes approved, stamping times", async () => {
    const { id } = await draft();
    for (const to of ["SCHEDULED", "IN_PROGRESS", "HELD", "MINUTES_APPROVED"] as const) {
      expect(await transitionMeetingAction({ id, to })).toMatchObject({ ok: true, data: { status: to } });
    }
    const row = await t.prisma.meeting.findUniqueOrThrow({ where: { id } });
    expect(row.startedAt).toBeInstanceOf(Date);
    expect(row.endedAt).toBeInstanceOf(Date);
    // Publishing bumped it once; starting and ending change nothing calendars show.
    expect(row.sequence).toBe(1);
  });

  it("refuses invalid transitions and lets only coordinators change status", async () => {
    const { id, member } = await draft();
    expect(await transitionMeetingAction({ id, to: "HELD" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await transitionMeetingAction({ id, to: "MINUTES_APPROVED" })).toMatchObject({ ok: false, code: "CONFLICT" });
    await signInAs(member);
    expect(await transitionMeetingAction({ id, to: "SCHEDULED" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await cancelMeetingAction({ id, reason: "Nie" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await t.prisma.meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", sequence: 0 });
  });

  it("keeps a cancelled meeting closed to edits", async () => {
    const { id } = await draft();
    await cancelMeetingAction({ id, reason: "Brak kworum" });
    expect(await transitionMeetingAction({ id, to: "SCHEDULED" })).toMatchObject({ ok: false, code: "CONFLICT" });
    const edit = await updateMeetingAction({ id, title: "X", kind: "OTHER", startDate: futureDay, startTime: "10:00", endDate: "", endTime: "11:00", place: "", onlineUrl: "", description: "", organiserInstitutionId: "" });
    expect(edit).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("group scoping", () => {
  it("an outsider cannot read or change another group's meeting (NOT_FOUND)", async () => {
    const { group, coordinator, observer } = await setup();
    await signInAs(coordinator);
    const created = await createMeetingAction(form(group.id));
    if (!created.ok) throw new Error(created.message);
    const other = await setup();
    await signInAs(other.coordinator);
    const outsider = await getCurrentUser();
    if (!outsider) throw new Error("expected a session");
    expect(await getMeeting(outsider.actor, created.data.id)).toBeNull();
    const list = await listMeetings(outsider.actor, meetingListQuerySchema.parse({}));
    expect(list.rows.map((r) => r.id)).not.toContain(created.data.id);
    expect(await cancelMeetingAction({ id: created.data.id, reason: "Nie moje" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // An observer of the group reads it but cannot change it.
    await signInAs(observer);
    const viewer = await getCurrentUser();
    expect(await getMeeting(viewer!.actor, created.data.id)).not.toBeNull();
    expect(await transitionMeetingAction({ id: created.data.id, to: "SCHEDULED" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
