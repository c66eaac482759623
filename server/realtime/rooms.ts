// Room names are part of the cross-process contract (every process must compute the same ones).
export function userRoom(userId: string): string {
  return `user:${userId}`;
}

export function groupRoom(groupId: string): string {
  return `group:${groupId}`;
}
