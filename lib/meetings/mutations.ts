import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import type { Meeting, MeetingStatus } from "@/lib/generated/prisma/client";
import { canTransition, changesCalendarData, isEditableStatus, transitionBumpsSequence } from "@/lib/meetings/lifecycle";
import { validateMeetingTimes, zonedWallTimeToUtc } from "@/lib/meetings/time";
import { getRealtime } from "@/lib/realtime/registry";
import type { CreateMeetingInput, MeetingFieldsInput } from "@/lib/meetings/schema";
import { createMeetingSeries } from "@/lib/meetings/series";

/**
 * What every meeting write returns. `calendarChanged` is the hook for the invitations
 * engineer: when true, invitees' calendars are stale and they should get an update (or a
 * cancellation when the meeting's status is CANCELLED).
 */
export type MeetingChange = { meeting: Meeting; calendarChanged: boolean };

export type EntryContext = { timeZone: string; now?: Date };

function inTransaction<T>(tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return tx === db ? db.$transaction((t) => fn(t)) : fn(tx);
}

/** Tells open pages of the group to refresh; no-op in tests and scripts without the server. */
export function emitMeetingChanged(groupId: string, meetingId: string): void {
  getRealtime()?.to(`group:${groupId}`).emit("meeting:changed", { meetingId });
}

function validationError(fieldErrors: FieldErrors): AppError {
  return new AppError("VALIDATION", { fieldErrors });
}

/**
 * Converts the wall-clock entry to UTC in the user's zone. A time in the spring-forward gap
 * is moved by the helper (the form shows a notice before submitting); the stored value is
 * whatever instant the helper resolved.
 */
export function resolveMeetingTimes(
  input: Pick<MeetingFieldsInput, "startDate" | "startTime" | "endDate" | "endTime" | "kind">,
  timeZone: string,
  check: { now: Date; allowPast: boolean },
) {
  const startsAt = zonedWallTimeToUtc(input.startDate, input.startTime, timeZone).utc;
  const endsAt = zonedWallTimeToUtc(input.endDate ?? input.startDate, input.endTime, timeZone).utc;
  const errors = validateMeetingTimes({ start: startsAt, end: endsAt, now: check.now, kind: input.kind, allowPast: check.allowPast });
  const fieldErrors: FieldErrors = {};
  if (errors.includes("endNotAfterStart")) fieldErrors.endTime = [{ key: "endBeforeStart" }];
  if (errors.includes("startInPast")) fieldErrors.startDate = [{ key: "startInPast" }];
  if (errors.includes("tooLong")) fieldErrors.endDate = [{ key: "meetingTooLong" }];
  if (Object.keys(fieldErrors).length) throw validationError(fieldErrors);
  return { startsAt, endsAt };
}

async function assertOrganiserInGroup(tx: Tx, groupId: string, institutionId: string | null) {
  if (!institutionId) return;
  const link = await tx.groupInstitution.findFirst({ where: { groupId, institutionId }, select: { id: true } });
  if (!link) throw validationError({ organiserInstitutionId: [{ key: "invalidOption" }] });
}

async function assertGroupActive(tx: Tx, groupId: string) {
  const group = await tx.group.findUnique({ where: { id: groupId }, select: { archivedAt: true } });
  if (!group) throw new AppError("NOT_FOUND");
  if (group.archivedAt) throw new AppError("CONFLICT", { messageKey: "GROUP_ARCHIVED" });
}

function meetingData(input: MeetingFieldsInput) {
  return {
    title: input.title,
    kind: input.kind,
    place: input.place,
    onlineUrl: input.onlineUrl,
    description: input.description,
    organiserInstitutionId: input.organiserInstitutionId,
  };
}

/**
 * Creates a draft meeting, or a whole series when `repeat` is set (the first occurrence
 * is returned). New meetings may not start in the past.
 */
