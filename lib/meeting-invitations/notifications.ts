import "server-only";
// E-mails that follow a meeting over time: reminders before it starts, and updates when it is
// changed or cancelled. Each e-mail is guarded by a JobExecution row committed in the same
// transaction as its MailMessage (runOnce), so retries, a second scheduler tick or a restart
// never send it twice. The keys carry the meeting's SEQUENCE: after a change, the reminder for
// the new version goes out again.
import { addDays, addHours } from "date-fns";
import { db, type Db } from "@/lib/db/client";
import { runOnce } from "@/lib/jobs/run-once";
import { calendarMeetingSelect } from "@/lib/calendar-feed/meeting-event";
import { sendMeetingMail } from "@/lib/meeting-invitations/mutations";
import type { MeetingMailKind } from "@/lib/meeting-invitations/mail";

const recipientSelect = { id: true, name: true, email: true, locale: true, timeZone: true, archivedAt: true } as const;

/** The nudge to people who have not answered goes out this close to the start. */
export const UNANSWERED_NUDGE_HOURS = 24;

export function reminderKey(kind: "reminder" | "unanswered", meetingId: string, userId: string, sequence: number): string {
  return `meeting-${kind === "reminder" ? "reminder" : "reminder-unanswered"}:${meetingId}:${userId}:${sequence}`;
}

async function loadMeetingWithInvitees(database: Db, meetingId: string) {
  return database.meeting.findUnique({
    where: { id: meetingId },
    select: {
      ...calendarMeetingSelect,
      invitees: { select: { response: true, user: { select: recipientSelect } } },
    },
  });
}

/**
 * Sends the reminders that are due at `now`, for SCHEDULED meetings that start within their
 * group's `meetingReminderDays`:
 *  - "reminder": once per invitee (who has not declined) and meeting version;
 *  - "unanswered": once per invitee still without an answer, in the last 24 hours.
 * Safe to call as often as wanted. Returns how many e-mails it wrote.
 */
export async function sendDueMeetingReminders(now: Date = new Date(), database: Db = db): Promise<{ sent: number }> {
  const longest = await database.group.aggregate({ _max: { meetingReminderDays: true } });
  const horizon = addDays(now, Math.max(longest._max.meetingReminderDays ?? 0, 1));
  const meetings = await database.meeting.findMany({
    where: { status: "SCHEDULED", startsAt: { gt: now, lte: horizon }, invitees: { some: {} } },
    select: { id: true, startsAt: true, group: { select: { meetingReminderDays: true } } },
    orderBy: { startsAt: "asc" },
  });
  let sent = 0;
  for (const candidate of meetings) {
    if (candidate.group.meetingReminderDays <= 0) continue;
    if (candidate.startsAt > addDays(now, candidate.group.meetingReminderDays)) continue;
    const meeting = await loadMeetingWithInvitees(database, candidate.id);
    if (!meeting || meeting.status !== "SCHEDULED") continue;
    const nudgeDue = meeting.startsAt <= addHours(now, UNANSWERED_NUDGE_HOURS);
    for (const invitee of meeting.invitees) {
      if (invitee.user.archivedAt || invitee.response === "NOT_ATTENDING") continue;
      const jobs: { key: string; kind: MeetingMailKind }[] = [
        { key: reminderKey("reminder", meeting.id, invitee.user.id, meeting.sequence), kind: "reminder" },
      ];
      if (invitee.response === "PENDING" && nudgeDue) {
        jobs.push({ key: reminderKey("unanswered", meeting.id, invitee.user.id, meeting.sequence), kind: "reminderUnanswered" });
      }
      for (const job of jobs) {
        const result = await runOnce(database, job.key, (tx) => sendMeetingMail(tx, job.kind, meeting, invitee.user));
        if (result.ran) sent++;
      }
    }
  }
  return { sent };
}

async function notifyInvitees(meetingId: string, kind: "update" | "cancellation", database: Db) {
  const meeting = await loadMeetingWithInvitees(database, meetingId);
  if (!meeting || meeting.status === "DRAFT") return { sent: 0 };
  let sent = 0;
  for (const invitee of meeting.invitees) {
    if (invitee.user.archivedAt) continue;
    const key = `meeting-${kind}:${meeting.id}:${invitee.user.id}:${meeting.sequence}`;
    const result = await runOnce(database, key, (tx) => sendMeetingMail(tx, kind, meeting, invitee.user));
    if (result.ran) sent++;
  }
  return { sent };
}

/**
 * After a change calendar clients must pick up (meetings-core mutations return
 * `calendarChanged: true` and have bumped SEQUENCE): every invitee gets the current version as
 * METHOD:REQUEST. Once per invitee and sequence. A draft is not mailed.
 */
export function notifyMeetingChanged(meetingId: string, database: Db = db): Promise<{ sent: number }> {
  return notifyInvitees(meetingId, "update", database);
}

/** After cancellation: every invitee gets METHOD:CANCEL with STATUS:CANCELLED. */
export function notifyMeetingCancelled(meetingId: string, database: Db = db): Promise<{ sent: number }> {
  return notifyInvitees(meetingId, "cancellation", database);
}
