import "server-only";
// Writes for date polls. Answers and their log rows commit together; scheduling creates the
// meeting, marks the poll and queues the e-mails in one transaction (mail goes out after
// commit, see sendMail). Open answer tables refresh through the "poll:changed" event.
import { db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import type { PollAnswerValue } from "@/lib/generated/prisma/enums";
import { sendMail } from "@/lib/mail/send-mail";
import { getRealtime } from "@/lib/realtime/registry";
import { runOnce } from "@/lib/jobs/run-once";
import { listPollRespondents } from "@/lib/polls/data";
import { renderPollReminderMail, renderPollScheduledMail } from "@/lib/polls/mail";
import type { CreatePollInput } from "@/lib/polls/schema";
import { resolvePollSlots } from "@/lib/polls/slots";
import { isPollAnswerable, pollReminderKey } from "@/lib/polls/tally";

function inTransaction<T>(tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return tx === db ? db.$transaction((t) => fn(t)) : fn(tx);
}

/** Tells open answer tables of the group to refresh; no-op without the realtime server. */
export function emitPollChanged(groupId: string, pollId: string): void {
  getRealtime()?.to(`group:${groupId}`).emit("poll:changed", { pollId });
}

function absoluteUrl(path: string): string {
  return new URL(path, env.appUrl).toString();
}

async function assertGroupActive(tx: Tx, groupId: string) {
  const group = await tx.group.findUnique({ where: { id: groupId }, select: { archivedAt: true } });
  if (!group) throw new AppError("NOT_FOUND");
  if (group.archivedAt) throw new AppError("CONFLICT", { messageKey: "GROUP_ARCHIVED" });
}

export async function createPoll(
  input: CreatePollInput,
  ctx: { createdById: string; timeZone: string; now?: Date },
  tx: Tx = db,
) {
  const { slots, deadline } = resolvePollSlots(input, ctx.timeZone, ctx.now ?? new Date());
  return inTransaction(tx, async (t) => {
    await assertGroupActive(t, input.groupId);
    return t.datePoll.create({
      data: {
        groupId: input.groupId,
        title: input.title,
        description: input.description,
        kind: input.kind,
        place: input.place,
        onlineUrl: input.onlineUrl,
        timeZone: ctx.timeZone,
        deadline,
        createdById: ctx.createdById,
        slots: { create: slots },
      },
    });
  });
}

/**
 * Sets the person's answers (one per slot); unchanged answers write nothing, every change
 * writes a log row (previous → new) in the same transaction.
 */
export async function savePollAnswers(
  pollId: string,
  userId: string,
  answers: { slotId: string; value: PollAnswerValue }[],
  now = new Date(),
  tx: Tx = db,
): Promise<{ changed: number }> {
  const result = await inTransaction(tx, async (t) => {
    // Lock the poll row: scheduling or closing at the same moment waits, so no answer lands
    // on a poll that has just stopped taking them.
    await t.$queryRaw`SELECT id FROM "DatePoll" WHERE id = ${pollId} FOR UPDATE`;
    const poll = await t.datePoll.findUnique({
      where: { id: pollId },
      select: { groupId: true, status: true, deadline: true, slots: { select: { id: true } } },
    });
    if (!poll) throw new AppError("NOT_FOUND");
    if (!isPollAnswerable(poll, now)) throw new AppError("CONFLICT", { messageKey: "POLL_CLOSED" });
    const slotIds = new Set(poll.slots.map((s) => s.id));
    if (answers.some((a) => !slotIds.has(a.slotId))) throw new AppError("BAD_REQUEST");

    const existing = await t.datePollAnswer.findMany({
      where: { userId, slotId: { in: answers.map((a) => a.slotId) } },
      select: { slotId: true, value: true },
    });
    const previousBySlot = new Map(existing.map((a) => [a.slotId, a.value]));
    let changed = 0;
    for (const answer of answers) {
      const previous = previousBySlot.get(answer.slotId) ?? null;
      if (previous === answer.value) continue;
      await t.datePollAnswer.upsert({
        where: { slotId_userId: { slotId: answer.slotId, userId } },
        create: { slotId: answer.slotId, userId, value: answer.value },
        update: { value: answer.value },
      });
      await t.datePollAnswerLog.create({ data: { pollId, slotId: answer.slotId, userId, previous, value: answer.value } });
      previousBySlot.set(answer.slotId, answer.value);
      changed++;
    }
    return { changed, groupId: poll.groupId };
  });
  if (result.changed > 0) emitPollChanged(result.groupId, pollId);
  return { changed: result.changed };
}

export async function closePoll(pollId: string, tx: Tx = db) {
  const poll = await inTransaction(tx, async (t) => {
    const current = await t.datePoll.findUnique({ where: { id: pollId }, select: { status: true } });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.status !== "OPEN") throw new AppError("CONFLICT", { messageKey: "POLL_NOT_OPEN" });
    return t.datePoll.update({ where: { id: pollId }, data: { status: "CLOSED" } });
  });
  emitPollChanged(poll.groupId, pollId);
  return { id: poll.id };
}

export async function reopenPoll(pollId: string, now = new Date(), tx: Tx = db) {
  const poll = await inTransaction(tx, async (t) => {
    const current = await t.datePoll.findUnique({ where: { id: pollId }, select: { status: true, deadline: true } });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.status !== "CLOSED") throw new AppError("CONFLICT", { messageKey: "POLL_NOT_CLOSED" });
    // Reopening a poll whose deadline has passed would still refuse every answer.
    const deadline = current.deadline && current.deadline.getTime() <= now.getTime() ? null : current.deadline;
    return t.datePoll.update({ where: { id: pollId }, data: { status: "OPEN", deadline } });
  });
  emitPollChanged(poll.groupId, pollId);
  return { id: poll.id };
}

