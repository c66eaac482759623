import "server-only";
// Writes of agreed actions. Every change writes its ActionChange ({ field: [before, after] })
// in the same transaction as the change itself, so the history is complete by construction.
// Permission checks live here too (not only in the server actions): the minutes editor calls
// createAction directly, and a member must not hand an action over to another institution.
import { db, type Tx } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { canAgreedAction, visibleGroupIds, type Actor, type AgreedActionRef } from "@/lib/permissions/ability";
import { getRealtime } from "@/lib/realtime/registry";
import { groupRoom } from "@/server/realtime/rooms";
import { addDaysToDate, dateFromDb, dateToDb } from "@/lib/actions/due";
import { parseActionFilters, serializeActionFilters } from "@/lib/actions/filters";
import {
  bulkEditActionsSchema,
  createActionSchema,
  postProgressSchema,
  setActionStatusSchema,
  updateActionSchema,
  type ActionFieldsInput,
  type BulkEditActionsInput,
  type CreateActionInput,
  type CreateActionRawInput,
  type PostProgressInput,
  type SaveFilterInput,
  type SetActionStatusInput,
  type UpdateActionInput,
} from "@/lib/actions/schema";
import { zodToFieldErrors } from "@/lib/errors/zod-issues";
import type { z } from "zod";

export const ACTION_CHANGED_EVENT = "action:changed";
export type ActionChangedPayload = { actionId: string; kind: "created" | "updated" };

/**
 * Tells open lists, boards and action pages of the group to refresh ("action:changed" to the
 * group room, on every process with Redis). Call it after the commit; no-op without a server.
 */
export function emitActionChanged(groupId: string, actionId: string, kind: ActionChangedPayload["kind"] = "updated"): void {
  const payload: ActionChangedPayload = { actionId, kind };
  getRealtime()?.to(groupRoom(groupId)).emit(ACTION_CHANGED_EVENT, payload);
}

function validationError(fieldErrors: FieldErrors): AppError {
  return new AppError("VALIDATION", { fieldErrors });
}

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(zodToFieldErrors(parsed.error));
  return parsed.data;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

/** Runs `fn` in the caller's transaction, or in a new one (retried once on a numbering race). */
async function inTransaction<T>(tx: Tx | undefined, fn: (tx: Tx) => Promise<T>, retryOnConflict = false): Promise<T> {
  if (tx) return fn(tx);
  try {
    return await db.$transaction((t) => fn(t));
  } catch (error) {
    if (!retryOnConflict || !isUniqueViolation(error)) throw error;
    return db.$transaction((t) => fn(t));
  }
}

async function loadGroupForWrite(t: Tx, actor: Actor, groupId: string): Promise<AgreedActionRef> {
  if (!visibleGroupIds(actor).includes(groupId)) throw new AppError("NOT_FOUND");
  const group = await t.group.findUnique({ where: { id: groupId }, select: { archivedAt: true } });
  if (!group) throw new AppError("NOT_FOUND");
  return { groupId, groupArchived: group.archivedAt !== null, ownerInstitutionId: null };
}

