// The .ics download and the personal feed, read back with ical.js (an independent parser):
// stable UIDs, SEQUENCE rising on changes, STATUS:CANCELLED, correct instants across the
// spring DST change, URL/ORGANIZER/LOCATION, and tokens that stop working when replaced.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import ICAL from "ical.js";
import { addDays, addHours } from "date-fns";
import { setDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { disableCalendarFeedAction, enableCalendarFeedAction } from "@/lib/calendar-feed/actions";
import { GET as getFeed } from "@/app/api/calendar/[token]/route";
import { GET as getMeetingIcs } from "@/app/api/meetings/[id]/ics/route";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroupWithRoles, buildUser } from "@/tests/support/factories";
import { signInAs, signOut } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());
afterEach(() => vi.useRealTimers());

type ParsedEvent = {
  uid: string;
  sequence: number;
  summary: string;
  start: Date;
  end: Date;
  status: string | null;
  url: string | null;
  organizer: string | null;
  location: string | null;
};

function parseCalendar(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  // Times given with a TZID resolve through the calendar's own VTIMEZONE definitions.
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const text = (name: string) => {
      const value = component.getFirstPropertyValue(name);
      return value === null || value === undefined ? null : String(value);
    };
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      status: text("status"),
      url: text("url"),
      organizer: text("organizer"),
      location: event.location,
    };
  });
}

async function fetchFeed(url: string) {
  const token = url.split("/").pop() ?? "";
  return getFeed(new Request(url), { params: Promise.resolve({ token }) });
}

async function fetchIcs(meetingId: string) {
  return getMeetingIcs(new Request(`${env.appUrl}/api/meetings/${meetingId}/ics`), { params: Promise.resolve({ id: meetingId }) });
}

async function buildMeeting(groupId: string, data: { title: string; startsAt: Date; hours?: number; createdById?: string; organiserInstitutionId?: string }) {
  return t.prisma.meeting.create({
    data: {
      groupId,
      title: data.title,
      status: "SCHEDULED",
      startsAt: data.startsAt,
      endsAt: addHours(data.startsAt, data.hours ?? 2),
      place: "Kielce, ul. IX Wieków Kielc 3",
      onlineUrl: "https://meet.example/quorum",
      organiserInstitutionId: data.organiserInstitutionId ?? null,
      createdById: data.createdById ?? null,
    },
  });
}