/**
 * Schedules the meeting from the chosen slot: creates it (SCHEDULED, organised by the
 * coordinator's institution), marks the poll, and mails everyone who may respond in their
 * own language and time zone, all in one transaction.
 */
export async function schedulePollMeeting(
  pollId: string,
  slotId: string,
  ctx: { userId: string; institutionId: string | null; now?: Date },
  tx: Tx = db,
): Promise<{ meetingId: string; notified: number }> {
  const now = ctx.now ?? new Date();
  const result = await inTransaction(tx, async (t) => {
    await t.$queryRaw`SELECT id FROM "DatePoll" WHERE id = ${pollId} FOR UPDATE`;
    const poll = await t.datePoll.findUnique({ where: { id: pollId }, include: { slots: true } });
    if (!poll) throw new AppError("NOT_FOUND");
    if (poll.status === "SCHEDULED" || poll.meetingId) throw new AppError("CONFLICT", { messageKey: "POLL_ALREADY_SCHEDULED" });
    await assertGroupActive(t, poll.groupId);
    const slot = poll.slots.find((s) => s.id === slotId);
    if (!slot) throw new AppError("NOT_FOUND");
    if (slot.startsAt.getTime() <= now.getTime()) throw new AppError("CONFLICT", { messageKey: "POLL_SLOT_PASSED" });

    // Organiser: the coordinator's institution when it belongs to the group, otherwise none.
    const organiser = ctx.institutionId
      ? await t.groupInstitution.findFirst({ where: { groupId: poll.groupId, institutionId: ctx.institutionId }, select: { institutionId: true } })
      : null;
    const meeting = await t.meeting.create({
      data: {
        groupId: poll.groupId,
        title: poll.title,
        kind: poll.kind,
        status: "SCHEDULED",
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        timeZone: poll.timeZone,
        place: poll.place,
        onlineUrl: poll.onlineUrl,
        description: poll.description,
        organiserInstitutionId: organiser?.institutionId ?? null,
        createdById: ctx.userId,
      },
    });
    await t.datePoll.update({
      where: { id: pollId },
      data: { status: "SCHEDULED", meetingId: meeting.id, chosenSlotId: slot.id },
    });

    const respondents = await listPollRespondents(poll.groupId, t);
    const url = absoluteUrl(`/meetings/${meeting.id}`);
    for (const person of respondents) {
      const mail = renderPollScheduledMail({
        locale: person.locale,
        timeZone: person.timeZone,
        name: person.name,
        title: poll.title,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        place: poll.place,
        onlineUrl: poll.onlineUrl,
        url,
      });
      await sendMail({ to: person.email, ...mail, kind: "poll-scheduled" }, { tx: t });
    }
    return { meetingId: meeting.id, groupId: poll.groupId, notified: respondents.length };
  });
  emitPollChanged(result.groupId, pollId);
  getRealtime()?.to(`group:${result.groupId}`).emit("meeting:changed", { meetingId: result.meetingId });
  return { meetingId: result.meetingId, notified: result.notified };
}

/**
 * Mails everyone who may respond and has not answered any slot yet. Each person's mail is
 * guarded by a JobExecution row (`poll-reminder:<poll>:<user>:<day>`) committed with the
 * MailMessage, so a double click or a repeated job sends at most one a day.
 */
export async function sendPollReminders(pollId: string, now = new Date()): Promise<{ sent: number; skipped: number }> {
  const poll = await db.datePoll.findUnique({
    where: { id: pollId },
    select: { id: true, groupId: true, title: true, status: true, deadline: true, timeZone: true },
  });
  if (!poll) throw new AppError("NOT_FOUND");
  if (!isPollAnswerable(poll, now)) throw new AppError("CONFLICT", { messageKey: "POLL_CLOSED" });
  const respondents = await listPollRespondents(poll.groupId);
  const answered = await db.datePollAnswer.findMany({
    where: { slot: { pollId }, userId: { in: respondents.map((r) => r.id) } },
    distinct: ["userId"],
    select: { userId: true },
  });
  const answeredIds = new Set(answered.map((a) => a.userId));
  const url = absoluteUrl(`/meetings/polls/${pollId}`);
  let sent = 0;
  let skipped = 0;
  for (const person of respondents.filter((r) => !answeredIds.has(r.id))) {
    const outcome = await runOnce(db, pollReminderKey(pollId, person.id, now, poll.timeZone), async (tx) => {
      const mail = renderPollReminderMail({
        locale: person.locale,
        timeZone: person.timeZone,
        name: person.name,
        title: poll.title,
        deadline: poll.deadline,
        url,
      });
      await sendMail({ to: person.email, ...mail, kind: "poll-reminder" }, { tx });
    });
    if (outcome.ran) sent++;
    else skipped++;
  }
  return { sent, skipped };
}

/** Open polls whose deadline falls within the next 24 hours (for the reminder job). */
export const POLL_REMINDER_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The job entry point: reminds non-answerers of every open poll closing within 24 h.
 * Safe to run as often as the runner likes: the per-person daily guard makes repeats no-ops.
 */
export async function sendDuePollReminders(now = new Date()): Promise<{ polls: number; sent: number }> {
  const due = await db.datePoll.findMany({
    where: {
      status: "OPEN",
      deadline: { gt: now, lte: new Date(now.getTime() + POLL_REMINDER_WINDOW_MS) },
      group: { archivedAt: null },
    },
    select: { id: true },
  });
  let sent = 0;
  for (const poll of due) sent += (await sendPollReminders(poll.id, now)).sent;
  return { polls: due.length, sent };
}
