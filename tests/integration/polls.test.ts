import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";
import { setDb } from "@/lib/db/client";
import {
  answerPollAction,
  closePollAction,
  createPollAction,
  remindPollAction,
  schedulePollAction,
} from "@/lib/polls/actions";
import { sendDuePollReminders } from "@/lib/polls/mutations";
import { getPollDetail } from "@/lib/polls/data";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroupWithRoles, buildInstitution, buildUser } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());

/** A calendar date `days` from today in Warsaw, as the form sends it. */
function warsawDate(days: number): string {
  return format(addDays(new TZDate(Date.now(), "Europe/Warsaw"), days), "yyyy-MM-dd");
}

function pollInput(groupId: string, overrides: Record<string, unknown> = {}) {
  return {
    groupId,
    title: "Posiedzenie plenarne — I kwartał",
    description: "",
    kind: "PLENARY" as const,
    place: "ul. Witosa 86, Kielce",
    onlineUrl: "",
    deadlineDate: warsawDate(5),
    deadlineTime: "",
    slots: [
      { date: warsawDate(10), start: "10:00", end: "12:00" },
      { date: warsawDate(11), start: "09:30", end: "11:00" },
      { date: warsawDate(12), start: "13:00", end: "15:00" },
    ],
    ...overrides,
  };
}

/** A group with two institutions: coordinator + member + reviewer in A, a second member in B. */
async function buildPollGroup() {
  const roles = await buildGroupWithRoles(t.prisma);
  const other = await buildInstitution(t.prisma);
  await t.prisma.groupInstitution.create({ data: { groupId: roles.group.id, institutionId: other.id } });
  const memberB = await buildUser(t.prisma, {
    institutionId: other.id,
    locale: "en",
    timeZone: "America/New_York",
    groups: [{ groupId: roles.group.id, role: "MEMBER" }],
  });
  return { ...roles, other, memberB };
}

async function createPoll(groupId: string, coordinator: { id: string }) {
  await signInAs(coordinator);
  const result = await createPollAction(pollInput(groupId));
  if (!result.ok) throw new Error(`createPoll failed: ${result.message}`);
  const slots = await t.prisma.datePollSlot.findMany({ where: { pollId: result.data.id }, orderBy: { startsAt: "asc" } });
  return { pollId: result.data.id, slots };
}

describe("creating a poll", () => {
  it("lets a coordinator create it with slots converted from Warsaw wall time", async () => {
    const { group, coordinator } = await buildPollGroup();
    const { pollId, slots } = await createPoll(group.id, coordinator);
    const poll = await t.prisma.datePoll.findUniqueOrThrow({ where: { id: pollId } });
    expect(poll).toMatchObject({ status: "OPEN", groupId: group.id, createdById: coordinator.id, timeZone: "Europe/Warsaw" });
    expect(slots).toHaveLength(3);
    // 10:00 in Warsaw, whatever the test process's TZ (the suite runs in America/New_York).
    expect(format(new TZDate(slots[0]!.startsAt.getTime(), "Europe/Warsaw"), "yyyy-MM-dd HH:mm")).toBe(`${warsawDate(10)} 10:00`);
    expect(format(new TZDate(poll.deadline!.getTime(), "Europe/Warsaw"), "HH:mm")).toBe("23:59");
  });

  it("refuses members and observers and writes nothing", async () => {
    const { group, member, observer } = await buildPollGroup();
    for (const user of [member, observer]) {
      await signInAs(user);
      const result = await createPollAction(pollInput(group.id));
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await t.prisma.datePoll.count({ where: { groupId: group.id } })).toBe(0);
  });

  it("refuses a slot in the past and an end before the start, in Polish, writing nothing", async () => {
    const { group, coordinator } = await buildPollGroup();
    await signInAs(coordinator);
    const past = await createPollAction(
      pollInput(group.id, {
        slots: [
          { date: warsawDate(-1), start: "10:00", end: "12:00" },
          { date: warsawDate(3), start: "10:00", end: "12:00" },
        ],
      }),
    );
    expect(past).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "Co najmniej jeden proponowany termin jest w przeszłości.",
      fieldErrors: { "slots.0.date": "Spotkanie nie może zaczynać się w przeszłości." },
    });

    const backwards = await createPollAction(
      pollInput(group.id, {
        slots: [
          { date: warsawDate(3), start: "12:00", end: "10:00" },
          { date: warsawDate(4), start: "10:00", end: "12:00" },
        ],
      }),
    );
    expect(backwards).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { "slots.0.end": "Data zakończenia musi być późniejsza niż data rozpoczęcia." },
    });

    const duplicate = await createPollAction(
      pollInput(group.id, {
        slots: [
          { date: warsawDate(3), start: "10:00", end: "12:00" },
          { date: warsawDate(3), start: "10:00", end: "12:00" },
        ],
      }),
    );
    expect(duplicate).toMatchObject({ ok: false, code: "VALIDATION", message: "Ten sam termin został podany dwa razy." });

    const oneSlot = await createPollAction(pollInput(group.id, { slots: [{ date: warsawDate(3), start: "10:00", end: "12:00" }] }));
    expect(oneSlot).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { slots: "Wybierz co najmniej 2." } });
    expect(await t.prisma.datePoll.count({ where: { groupId: group.id } })).toBe(0);
  });
});

