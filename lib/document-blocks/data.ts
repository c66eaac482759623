import "server-only";
// Reads for the live blocks of a document. Everything is scoped to the document's group: a
// block pasted from another group's minutes shows "no longer available", never that group's data.
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { classifyDue, dateFromDb, todayIn } from "@/lib/actions/due";
import { formatDecisionNumber } from "@/lib/decisions/numbering";
import { documentScope } from "@/lib/documents/data";
import { canAgreedAction, canDocument, canGroup, type Actor, type DocumentRef } from "@/lib/permissions/ability";
import type { BlockAction, BlockContext, BlockData, BlockDecision } from "@/lib/document-blocks/schema";

export type BlockDocument = DocumentRef & {
  id: string;
  /** The meeting the document belongs to: the one it is the minutes of, or the one it is material for. */
  meetingId: string | null;
  isMinutes: boolean;
};

/** The document (within the actor's groups, viewable) or NOT_FOUND. */
export async function requireBlockDocument(actor: Actor, documentId: string, tx: Tx = db): Promise<BlockDocument> {
  const row = await tx.document.findFirst({
    where: { id: documentId, ...documentScope(actor) },
    select: {
      id: true,
      groupId: true,
      status: true,
      archivedAt: true,
      createdById: true,
      meetingId: true,
      minutesOfMeetingId: true,
      group: { select: { archivedAt: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const doc: BlockDocument = {
    groupId: row.groupId,
    groupArchived: row.group.archivedAt !== null,
    archived: row.archivedAt !== null,
    // Approved documents are frozen (see toDocumentRef in lib/documents/data.ts).
    frozen: row.status === "APPROVED",
    createdById: row.createdById,
    id: row.id,
    meetingId: row.minutesOfMeetingId ?? row.meetingId,
    isMinutes: row.minutesOfMeetingId !== null,
  };
  if (!canDocument(actor, "view", doc)) throw new AppError("NOT_FOUND");
  return doc;
}

const actionSelect = {
  id: true,
  number: true,
  title: true,
  status: true,
  blockedReason: true,
  priority: true,
  dueDate: true,
  progressPercent: true,
  groupId: true,
  ownerInstitutionId: true,
  ownerInstitution: { select: { id: true, name: true, shortName: true } },
  responsible: { select: { id: true, name: true } },
} as const;

const decisionSelect = {
  id: true,
  number: true,
  year: true,
  text: true,
  status: true,
  decidedOn: true,
  supersededBy: { select: { id: true, number: true, year: true } },
} as const;

/**
 * The records behind the blocks the editor shows, with what the actor may change on each
 * action. Ids that are not returned do not exist (any more) in the document's group.
 */
export async function getDocumentBlockData(
  actor: Actor,
  documentId: string,
  ids: { actionIds: string[]; decisionIds: string[] },
  now = new Date(),
  tx: Tx = db,
): Promise<BlockData> {
  const doc = await requireBlockDocument(actor, documentId, tx);
  const [actions, decisions] = await Promise.all([
    ids.actionIds.length ? tx.action.findMany({ where: { id: { in: ids.actionIds }, groupId: doc.groupId }, select: actionSelect }) : [],
    ids.decisionIds.length ? tx.decision.findMany({ where: { id: { in: ids.decisionIds }, groupId: doc.groupId }, select: decisionSelect }) : [],
  ]);
  const today = todayIn(now);
  return {
    today,
    actions: actions.map((row): BlockAction => {
      const ref = { groupId: row.groupId, groupArchived: doc.groupArchived, ownerInstitutionId: row.ownerInstitutionId };
      const dueDate = row.dueDate ? dateFromDb(row.dueDate) : null;
      return {
        id: row.id,
        number: row.number,
        title: row.title,
        status: row.status,
        blockedReason: row.blockedReason,
        priority: row.priority,
        dueDate,
        dueState: classifyDue(dueDate, row.status, today),
        progressPercent: row.progressPercent,
        owner: row.ownerInstitution,
        responsible: row.responsible,
        canUpdate: canAgreedAction(actor, "update", ref),
        // Handing an action over is the coordinators' call; "bulkEdit" is exactly their right.
        canChangeOwner: canAgreedAction(actor, "bulkEdit", ref),
      };
    }),
    decisions: decisions.map(
      (row): BlockDecision => ({
        id: row.id,
        label: formatDecisionNumber(row),
        text: row.text,
        status: row.status,
        decidedOn: dateFromDb(row.decidedOn),
        supersededBy: row.supersededBy ? { id: row.supersededBy.id, label: formatDecisionNumber(row.supersededBy) } : null,
      }),
    ),
  };
}

/** Who may create blocks here. Inserting a block changes the document, so it takes the right to edit it too. */
export function blockRights(actor: Actor, doc: BlockDocument): { canRecordDecision: boolean; canCreateAction: boolean } {
  const canEdit = canDocument(actor, "edit", doc);
  return {
    canRecordDecision: canEdit && canGroup(actor, "recordDecisions", { id: doc.groupId, archived: doc.groupArchived }),
    canCreateAction: canEdit && canAgreedAction(actor, "create", { groupId: doc.groupId, groupArchived: doc.groupArchived, ownerInstitutionId: null }),
  };
}

/** Rights and choices for creating blocks in this document and editing actions in them. */
export async function getDocumentBlockContext(actor: Actor, documentId: string, tx: Tx = db): Promise<BlockContext> {
  const doc = await requireBlockDocument(actor, documentId, tx);
  const [institutions, members] = await Promise.all([
    tx.groupInstitution.findMany({
      where: { groupId: doc.groupId, institution: { archivedAt: null } },
      select: { institution: { select: { id: true, name: true, shortName: true } } },
    }),
    tx.groupMember.findMany({
      where: { groupId: doc.groupId, user: { archivedAt: null, institutionId: { not: null } } },
      select: { user: { select: { id: true, name: true, institutionId: true } } },
    }),
  ]);
  const collator = new Intl.Collator("pl", { sensitivity: "base" });
  const choices = institutions.map((g) => g.institution).sort((a, b) => collator.compare(a.name, b.name));
  return {
    groupId: doc.groupId,
    meetingId: doc.meetingId,
    ...blockRights(actor, doc),
    institutions: choices,
    people: members
      .map((m) => ({ id: m.user.id, name: m.user.name, institutionId: m.user.institutionId! }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    ownInstitutionId: choices.some((i) => i.id === actor.institutionId) ? actor.institutionId : null,
  };
}
