import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { zodToFieldErrors } from "@/lib/errors/zod-issues";
import { canGroup, type Actor, type GroupRef } from "@/lib/permissions/ability";
import { todayIn } from "@/lib/indicators/periods";
import { decisionYear, formatDecisionNumber, nextDecisionNumber } from "@/lib/decisions/numbering";
import {
  recordDecisionSchema,
  supersedeDecisionSchema,
  updateDecisionSchema,
  type RecordDecisionInput,
  type SupersedeDecisionInput,
  type UpdateDecisionInput,
} from "@/lib/decisions/schema";
import type { Decision } from "@/lib/generated/prisma/client";

// Every mutation takes the actor and checks it itself: recordDecision is also called straight
// from the minutes editor, outside the server-action chain.

export type RecordedDecision = Decision & { label: string };

const withLabel = (d: Decision): RecordedDecision => ({ ...d, label: formatDecisionNumber(d) });

function validationError(fieldErrors: FieldErrors): AppError {
  return new AppError("VALIDATION", { fieldErrors });
}

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(zodToFieldErrors(parsed.error));
  return parsed.data;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

/**
 * Locks the group row for the rest of the transaction: numbering is "highest + 1", so two
 * decisions recorded at once in one group must take turns (the unique index is the backstop).
 */
async function lockGroup(tx: Tx, groupId: string): Promise<GroupRef | null> {
  const rows = await tx.$queryRaw<{ id: string; archivedAt: Date | null }[]>`
    SELECT "id", "archivedAt" FROM "Group" WHERE "id" = ${groupId} FOR UPDATE`;
  const row = rows[0];
  return row ? { id: row.id, archived: row.archivedAt !== null } : null;
}

/** A group outside the actor's reach does not exist for them; an archived one is read-only. */
function assertMay(actor: Actor, group: GroupRef | null, action: "recordDecisions" | "manageDecisions"): asserts group is GroupRef {
  if (!group || !canGroup(actor, "view", group)) throw new AppError("NOT_FOUND");
  if (group.archived) throw new AppError("CONFLICT", { messageKey: "GROUP_ARCHIVED" });
  if (!canGroup(actor, action, group)) throw new AppError("FORBIDDEN");
}

async function assertMeetingInGroup(tx: Tx, groupId: string, meetingId: string | null, keep: string | null = null) {
  if (!meetingId) return null;
  // A correction may keep the meeting it already had, even if that meeting was cancelled since.
  if (meetingId === keep) return tx.meeting.findFirst({ where: { id: meetingId, groupId }, select: { startsAt: true, timeZone: true } });
  const meeting = await tx.meeting.findFirst({ where: { id: meetingId, groupId, status: { not: "CANCELLED" } }, select: { startsAt: true, timeZone: true } });
  if (!meeting) throw validationError({ meetingId: [{ key: "invalidOption" }] });
  return meeting;
}

/** New links go to active indicators of the group; links a decision already has may stay (archived or not). */
async function assertIndicatorsInGroup(tx: Tx, groupId: string, ids: string[], keep: string[] = []) {
  const added = ids.filter((id) => !keep.includes(id));
  if (added.length === 0) return;
  const found = await tx.indicator.count({ where: { id: { in: added }, groupId, archivedAt: null } });
  if (found !== added.length) throw validationError({ indicatorIds: [{ key: "invalidOption" }] });
}

function assertNotFuture(decidedOn: string, today: string) {
  if (decidedOn > today) throw validationError({ decidedOn: [{ key: "tooBig", values: { max: today } }] });
}

function inTransaction<T>(tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return tx === db ? db.$transaction((t) => fn(t)) : fn(tx);
}

/**
 * Records a decision with the group's next number for its year. Members and coordinators
 * record; replacing a decision in force (`supersedesId`) is a coordinator's call. Without a
 * date the decision is dated on its meeting's day (Warsaw calendar), or today.
 */
export async function recordDecision(raw: RecordDecisionInput, actor: Actor, tx: Tx = db, now = new Date()): Promise<RecordedDecision> {
  const input = parse(recordDecisionSchema, raw);
  const attempt = () =>
    inTransaction(tx, async (t) => {
      const group = await lockGroup(t, input.groupId);
      assertMay(actor, group, "recordDecisions");
      if (input.supersedesId) assertMay(actor, group, "manageDecisions");
      const meeting = await assertMeetingInGroup(t, group.id, input.meetingId);
      if (input.documentId) {
        const doc = await t.document.findFirst({ where: { id: input.documentId, groupId: group.id, archivedAt: null }, select: { id: true } });
        if (!doc) throw validationError({ documentId: [{ key: "invalidOption" }] });
      }
      await assertIndicatorsInGroup(t, group.id, input.indicatorIds);
      const today = todayIn(now);
      // Minutes may be drafted before the meeting has begun: never date a decision in the future.
      const meetingDay = meeting ? todayIn(meeting.startsAt, meeting.timeZone) : null;
      const decidedOn = input.decidedOn ?? (meetingDay && meetingDay <= today ? meetingDay : today);
      assertNotFuture(decidedOn, today);

      const year = decisionYear(decidedOn);
      const highest = await t.decision.aggregate({ where: { groupId: group.id, year }, _max: { number: true } });
      const decision = await t.decision.create({
        data: {
          groupId: group.id,
          year,
          number: nextDecisionNumber(highest._max.number),
          text: input.text,
          decidedOn: new Date(`${decidedOn}T00:00:00.000Z`),
          meetingId: input.meetingId,
          documentId: input.documentId,
          createdById: actor.id,
          indicators: { connect: input.indicatorIds.map((id) => ({ id })) },
        },
      });
      if (input.supersedesId) await markSuperseded(t, group.id, input.supersedesId, decision.id, "supersedesId");
      return withLabel(decision);
    });
  // Inside the caller's transaction a failed insert has already aborted it: only retry our own.
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (tx !== db || !isUniqueViolation(error) || tries >= 3) throw error;
    }
  }
}

