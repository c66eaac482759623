// One meeting as an .ics file, for anyone who can view its group; 404 for everyone else (and
// for unknown ids), so the response does not reveal which meetings exist.
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { calendarMeetingSelect, icsFilename } from "@/lib/calendar-feed/meeting-event";
import { meetingCalendarFile } from "@/lib/calendar-feed/ics-files";
import { canGroup } from "@/lib/permissions/ability";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await getCurrentUser();
  const meeting = current
    ? await db.meeting.findUnique({ where: { id }, select: { ...calendarMeetingSelect, group: { select: { id: true, name: true, archivedAt: true } } } })
    : null;
  if (!current || !meeting || !canGroup(current.actor, "view", { id: meeting.group.id, archived: meeting.group.archivedAt !== null })) {
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const filename = icsFilename(meeting.title);
  return new Response(meetingCalendarFile(meeting), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