describe("answering", () => {
  it("upserts one answer per slot and logs every change with the previous value", async () => {
    const { group, coordinator, member } = await buildPollGroup();
    const { pollId, slots } = await createPoll(group.id, coordinator);
    const [first, second] = [slots[0]!, slots[1]!];
    await signInAs(member);
    expect(await answerPollAction({ pollId, answers: [{ slotId: first.id, value: "YES" }, { slotId: second.id, value: "NO" }] })).toMatchObject({
      ok: true,
      data: { changed: 2 },
    });
    // Saving the same answer again changes nothing and logs nothing.
    expect(await answerPollAction({ pollId, answers: [{ slotId: first.id, value: "YES" }] })).toMatchObject({ ok: true, data: { changed: 0 } });
    expect(await answerPollAction({ pollId, answers: [{ slotId: first.id, value: "NO" }] })).toMatchObject({ ok: true, data: { changed: 1 } });

    const answers = await t.prisma.datePollAnswer.findMany({ where: { userId: member.id } });
    expect(answers).toHaveLength(2);
    expect(answers.find((a) => a.slotId === first.id)?.value).toBe("NO");
    const log = await t.prisma.datePollAnswerLog.findMany({ where: { pollId, slotId: first.id }, orderBy: { createdAt: "asc" } });
    expect(log.map((l) => [l.previous, l.value, l.userId])).toEqual([
      [null, "YES", member.id],
      ["YES", "NO", member.id],
    ]);
  });

  it("totals per slot and counts institutions with at least one yes; best slot by yes, then if-need-be", async () => {
    const { group, coordinator, member, reviewer, memberB } = await buildPollGroup();
    const { pollId, slots } = await createPoll(group.id, coordinator);
    const [s1, s2, s3] = [slots[0]!, slots[1]!, slots[2]!];
    const answer = async (user: { id: string }, values: ("YES" | "IF_NEED_BE" | "NO")[]) => {
      await signInAs(user);
      const result = await answerPollAction({ pollId, answers: values.map((value, i) => ({ slotId: slots[i]!.id, value })) });
      expect(result.ok).toBe(true);
    };
    await answer(coordinator, ["YES", "YES", "NO"]);
    await answer(member, ["YES", "IF_NEED_BE", "NO"]);
    await answer(reviewer, ["NO", "YES", "IF_NEED_BE"]);
    await answer(memberB, ["IF_NEED_BE", "YES", "NO"]);

    const detail = await getPollDetail(pollId, [group.id]);
    expect(detail?.totals[s1.id]).toEqual({ yes: 2, ifNeedBe: 1, no: 1, institutionsWithYes: 1 });
    expect(detail?.totals[s2.id]).toEqual({ yes: 3, ifNeedBe: 1, no: 0, institutionsWithYes: 2 });
    expect(detail?.totals[s3.id]).toEqual({ yes: 0, ifNeedBe: 1, no: 3, institutionsWithYes: 0 });
    expect(detail?.bestSlotId).toBe(s2.id);
    // Observers are not respondents; everyone else is.
    expect(detail?.respondents.map((r) => r.id).sort()).toEqual([coordinator.id, member.id, reviewer.id, memberB.id].sort());
  });

  it("refuses answers after the deadline or once closed, and from observers, writing nothing", async () => {
    const { group, coordinator, member, observer } = await buildPollGroup();
    const { pollId, slots } = await createPoll(group.id, coordinator);
    const slotId = slots[0]!.id;

    await signInAs(observer);
    expect(await answerPollAction({ pollId, answers: [{ slotId, value: "YES" }] })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    await t.prisma.datePoll.update({ where: { id: pollId }, data: { deadline: new Date(Date.now() - 60_000) } });
    await signInAs(member);
    expect(await answerPollAction({ pollId, answers: [{ slotId, value: "YES" }] })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Ta ankieta nie przyjmuje już odpowiedzi — minął termin albo koordynator ją zamknął.",
    });

    await t.prisma.datePoll.update({ where: { id: pollId }, data: { deadline: null } });
    await signInAs(coordinator);
    expect(await closePollAction({ pollId })).toMatchObject({ ok: true });
    await signInAs(member);
    expect(await answerPollAction({ pollId, answers: [{ slotId, value: "YES" }] })).toMatchObject({ ok: false, code: "CONFLICT" });

    expect(await t.prisma.datePollAnswer.count({ where: { slot: { pollId } } })).toBe(0);
    expect(await t.prisma.datePollAnswerLog.count({ where: { pollId } })).toBe(0);
  });

  it("hides polls of other groups (NOT_FOUND for outsiders)", async () => {
    const { group, coordinator, outsider } = await buildPollGroup();
    const { pollId, slots } = await createPoll(group.id, coordinator);
    await signInAs(outsider);
    expect(await answerPollAction({ pollId, answers: [{ slotId: slots[0]!.id, value: "YES" }] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("scheduling", () => {
  it("creates the meeting from the slot, marks the poll and mails each respondent in their language", async () => {
    const { group, coordinator, member, reviewer, memberB, observer, institution } = await buildPollGroup();
    const { pollId, slots } = await createPoll(group.id, coordinator);
    const chosen = slots[1]!;

    await signInAs(member);
    expect(await schedulePollAction({ pollId, slotId: chosen.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await t.prisma.meeting.count({ where: { groupId: group.id } })).toBe(0);

    await signInAs(coordinator);
    const result = await schedulePollAction({ pollId, slotId: chosen.id });
    if (!result.ok) throw new Error(result.message);
    const meeting = await t.prisma.meeting.findUniqueOrThrow({ where: { id: result.data.meetingId } });
    expect(meeting).toMatchObject({
      groupId: group.id,
      status: "SCHEDULED",
      title: "Posiedzenie plenarne — I kwartał",
      kind: "PLENARY",
      place: "ul. Witosa 86, Kielce",
      startsAt: chosen.startsAt,
      endsAt: chosen.endsAt,
      organiserInstitutionId: institution.id,
    });
    const poll = await t.prisma.datePoll.findUniqueOrThrow({ where: { id: pollId } });
    expect(poll).toMatchObject({ status: "SCHEDULED", meetingId: meeting.id, chosenSlotId: chosen.id });

    const mails = await t.prisma.mailMessage.findMany({ where: { kind: "poll-scheduled", text: { contains: `/meetings/${meeting.id}` } } });
    expect(mails.map((m) => m.to).sort()).toEqual([coordinator.email, member.email, reviewer.email, memberB.email].sort());
    expect(mails.some((m) => m.to === observer.email)).toBe(false);
    const english = mails.find((m) => m.to === memberB.email)!;
    expect(english.subject).toBe("Meeting scheduled: Posiedzenie plenarne — I kwartał");
    // 09:30 in Warsaw is 03:30 in New York (6 h apart all year except around DST switches).
    const nyStart = format(new TZDate(chosen.startsAt.getTime(), "America/New_York"), "HH:mm");
    expect(english.text).toContain(nyStart);
    expect(mails.find((m) => m.to === member.email)!.subject).toBe("Zaplanowano spotkanie: Posiedzenie plenarne — I kwartał");

    // A second click does not create another meeting.
    expect(await schedulePollAction({ pollId, slotId: chosen.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await t.prisma.meeting.count({ where: { groupId: group.id } })).toBe(1);
  });
});

describe("reminders", () => {
  it("mails only people without any answer, and never twice on the same day", async () => {
    const { group, coordinator, member, reviewer, memberB, observer } = await buildPollGroup();
    const { pollId, slots } = await createPoll(group.id, coordinator);
    await signInAs(member);
    await answerPollAction({ pollId, answers: [{ slotId: slots[0]!.id, value: "NO" }] });

    await signInAs(coordinator);
    const first = await remindPollAction({ pollId });
    expect(first).toMatchObject({ ok: true, data: { sent: 3, skipped: 0 } });
    const again = await remindPollAction({ pollId });
    expect(again).toMatchObject({ ok: true, data: { sent: 0, skipped: 3 } });

    const mails = await t.prisma.mailMessage.findMany({ where: { kind: "poll-reminder", text: { contains: `/meetings/polls/${pollId}` } } });
    expect(mails.map((m) => m.to).sort()).toEqual([coordinator.email, reviewer.email, memberB.email].sort());
    expect(mails.some((m) => m.to === member.email || m.to === observer.email)).toBe(false);

    await signInAs(member);
    expect(await remindPollAction({ pollId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("the due-reminder job picks polls closing within 24 hours and repeats harmlessly", async () => {
    const { group, coordinator } = await buildPollGroup();
    const { pollId } = await createPoll(group.id, coordinator);
    const later = await createPoll(group.id, coordinator);
    const now = new Date();
    await t.prisma.datePoll.update({ where: { id: pollId }, data: { deadline: new Date(now.getTime() + 6 * 3600_000) } });
    await t.prisma.datePoll.update({ where: { id: later.pollId }, data: { deadline: new Date(now.getTime() + 72 * 3600_000) } });

    await sendDuePollReminders(now);
    await sendDuePollReminders(now);
    const count = (id: string) => t.prisma.mailMessage.count({ where: { kind: "poll-reminder", text: { contains: `/meetings/polls/${id}` } } });
    expect(await count(pollId)).toBe(4);
    expect(await count(later.pollId)).toBe(0);
  });
});
