// One meeting as a calendar event: the same fields for the single .ics download, the personal
// feed and the e-mailed invitations, so every calendar client sees one consistent event
// (stable UID, SEQUENCE from the meeting, STATUS:CANCELLED once cancelled).
import { env } from "@/lib/env";
import { meetingUrl } from "@/lib/calendar-feed/url";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import type { IcsEvent } from "@/lib/meetings/ics";

export const calendarMeetingSelect = {
  id: true,
  title: true,
  status: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  place: true,
  onlineUrl: true,
  description: true,
  sequence: true,
  cancelReason: true,
  updatedAt: true,
  organiserInstitution: { select: { name: true } },
  createdBy: { select: { email: true, name: true } },
  group: { select: { name: true } },
} as const;

export type CalendarMeeting = {
  id: string;
  title: string;
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  description: string | null;
  sequence: number;
  cancelReason: string | null;
  updatedAt: Date;
  organiserInstitution: { name: string } | null;
  createdBy: { email: string; name: string } | null;
  group: { name: string };
};

/** The UID never changes for a meeting: calendar clients update the event they already have. */
export function meetingUid(meetingId: string): string {
  return `${meetingId}@quorum`;
}

/** Place and online link for e-mails (the .ics combines them itself). */
export function meetingLocation(meeting: Pick<CalendarMeeting, "place" | "onlineUrl">): string | null {
  const parts = [meeting.place, meeting.onlineUrl].filter((p): p is string => !!p && p.trim() !== "");
  return parts.length > 0 ? parts.join(" / ") : null;
}

/** The e-mail part of MAIL_FROM ("Quorum <noreply@x>" → "noreply@x"). */
function mailFromAddress(): string {
  const from = env.mailFrom;
  const match = /<([^>]+)>/.exec(from);
  return (match?.[1] ?? from).trim();
}

/** The meeting as lib/meetings/ics.ts expects it. */
export function toIcsEvent(meeting: CalendarMeeting): IcsEvent {
  const cancelled = meeting.status === "CANCELLED";
  const description = [meeting.description, cancelled && meeting.cancelReason ? meeting.cancelReason : null]
    .filter((p): p is string => !!p)
    .join("\n\n");
  return {
    uid: meetingUid(meeting.id),
    sequence: meeting.sequence,
    title: meeting.title,
    ...(description ? { description } : {}),
    start: meeting.startsAt,
    end: meeting.endsAt,
    timeZone: meeting.timeZone,
    ...(meeting.place ? { location: meeting.place } : {}),
    ...(meeting.onlineUrl ? { onlineUrl: meeting.onlineUrl } : {}),
    url: meetingUrl(meeting.id),
    organizer: {
      name: meeting.organiserInstitution?.name ?? meeting.group.name,
      email: meeting.createdBy?.email ?? mailFromAddress(),
    },
    // A draft is not confirmed yet; everything else that was announced is.
    status: cancelled ? "CANCELLED" : meeting.status === "DRAFT" ? "TENTATIVE" : "CONFIRMED",
    lastModified: meeting.updatedAt,
  };
}

/** A file name from the title: letters (Polish ones too), digits and dashes only. */
export function icsFilename(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .toLowerCase();
  return `${base || "spotkanie"}.ics`;
}
