import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleGroupIds, type Actor, type DocumentRef } from "@/lib/permissions/ability";
import { bytesToBase64, type CommentPerson, type CommentThreadView } from "@/lib/comments/schema";

export type CommentDocumentRef = DocumentRef & { id: string; title: string; groupName: string };

/**
 * For authorisation: the document's group and state, or null when it does not exist or
 * belongs to a group the actor is not in (such documents do not exist for them).
 */
export async function loadCommentDocumentRef(actor: Actor, documentId: string, tx: Tx = db): Promise<CommentDocumentRef | null> {
  const row = await tx.document.findFirst({
    where: { id: documentId, groupId: { in: visibleGroupIds(actor) } },
    select: {
      id: true,
      title: true,
      groupId: true,
      status: true,
      archivedAt: true,
      createdById: true,
      group: { select: { name: true, archivedAt: true } },
    },
  });
  return row ? toDocumentRef(row) : null;
}

/** The thread with its document, scoped like loadCommentDocumentRef. */
export async function loadThreadRef(actor: Actor, threadId: string, tx: Tx = db) {
  const row = await tx.commentThread.findFirst({
    where: { id: threadId, document: { groupId: { in: visibleGroupIds(actor) } } },
    select: {
      id: true,
      createdById: true,
      resolvedAt: true,
      document: {
        select: {
          id: true,
          title: true,
          groupId: true,
          status: true,
          archivedAt: true,
          createdById: true,
          group: { select: { name: true, archivedAt: true } },
        },
      },
    },
  });
  if (!row) return null;
  return { id: row.id, createdById: row.createdById, resolved: row.resolvedAt !== null, document: toDocumentRef(row.document) };
}

function toDocumentRef(row: {
  id: string;
  title: string;
  groupId: string;
  status: string;
  archivedAt: Date | null;
  createdById: string | null;
  group: { name: string; archivedAt: Date | null };
}): CommentDocumentRef {
  return {
    id: row.id,
    title: row.title,
    groupId: row.groupId,
    groupName: row.group.name,
    groupArchived: row.group.archivedAt !== null,
    archived: row.archivedAt !== null,
    // Approved documents are frozen for editing; comments stay possible (canDocument decides).
    frozen: row.status === "APPROVED",
    createdById: row.createdById,
  };
}

const personSelect = { id: true, name: true, institution: { select: { shortName: true, name: true } } } satisfies Prisma.UserSelect;

const threadSelect = {
  id: true,
  anchorStart: true,
  anchorEnd: true,
  quote: true,
  createdAt: true,
  resolvedAt: true,
  createdBy: { select: personSelect },
  resolvedBy: { select: personSelect },
  comments: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, body: true, createdAt: true, editedAt: true, author: { select: personSelect } },
  },
} satisfies Prisma.CommentThreadSelect;

type PersonRow = Prisma.UserGetPayload<{ select: typeof personSelect }> | null;

function toPerson(row: PersonRow): CommentPerson {
  if (!row) return null;
  return { id: row.id, name: row.name, institutionShortName: row.institution?.shortName || row.institution?.name || null };
}

/** Every thread of a document the actor may see, oldest first (the sidebar sorts by position). */
export async function listCommentThreads(actor: Actor, documentId: string, tx: Tx = db): Promise<CommentThreadView[]> {
  const rows = await tx.commentThread.findMany({
    where: { documentId, document: { groupId: { in: visibleGroupIds(actor) } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: threadSelect,
  });
  return rows.map((row) => ({
    id: row.id,
    anchorStart: bytesToBase64(row.anchorStart),
    anchorEnd: bytesToBase64(row.anchorEnd),
    quote: row.quote,
    createdAt: row.createdAt.toISOString(),
    createdBy: toPerson(row.createdBy),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: toPerson(row.resolvedBy),
    comments: row.comments.map((c) => ({
      id: c.id,
      body: c.body,
      createdAt: c.createdAt.toISOString(),
      editedAt: c.editedAt?.toISOString() ?? null,
      author: toPerson(c.author),
    })),
  }));
}
