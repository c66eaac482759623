// Puts each socket in its user's room and lets the client join the rooms of groups it may see.
// Group membership is checked on join only; removing a member should also call leaveGroupRoom().
import { z } from "zod";
import type { RealtimeErrorCode, RealtimeHook } from "./types";
import { groupRoom, userRoom } from "./rooms";
import { socketLog } from "./log";

export type RoomAck = { ok: true } | { ok: false; code: RealtimeErrorCode };

const groupIdSchema = z.string().min(1).max(100);

export const joinRooms: RealtimeHook = (nsp, { isGroupMember, limits, logger }) => {
  nsp.on("connection", (socket) => {
    const log = socketLog(socket, logger);
    const userId = socket.data.userId;
    if (!userId) {
      // Only reachable if the hooks were installed in the wrong order.
      log.error("realtime socket without a user; disconnecting");
      socket.disconnect(true);
      return;
    }
    void socket.join(userRoom(userId));

    socket.on("group:join", async (rawGroupId: unknown, ack?: unknown) => {
      const reply = (answer: RoomAck) => {
        if (typeof ack === "function") ack(answer);
      };
      const parsed = groupIdSchema.safeParse(rawGroupId);
      if (!parsed.success) return reply({ ok: false, code: "BAD_REQUEST" });
      const groupId = parsed.data;
      const room = groupRoom(groupId);
      if (socket.rooms.has(room)) return reply({ ok: true });
      const groupRooms = [...socket.rooms].filter((name) => name.startsWith("group:")).length;
      if (groupRooms >= limits.groupsPerSocket) return reply({ ok: false, code: "TOO_MANY_ROOMS" });
      let allowed: boolean;
      try {
        allowed = socket.data.isAdmin === true || (await isGroupMember(userId, groupId));
      } catch (error) {
        log.error({ err: error, groupId }, "realtime group:join failed");
        return reply({ ok: false, code: "UNAVAILABLE" });
      }
      if (!allowed) {
        log.info({ userId, groupId }, "realtime group:join refused");
        return reply({ ok: false, code: "FORBIDDEN" });
      }
      // The socket may have gone while the membership was looked up.
      if (!socket.connected) return;
      await socket.join(room);
      reply({ ok: true });
    });

    socket.on("group:leave", async (rawGroupId: unknown, ack?: unknown) => {
      const parsed = groupIdSchema.safeParse(rawGroupId);
      if (parsed.success) await socket.leave(groupRoom(parsed.data));
      if (typeof ack === "function") ack(parsed.success ? { ok: true } : { ok: false, code: "BAD_REQUEST" });
    });
  });
};
