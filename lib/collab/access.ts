import "server-only";
// What a user may do with a document right now, from the database: shared by the token
// endpoint and the socket handshake so both decide with the same rules (canDocument).
import { db, type Tx } from "@/lib/db/client";
import { canDocument, type Actor, type DocumentRef } from "@/lib/permissions/ability";

export type DocumentAccess =
  | {
      ok: true;
      documentId: string;
      groupId: string;
      /** True when the user may view but not edit (role, archived or frozen document). */
      readOnly: boolean;
      user: { id: string; name: string; sessionVersion: number };
    }
  | {
      ok: false;
      /** ACCESS_REVOKED: the account is gone or archived. NOT_FOUND also covers other groups' documents. */
      code: "NOT_FOUND" | "FORBIDDEN" | "ACCESS_REVOKED";
    };

export async function resolveDocumentAccess(userId: string, documentId: string, tx: Tx = db): Promise<DocumentAccess> {
  const [user, document] = await Promise.all([
    tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, isAdmin: true, institutionId: true, archivedAt: true, sessionVersion: true } }),
    // Group scope in the query itself: a document of a group the user is not in does not exist for them.
    tx.document.findFirst({
      where: { id: documentId, group: { members: { some: { userId } } } },
      select: {
        id: true,
        groupId: true,
        status: true,
        archivedAt: true,
        createdById: true,
        group: { select: { archivedAt: true, members: { where: { userId }, select: { role: true } } } },
      },
    }),
  ]);
  if (!user || user.archivedAt) return { ok: false, code: "ACCESS_REVOKED" };
  if (!document) return { ok: false, code: "NOT_FOUND" };
  const role = document.group.members[0]?.role;
  const groupArchived = document.group.archivedAt !== null;
  const actor: Actor = {
    id: user.id,
    isAdmin: user.isAdmin,
    institutionId: user.institutionId,
    archived: false,
    memberships: role ? { [document.groupId]: { role, groupArchived } } : {},
  };
  const ref: DocumentRef = {
    groupId: document.groupId,
    groupArchived,
    archived: document.archivedAt !== null,
    frozen: document.status === "APPROVED",
    createdById: document.createdById,
  };
  if (!canDocument(actor, "view", ref)) return { ok: false, code: "FORBIDDEN" };
  return {
    ok: true,
    documentId: document.id,
    groupId: document.groupId,
    readOnly: !canDocument(actor, "edit", ref),
    user: { id: user.id, name: user.name, sessionVersion: user.sessionVersion },
  };
}
