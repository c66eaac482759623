// Taking live access away, for the code that changes memberships, roles, accounts and
// documents. Works on every process through the adapter (room operations and emits), and
// is a no-op when the collab namespace does not run (tests, scripts).
// Closing sends collab:error ACCESS_REVOKED first; lowering to read-only takes the sockets
// out of WRITER_ROOM (every update checks it) and sends collab:error READ_ONLY, which the
// client takes as "stop sending, keep following".
import type { Server } from "socket.io";
import type { GroupRole } from "@/lib/generated/prisma/enums";
import { COLLAB_NAMESPACE, collabGroupRoom, collabMemberRoom, documentRoom, userRoom, WRITER_ROOM } from "./rooms";

function collabNamespace(io: Server) {
  // _nsps, not io.of(): looking up must not create the namespace where it does not run.
  return io._nsps.get(COLLAB_NAMESPACE);
}

function close(io: Server, room: string): void {
  const nsp = collabNamespace(io);
  if (!nsp) return;
  nsp.in(room).emit("collab:error", { code: "ACCESS_REVOKED", message: "access to this document was revoked" });
  nsp.in(room).disconnectSockets(true);
}

function lower(io: Server, room: string): void {
  const nsp = collabNamespace(io);
  if (!nsp) return;
  nsp.in(room).socketsLeave(WRITER_ROOM);
  nsp.in(room).emit("collab:error", { code: "READ_ONLY", message: "you can no longer edit this document" });
}

/** The user left the group (or was removed): close their sockets on its documents. */
export function revokeCollabMember(io: Server, groupId: string, userId: string): void {
  close(io, collabMemberRoom(groupId, userId));
}

/** Signed out everywhere, archived or deleted: close all their collab sockets. */
export function revokeCollabUser(io: Server, userId: string): void {
  close(io, userRoom(userId));
}

/** The document is gone. */
export function revokeCollabDocument(io: Server, documentId: string): void {
  close(io, documentRoom(documentId));
}

/** The group was archived: its documents become a read-only record. */
export function makeCollabGroupReadOnly(io: Server, groupId: string): void {
  lower(io, collabGroupRoom(groupId));
}

/** The document was archived or approved (frozen). */
export function makeCollabDocumentReadOnly(io: Server, documentId: string): void {
  lower(io, documentRoom(documentId));
}

/**
 * After a role change: reviewers and observers may not edit. A raised role takes effect on
 * the next connection (the client asks for a new token, which carries the new rights).
 */
export function applyCollabRole(io: Server, groupId: string, userId: string, role: GroupRole): void {
  if (role !== "COORDINATOR" && role !== "MEMBER") lower(io, collabMemberRoom(groupId, userId));
}
