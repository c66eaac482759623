// Server-side entry points for the rest of the app. With the Redis adapter each call reaches the
// sockets on every process, not only the one that handles the current request.
import type { Server } from "socket.io";
import { groupRoom, userRoom } from "./rooms";
import { revokeCollabMember, revokeCollabUser } from "@/server/collab/revoke";

// socket.io's default generics accept any socket data, so the typed RealtimeServer fits too.
type AnyServer = Server;

export function emitToUser(io: AnyServer, userId: string, event: string, payload: unknown): void {
  io.to(userRoom(userId)).emit(event, payload);
}

export function emitToGroup(io: AnyServer, groupId: string, event: string, payload: unknown): void {
  io.to(groupRoom(groupId)).emit(event, payload);
}

/**
 * Disconnects every socket of the user, in every namespace and process ("sign out everywhere").
 * Bump the user's sessionVersion first: the client does not reconnect after a server-side
 * disconnect, and if it tries, the handshake refuses the stale token.
 */
export function revokeUserSockets(io: AnyServer, userId: string): void {
  // Open documents first hear why (ACCESS_REVOKED), so the editor stops instead of retrying.
  revokeCollabUser(io, userId);
  for (const nsp of io._nsps.values()) nsp.in(userRoom(userId)).disconnectSockets(true);
}

/**
 * Takes the user's sockets out of a group's room, e.g. after their membership was removed,
 * and closes their connections to the group's documents.
 */
export function leaveGroupRoom(io: AnyServer, userId: string, groupId: string): void {
  for (const nsp of io._nsps.values()) nsp.in(userRoom(userId)).socketsLeave(groupRoom(groupId));
  revokeCollabMember(io, groupId, userId);
}
