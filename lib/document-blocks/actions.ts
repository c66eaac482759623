"use server";
// Server actions of the live decision/action blocks: session → zod input → permission →
// the registers' mutations. Documents and records outside the actor's groups do not exist
// for them (NOT_FOUND, not FORBIDDEN).
import { defineAction } from "@/lib/safe-action/server";
import { AppError } from "@/lib/errors/app-error";
import { loadActionRef } from "@/lib/actions/data";
import { canAgreedAction } from "@/lib/permissions/ability";
import { blockRights, getDocumentBlockContext, getDocumentBlockData, requireBlockDocument } from "@/lib/document-blocks/data";
import { changeBlockAction, createBlockAction, recordBlockDecision } from "@/lib/document-blocks/mutations";
import { blockDataSchema, blockDocumentSchema, changeBlockActionSchema, createBlockActionSchema, recordBlockDecisionSchema } from "@/lib/document-blocks/schema";

export const getDocumentBlockDataAction = defineAction({
  name: "documentBlocks.data",
  input: blockDataSchema,
  authorize: async ({ current, input }) => Boolean(await requireBlockDocument(current.actor, input.documentId)),
  run: ({ current, input }) => getDocumentBlockData(current.actor, input.documentId, input),
});

export const getDocumentBlockContextAction = defineAction({
  name: "documentBlocks.context",
  input: blockDocumentSchema,
  authorize: async ({ current, input }) => Boolean(await requireBlockDocument(current.actor, input.documentId)),
  run: ({ current, input }) => getDocumentBlockContext(current.actor, input.documentId),
});

export const recordBlockDecisionAction = defineAction({
  name: "documentBlocks.recordDecision",
  input: recordBlockDecisionSchema,
  authorize: async ({ current, input }) => blockRights(current.actor, await requireBlockDocument(current.actor, input.documentId)).canRecordDecision,
  run: ({ current, input }) => recordBlockDecision(input, current.actor),
});

export const createBlockActionAction = defineAction({
  name: "documentBlocks.createAction",
  input: createBlockActionSchema,
  authorize: async ({ current, input }) => blockRights(current.actor, await requireBlockDocument(current.actor, input.documentId)).canCreateAction,
  run: ({ current, input }) => createBlockAction(input, current.actor),
});

export const changeBlockActionAction = defineAction({
  name: "documentBlocks.changeAction",
  input: changeBlockActionSchema,
  authorize: async ({ current, input }) => {
    const ref = await loadActionRef(current.actor, input.actionId);
    if (!ref) throw new AppError("NOT_FOUND");
    return canAgreedAction(current.actor, "update", ref);
  },
  run: ({ current, input }) => changeBlockAction(input, current.actor),
});
