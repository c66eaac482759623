// Inputs and views of the live decision/action blocks of a document. Creating goes through
// the registers' own mutations (recordDecision, createAction); these schemas only shape what
// the editor sends, with the same limits and translated messages as the registers' forms.
import { z } from "zod";
import { ACTION_TITLE_MAX, ACTION_DESCRIPTION_MAX, actionPriorities, actionStatuses, BLOCKED_REASON_MAX, calendarDateSchema } from "@/lib/actions/schema";
import { DECISION_TEXT_MAX } from "@/lib/decisions/schema";
import type { DueState } from "@/lib/actions/due";
import type { ActionPriority, ActionStatus, DecisionStatus } from "@/lib/generated/prisma/enums";

/** One request loads at most this many records of each kind (a long minutes has a few dozen). */
export const BLOCK_IDS_MAX = 200;

const idSchema = z.string().trim().min(1).max(64);

/** Forms send "" for untouched optional fields; the database holds null for "not given". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value),
    schema.nullable(),
  );
}

const idList = z
  .array(idSchema)
  .max(BLOCK_IDS_MAX)
  .default([])
  .transform((ids) => [...new Set(ids)]);

export const blockDataSchema = z.object({
  documentId: idSchema,
  actionIds: idList,
  decisionIds: idList,
});
export type BlockDataInput = z.input<typeof blockDataSchema>;

export const blockDocumentSchema = z.object({ documentId: idSchema });

/** "Record as decision": the text (usually the selected sentence) becomes the decision. */
export const recordBlockDecisionSchema = z.object({
  documentId: idSchema,
  text: z.string().trim().min(1).max(DECISION_TEXT_MAX),
});
export type RecordBlockDecisionInput = z.input<typeof recordBlockDecisionSchema>;

/** "Create action": the dialog's fields; the source (this document, its meeting) is added on the server. */
export const createBlockActionSchema = z.object({
  documentId: idSchema,
  title: z.string().trim().min(1).max(ACTION_TITLE_MAX),
  description: optional(z.string().trim().max(ACTION_DESCRIPTION_MAX)),
  ownerInstitutionId: idSchema,
  responsibleUserId: optional(idSchema),
  dueDate: optional(calendarDateSchema),
  priority: z.enum(actionPriorities).default("NORMAL"),
});
export type CreateBlockActionInput = z.input<typeof createBlockActionSchema>;

/**
 * A change made in a block: the full wanted state of the fields the block edits (status,
 * due date, owner and responsible person). Unchanged fields write nothing.
 */
export const changeBlockActionSchema = z
  .object({
    actionId: idSchema,
    status: z.enum(actionStatuses),
    blockedReason: optional(z.string().trim().max(BLOCKED_REASON_MAX)),
    dueDate: optional(calendarDateSchema),
    ownerInstitutionId: idSchema,
    responsibleUserId: optional(idSchema),
  })
  .refine((v) => v.status !== "BLOCKED" || v.blockedReason !== null, { message: "required", path: ["blockedReason"] });
export type ChangeBlockActionInput = z.input<typeof changeBlockActionSchema>;

export type BlockAction = {
  id: string;
  number: number;
  title: string;
  status: ActionStatus;
  blockedReason: string | null;
  priority: ActionPriority;
  /** YYYY-MM-DD */
  dueDate: string | null;
  dueState: DueState;
  progressPercent: number | null;
  owner: { id: string; name: string; shortName: string | null };
  responsible: { id: string; name: string } | null;
  /** Status, due date and responsible person (coordinators and the owner institution's members). */
  canUpdate: boolean;
  /** Handing the action to another institution (coordinators). */
  canChangeOwner: boolean;
};

export type BlockDecision = {
  id: string;
  /** "3/2026" */
  label: string;
  text: string;
  status: DecisionStatus;
  /** YYYY-MM-DD */
  decidedOn: string;
  supersededBy: { id: string; label: string } | null;
};

/** Records the document may show; an id asked for but absent no longer exists (or left the group). */
export type BlockData = {
  /** Today in Warsaw (YYYY-MM-DD), for "overdue". */
  today: string;
  actions: BlockAction[];
  decisions: BlockDecision[];
};

export type BlockInstitution = { id: string; name: string; shortName: string | null };
export type BlockPerson = { id: string; name: string; institutionId: string };

/** What the editor needs to offer "record as decision" / "create action" and the block edits. */
export type BlockContext = {
  groupId: string;
  /** The meeting the document belongs to (its minutes, or materials of it). */
  meetingId: string | null;
  canRecordDecision: boolean;
  canCreateAction: boolean;
  institutions: BlockInstitution[];
  people: BlockPerson[];
  /** The actor's own institution when it takes part in the group (the dialog's first choice). */
  ownInstitutionId: string | null;
};
