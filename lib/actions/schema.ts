// Input schemas for agreed actions: the create/edit form, status changes, progress updates,
// bulk edits and saved filters. Field-level problems become translated messages through
// lib/errors/zod-issues.ts (custom messages name keys of messages/*/validation.json).
import { z } from "zod";
import { ActionPriority, ActionSource, ActionStatus } from "@/lib/generated/prisma/enums";
import { isCalendarDate } from "@/lib/actions/due";

export const actionStatuses = Object.values(ActionStatus) as [ActionStatus, ...ActionStatus[]];
export const actionPriorities = Object.values(ActionPriority) as [ActionPriority, ...ActionPriority[]];
export const actionSources = Object.values(ActionSource) as [ActionSource, ...ActionSource[]];

/** Statuses in which an action still needs work (counted as open, can become overdue). */
export const OPEN_STATUSES = ["OPEN", "IN_PROGRESS", "BLOCKED"] as const satisfies readonly ActionStatus[];
export function isOpenStatus(status: ActionStatus): boolean {
  return (OPEN_STATUSES as readonly ActionStatus[]).includes(status);
}

export const ACTION_TITLE_MAX = 200;
export const ACTION_DESCRIPTION_MAX = 5000;
export const BLOCKED_REASON_MAX = 1000;
export const PROGRESS_NOTE_MAX = 2000;
export const SAVED_FILTER_NAME_MAX = 80;
export const INDICATORS_PER_ACTION_MAX = 50;
export const BULK_ACTIONS_MAX = 200;

/**
 * Forms send "" for untouched optional fields; the database holds null for "not given". The key
 * may also be left out (callers outside the forms, e.g. the minutes editor).
 */
function optional<T extends z.ZodType>(schema: T) {
  return z
    .preprocess((value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value), schema.nullable())
    .default(null);
}

/** A repeated form field (FormData gives a string for one value, an array for several). */
function list<T extends z.ZodType>(schema: T, max: number) {
  return z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value.filter((v) => v !== "") : [value]),
    z.array(schema).max(max),
  );
}

const idSchema = z.string().trim().min(1).max(64);
/** A real calendar date as YYYY-MM-DD (2026-02-30 is refused), within a sane range. */
export const calendarDateSchema = z
  .string()
  .trim()
  .refine((v) => isCalendarDate(v), { message: "invalidDate" });

const actionFields = {
  title: z.string().trim().min(1).max(ACTION_TITLE_MAX),
  description: optional(z.string().trim().max(ACTION_DESCRIPTION_MAX)),
  ownerInstitutionId: idSchema,
  responsibleUserId: optional(idSchema),
  deputyUserId: optional(idSchema),
  dueDate: optional(calendarDateSchema),
  priority: z.enum(actionPriorities).default("NORMAL"),
  source: z.enum(actionSources).default("NONE"),
  meetingId: optional(idSchema),
  decisionId: optional(idSchema),
  documentId: optional(idSchema),
  indicatorIds: list(idSchema, INDICATORS_PER_ACTION_MAX).default([]),
};

type FieldsShape = {
  responsibleUserId: string | null;
  deputyUserId: string | null;
  source: ActionSource;
  meetingId: string | null;
  decisionId: string | null;
  documentId: string | null;
};

// Messages use the shared validation keys (messages/*/validation.json); the forms avoid most of
// these cases up front (e.g. the deputy list leaves out the responsible person).

/** Cross-field rules shared by create and edit. */
function checkFields(value: FieldsShape, ctx: z.RefinementCtx) {
  if (value.deputyUserId && value.deputyUserId === value.responsibleUserId) {
    ctx.addIssue({ code: "custom", message: "invalidOption", path: ["deputyUserId"] });
  }
  if (value.source === "MEETING" && !value.meetingId) ctx.addIssue({ code: "custom", message: "required", path: ["meetingId"] });
  if (value.source === "DECISION" && !value.decisionId) ctx.addIssue({ code: "custom", message: "required", path: ["decisionId"] });
  if (value.source === "DOCUMENT" && !value.documentId) ctx.addIssue({ code: "custom", message: "required", path: ["documentId"] });
}

export const createActionSchema = z.object({ groupId: idSchema, ...actionFields }).superRefine(checkFields);
export type CreateActionInput = z.infer<typeof createActionSchema>;
/** What callers outside the form (the minutes editor) may pass: defaults filled in by the schema. */
export type CreateActionRawInput = z.input<typeof createActionSchema>;

export const updateActionSchema = z.object({ id: idSchema, ...actionFields }).superRefine(checkFields);
export type UpdateActionInput = z.infer<typeof updateActionSchema>;
export type ActionFieldsInput = Omit<UpdateActionInput, "id">;

export const setActionStatusSchema = z
  .object({
    id: idSchema,
    status: z.enum(actionStatuses),
    blockedReason: optional(z.string().trim().max(BLOCKED_REASON_MAX)),
  })
  .refine((v) => v.status !== "BLOCKED" || v.blockedReason !== null, { message: "required", path: ["blockedReason"] });
export type SetActionStatusInput = z.infer<typeof setActionStatusSchema>;

export const postProgressSchema = z.object({
  actionId: idSchema,
  note: z.string().trim().min(1).max(PROGRESS_NOTE_MAX),
  percent: optional(z.coerce.number().int().min(0).max(100)),
  meetingId: optional(idSchema),
});
export type PostProgressInput = z.infer<typeof postProgressSchema>;

export const dueModes = ["keep", "set", "shift"] as const;

export const bulkEditActionsSchema = z
  .object({
    actionIds: list(idSchema, BULK_ACTIONS_MAX).pipe(z.array(idSchema).min(1)),
    /** null keeps each row's owner. */
    ownerInstitutionId: optional(idSchema),
    /** null keeps the responsible person (or clears them when the owner changes to another institution). */
    responsibleUserId: optional(idSchema),
    dueMode: z.enum(dueModes).default("keep"),
    dueDate: optional(calendarDateSchema),
    shiftDays: optional(z.coerce.number().int().min(-366).max(366)),
  })
  .superRefine((v, ctx) => {
    if (v.dueMode === "set" && !v.dueDate) ctx.addIssue({ code: "custom", message: "required", path: ["dueDate"] });
    if (v.dueMode === "shift" && !v.shiftDays) ctx.addIssue({ code: "custom", message: "required", path: ["shiftDays"] });
    if (v.dueMode === "keep" && !v.ownerInstitutionId && !v.responsibleUserId) {
      ctx.addIssue({ code: "custom", message: "required", path: ["dueMode"] });
    }
  });
export type BulkEditActionsInput = z.infer<typeof bulkEditActionsSchema>;

export const actionIdSchema = z.object({ id: idSchema });

export const saveFilterSchema = z.object({
  groupId: idSchema,
  name: z.string().trim().min(1).max(SAVED_FILTER_NAME_MAX),
  /** The list's query string; re-parsed and re-serialised before it is stored. */
  query: z.string().max(2000).default(""),
});
export type SaveFilterInput = z.infer<typeof saveFilterSchema>;

export const deleteSavedFilterSchema = z.object({ id: idSchema });
