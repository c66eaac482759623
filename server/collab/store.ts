// The database side of the collaboration server, in one place so tests can swap parts of it
// (e.g. a write that fails) without touching the hooks.
import { resolveDocumentAccess } from "@/lib/collab/access";
import { compactDocument, insertDocumentUpdates, loadDocumentState, markDocumentsEdited, toBytes } from "@/lib/collab/persistence";
import { db } from "@/lib/db/client";
import { stateToPlainText } from "@/lib/editor/content";
import type { CollabStore } from "./types";

export const databaseStore: CollabStore = {
  loadAccess: (userId, documentId) => resolveDocumentAccess(userId, documentId),
  loadState: (documentId) => loadDocumentState(documentId),
  insertUpdates: (updates) => insertDocumentUpdates(updates),
  markEdited: (updates) => markDocumentsEdited(updates),
  compact: (documentId) => compactDocument(documentId),
  async createAutoVersion(documentId, state, notWithinMs) {
    // Every process holding the document may decide to take one; the first wins.
    const recent = await db.documentVersion.findFirst({
      where: { documentId, kind: "AUTO", createdAt: { gte: new Date(Date.now() - notWithinMs) } },
      select: { id: true },
    });
    if (recent) return false;
    await db.documentVersion.create({
      data: { documentId, kind: "AUTO", state: toBytes(state), plainText: stateToPlainText(state) },
    });
    return true;
  },
};
