// Meeting invitations through the real server actions: invite (institutions expand to their
// people in the group), answers with substitutes, the e-mails, and reminders that go out once
// per meeting version.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { addDays, addHours } from "date-fns";
import { closeMailTransport, flushPendingMail, readStoredAttachments } from "@/lib/mail/send-mail";
import { setDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { inviteToMeetingAction, removeInviteeAction, respondToMeetingAction } from "@/lib/meeting-invitations/actions";
import { notifyMeetingCancelled, notifyMeetingChanged, sendDueMeetingReminders } from "@/lib/meeting-invitations/notifications";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroupWithRoles, buildInstitution, buildUser } from "@/tests/support/factories";
import { setTestLocale } from "@/tests/support/next-intl-mock";
import { signInAs } from "@/tests/support/session";
import plErrors from "@/messages/pl/errors.json";

let t: TestDb;
beforeAll(async () => {
  delete process.env.SMTP_URL;
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());
beforeEach(() => setTestLocale("pl"));

/** A group with institution A (one person per role) plus institution B with one member. */
async function buildScene(startsAt = addDays(new Date(), 10)) {
  const roles = await buildGroupWithRoles(t.prisma);
  const other = await buildInstitution(t.prisma);
  await t.prisma.groupInstitution.create({ data: { groupId: roles.group.id, institutionId: other.id } });
  const otherMember = await buildUser(t.prisma, {
    institutionId: other.id,
    locale: "en",
    groups: [{ groupId: roles.group.id, role: "MEMBER" }],
  });
  const meeting = await t.prisma.meeting.create({
    data: {
      groupId: roles.group.id,
      title: "Posiedzenie plenarne",
      status: "SCHEDULED",
      startsAt,
      endsAt: addHours(startsAt, 2),
      place: "Urząd Marszałkowski, sala 101",
      organiserInstitutionId: roles.institution.id,
      createdById: roles.coordinator.id,
    },
  });
  return { ...roles, other, otherMember, meeting };
}

async function inviteeIds(meetingId: string) {
  return (await t.prisma.meetingInvitee.findMany({ where: { meetingId }, select: { userId: true } })).map((i) => i.userId).sort();
}

describe("inviting", () => {
  it("expands an institution to its people in the group, without duplicates, and mails each new invitee", async () => {
    const s = await buildScene();
    await signInAs(s.coordinator);
    const first = await inviteToMeetingAction({ meetingId: s.meeting.id, institutionIds: [s.institution.id], userIds: [] });
    expect(first).toEqual({ ok: true, data: { invited: 4 } });
    expect(await inviteeIds(s.meeting.id)).toEqual([s.coordinator.id, s.member.id, s.reviewer.id, s.observer.id].sort());
    const rows = await t.prisma.meetingInvitee.findMany({ where: { meetingId: s.meeting.id } });
    expect(rows.every((r) => r.viaInstitutionId === s.institution.id)).toBe(true);

    const mail = await t.prisma.mailMessage.findFirst({ where: { to: s.member.email, kind: "meeting-invitation" } });
    expect(mail?.subject).toContain("Posiedzenie plenarne");
    expect(mail?.text).toContain(`${env.appUrl}/meetings/${s.meeting.id}`);
    expect(mail?.text).toContain("Urząd Marszałkowski, sala 101");
    expect(readStoredAttachments(mail?.attachments).map((a) => a.filename)).toEqual(["spotkanie.ics"]);

    const again = await inviteToMeetingAction({ meetingId: s.meeting.id, institutionIds: [s.institution.id], userIds: [s.member.id, s.otherMember.id] });
    expect(again).toEqual({ ok: true, data: { invited: 1 } });
    expect(await t.prisma.meetingInvitee.count({ where: { meetingId: s.meeting.id } })).toBe(5);
    expect(await t.prisma.mailMessage.count({ where: { to: s.member.email, kind: "meeting-invitation" } })).toBe(1);
    // The English-speaking invitee is written to in English.
    const english = await t.prisma.mailMessage.findFirst({ where: { to: s.otherMember.email, kind: "meeting-invitation" } });
    expect(english?.subject).toMatch(/^Invitation: /);
  });

  it("refuses members and ignores people outside the group", async () => {
    const s = await buildScene();
    await signInAs(s.member);
    const refused = await inviteToMeetingAction({ meetingId: s.meeting.id, institutionIds: [s.institution.id], userIds: [] });
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await t.prisma.meetingInvitee.count({ where: { meetingId: s.meeting.id } })).toBe(0);

    await signInAs(s.coordinator);
    const outsider = await inviteToMeetingAction({ meetingId: s.meeting.id, institutionIds: [], userIds: [s.outsider.id] });
    expect(outsider).toEqual({ ok: true, data: { invited: 0 } });
    const empty = await inviteToMeetingAction({ meetingId: s.meeting.id, institutionIds: [], userIds: [] });
    expect(empty).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("removes an invitee (coordinators only)", async () => {
    const s = await buildScene();
    await signInAs(s.coordinator);
    await inviteToMeetingAction({ meetingId: s.meeting.id, institutionIds: [], userIds: [s.member.id] });
    const row = await t.prisma.meetingInvitee.findFirstOrThrow({ where: { meetingId: s.meeting.id } });
    await signInAs(s.member);
    expect(await removeInviteeAction({ meetingId: s.meeting.id, inviteeId: row.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(s.coordinator);
    expect(await removeInviteeAction({ meetingId: s.meeting.id, inviteeId: row.id })).toEqual({ ok: true, data: null });
    expect(await t.prisma.meetingInvitee.count({ where: { meetingId: s.meeting.id } })).toBe(0);
  });
});

describe("invitation e-mail in the outbox", () => {
  it("keeps the .ics attachment with the stored message", async () => {
    const s = await buildScene();
    await signInAs(s.coordinator);
    await inviteToMeetingAction({ meetingId: s.meeting.id, institutionIds: [], userIds: [s.member.id] });
    const mail = await t.prisma.mailMessage.findFirstOrThrow({ where: { to: s.member.email, kind: "meeting-invitation" } });
    expect(mail.status).toBe("OUTBOX");
    const [ics, ...rest] = readStoredAttachments(mail.attachments);
    expect(rest).toHaveLength(0);
    expect(ics).toMatchObject({ filename: "spotkanie.ics", contentType: expect.stringMatching(/^text\/calendar/) });
    const text = ics!.content.toString("utf8");
    expect(text).toContain("METHOD:REQUEST");
    expect(text).toContain(`UID:${s.meeting.id}@quorum`);
  });
});

describe("invitation e-mail over SMTP", () => {
  it("carries the meeting as a METHOD:REQUEST .ics attachment", async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push(Buffer.concat(chunks).toString("utf8"));
          callback();
        });
      },
    });
    const port = await new Promise<number>((resolve) => {
      const net = server.listen(0, "127.0.0.1", () => resolve((net.address() as AddressInfo).port));
    });
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}?ignoreTLS=true`;
    try {
      const s = await buildScene();
      await signInAs(s.coordinator);
      await inviteToMeetingAction({ meetingId: s.meeting.id, institutionIds: [], userIds: [s.member.id] });
      await flushPendingMail();
      const mail = await t.prisma.mailMessage.findFirstOrThrow({ where: { to: s.member.email, kind: "meeting-invitation" } });
      expect(mail.status).toBe("SENT");
      expect(received).toHaveLength(1);
      const raw = received[0] ?? "";
      expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
      expect(raw).toMatch(/filename=spotkanie\.ics/);
      const calendarPart = raw.split(/\r?\n\r?\n/).find((part, i, parts) => /text\/calendar/i.test(parts[i - 1] ?? ""));
      const decoded = Buffer.from((calendarPart ?? "").replace(/\s+/g, ""), "base64").toString("utf8");
      const ics = decoded.includes("BEGIN:VCALENDAR") ? decoded : raw;
      expect(ics).toContain("METHOD:REQUEST");
      expect(ics).toContain(`UID:${s.meeting.id}@quorum`);
    } finally {
      delete process.env.SMTP_URL;
      closeMailTransport();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("answering", () => {
  it("accepts a substitute from the same institution and refuses one from another, translated", async () => {
    const s = await buildScene();
    await signInAs(s.coordinator);
    await inviteToMeetingAction({ meetingId: s.meeting.id, institutionIds: [s.institution.id, s.other.id], userIds: [] });

    await signInAs(s.member);
    const ok = await respondToMeetingAction({ meetingId: s.meeting.id, response: "NOT_ATTENDING", comment: "Urlop", substituteUserId: s.reviewer.id });
    expect(ok).toEqual({ ok: true, data: null });
    const mine = await t.prisma.meetingInvitee.findUniqueOrThrow({ where: { meetingId_userId: { meetingId: s.meeting.id, userId: s.member.id } } });
    expect(mine).toMatchObject({ response: "NOT_ATTENDING", comment: "Urlop", substituteUserId: s.reviewer.id });

    const refused = await respondToMeetingAction({ meetingId: s.meeting.id, response: "MAYBE", comment: "", substituteUserId: s.otherMember.id });
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", message: plErrors.SUBSTITUTE_NOT_ALLOWED });
    const unchanged = await t.prisma.meetingInvitee.findUniqueOrThrow({ where: { id: mine.id } });
    expect(unchanged).toMatchObject({ response: "NOT_ATTENDING", substituteUserId: s.reviewer.id });

    const tooLong = await respondToMeetingAction({ meetingId: s.meeting.id, response: "MAYBE", comment: "x".repeat(501), substituteUserId: "" });
    expect(tooLong).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(tooLong.ok ? undefined : tooLong.fieldErrors?.comment).toMatch(/500/);
  });

  it("refuses observers and people who were not invited", async () => {
    const s = await buildScene();
    await signInAs(s.coordinator);
    await inviteToMeetingAction({ meetingId: s.meeting.id, institutionIds: [s.institution.id], userIds: [] });

    await signInAs(s.observer);
    expect(await respondToMeetingAction({ meetingId: s.meeting.id, response: "ATTENDING", comment: "", substituteUserId: "" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(s.otherMember);
    expect(await respondToMeetingAction({ meetingId: s.meeting.id, response: "ATTENDING", comment: "", substituteUserId: "" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const answered = await t.prisma.meetingInvitee.count({ where: { meetingId: s.meeting.id, response: { not: "PENDING" } } });
    expect(answered).toBe(0);
  });
});

describe("reminders and change notices", () => {
  const count = (meetingTitle: string, kind: string) =>
    t.prisma.mailMessage.count({ where: { kind, subject: { contains: meetingTitle } } });

  it("sends each reminder once, and again for a changed meeting", async () => {
    const now = new Date();
    const s = await buildScene(addDays(now, 2));
    const title = `Spotkanie ${s.meeting.id}`;
    await t.prisma.meeting.update({ where: { id: s.meeting.id }, data: { title } });
    await signInAs(s.coordinator);
    await inviteToMeetingAction({ meetingId: s.meeting.id, institutionIds: [], userIds: [s.member.id, s.reviewer.id] });
    await signInAs(s.reviewer);
    await respondToMeetingAction({ meetingId: s.meeting.id, response: "NOT_ATTENDING", comment: "", substituteUserId: "" });

    await sendDueMeetingReminders(now);
    await sendDueMeetingReminders(now);
    // The reviewer declined: only the member is reminded; the unanswered nudge waits for the last day.
    expect(await count(title, "meeting-reminder")).toBe(1);
    expect(await count(title, "meeting-reminderUnanswered")).toBe(0);

    // Closer to the start: the member still has not answered.
    await sendDueMeetingReminders(addHours(now, 30));
    await sendDueMeetingReminders(addHours(now, 30));
    expect(await count(title, "meeting-reminder")).toBe(1);
    expect(await count(title, "meeting-reminderUnanswered")).toBe(1);

    // A change (meetings-core bumps SEQUENCE): the new version is reminded of again, once.
    await t.prisma.meeting.update({ where: { id: s.meeting.id }, data: { place: "Sala 202", sequence: { increment: 1 } } });
    await Promise.all([sendDueMeetingReminders(addHours(now, 31)), sendDueMeetingReminders(addHours(now, 31))]);
    expect(await count(title, "meeting-reminder")).toBe(2);
    expect(await count(title, "meeting-reminderUnanswered")).toBe(2);
  });

  it("does not remind outside the group's reminder window", async () => {
    const now = new Date();
    const s = await buildScene(addDays(now, 5));
    const title = `Daleko ${s.meeting.id}`;
    await t.prisma.meeting.update({ where: { id: s.meeting.id }, data: { title } });
    await t.prisma.meetingInvitee.create({ data: { meetingId: s.meeting.id, userId: s.member.id } });
    await sendDueMeetingReminders(now);
    expect(await count(title, "meeting-reminder")).toBe(0);
  });

  it("mails updates and cancellations once per meeting version", async () => {
    const s = await buildScene();
    const title = `Zmiany ${s.meeting.id}`;
    await t.prisma.meeting.update({ where: { id: s.meeting.id }, data: { title } });
    await signInAs(s.coordinator);
    await inviteToMeetingAction({ meetingId: s.meeting.id, institutionIds: [], userIds: [s.member.id, s.otherMember.id] });

    await t.prisma.meeting.update({ where: { id: s.meeting.id }, data: { place: "Online", sequence: { increment: 1 } } });
    expect(await notifyMeetingChanged(s.meeting.id)).toEqual({ sent: 2 });
    expect(await notifyMeetingChanged(s.meeting.id)).toEqual({ sent: 0 });
    const update = await t.prisma.mailMessage.findFirst({ where: { to: s.member.email, kind: "meeting-update" } });
    expect(update?.text).toContain("Online");

    await t.prisma.meeting.update({
      where: { id: s.meeting.id },
      data: { status: "CANCELLED", cancelReason: "Brak kworum", sequence: { increment: 1 } },
    });
    expect(await notifyMeetingCancelled(s.meeting.id)).toEqual({ sent: 2 });
    const cancel = await t.prisma.mailMessage.findFirst({ where: { to: s.member.email, kind: "meeting-cancellation" } });
    expect(cancel?.subject).toMatch(/^Odwołane: /);
    expect(cancel?.text).toContain("Brak kworum");
  });
});
