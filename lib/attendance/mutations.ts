import "server-only";
// Attendance marks: one row per person and meeting, with the institution the person
// belonged to when marked (people change jobs; the record of who represented whom must not).
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { MarkAttendanceInput } from "@/lib/attendance/schema";

function inTransaction<T>(tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return tx === db ? db.$transaction((t) => fn(t)) : fn(tx);
}

export async function markAttendance(markedById: string, input: MarkAttendanceInput, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    // Locked so the status check holds until the mark is written.
    const rows = await t.$queryRaw<{ groupId: string; status: string }[]>`
      SELECT "groupId", "status"::text AS "status" FROM "Meeting" WHERE "id" = ${input.meetingId} FOR UPDATE`;
    const meeting = rows[0];
    if (!meeting) throw new AppError("NOT_FOUND");
    if (meeting.status !== "IN_PROGRESS" && meeting.status !== "HELD") {
      throw new AppError("BAD_REQUEST", { messageKey: "ATTENDANCE_NOT_OPEN" });
    }
    // Only people on the list can be marked: the group's people and the meeting's invitees.
    const person = await t.user.findFirst({
      where: {
        id: input.userId,
        OR: [
          { memberships: { some: { groupId: meeting.groupId } } },
          { invitations: { some: { meetingId: input.meetingId } } },
          { substituteFor: { some: { meetingId: input.meetingId } } },
        ],
      },
      select: { id: true, institutionId: true },
    });
    if (!person) throw new AppError("BAD_REQUEST", { messageKey: "ATTENDANCE_NOT_ON_LIST" });
    const data = { status: input.status, institutionId: person.institutionId, markedById };
    await t.attendance.upsert({
      where: { meetingId_userId: { meetingId: input.meetingId, userId: person.id } },
      create: { meetingId: input.meetingId, userId: person.id, ...data },
      update: data,
    });
    return { meetingId: input.meetingId, groupId: meeting.groupId, userId: person.id, status: input.status };
  });
}
