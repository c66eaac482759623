import "server-only";
// Writes of documents' metadata and first content. The content itself changes only through
// the collaboration server (or applyServerUpdate); here a new document gets its initial
// Yjs state as the snapshot, written together with the row.
import { db, type Tx } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import type { Document } from "@/lib/generated/prisma/client";
import type { AppLocale } from "@/lib/i18n/config";
import { toBytes } from "@/lib/collab/persistence";
import { publishToDocument } from "@/lib/collab/server-edit";
import { encodeDocumentJson, jsonToPlainText, type ProseMirrorJson } from "@/lib/editor/content";
import { loadMinutesSource } from "@/lib/documents/data";
import { buildMinutesContent, minutesTitle } from "@/lib/documents/minutes-template";
import type { CreateDocumentInput } from "@/lib/documents/schema";

export type AuthorContext = { userId: string; institutionId: string | null };

function validationError(fieldErrors: FieldErrors): AppError {
  return new AppError("VALIDATION", { fieldErrors });
}

function inTransaction<T>(tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return tx === db ? db.$transaction((t) => fn(t)) : fn(tx);
}

async function assertGroupActive(tx: Tx, groupId: string) {
  const group = await tx.group.findUnique({ where: { id: groupId }, select: { archivedAt: true } });
  if (!group) throw new AppError("NOT_FOUND");
  if (group.archivedAt) throw new AppError("CONFLICT", { messageKey: "GROUP_ARCHIVED" });
}

async function isGroupInstitution(tx: Tx, groupId: string, institutionId: string): Promise<boolean> {
  const link = await tx.groupInstitution.findFirst({ where: { groupId, institutionId, institution: { archivedAt: null } }, select: { id: true } });
  return link !== null;
}

/**
 * The owner institution: the one asked for (which must be a partner of the group), or by
 * default the author's own institution when it is a partner, else none.
 */
async function resolveOwner(tx: Tx, groupId: string, requested: string | null | undefined, author: AuthorContext): Promise<string | null> {
  if (requested === undefined) {
    return author.institutionId && (await isGroupInstitution(tx, groupId, author.institutionId)) ? author.institutionId : null;
  }
  if (requested === null) return null;
  if (!(await isGroupInstitution(tx, groupId, requested))) throw validationError({ ownerInstitutionId: [{ key: "invalidOption" }] });
  return requested;
}

/** A new document starts with its title as the first heading and an empty paragraph. */
export function initialContent(title: string): ProseMirrorJson {
  return { type: "doc", content: [{ type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: title }] }, { type: "paragraph" }] };
}

function contentData(content: ProseMirrorJson) {
  const state = encodeDocumentJson(content);
  return { plainText: jsonToPlainText(content), sizeBytes: state.byteLength, snapshot: { create: { state: toBytes(state) } } };
}

/** A strategy or other document in a group, optionally belonging to one of its meetings. */
export async function createDocument(
  input: CreateDocumentInput,
  author: AuthorContext,
  options: { content?: ProseMirrorJson; now?: Date } = {},
  tx: Tx = db,
): Promise<Document> {
  const now = options.now ?? new Date();
  return inTransaction(tx, async (t) => {
    await assertGroupActive(t, input.groupId);
    if (input.meetingId) {
      const meeting = await t.meeting.findFirst({ where: { id: input.meetingId, groupId: input.groupId }, select: { id: true } });
      if (!meeting) throw validationError({ meetingId: [{ key: "invalidOption" }] });
    }
    const ownerInstitutionId = await resolveOwner(t, input.groupId, input.ownerInstitutionId, author);
    return t.document.create({
      data: {
        groupId: input.groupId,
        kind: input.kind,
        title: input.title,
        meetingId: input.meetingId,
        ownerInstitutionId,
        createdById: author.userId,
        lastEditedById: author.userId,
        lastEditedAt: now,
        createdAt: now,
        ...contentData(options.content ?? initialContent(input.title)),
      },
    });
  });
}

export type MinutesResult = { document: Document; created: boolean };

/**
 * The meeting's minutes, created from the template on first use. Idempotent: a second call
 * (or a concurrent one, caught by the unique minutesOfMeetingId) returns the existing minutes.
 */
export async function createMinutes(
  meetingId: string,
  author: AuthorContext & { locale: AppLocale },
  options: { now?: Date } = {},
  tx: Tx = db,
): Promise<MinutesResult> {
  const existing = await tx.document.findUnique({ where: { minutesOfMeetingId: meetingId } });
  if (existing) return { document: existing, created: false };
  const source = await loadMinutesSource(meetingId, tx);
  if (!source) throw new AppError("NOT_FOUND");
  await assertGroupActive(tx, source.groupId);
  if (source.status === "CANCELLED") throw new AppError("CONFLICT", { messageKey: "MINUTES_OF_CANCELLED_MEETING" });
  const now = options.now ?? new Date();
  const owner =
    source.organiserInstitutionId && (await isGroupInstitution(tx, source.groupId, source.organiserInstitutionId))
      ? source.organiserInstitutionId
      : await resolveOwner(tx, source.groupId, undefined, author);
  try {
    // One statement (row + snapshot, nested): atomic without an explicit transaction, so a
    // unique violation from a concurrent call leaves nothing behind and can be answered below.
    const document = await tx.document.create({
      data: {
        groupId: source.groupId,
        kind: "MINUTES",
        title: minutesTitle(source.meeting.title, author.locale),
        meetingId,
        minutesOfMeetingId: meetingId,
        ownerInstitutionId: owner,
        createdById: author.userId,
        lastEditedById: author.userId,
        lastEditedAt: now,
        createdAt: now,
        ...contentData(buildMinutesContent(source, author.locale)),
      },
    });
    return { document, created: true };
  } catch (error) {
    // Inside a caller's transaction the failed statement has aborted it: nothing to recover.
    if ((error as { code?: unknown } | null)?.code !== "P2002" || tx !== db) throw error;
    const winner = await db.document.findUnique({ where: { minutesOfMeetingId: meetingId } });
    if (!winner) throw error;
    return { document: winner, created: false };
  }
}

export async function renameDocument(id: string, title: string, tx: Tx = db): Promise<Document> {
  const document = await tx.document.update({ where: { id }, data: { title } });
  publishToDocument(id, "document:meta", { title });
  return document;
}

export async function changeDocumentOwner(id: string, ownerInstitutionId: string | null, tx: Tx = db): Promise<Document> {
  return inTransaction(tx, async (t) => {
    const doc = await t.document.findUnique({ where: { id }, select: { groupId: true } });
    if (!doc) throw new AppError("NOT_FOUND");
    if (ownerInstitutionId && !(await isGroupInstitution(t, doc.groupId, ownerInstitutionId))) {
      throw validationError({ ownerInstitutionId: [{ key: "invalidOption" }] });
    }
    return t.document.update({ where: { id }, data: { ownerInstitutionId } });
  });
}

/** Conditional on the current state, so two people archiving at once cannot both "win". */
export async function archiveDocument(id: string, now = new Date(), tx: Tx = db): Promise<void> {
  const { count } = await tx.document.updateMany({ where: { id, archivedAt: null }, data: { archivedAt: now } });
  if (count !== 1) throw new AppError("CONFLICT", { messageKey: "DOCUMENT_ALREADY_ARCHIVED" });
}

export async function restoreDocument(id: string, tx: Tx = db): Promise<void> {
  const { count } = await tx.document.updateMany({ where: { id, archivedAt: { not: null } }, data: { archivedAt: null } });
  if (count !== 1) throw new AppError("CONFLICT", { messageKey: "DOCUMENT_NOT_ARCHIVED" });
}