/** Marks `id` (in force, same group) as superseded by `byId`; the update is conditional on the status read. */
async function markSuperseded(tx: Tx, groupId: string, id: string, byId: string, field: string) {
  if (id === byId) throw validationError({ [field]: [{ key: "invalidOption" }] });
  const target = await tx.decision.findFirst({ where: { id, groupId }, select: { status: true } });
  if (!target || target.status !== "IN_FORCE") throw validationError({ [field]: [{ key: "invalidOption" }] });
  const { count } = await tx.decision.updateMany({ where: { id, groupId, status: "IN_FORCE" }, data: { status: "SUPERSEDED", supersededById: byId } });
  if (count !== 1) throw new AppError("CONFLICT", { messageKey: "DECISION_STATUS_CHANGED" });
}

async function loadForChange(tx: Tx, id: string, actor: Actor) {
  const row = await tx.decision.findUnique({
    where: { id },
    select: { id: true, groupId: true, status: true, year: true, meetingId: true, indicators: { select: { id: true } } },
  });
  const group = row ? await lockGroup(tx, row.groupId) : null;
  assertMay(actor, group, "manageDecisions");
  return row!;
}

/** A coordinator corrects the text, date (within the same year: the number stays), meeting or indicators. */
export async function updateDecision(raw: UpdateDecisionInput, actor: Actor, tx: Tx = db, now = new Date()): Promise<RecordedDecision> {
  const input = parse(updateDecisionSchema, raw);
  return inTransaction(tx, async (t) => {
    const before = await loadForChange(t, input.id, actor);
    if (decisionYear(input.decidedOn) !== before.year) throw validationError({ decidedOn: [{ key: "decisionYearFixed", values: { year: before.year } }] });
    assertNotFuture(input.decidedOn, todayIn(now));
    await assertMeetingInGroup(t, before.groupId, input.meetingId, before.meetingId);
    await assertIndicatorsInGroup(
      t,
      before.groupId,
      input.indicatorIds,
      before.indicators.map((i) => i.id),
    );
    const decision = await t.decision.update({
      where: { id: input.id },
      data: {
        text: input.text,
        decidedOn: new Date(`${input.decidedOn}T00:00:00.000Z`),
        meetingId: input.meetingId,
        indicators: { set: input.indicatorIds.map((id) => ({ id })) },
      },
    });
    return withLabel(decision);
  });
}

/** Revokes a decision in force. */
export async function revokeDecision(id: string, actor: Actor, tx: Tx = db): Promise<RecordedDecision> {
  return inTransaction(tx, async (t) => {
    const before = await loadForChange(t, id, actor);
    const { count } = await t.decision.updateMany({ where: { id, status: "IN_FORCE" }, data: { status: "REVOKED" } });
    if (count !== 1) throw new AppError("CONFLICT", { messageKey: before.status === "IN_FORCE" ? "DECISION_STATUS_CHANGED" : "DECISION_NOT_IN_FORCE" });
    return withLabel(await t.decision.findUniqueOrThrow({ where: { id } }));
  });
}

/** Marks a decision in force as superseded by another decision in force of the same group. */
export async function supersedeDecision(raw: SupersedeDecisionInput, actor: Actor, tx: Tx = db): Promise<RecordedDecision> {
  const input = parse(supersedeDecisionSchema, raw);
  return inTransaction(tx, async (t) => {
    const before = await loadForChange(t, input.id, actor);
    if (before.status !== "IN_FORCE") throw new AppError("CONFLICT", { messageKey: "DECISION_NOT_IN_FORCE" });
    const by = await t.decision.findFirst({ where: { id: input.supersededById, groupId: before.groupId }, select: { id: true, status: true } });
    // A decision that is itself no longer in force cannot replace another (this also rules out cycles).
    if (!by || by.id === before.id || by.status !== "IN_FORCE") throw validationError({ supersededById: [{ key: "invalidOption" }] });
    await markSuperseded(t, before.groupId, before.id, by.id, "supersededById");
    return withLabel(await t.decision.findUniqueOrThrow({ where: { id: input.id } }));
  });
}

/** Undoes a revocation or supersession entered by mistake: back in force, link cleared. */
export async function reinstateDecision(id: string, actor: Actor, tx: Tx = db): Promise<RecordedDecision> {
  return inTransaction(tx, async (t) => {
    const before = await loadForChange(t, id, actor);
    const { count } = await t.decision.updateMany({ where: { id, status: { not: "IN_FORCE" } }, data: { status: "IN_FORCE", supersededById: null } });
    if (count !== 1) throw new AppError("CONFLICT", { messageKey: before.status === "IN_FORCE" ? "DECISION_ALREADY_IN_FORCE" : "DECISION_STATUS_CHANGED" });
    return withLabel(await t.decision.findUniqueOrThrow({ where: { id } }));
  });
}
