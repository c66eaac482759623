import "server-only";
// Frozen copies of a document's content: named by a person, taken when a meeting ends (its
// minutes), automatically by the collaboration server (AUTO, server/collab), and just before
// a restore. Restoring writes the old content as a new change through applyServerUpdate, so
// every open editor sees it live and nothing of the history is lost.
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { DocumentVersion, DocumentVersionKind } from "@/lib/generated/prisma/client";
import { loadDocumentState, toBytes } from "@/lib/collab/persistence";
import { applyServerUpdate } from "@/lib/collab/server-edit";
import { stateToJson, stateToPlainText } from "@/lib/editor/content";
import { computeReplaceUpdate } from "@/lib/documents/replace-content";
import { logger } from "@/lib/log/logger";

/** A version of the document's current content (snapshot plus every logged update). */
export async function takeVersion(
  documentId: string,
  kind: DocumentVersionKind,
  options: { name?: string | null; userId?: string | null; now?: Date } = {},
  tx: Tx = db,
): Promise<DocumentVersion> {
  const { state } = await loadDocumentState(documentId, tx);
  return tx.documentVersion.create({
    data: {
      documentId,
      kind,
      name: options.name ?? null,
      state: toBytes(state),
      plainText: stateToPlainText(state),
      createdById: options.userId ?? null,
      ...(options.now ? { createdAt: options.now } : {}),
    },
  });
}

export function nameVersion(documentId: string, name: string, userId: string): Promise<DocumentVersion> {
  return takeVersion(documentId, "NAMED", { name, userId });
}

/**
 * Called after a meeting ends: freezes its minutes as they stood at the end. Never fails the
 * caller (the meeting has already ended): a problem is logged and null returned.
 */
export async function takeMeetingEndVersion(meetingId: string, userId: string | null = null): Promise<DocumentVersion | null> {
  try {
    const minutes = await db.document.findUnique({ where: { minutesOfMeetingId: meetingId }, select: { id: true } });
    if (!minutes) return null;
    return await takeVersion(minutes.id, "MEETING_END", { userId });
  } catch (error) {
    logger.error({ err: error, meetingId }, "meeting-end version of the minutes failed");
    return null;
  }
}

export type RestoreResult = { changed: boolean; beforeRestoreVersionId: string | null };

/**
 * Makes the document's content equal to the version's again. The current content is kept
 * first as a BEFORE_RESTORE version (so the restore can be undone the same way); then the
 * difference goes out as one Yjs update. Edits made by others while this runs merge with
 * it like any concurrent edit.
 */
export async function restoreVersion(documentId: string, versionId: string, userId: string): Promise<RestoreResult> {
  const version = await db.documentVersion.findFirst({ where: { id: versionId, documentId }, select: { state: true, name: true } });
  if (!version) throw new AppError("NOT_FOUND");
  const current = await loadDocumentState(documentId);
  let update: Uint8Array | null;
  try {
    update = computeReplaceUpdate(current.state, stateToJson(version.state));
  } catch (error) {
    throw new AppError("CONFLICT", { messageKey: "VERSION_NOT_RESTORABLE", cause: error });
  }
  if (!update) return { changed: false, beforeRestoreVersionId: null };
  const before = await db.documentVersion.create({
    data: {
      documentId,
      kind: "BEFORE_RESTORE",
      name: version.name,
      state: toBytes(current.state),
      plainText: stateToPlainText(current.state),
      createdById: userId,
    },
  });
  await applyServerUpdate(documentId, update, userId);
  return { changed: true, beforeRestoreVersionId: before.id };
}
