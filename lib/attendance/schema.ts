// Input schemas of attendance marking.
import { z } from "zod";

export const attendanceStatuses = ["PRESENT", "ABSENT", "EXCUSED"] as const;

const idSchema = z.string().trim().min(1).max(64);

export const markAttendanceSchema = z.object({
  meetingId: idSchema,
  userId: idSchema,
  status: z.enum(attendanceStatuses),
});
export type MarkAttendanceInput = z.infer<typeof markAttendanceSchema>;
