"use server";
import { defineAction } from "@/lib/safe-action/server";
import { AppError } from "@/lib/errors/app-error";
import { canGroup, type Actor } from "@/lib/permissions/ability";
import { loadGroupRef } from "@/lib/meetings/data";
import { loadDecisionRef } from "@/lib/decisions/data";
import { emitDecisionChanged } from "@/lib/document-blocks/mutations";
import { recordDecision, reinstateDecision, revokeDecision, supersedeDecision, updateDecision } from "@/lib/decisions/mutations";
import { decisionIdSchema, recordDecisionSchema, supersedeDecisionSchema, updateDecisionSchema } from "@/lib/decisions/schema";

/** A decision outside the actor's groups does not exist for them (NOT_FOUND, not FORBIDDEN). */
async function mayManageDecision(actor: Actor, id: string): Promise<boolean> {
  const ref = await loadDecisionRef(id);
  if (!ref || !canGroup(actor, "view", ref.group)) throw new AppError("NOT_FOUND");
  return canGroup(actor, "manageDecisions", ref.group);
}

export const recordDecisionAction = defineAction({
  name: "decision.record",
  input: recordDecisionSchema,
  authorize: async ({ current, input }) => {
    const group = await loadGroupRef(input.groupId);
    if (!group || !canGroup(current.actor, "view", group)) throw new AppError("NOT_FOUND");
    return canGroup(current.actor, input.supersedesId ? "manageDecisions" : "recordDecisions", group);
  },
  run: async ({ current, input }) => {
    const decision = await recordDecision(input, current.actor);
    // Open registers and live decision blocks refresh (after the commit).
    emitDecisionChanged(decision.groupId, decision.id, "created");
    if (input.supersedesId) emitDecisionChanged(decision.groupId, input.supersedesId);
    return { id: decision.id, label: decision.label };
  },
});

export const updateDecisionAction = defineAction({
  name: "decision.update",
  input: updateDecisionSchema,
  authorize: ({ current, input }) => mayManageDecision(current.actor, input.id),
  run: async ({ current, input }) => {
    const decision = await updateDecision(input, current.actor);
    emitDecisionChanged(decision.groupId, decision.id);
    return { id: decision.id, label: decision.label };
  },
});

export const revokeDecisionAction = defineAction({
  name: "decision.revoke",
  input: decisionIdSchema,
  authorize: ({ current, input }) => mayManageDecision(current.actor, input.id),
  run: async ({ current, input }) => {
    const decision = await revokeDecision(input.id, current.actor);
    emitDecisionChanged(decision.groupId, decision.id);
    return { id: decision.id, status: decision.status };
  },
});

export const supersedeDecisionAction = defineAction({
  name: "decision.supersede",
  input: supersedeDecisionSchema,
  authorize: ({ current, input }) => mayManageDecision(current.actor, input.id),
  run: async ({ current, input }) => {
    const decision = await supersedeDecision(input, current.actor);
    emitDecisionChanged(decision.groupId, decision.id);
    emitDecisionChanged(decision.groupId, input.supersededById);
    return { id: decision.id, status: decision.status };
  },
});

export const reinstateDecisionAction = defineAction({
  name: "decision.reinstate",
  input: decisionIdSchema,
  authorize: ({ current, input }) => mayManageDecision(current.actor, input.id),
  run: async ({ current, input }) => {
    const decision = await reinstateDecision(input.id, current.actor);
    emitDecisionChanged(decision.groupId, decision.id);
    return { id: decision.id, status: decision.status };
  },
});
