import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { zodToFieldErrors } from "@/lib/errors/zod-issues";
import { canContribute, canGroup, type Actor, type GroupRef } from "@/lib/permissions/ability";
import { dayToDate, todayIn } from "@/lib/indicators/periods";
import {
  createIndicatorSchema,
  reportContributionSchema,
  updateIndicatorSchema,
  type CreateIndicatorInput,
  type ReportContributionInput,
  type UpdateIndicatorInput,
} from "@/lib/indicators/schema";

// Mutations take the actor and check it themselves, so every caller (actions, scripts, other
// modules) gets the same rules: coordinators define indicators, partners report for themselves.

function validationError(fieldErrors: FieldErrors): AppError {
  return new AppError("VALIDATION", { fieldErrors });
}

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(zodToFieldErrors(parsed.error));
  return parsed.data;
}

function inTransaction<T>(tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return tx === db ? db.$transaction((t) => fn(t)) : fn(tx);
}

async function loadGroup(tx: Tx, groupId: string): Promise<GroupRef | null> {
  const group = await tx.group.findUnique({ where: { id: groupId }, select: { id: true, archivedAt: true } });
  return group ? { id: group.id, archived: group.archivedAt !== null } : null;
}

/** A group outside the actor's reach does not exist for them; an archived one is read-only. */
function assertManage(actor: Actor, group: GroupRef | null): asserts group is GroupRef {
  if (!group || !canGroup(actor, "view", group)) throw new AppError("NOT_FOUND");
  if (group.archived) throw new AppError("CONFLICT", { messageKey: "GROUP_ARCHIVED" });
  if (!canGroup(actor, "manageIndicators", group)) throw new AppError("FORBIDDEN");
}

const decimal = (n: number) => n.toFixed(2);

export async function createIndicator(raw: CreateIndicatorInput, actor: Actor, tx: Tx = db) {
  const input = parse(createIndicatorSchema, raw);
  return inTransaction(tx, async (t) => {
    assertManage(actor, await loadGroup(t, input.groupId));
    const last = await t.indicator.aggregate({ where: { groupId: input.groupId }, _max: { position: true } });
    return t.indicator.create({
      data: {
        groupId: input.groupId,
        name: input.name,
        description: input.description,
        unit: input.unit,
        target: decimal(input.target),
        baseline: decimal(input.baseline),
        deadline: input.deadline ? dayToDate(input.deadline) : null,
        position: (last._max.position ?? -1) + 1,
      },
      select: { id: true, name: true },
    });
  });
}

async function loadForManage(tx: Tx, id: string, actor: Actor) {
  const row = await tx.indicator.findUnique({ where: { id }, select: { id: true, groupId: true, archivedAt: true } });
  assertManage(actor, row ? await loadGroup(tx, row.groupId) : null);
  return row!;
}

export async function updateIndicator(raw: UpdateIndicatorInput, actor: Actor, tx: Tx = db) {
  const input = parse(updateIndicatorSchema, raw);
  return inTransaction(tx, async (t) => {
    await loadForManage(t, input.id, actor);
    return t.indicator.update({
      where: { id: input.id },
      select: { id: true, name: true, groupId: true },
      data: {
        name: input.name,
        description: input.description,
        unit: input.unit,
        target: decimal(input.target),
        baseline: decimal(input.baseline),
        deadline: input.deadline ? dayToDate(input.deadline) : null,
      },
    });
  });
}

/** Archiving keeps the indicator and its contributions for the record; it only leaves the lists. */
export async function setIndicatorArchived(id: string, archived: boolean, actor: Actor, tx: Tx = db, now = new Date()) {
  return inTransaction(tx, async (t) => {
    const before = await loadForManage(t, id, actor);
    if ((before.archivedAt !== null) === archived) throw new AppError("CONFLICT", { messageKey: archived ? "INDICATOR_ARCHIVED" : "INDICATOR_NOT_ARCHIVED" });
    return t.indicator.update({ where: { id }, data: { archivedAt: archived ? now : null }, select: { id: true, groupId: true, archivedAt: true } });
  });
}

/**
 * A partner's aggregate figure for a period. Members report for their own institution,
 * coordinators for any partner of the group (e.g. figures sent in by e-mail).
 */
export async function reportContribution(raw: ReportContributionInput, actor: Actor, tx: Tx = db, now = new Date()) {
  const input = parse(reportContributionSchema, raw);
  return inTransaction(tx, async (t) => {
    const indicator = await t.indicator.findUnique({
      where: { id: input.indicatorId },
      select: { id: true, groupId: true, archivedAt: true, group: { select: { archivedAt: true } } },
    });
    const group = indicator ? { id: indicator.groupId, archived: indicator.group.archivedAt !== null } : null;
    if (!indicator || !group || !canGroup(actor, "view", group)) throw new AppError("NOT_FOUND");
    if (group.archived) throw new AppError("CONFLICT", { messageKey: "GROUP_ARCHIVED" });
    if (indicator.archivedAt) throw new AppError("CONFLICT", { messageKey: "INDICATOR_ARCHIVED" });
    const partner = await t.groupInstitution.findFirst({
      where: { groupId: group.id, institutionId: input.institutionId, institution: { archivedAt: null } },
      select: { id: true },
    });
    if (!partner) throw validationError({ institutionId: [{ key: "invalidOption" }] });
    if (!canContribute(actor, { groupId: group.id, groupArchived: group.archived, institutionId: input.institutionId })) throw new AppError("FORBIDDEN");
    const today = todayIn(now);
    // A period may still be running (a report mid-quarter), but it cannot start in the future.
    if (input.periodStart > today) throw validationError({ periodStart: [{ key: "tooBig", values: { max: today } }] });
    return t.indicatorContribution.create({
      data: {
        indicatorId: indicator.id,
        institutionId: input.institutionId,
        periodStart: dayToDate(input.periodStart),
        periodEnd: dayToDate(input.periodEnd),
        value: decimal(input.value),
        note: input.note,
        evidenceUrl: input.evidenceUrl,
        createdById: actor.id,
      },
      select: { id: true, indicatorId: true, indicator: { select: { groupId: true } } },
    }).then((c) => ({ id: c.id, indicatorId: c.indicatorId, groupId: c.indicator.groupId }));
  });
}

/** Withdraws a contribution (the way to correct one): same rule as reporting it. */
export async function deleteContribution(id: string, actor: Actor, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    const row = await t.indicatorContribution.findUnique({
      where: { id },
      select: { id: true, institutionId: true, indicator: { select: { id: true, groupId: true, group: { select: { archivedAt: true } } } } },
    });
    const group = row ? { id: row.indicator.groupId, archived: row.indicator.group.archivedAt !== null } : null;
    if (!row || !group || !canGroup(actor, "view", group)) throw new AppError("NOT_FOUND");
    if (group.archived) throw new AppError("CONFLICT", { messageKey: "GROUP_ARCHIVED" });
    if (!canContribute(actor, { groupId: group.id, groupArchived: group.archived, institutionId: row.institutionId })) throw new AppError("FORBIDDEN");
    await t.indicatorContribution.delete({ where: { id } });
    return { id, indicatorId: row.indicator.id, groupId: group.id };
  });
}
