// Room names of the /collab namespace; part of the cross-process contract like
// server/realtime/rooms.ts. One socket serves one document, so "is this socket allowed to
// write" is simply membership of WRITER_ROOM: revocation takes sockets out of it (on any
// process, through the adapter) and every incoming update checks it.
export { userRoom } from "@/server/realtime/rooms";

export const COLLAB_NAMESPACE = "/collab";
export const WRITER_ROOM = "collab:writer";

export function documentRoom(documentId: string): string {
  return `doc:${documentId}`;
}

/** Every collab socket on a document of the group (group archived → all read-only). */
export function collabGroupRoom(groupId: string): string {
  return `doc-group:${groupId}`;
}

/** One user's collab sockets on the group's documents (removed → closed, role lowered → read-only). */
export function collabMemberRoom(groupId: string, userId: string): string {
  return `doc-member:${groupId}:${userId}`;
}
