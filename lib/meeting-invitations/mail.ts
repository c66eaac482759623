// E-mails about a meeting to one invitee, in their language and time zone: invitation, change,
// cancellation and the two reminders. Texts live in messages/<locale>/meeting-invitations.json.
import { createTranslator } from "next-intl";
import { formatDateTime, formatTime } from "@/lib/format/dates";
import { meetingLocation, type CalendarMeeting } from "@/lib/calendar-feed/meeting-event";
import { meetingUrl } from "@/lib/calendar-feed/url";
import type { AppLocale } from "@/lib/i18n/config";
import enMessages from "@/messages/en/meeting-invitations.json";
import plMessages from "@/messages/pl/meeting-invitations.json";

export type MeetingMailKind = "invitation" | "update" | "cancellation" | "reminder" | "reminderUnanswered";
export type MeetingMailRecipient = { name: string; locale: AppLocale; timeZone: string };

const messagesByLocale = { pl: plMessages, en: enMessages } as const;

function sameDay(a: string, b: string) {
  return a.slice(0, a.lastIndexOf(",")) === b.slice(0, b.lastIndexOf(","));
}

export function renderMeetingMail(
  kind: MeetingMailKind,
  meeting: CalendarMeeting,
  recipient: MeetingMailRecipient,
): { subject: string; text: string } {
  const locale = recipient.locale === "en" ? "en" : "pl";
  const t = createTranslator({ locale, messages: { m: messagesByLocale[locale] }, namespace: "m.mail" });
  const start = formatDateTime(meeting.startsAt, locale, recipient.timeZone);
  const end = formatDateTime(meeting.endsAt, locale, recipient.timeZone);
  const when = sameDay(start, end) ? `${start}–${formatTime(meeting.endsAt, locale, recipient.timeZone)}` : `${start} – ${end}`;
  const location = meetingLocation(meeting);
  const lines = [
    t("greeting", { name: recipient.name }),
    "",
    t(`${kind}.lead`, { title: meeting.title, group: meeting.group.name }),
    "",
    `${t("when")}: ${when} (${recipient.timeZone})`,
    ...(location ? [`${t("where")}: ${location}`] : []),
    ...(meeting.organiserInstitution ? [`${t("organiser")}: ${meeting.organiserInstitution.name}`] : []),
    ...(kind === "cancellation" && meeting.cancelReason ? [`${t("reason")}: ${meeting.cancelReason}`] : []),
    "",
    `${t(kind === "cancellation" ? "linkCancelled" : "link")}: ${meetingUrl(meeting.id)}`,
    "",
    t(`${kind}.after`),
    "",
    "-- ",
    t("footer"),
  ];
  return { subject: t(`${kind}.subject`, { title: meeting.title, date: start }), text: lines.join("\n") };
}