/** Locks the action row for the rest of the transaction, so "before" values in the history are exact. */
async function lockAction(t: Tx, actor: Actor, id: string) {
  await t.$queryRaw`SELECT 1 FROM "Action" WHERE "id" = ${id} FOR UPDATE`;
  const row = await t.action.findFirst({
    where: { id, groupId: { in: visibleGroupIds(actor) } },
    include: { group: { select: { archivedAt: true } }, indicators: { select: { id: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}
type LockedAction = Awaited<ReturnType<typeof lockAction>>;

function refOf(row: { groupId: string; ownerInstitutionId: string; group: { archivedAt: Date | null } }): AgreedActionRef {
  return { groupId: row.groupId, groupArchived: row.group.archivedAt !== null, ownerInstitutionId: row.ownerInstitutionId };
}

/** Active people of `institutionId` who hold a role in the group. */
async function peopleOfInstitutionInGroup(t: Tx, groupId: string, institutionId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await t.groupMember.findMany({
    where: { groupId, userId: { in: ids }, user: { institutionId, archivedAt: null } },
    select: { userId: true },
  });
  return new Set(rows.map((r) => r.userId));
}

type ResolvedFields = {
  title: string;
  description: string | null;
  ownerInstitutionId: string;
  responsibleUserId: string | null;
  deputyUserId: string | null;
  dueDate: string | null;
  priority: ActionFieldsInput["priority"];
  source: ActionFieldsInput["source"];
  meetingId: string | null;
  decisionId: string | null;
  documentId: string | null;
  indicatorIds: string[];
};

/**
 * Checks every reference against the group (owner institution, its people, the source, the
 * indicators) and keeps only the source link that the source names. A decision or a document
 * taken at a meeting also links the action to that meeting (the per-meeting view lists it).
 */
async function resolveFields(t: Tx, groupId: string, input: ActionFieldsInput): Promise<ResolvedFields> {
  const errors: FieldErrors = {};
  const owner = await t.groupInstitution.findFirst({
    where: { groupId, institutionId: input.ownerInstitutionId, institution: { archivedAt: null } },
    select: { id: true },
  });
  if (!owner) errors.ownerInstitutionId = [{ key: "invalidOption" }];
  const people = [input.responsibleUserId, input.deputyUserId].filter((v): v is string => v !== null);
  const allowed = owner ? await peopleOfInstitutionInGroup(t, groupId, input.ownerInstitutionId, people) : new Set<string>();
  if (owner && input.responsibleUserId && !allowed.has(input.responsibleUserId)) errors.responsibleUserId = [{ key: "invalidOption" }];
  if (owner && input.deputyUserId && !allowed.has(input.deputyUserId)) errors.deputyUserId = [{ key: "invalidOption" }];

  let meetingId: string | null = null;
  let decisionId: string | null = null;
  let documentId: string | null = null;
  if (input.source === "MEETING" && input.meetingId) {
    const meeting = await t.meeting.findFirst({ where: { id: input.meetingId, groupId }, select: { id: true } });
    if (!meeting) errors.meetingId = [{ key: "invalidOption" }];
    meetingId = input.meetingId;
  } else if (input.source === "DECISION" && input.decisionId) {
    const decision = await t.decision.findFirst({ where: { id: input.decisionId, groupId }, select: { id: true, meetingId: true } });
    if (!decision) errors.decisionId = [{ key: "invalidOption" }];
    decisionId = input.decisionId;
    meetingId = decision?.meetingId ?? null;
  } else if (input.source === "DOCUMENT" && input.documentId) {
    const document = await t.document.findFirst({
      where: { id: input.documentId, groupId, archivedAt: null },
      select: { id: true, meetingId: true, minutesOfMeetingId: true },
    });
    if (!document) errors.documentId = [{ key: "invalidOption" }];
    documentId = input.documentId;
    meetingId = document?.minutesOfMeetingId ?? document?.meetingId ?? null;
  }

  const indicatorIds = [...new Set(input.indicatorIds)];
  if (indicatorIds.length) {
    const found = await t.indicator.count({ where: { id: { in: indicatorIds }, groupId, archivedAt: null } });
    if (found !== indicatorIds.length) errors.indicatorIds = [{ key: "invalidOption" }];
  }
  if (Object.keys(errors).length) throw validationError(errors);
  return {
    title: input.title,
    description: input.description,
    ownerInstitutionId: input.ownerInstitutionId,
    responsibleUserId: input.responsibleUserId,
    deputyUserId: input.deputyUserId,
    dueDate: input.dueDate,
    priority: input.priority,
    source: input.source,
    meetingId,
    decisionId,
    documentId,
    indicatorIds: indicatorIds.sort(),
  };
}

type Snapshot = Omit<ResolvedFields, "indicatorIds"> & {
  indicatorIds: string[];
  status: ActionStatus;
  blockedReason: string | null;
  progressPercent: number | null;
};

function snapshotOf(row: LockedAction): Snapshot {
  return {
    title: row.title,
    description: row.description,
    ownerInstitutionId: row.ownerInstitutionId,
    responsibleUserId: row.responsibleUserId,
    deputyUserId: row.deputyUserId,
    dueDate: row.dueDate ? dateFromDb(row.dueDate) : null,
    priority: row.priority,
    source: row.source,
    meetingId: row.meetingId,
    decisionId: row.decisionId,
    documentId: row.documentId,
    indicatorIds: row.indicators.map((i) => i.id).sort(),
    status: row.status,
    blockedReason: row.blockedReason,
    progressPercent: row.progressPercent,
  };
}

type ChangeSet = Record<string, [unknown, unknown]>;

/** { field: [before, after] } for the fields that differ. */
export function diffFields(before: Partial<Snapshot>, after: Partial<Snapshot>): ChangeSet {
  const out: ChangeSet = {};
  for (const key of Object.keys(after) as (keyof Snapshot)[]) {
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) out[key] = [a, b];
  }
  return out;
}

async function recordChange(t: Tx, actionId: string, userId: string, changes: ChangeSet): Promise<void> {
  await t.actionChange.create({ data: { actionId, userId, changes: changes as Prisma.InputJsonValue } });
}

function writableData(fields: Omit<ResolvedFields, "indicatorIds">) {
  return { ...fields, dueDate: fields.dueDate ? dateToDb(fields.dueDate) : null };
}

/**
 * Creates an action numbered max+1 in its group. The unique (groupId, number) index refuses a
 * concurrent duplicate; in its own transaction the create is then retried once with a fresh number.
 * Pass `tx` to create it inside a larger write (e.g. from the minutes): the caller then emits
 * `emitActionChanged(groupId, id, "created")` after its commit.
 */
export async function createAction(
  raw: CreateActionRawInput | CreateActionInput,
  actor: Actor,
  tx?: Tx,
): Promise<{ id: string; number: number; groupId: string }> {
  const input = parse(createActionSchema, raw);
  const { groupId, ...fieldsInput } = input;
  const result = await inTransaction(
    tx,
    async (t) => {
      const group = await loadGroupForWrite(t, actor, groupId);
      if (!canAgreedAction(actor, "create", group)) throw new AppError("FORBIDDEN");
      const { indicatorIds, ...fields } = await resolveFields(t, groupId, fieldsInput);
      const last = await t.action.aggregate({ where: { groupId }, _max: { number: true } });
      const number = (last._max.number ?? 0) + 1;
      const action = await t.action.create({
        data: {
          ...writableData(fields),
          groupId,
          number,
          createdById: actor.id,
          indicators: indicatorIds.length ? { connect: indicatorIds.map((id) => ({ id })) } : undefined,
        },
        select: { id: true, number: true, groupId: true },
      });
      const initial = diffFields({}, { ...fields, indicatorIds, status: "OPEN" });
      await recordChange(t, action.id, actor.id, { created: [null, true], ...initial });
      return action;
    },
    true,
  );
  if (!tx) emitActionChanged(result.groupId, result.id, "created");
  return result;
}

/** Changes the form fields of an action (not its status: see setActionStatus). */
export async function updateAction(raw: UpdateActionInput, actor: Actor, tx?: Tx): Promise<{ id: string; changed: boolean }> {
  const { id, ...fieldsInput } = parse(updateActionSchema, raw);
  const result = await inTransaction(tx, async (t) => {
    const row = await lockAction(t, actor, id);
    if (!canAgreedAction(actor, "update", refOf(row))) throw new AppError("FORBIDDEN");
    // Handing the action to another institution is the coordinators' call (members keep their own).
    if (!canAgreedAction(actor, "update", { ...refOf(row), ownerInstitutionId: fieldsInput.ownerInstitutionId })) {
      throw validationError({ ownerInstitutionId: [{ key: "invalidOption" }] });
    }
    const fields = await resolveFields(t, row.groupId, fieldsInput);
    const changes = diffFields(snapshotOf(row), fields);
    if (Object.keys(changes).length === 0) return { id, groupId: row.groupId, changed: false };
    const { indicatorIds, ...rest } = fields;
    await t.action.update({
      where: { id },
      data: { ...writableData(rest), ...("indicatorIds" in changes ? { indicators: { set: indicatorIds.map((i) => ({ id: i })) } } : {}) },
    });
    await recordChange(t, id, actor.id, changes);
    return { id, groupId: row.groupId, changed: true };
  });
  if (result.changed && !tx) emitActionChanged(result.groupId, id);
  return { id, changed: result.changed };
}

/** Status with its consequences: a reason while blocked, the completion time while done. */
export async function setActionStatus(raw: SetActionStatusInput, actor: Actor, tx?: Tx, now = new Date()): Promise<{ id: string; status: ActionStatus; changed: boolean }> {
  const input = parse(setActionStatusSchema, raw);
  const result = await inTransaction(tx, async (t) => {
    const row = await lockAction(t, actor, input.id);
    if (!canAgreedAction(actor, "update", refOf(row))) throw new AppError("FORBIDDEN");
    const blockedReason = input.status === "BLOCKED" ? input.blockedReason : null;
    const changes = diffFields(snapshotOf(row), { status: input.status, blockedReason });
    if (Object.keys(changes).length === 0) return { groupId: row.groupId, changed: false };
    const completedAt = input.status === "DONE" ? (row.status === "DONE" ? row.completedAt : now) : null;
    await t.action.update({ where: { id: row.id }, data: { status: input.status, blockedReason, completedAt } });
    await recordChange(t, row.id, actor.id, changes);
    return { groupId: row.groupId, changed: true };
  });
  if (result.changed && !tx) emitActionChanged(result.groupId, input.id);
  return { id: input.id, status: input.status, changed: result.changed };
}

/** A dated progress note (optionally with a percentage, which becomes the action's progress). */
export async function postProgressUpdate(raw: PostProgressInput, actor: Actor, tx?: Tx): Promise<{ id: string; actionId: string }> {
  const input = parse(postProgressSchema, raw);
  const result = await inTransaction(tx, async (t) => {
    const row = await lockAction(t, actor, input.actionId);
    if (!canAgreedAction(actor, "postUpdate", refOf(row))) throw new AppError("FORBIDDEN");
    if (input.meetingId) {
      const meeting = await t.meeting.findFirst({ where: { id: input.meetingId, groupId: row.groupId }, select: { id: true } });
      if (!meeting) throw validationError({ meetingId: [{ key: "invalidOption" }] });
    }
    const update = await t.actionUpdate.create({
      data: { actionId: row.id, authorId: actor.id, note: input.note, percent: input.percent, meetingId: input.meetingId },
      select: { id: true },
    });
    if (input.percent !== null && input.percent !== row.progressPercent) {
      await t.action.update({ where: { id: row.id }, data: { progressPercent: input.percent } });
      await recordChange(t, row.id, actor.id, { progressPercent: [row.progressPercent, input.percent] });
    } else {
      // The list's "updated" column and sort follow progress notes too.
      await t.action.update({ where: { id: row.id }, data: { updatedAt: new Date() } });
    }
    return { id: update.id, groupId: row.groupId };
  });
  if (!tx) emitActionChanged(result.groupId, input.actionId);
  return { id: result.id, actionId: input.actionId };
}

/**
 * Coordinators' bulk change of the selected rows: another owner institution (and responsible
 * person), or a due date set or moved by some days. One transaction: every row changes, each
 * with its own history entry, or none does.
 */
export async function bulkEditActions(raw: BulkEditActionsInput, actor: Actor, tx?: Tx): Promise<{ changed: number }> {
  const input = parse(bulkEditActionsSchema, raw);
  const ids = [...new Set(input.actionIds)].sort();
  const result = await inTransaction(tx, async (t) => {
    const rows: LockedAction[] = [];
    // Locked in id order, so two bulk edits over overlapping rows cannot deadlock.
    for (const id of ids) rows.push(await lockAction(t, actor, id));
    for (const row of rows) if (!canAgreedAction(actor, "bulkEdit", refOf(row))) throw new AppError("FORBIDDEN");

    const changedRows: { id: string; groupId: string }[] = [];
    for (const row of rows) {
      const before = snapshotOf(row);
      const next: Partial<Snapshot> = {};
      const owner = input.ownerInstitutionId ?? row.ownerInstitutionId;
      if (owner !== row.ownerInstitutionId) {
        const inGroup = await t.groupInstitution.findFirst({ where: { groupId: row.groupId, institutionId: owner, institution: { archivedAt: null } } });
        if (!inGroup) throw validationError({ ownerInstitutionId: [{ key: "invalidOption" }] });
        next.ownerInstitutionId = owner;
      }
      const candidates = [input.responsibleUserId, row.responsibleUserId, row.deputyUserId].filter((v): v is string => v !== null);
      const ofOwner = await peopleOfInstitutionInGroup(t, row.groupId, owner, candidates);
      if (input.responsibleUserId) {
        if (!ofOwner.has(input.responsibleUserId)) throw validationError({ responsibleUserId: [{ key: "invalidOption" }] });
        next.responsibleUserId = input.responsibleUserId;
      } else if (row.responsibleUserId && !ofOwner.has(row.responsibleUserId)) {
        next.responsibleUserId = null;
      }
      const deputy = row.deputyUserId && ofOwner.has(row.deputyUserId) && row.deputyUserId !== (next.responsibleUserId ?? row.responsibleUserId) ? row.deputyUserId : null;
      if (deputy !== row.deputyUserId) next.deputyUserId = deputy;
      if (input.dueMode === "set" && input.dueDate) next.dueDate = input.dueDate;
      if (input.dueMode === "shift" && input.shiftDays && before.dueDate) next.dueDate = addDaysToDate(before.dueDate, input.shiftDays);

      const changes = diffFields(before, next);
      if (Object.keys(changes).length === 0) continue;
      await t.action.update({
        where: { id: row.id },
        data: {
          ...(next.ownerInstitutionId !== undefined ? { ownerInstitutionId: next.ownerInstitutionId } : {}),
          ...(next.responsibleUserId !== undefined ? { responsibleUserId: next.responsibleUserId } : {}),
          ...(next.deputyUserId !== undefined ? { deputyUserId: next.deputyUserId } : {}),
          ...(next.dueDate !== undefined ? { dueDate: next.dueDate ? dateToDb(next.dueDate) : null } : {}),
        },
      });
      await recordChange(t, row.id, actor.id, changes);
      changedRows.push({ id: row.id, groupId: row.groupId });
    }
    return changedRows;
  });
  if (!tx) for (const row of result) emitActionChanged(row.groupId, row.id);
  return { changed: result.length };
}

/** Saves (or overwrites, by name) the person's filter of the actions list in a group. */
export async function saveActionFilter(input: SaveFilterInput, actor: Actor, tx: Tx = db): Promise<{ id: string; name: string; query: string }> {
  if (!visibleGroupIds(actor).includes(input.groupId)) throw new AppError("NOT_FOUND");
  const query = serializeActionFilters(parseActionFilters(new URLSearchParams(input.query)), { group: true, page: true });
  const row = await tx.savedFilter.upsert({
    where: { userId_groupId_view_name: { userId: actor.id, groupId: input.groupId, view: "actions", name: input.name } },
    create: { userId: actor.id, groupId: input.groupId, view: "actions", name: input.name, query },
    update: { query },
    select: { id: true, name: true, query: true },
  });
  return row;
}

export async function deleteActionFilter(id: string, actor: Actor, tx: Tx = db): Promise<void> {
  const { count } = await tx.savedFilter.deleteMany({ where: { id, userId: actor.id, view: "actions" } });
  if (count === 0) throw new AppError("NOT_FOUND");
}
