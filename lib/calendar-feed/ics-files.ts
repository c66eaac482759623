// The three iCalendar outputs for meetings: one meeting as a download, the personal feed, and
// the iTIP attachment of invitation e-mails. All use the same event (toIcsEvent), so the UID and
// SEQUENCE a client sees are the same whichever way the meeting reached it.
import { buildCalendar, buildMeetingInvite, type InviteMethod } from "@/lib/meetings/ics";
import { toIcsEvent, type CalendarMeeting } from "@/lib/calendar-feed/meeting-event";
import type { MailAttachment } from "@/lib/mail/send-mail";

/** Subscribed clients are asked to refresh hourly (many poll on their own schedule anyway). */
const FEED_REFRESH_SECONDS = 3600;

export function meetingCalendarFile(meeting: CalendarMeeting): string {
  return buildCalendar({ name: meeting.title, events: [toIcsEvent(meeting)] });
}

export function personalFeedCalendar(ownerName: string, meetings: CalendarMeeting[]): string {
  return buildCalendar({
    name: `Quorum — ${ownerName}`,
    events: meetings.map(toIcsEvent),
    refreshIntervalSeconds: FEED_REFRESH_SECONDS,
  });
}

export function meetingIcsAttachment(meeting: CalendarMeeting, method: InviteMethod): MailAttachment {
  return {
    filename: method === "CANCEL" ? "odwolanie.ics" : "spotkanie.ics",
    content: buildMeetingInvite(toIcsEvent(meeting), method, { stamp: new Date() }),
    contentType: `text/calendar; charset=utf-8; method=${method}`,
  };
}
