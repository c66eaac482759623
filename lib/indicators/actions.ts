"use server";
import { defineAction } from "@/lib/safe-action/server";
import { AppError } from "@/lib/errors/app-error";
import { canContribute, canGroup, type Actor } from "@/lib/permissions/ability";
import { loadGroupRef } from "@/lib/meetings/data";
import { getRealtime } from "@/lib/realtime/registry";
import { groupRoom } from "@/server/realtime/rooms";
import { loadContributionRef, loadIndicatorRef } from "@/lib/indicators/data";
import { createIndicator, deleteContribution, reportContribution, setIndicatorArchived, updateIndicator } from "@/lib/indicators/mutations";
import { contributionIdSchema, createIndicatorSchema, indicatorIdSchema, reportContributionSchema, updateIndicatorSchema } from "@/lib/indicators/schema";

/** Tells the group's open indicator pages to refresh (after the commit); no-op without a server. */
function emitIndicatorChanged(groupId: string, indicatorId: string): void {
  getRealtime()?.to(groupRoom(groupId)).emit("indicator:changed", { indicatorId });
}

/** An indicator outside the actor's groups does not exist for them (NOT_FOUND, not FORBIDDEN). */
async function visibleIndicator(actor: Actor, id: string) {
  const ref = await loadIndicatorRef(id);
  if (!ref || !canGroup(actor, "view", ref.group)) throw new AppError("NOT_FOUND");
  return ref;
}

export const createIndicatorAction = defineAction({
  name: "indicator.create",
  input: createIndicatorSchema,
  authorize: async ({ current, input }) => {
    const group = await loadGroupRef(input.groupId);
    if (!group || !canGroup(current.actor, "view", group)) throw new AppError("NOT_FOUND");
    return canGroup(current.actor, "manageIndicators", group);
  },
  run: async ({ current, input }) => {
    const created = await createIndicator(input, current.actor);
    emitIndicatorChanged(input.groupId, created.id);
    return created;
  },
});

export const updateIndicatorAction = defineAction({
  name: "indicator.update",
  input: updateIndicatorSchema,
  authorize: async ({ current, input }) => canGroup(current.actor, "manageIndicators", (await visibleIndicator(current.actor, input.id)).group),
  run: async ({ current, input }) => {
    const updated = await updateIndicator(input, current.actor);
    emitIndicatorChanged(updated.groupId, updated.id);
    return { id: updated.id, name: updated.name };
  },
});

export const archiveIndicatorAction = defineAction({
  name: "indicator.archive",
  input: indicatorIdSchema,
  authorize: async ({ current, input }) => canGroup(current.actor, "manageIndicators", (await visibleIndicator(current.actor, input.id)).group),
  run: async ({ current, input }) => {
    const row = await setIndicatorArchived(input.id, true, current.actor);
    emitIndicatorChanged(row.groupId, row.id);
    return { id: input.id };
  },
});

export const restoreIndicatorAction = defineAction({
  name: "indicator.restore",
  input: indicatorIdSchema,
  authorize: async ({ current, input }) => canGroup(current.actor, "manageIndicators", (await visibleIndicator(current.actor, input.id)).group),
  run: async ({ current, input }) => {
    const row = await setIndicatorArchived(input.id, false, current.actor);
    emitIndicatorChanged(row.groupId, row.id);
    return { id: input.id };
  },
});

export const reportContributionAction = defineAction({
  name: "indicator.contribute",
  input: reportContributionSchema,
  authorize: async ({ current, input }) => {
    const ref = await visibleIndicator(current.actor, input.indicatorId);
    return canContribute(current.actor, { groupId: ref.group.id, groupArchived: ref.group.archived, institutionId: input.institutionId });
  },
  run: async ({ current, input }) => {
    const created = await reportContribution(input, current.actor);
    emitIndicatorChanged(created.groupId, created.indicatorId);
    return { id: created.id, indicatorId: created.indicatorId };
  },
});

export const deleteContributionAction = defineAction({
  name: "indicator.deleteContribution",
  input: contributionIdSchema,
  authorize: async ({ current, input }) => {
    const ref = await loadContributionRef(input.id);
    if (!ref || !canGroup(current.actor, "view", ref.group)) throw new AppError("NOT_FOUND");
    return canContribute(current.actor, { groupId: ref.group.id, groupArchived: ref.group.archived, institutionId: ref.institutionId });
  },
  run: async ({ current, input }) => {
    const deleted = await deleteContribution(input.id, current.actor);
    emitIndicatorChanged(deleted.groupId, deleted.indicatorId);
    return { id: deleted.id, indicatorId: deleted.indicatorId };
  },
});
