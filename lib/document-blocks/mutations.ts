import "server-only";
// Creating and changing the records behind a document's live blocks. The registers own the
// records: these functions only work out the document's group and meeting and call their
// mutations (recordDecision, createAction, updateAction, setActionStatus), which check the
// permissions again and write the history. The editor inserts the block once this succeeds.
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createAction, emitActionChanged, setActionStatus, updateAction } from "@/lib/actions/mutations";
import { dateFromDb } from "@/lib/actions/due";
import { recordDecision } from "@/lib/decisions/mutations";
import { canDocument, visibleGroupIds, type Actor } from "@/lib/permissions/ability";
import { getRealtime } from "@/lib/realtime/registry";
import { groupRoom } from "@/server/realtime/rooms";
import { requireBlockDocument, type BlockDocument } from "@/lib/document-blocks/data";
import {
  changeBlockActionSchema,
  createBlockActionSchema,
  recordBlockDecisionSchema,
  type ChangeBlockActionInput,
  type CreateBlockActionInput,
  type RecordBlockDecisionInput,
} from "@/lib/document-blocks/schema";
import { zodToFieldErrors } from "@/lib/errors/zod-issues";
import type { z } from "zod";

export const DECISION_CHANGED_EVENT = "decision:changed";
export type DecisionChangedPayload = { decisionId: string; kind: "created" | "updated" };

/** Tells the group's open pages (and live blocks) that a decision changed; no-op without a server. */
export function emitDecisionChanged(groupId: string, decisionId: string, kind: DecisionChangedPayload["kind"] = "updated"): void {
  const payload: DecisionChangedPayload = { decisionId, kind };
  getRealtime()?.to(groupRoom(groupId)).emit(DECISION_CHANGED_EVENT, payload);
}

/** The server actions validate already; direct callers (tests, scripts) get the same checks. */
function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", { fieldErrors: zodToFieldErrors(parsed.error) });
  return parsed.data;
}

/** A block goes into the text, so creating one takes the right to edit the document too. */
async function requireEditableDocument(actor: Actor, documentId: string): Promise<BlockDocument> {
  const doc = await requireBlockDocument(actor, documentId);
  if (!canDocument(actor, "edit", doc)) throw new AppError("FORBIDDEN");
  return doc;
}

/**
 * Records the decision in the group's register, linked to the document and its meeting (dated
 * on the meeting's day, numbered by the register). A cancelled meeting takes no decisions: the
 * decision is then linked to the document only.
 */
export async function recordBlockDecision(raw: RecordBlockDecisionInput, actor: Actor): Promise<{ id: string; label: string }> {
  const input = parseOrThrow(recordBlockDecisionSchema, raw);
  const doc = await requireEditableDocument(actor, input.documentId);
  const meeting = doc.meetingId
    ? await db.meeting.findFirst({ where: { id: doc.meetingId, groupId: doc.groupId, status: { not: "CANCELLED" } }, select: { id: true } })
    : null;
  const decision = await recordDecision({ groupId: doc.groupId, text: input.text, meetingId: meeting?.id ?? null, documentId: doc.id }, actor);
  emitDecisionChanged(doc.groupId, decision.id, "created");
  return { id: decision.id, label: decision.label };
}

/**
 * Creates the agreed action with this document as its source. Source DOCUMENT is the one link
 * the actions register keeps together with the meeting: it derives the meeting from the
 * minutes (minutesOfMeetingId) or the materials' meeting, so the action shows up in both.
 */
export async function createBlockAction(raw: CreateBlockActionInput, actor: Actor): Promise<{ id: string; number: number; label: string }> {
  const input = parseOrThrow(createBlockActionSchema, raw);
  const doc = await requireEditableDocument(actor, input.documentId);
  const created = await createAction(
    {
      groupId: doc.groupId,
      title: input.title,
      description: input.description,
      ownerInstitutionId: input.ownerInstitutionId,
      responsibleUserId: input.responsibleUserId,
      deputyUserId: null,
      dueDate: input.dueDate,
      priority: input.priority,
      source: "DOCUMENT",
      meetingId: null,
      decisionId: null,
      documentId: doc.id,
      indicatorIds: [],
    },
    actor,
  );
  return { id: created.id, number: created.number, label: `#${created.number}` };
}

/**
 * Status, due date, owner and responsible person changed in a block, in one transaction through
 * the actions register's own mutations (their permission checks and history), announced once.
 */
export async function changeBlockAction(raw: ChangeBlockActionInput, actor: Actor): Promise<{ id: string; changed: boolean }> {
  const input = parseOrThrow(changeBlockActionSchema, raw);
  const result = await db.$transaction(async (t) => {
    const row = await t.action.findFirst({
      where: { id: input.actionId, groupId: { in: visibleGroupIds(actor) } },
      include: { indicators: { select: { id: true } } },
    });
    if (!row) throw new AppError("NOT_FOUND");
    let changed = false;
    const dueBefore = row.dueDate ? dateFromDb(row.dueDate) : null;
    const ownerChanged = input.ownerInstitutionId !== row.ownerInstitutionId;
    if (ownerChanged || input.dueDate !== dueBefore || input.responsibleUserId !== row.responsibleUserId) {
      // The deputy belongs to the owner institution and cannot also be the responsible person.
      const deputyUserId = ownerChanged || row.deputyUserId === input.responsibleUserId ? null : row.deputyUserId;
      const updated = await updateAction(
        {
          id: row.id,
          title: row.title,
          description: row.description,
          ownerInstitutionId: input.ownerInstitutionId,
          responsibleUserId: input.responsibleUserId,
          deputyUserId,
          dueDate: input.dueDate,
          priority: row.priority,
          source: row.source,
          meetingId: row.meetingId,
          decisionId: row.decisionId,
          documentId: row.documentId,
          indicatorIds: row.indicators.map((i) => i.id),
        },
        actor,
        t,
      );
      changed ||= updated.changed;
    }
    const reason = input.status === "BLOCKED" ? input.blockedReason : null;
    if (input.status !== row.status || reason !== row.blockedReason) {
      const status = await setActionStatus({ id: row.id, status: input.status, blockedReason: reason }, actor, t);
      changed ||= status.changed;
    }
    return { groupId: row.groupId, changed };
  });
  if (result.changed) emitActionChanged(result.groupId, input.actionId);
  return { id: input.actionId, changed: result.changed };
}