describe("single meeting .ics", () => {
  it("holds the exact instants across the DST change and the calendar fields", async () => {
    const s = await buildGroupWithRoles(t.prisma);
    // 10:00 in Warsaw: CET (UTC+1) on 28 March 2026, CEST (UTC+2) on 30 March 2026.
    const before = await buildMeeting(s.group.id, {
      title: "Przed zmianą czasu",
      startsAt: new Date("2026-03-28T09:00:00Z"),
      createdById: s.coordinator.id,
      organiserInstitutionId: s.institution.id,
    });
    const after = await buildMeeting(s.group.id, { title: "Po zmianie czasu", startsAt: new Date("2026-03-30T08:00:00Z") });

    await signInAs(s.observer);
    const response = await fetchIcs(before.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="przed-zmiana-czasu.ics"');
    const [event] = parseCalendar(await response.text());
    expect(event).toMatchObject({ uid: `${before.id}@quorum`, sequence: 0, summary: "Przed zmianą czasu", status: "CONFIRMED" });
    expect(event?.start.toISOString()).toBe("2026-03-28T09:00:00.000Z");
    expect(event?.end.toISOString()).toBe("2026-03-28T11:00:00.000Z");
    expect(event?.url).toBe(`${env.appUrl}/meetings/${before.id}`);
    expect(event?.organizer?.toLowerCase()).toBe(`mailto:${s.coordinator.email}`.toLowerCase());
    expect(event?.location).toContain("Kielce, ul. IX Wieków Kielc 3");
    expect(event?.location).toContain("https://meet.example/quorum");

    const [second] = parseCalendar(await (await fetchIcs(after.id)).text());
    expect(second?.start.toISOString()).toBe("2026-03-30T08:00:00.000Z");
    // Without a creator the organiser's address is the app's sender.
    expect(second?.organizer).toMatch(/^mailto:/i);
  });

  it("answers 404 to people outside the group and to anonymous requests", async () => {
    const s = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(s.group.id, { title: "Tajne", startsAt: addDays(new Date(), 3) });
    await signInAs(s.outsider);
    expect((await fetchIcs(meeting.id)).status).toBe(404);
    signOut();
    expect((await fetchIcs(meeting.id)).status).toBe(404);
    await signInAs(s.member);
    expect((await fetchIcs("does-not-exist")).status).toBe(404);
  });
});

describe("personal calendar feed", () => {
  it("lists the user's meetings with stable UIDs, rising SEQUENCE and STATUS:CANCELLED", async () => {
    const s = await buildGroupWithRoles(t.prisma);
    const other = await buildGroupWithRoles(t.prisma);
    const start = addDays(new Date(), 7);
    const open = await buildMeeting(s.group.id, { title: "Dla całej grupy", startsAt: start });
    const invitedOnly = await buildMeeting(s.group.id, { title: "Tylko zaproszeni", startsAt: addDays(start, 1) });
    await t.prisma.meetingInvitee.create({ data: { meetingId: invitedOnly.id, userId: s.coordinator.id } });
    const mine = await buildMeeting(s.group.id, { title: "Z moim zaproszeniem", startsAt: addDays(start, 2) });
    await t.prisma.meetingInvitee.create({ data: { meetingId: mine.id, userId: s.member.id } });
    await t.prisma.meeting.create({
      data: { groupId: s.group.id, title: "Szkic", startsAt: start, endsAt: addHours(start, 1) },
    });
    await buildMeeting(other.group.id, { title: "Cudza grupa", startsAt: start });
    await buildMeeting(s.group.id, { title: "Dawno temu", startsAt: addDays(new Date(), -200) });

    await signInAs(s.member);
    const enabled = await enableCalendarFeedAction({});
    if (!enabled.ok) throw new Error(enabled.message);
    expect(enabled.data.url).toMatch(new RegExp(`^${env.appUrl}/api/calendar/[A-Za-z0-9_-]{43}$`));
    const stored = await t.prisma.user.findUniqueOrThrow({ where: { id: s.member.id } });
    expect(stored.calendarFeedTokenHash).not.toContain(enabled.data.url.split("/").pop());

    const response = await fetchFeed(enabled.data.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const events = parseCalendar(await response.text());
    expect(events.map((e) => e.summary).sort()).toEqual(["Dla całej grupy", "Z moim zaproszeniem"]);
    const firstUid = events.find((e) => e.summary === "Dla całej grupy")?.uid;
    expect(firstUid).toBe(`${open.id}@quorum`);

    // An edit (meetings-core bumps SEQUENCE on changes calendars must pick up) keeps the UID.
    await t.prisma.meeting.update({ where: { id: open.id }, data: { title: "Dla całej grupy (nowa sala)", place: "Sala 5", sequence: { increment: 1 } } });
    const edited = parseCalendar(await (await fetchFeed(enabled.data.url)).text()).find((e) => e.uid === firstUid);
    expect(edited).toMatchObject({ sequence: 1, summary: "Dla całej grupy (nowa sala)" });
    expect(edited?.status).not.toBe("CANCELLED");

    await t.prisma.meeting.update({
      where: { id: open.id },
      data: { status: "CANCELLED", cancelReason: "Brak kworum", cancelledAt: new Date(), sequence: { increment: 1 } },
    });
    const cancelled = parseCalendar(await (await fetchFeed(enabled.data.url)).text()).find((e) => e.uid === firstUid);
    expect(cancelled).toMatchObject({ sequence: 2, status: "CANCELLED" });
  });

  it("shows the DST-crossing meetings at their Warsaw wall time", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-03-01T12:00:00Z"), shouldAdvanceTime: true });
    const s = await buildGroupWithRoles(t.prisma);
    await buildMeeting(s.group.id, { title: "Sobota", startsAt: new Date("2026-03-28T09:00:00Z") });
    await buildMeeting(s.group.id, { title: "Poniedziałek", startsAt: new Date("2026-03-30T08:00:00Z") });
    const feed = await enableFeedFor(s.member);
    const events = parseCalendar(await (await fetchFeed(feed)).text());
    const warsawTime = (d: Date | undefined) =>
      d?.toLocaleString("pl-PL", { timeZone: "Europe/Warsaw", day: "2-digit", month: "2-digit", hour: "2-digit", minute: "2-digit" });
    expect(warsawTime(events.find((e) => e.summary === "Sobota")?.start)).toBe("28.03, 10:00");
    expect(warsawTime(events.find((e) => e.summary === "Poniedziałek")?.start)).toBe("30.03, 10:00");
  });

  it("stops answering an old URL after regenerating or turning the feed off", async () => {
    const s = await buildGroupWithRoles(t.prisma);
    const first = await enableFeedFor(s.member);
    expect((await fetchFeed(first)).status).toBe(200);

    const second = await enableFeedFor(s.member);
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);

    await signInAs(s.member);
    expect(await disableCalendarFeedAction({})).toEqual({ ok: true, data: null });
    expect((await fetchFeed(second)).status).toBe(404);
    expect((await fetchFeed(`${env.appUrl}/api/calendar/not-a-token`)).status).toBe(404);
  });

  it("never shows another user's meetings", async () => {
    const s = await buildGroupWithRoles(t.prisma);
    const stranger = await buildUser(t.prisma);
    await buildMeeting(s.group.id, { title: "Wewnętrzne", startsAt: addDays(new Date(), 4) });
    const feed = await enableFeedFor(stranger);
    expect(parseCalendar(await (await fetchFeed(feed)).text())).toEqual([]);
  });
});

async function enableFeedFor(user: { id: string }): Promise<string> {
  await signInAs(user);
  const result = await enableCalendarFeedAction({});
  if (!result.ok) throw new Error(result.message);
  return result.data.url;
}
