"use server";
// Server actions for agreed actions: session → zod input → permission → mutation. The
// mutations check the same permissions again inside their transaction (they are also called
// from elsewhere); the checks here refuse early and keep other groups' actions "not found".
import { defineAction } from "@/lib/safe-action/server";
import { AppError } from "@/lib/errors/app-error";
import { canAgreedAction, type Actor, type AgreedActionAction } from "@/lib/permissions/ability";
import { loadActionGroupRef, loadActionRef } from "@/lib/actions/data";
import {
  bulkEditActions,
  createAction,
  deleteActionFilter,
  postProgressUpdate,
  saveActionFilter,
  setActionStatus,
  updateAction,
} from "@/lib/actions/mutations";
import {
  bulkEditActionsSchema,
  createActionSchema,
  deleteSavedFilterSchema,
  postProgressSchema,
  saveFilterSchema,
  setActionStatusSchema,
  updateActionSchema,
} from "@/lib/actions/schema";

/** An action outside the actor's groups does not exist for them (NOT_FOUND, not FORBIDDEN). */
async function mayOnAction(actor: Actor, id: string, what: AgreedActionAction): Promise<boolean> {
  const ref = await loadActionRef(actor, id);
  if (!ref) throw new AppError("NOT_FOUND");
  return canAgreedAction(actor, what, ref);
}

export const createActionAction = defineAction({
  name: "action.create",
  input: createActionSchema,
  authorize: async ({ current, input }) => {
    const group = await loadActionGroupRef(current.actor, input.groupId);
    if (!group) throw new AppError("NOT_FOUND");
    return canAgreedAction(current.actor, "create", group);
  },
  run: ({ current, input }) => createAction(input, current.actor),
});

export const updateActionAction = defineAction({
  name: "action.update",
  input: updateActionSchema,
  authorize: ({ current, input }) => mayOnAction(current.actor, input.id, "update"),
  run: ({ current, input }) => updateAction(input, current.actor),
});

export const setActionStatusAction = defineAction({
  name: "action.status",
  input: setActionStatusSchema,
  authorize: ({ current, input }) => mayOnAction(current.actor, input.id, "update"),
  run: ({ current, input }) => setActionStatus(input, current.actor),
});

export const postProgressUpdateAction = defineAction({
  name: "action.progress",
  input: postProgressSchema,
  authorize: ({ current, input }) => mayOnAction(current.actor, input.actionId, "postUpdate"),
  run: ({ current, input }) => postProgressUpdate(input, current.actor),
});

export const bulkEditActionsAction = defineAction({
  name: "action.bulkEdit",
  input: bulkEditActionsSchema,
  // Every row is checked inside the transaction; here only "may this person bulk edit at all".
  authorize: ({ current }) =>
    Object.entries(current.actor.memberships).some(([groupId, m]) =>
      canAgreedAction(current.actor, "bulkEdit", { groupId, groupArchived: m.groupArchived, ownerInstitutionId: null }),
    ),
  run: ({ current, input }) => bulkEditActions(input, current.actor),
});

export const saveActionFilterAction = defineAction({
  name: "action.saveFilter",
  input: saveFilterSchema,
  authorize: async ({ current, input }) => {
    const group = await loadActionGroupRef(current.actor, input.groupId);
    if (!group) throw new AppError("NOT_FOUND");
    return canAgreedAction(current.actor, "view", group);
  },
  run: ({ current, input }) => saveActionFilter(input, current.actor),
});

export const deleteActionFilterAction = defineAction({
  name: "action.deleteFilter",
  input: deleteSavedFilterSchema,
  // Only the person's own filters match the delete; anyone signed in may try.
  authorize: () => true,
  run: async ({ current, input }) => {
    await deleteActionFilter(input.id, current.actor);
    return { id: input.id };
  },
});
