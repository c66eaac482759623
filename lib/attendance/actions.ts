"use server";
import { AppError } from "@/lib/errors/app-error";
import { canGroup } from "@/lib/permissions/ability";
import { getRealtime } from "@/lib/realtime/registry";
import { defineAction } from "@/lib/safe-action/server";
import { loadMeetingGroupRef } from "@/lib/agenda/data";
import { markAttendance } from "@/lib/attendance/mutations";
import { markAttendanceSchema } from "@/lib/attendance/schema";

export const markAttendanceAction = defineAction({
  name: "attendance.mark",
  input: markAttendanceSchema,
  authorize: async ({ current, input }) => {
    const group = await loadMeetingGroupRef(input.meetingId);
    if (!group || (!current.actor.isAdmin && !current.actor.memberships[group.id])) throw new AppError("NOT_FOUND");
    return canGroup(current.actor, "manageMeetings", group);
  },
  run: async ({ current, input }) => {
    const result = await markAttendance(current.user.id, input);
    // After the commit: open attendance pages of the group refresh their quorum line.
    getRealtime()?.to(`group:${result.groupId}`).emit("attendance:changed", { meetingId: result.meetingId });
    return { userId: result.userId, status: result.status };
  },
});
