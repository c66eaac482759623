"use server";
import { defineAction } from "@/lib/safe-action/server";
import { AppError } from "@/lib/errors/app-error";
import { canDocument, type Actor, type DocumentAction } from "@/lib/permissions/ability";
import { loadDocumentRef, loadGroupDocumentRef, loadMeetingDocumentRef } from "@/lib/documents/data";
import { archiveDocument, changeDocumentOwner, createDocument, createMinutes, renameDocument, restoreDocument } from "@/lib/documents/mutations";
import { nameVersion, restoreVersion } from "@/lib/documents/versions";
import {
  changeOwnerSchema,
  createDocumentSchema,
  createMinutesSchema,
  documentIdSchema,
  nameVersionSchema,
  renameDocumentSchema,
  restoreVersionSchema,
} from "@/lib/documents/schema";

/** A document outside the actor's groups does not exist for them (NOT_FOUND, not FORBIDDEN). */
async function mayOnDocument(actor: Actor, documentId: string, action: DocumentAction): Promise<boolean> {
  const ref = await loadDocumentRef(actor, documentId);
  if (!ref) throw new AppError("NOT_FOUND");
  return canDocument(actor, action, ref);
}

export const createDocumentAction = defineAction({
  name: "document.create",
  input: createDocumentSchema,
  authorize: async ({ current, input }) => {
    const ref = await loadGroupDocumentRef(current.actor, input.groupId);
    if (!ref) throw new AppError("NOT_FOUND");
    return canDocument(current.actor, "create", ref);
  },
  run: async ({ current, input }) => {
    const document = await createDocument(input, { userId: current.user.id, institutionId: current.user.institutionId });
    return { id: document.id };
  },
});

export const createMinutesAction = defineAction({
  name: "document.createMinutes",
  input: createMinutesSchema,
  authorize: async ({ current, input }) => {
    const ref = await loadMeetingDocumentRef(current.actor, input.meetingId);
    if (!ref) throw new AppError("NOT_FOUND");
    return canDocument(current.actor, "create", ref);
  },
  run: async ({ current, input }) => {
    const result = await createMinutes(input.meetingId, { userId: current.user.id, institutionId: current.user.institutionId, locale: current.user.locale });
    return { id: result.document.id, created: result.created };
  },
});

export const renameDocumentAction = defineAction({
  name: "document.rename",
  input: renameDocumentSchema,
  authorize: ({ current, input }) => mayOnDocument(current.actor, input.id, "edit"),
  run: async ({ input }) => {
    await renameDocument(input.id, input.title);
    return { id: input.id };
  },
});

export const changeDocumentOwnerAction = defineAction({
  name: "document.changeOwner",
  input: changeOwnerSchema,
  authorize: ({ current, input }) => mayOnDocument(current.actor, input.id, "edit"),
  run: async ({ input }) => {
    await changeDocumentOwner(input.id, input.ownerInstitutionId);
    return { id: input.id };
  },
});

export const archiveDocumentAction = defineAction({
  name: "document.archive",
  input: documentIdSchema,
  authorize: ({ current, input }) => mayOnDocument(current.actor, input.id, "archive"),
  run: async ({ input }) => {
    await archiveDocument(input.id);
    return { id: input.id };
  },
});

export const restoreDocumentAction = defineAction({
  name: "document.restore",
  input: documentIdSchema,
  // Whoever could archive the document may bring it back: the same rule, asked of the
  // document as if it were still active (canDocument refuses "archive" on archived ones).
  authorize: async ({ current, input }) => {
    const ref = await loadDocumentRef(current.actor, input.id);
    if (!ref) throw new AppError("NOT_FOUND");
    return canDocument(current.actor, "archive", { ...ref, archived: false });
  },
  run: async ({ input }) => {
    await restoreDocument(input.id);
    return { id: input.id };
  },
});

export const nameVersionAction = defineAction({
  name: "document.nameVersion",
  input: nameVersionSchema,
  authorize: ({ current, input }) => mayOnDocument(current.actor, input.documentId, "nameVersion"),
  run: async ({ current, input }) => {
    const version = await nameVersion(input.documentId, input.name, current.user.id);
    return { id: version.id };
  },
});

export const restoreVersionAction = defineAction({
  name: "document.restoreVersion",
  input: restoreVersionSchema,
  authorize: ({ current, input }) => mayOnDocument(current.actor, input.documentId, "restoreVersion"),
  run: async ({ current, input }) => restoreVersion(input.documentId, input.versionId, current.user.id),
});