export async function createMeeting(
  input: CreateMeetingInput,
  ctx: EntryContext & { createdById: string },
  tx: Tx = db,
): Promise<MeetingChange & { seriesId: string | null; occurrences: number }> {
  const now = ctx.now ?? new Date();
  const { startsAt, endsAt } = resolveMeetingTimes(input, ctx.timeZone, { now, allowPast: false });
  const result = await inTransaction(tx, async (t) => {
    await assertGroupActive(t, input.groupId);
    await assertOrganiserInGroup(t, input.groupId, input.organiserInstitutionId);
    if (input.repeat !== "none") {
      const series = await createMeetingSeries(input, { ...ctx, now, startsAt, endsAt }, t);
      return { meeting: series.first, calendarChanged: true, seriesId: series.seriesId, occurrences: series.count };
    }
    const meeting = await t.meeting.create({
      data: {
        ...meetingData(input),
        groupId: input.groupId,
        startsAt,
        endsAt,
        timeZone: ctx.timeZone,
        createdById: ctx.createdById,
      },
    });
    return { meeting, calendarChanged: true, seriesId: null, occurrences: 1 };
  });
  emitMeetingChanged(input.groupId, result.meeting.id);
  return result;
}

/**
 * Changes one meeting. For an occurrence of a series only this row changes: its
 * seriesOriginalStart stays, so the occurrence keeps its identity in the series.
 */
export async function updateMeeting(id: string, input: MeetingFieldsInput, ctx: EntryContext, tx: Tx = db): Promise<MeetingChange> {
  // Editing a meeting that already happened (e.g. correcting its place) is allowed.
  const { startsAt, endsAt } = resolveMeetingTimes(input, ctx.timeZone, { now: ctx.now ?? new Date(), allowPast: true });
  const result = await inTransaction(tx, async (t) => {
    const before = await t.meeting.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND");
    if (!isEditableStatus(before.status)) throw new AppError("CONFLICT", { messageKey: "MEETING_NOT_EDITABLE" });
    await assertGroupActive(t, before.groupId);
    await assertOrganiserInGroup(t, before.groupId, input.organiserInstitutionId);
    const data = meetingData(input);
    const calendarChanged = changesCalendarData(before, { ...data, startsAt, endsAt, timeZone: ctx.timeZone });
    const meeting = await t.meeting.update({
      where: { id },
      data: { ...data, startsAt, endsAt, timeZone: ctx.timeZone, ...(calendarChanged ? { sequence: { increment: 1 } } : {}) },
    });
    return { meeting, calendarChanged };
  });
  emitMeetingChanged(result.meeting.groupId, id);
  return result;
}

/**
 * Moves the meeting along its lifecycle. The update is conditional on the status read, so
 * two coordinators pressing "start" at once cannot both succeed. SEQUENCE is bumped when
 * calendars see the change (publishing a draft); starting or ending a meeting changes
 * nothing a calendar shows (lifecycle.transitionBumpsSequence).
 */
export async function transitionMeeting(
  id: string,
  to: Exclude<MeetingStatus, "CANCELLED" | "DRAFT">,
  now = new Date(),
  tx: Tx = db,
): Promise<MeetingChange> {
  const before = await tx.meeting.findUnique({ where: { id }, select: { status: true, groupId: true } });
  if (!before) throw new AppError("NOT_FOUND");
  if (!canTransition(before.status, to)) throw new AppError("CONFLICT", { messageKey: "MEETING_TRANSITION_INVALID" });
  const stamps = to === "IN_PROGRESS" ? { startedAt: now } : to === "HELD" ? { endedAt: now } : {};
  const calendarChanged = transitionBumpsSequence(before.status, to);
  const { count } = await tx.meeting.updateMany({
    where: { id, status: before.status },
    data: { status: to, ...stamps, ...(calendarChanged ? { sequence: { increment: 1 } } : {}) },
  });
  if (count !== 1) throw new AppError("CONFLICT", { messageKey: "MEETING_TRANSITION_INVALID" });
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id } });
  emitMeetingChanged(before.groupId, id);
  return { meeting, calendarChanged };
}

/** Cancels with a reason; calendars get STATUS:CANCELLED through the bumped sequence. */
export async function cancelMeeting(id: string, reason: string, now = new Date(), tx: Tx = db): Promise<MeetingChange> {
  const before = await tx.meeting.findUnique({ where: { id }, select: { status: true, groupId: true } });
  if (!before) throw new AppError("NOT_FOUND");
  if (!canTransition(before.status, "CANCELLED")) throw new AppError("CONFLICT", { messageKey: "MEETING_TRANSITION_INVALID" });
  const { count } = await tx.meeting.updateMany({
    where: { id, status: before.status },
    data: { status: "CANCELLED", cancelReason: reason, cancelledAt: now, sequence: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("CONFLICT", { messageKey: "MEETING_TRANSITION_INVALID" });
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id } });
  emitMeetingChanged(before.groupId, id);
  return { meeting, calendarChanged: true };
}
