// Poll e-mails (meeting scheduled, reminder to answer): pure (locale, data) → text, in the
// recipient's language and time zone. Texts live in messages/<locale>/polls.json ("mail").
import { createTranslator } from "next-intl";
import { formatDateTime } from "@/lib/format/dates";
import { formatMeetingRange } from "@/lib/meetings/time";
import { escapeHtml } from "@/lib/mail/templates";
import enPolls from "@/messages/en/polls.json";
import plPolls from "@/messages/pl/polls.json";

export type PollMailLocale = "pl" | "en";
type Rendered = { subject: string; text: string; html: string };

const messagesByLocale = { pl: plPolls, en: enPolls } as const;

function translatorFor(locale: PollMailLocale) {
  return createTranslator({ locale, messages: { polls: messagesByLocale[locale] }, namespace: "polls.mail" });
}

function render(subject: string, paragraphs: string[], link: { url: string; label: string }): Rendered {
  const clean = subject.replace(/[\r\n\t]+/g, " ").trim();
  return {
    subject: clean,
    text: [...paragraphs, `${link.label}: ${link.url}`].join("\n\n"),
    html: [
      ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
      `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`,
    ].join("\n"),
  };
}

export function renderPollScheduledMail(input: {
  locale: PollMailLocale;
  timeZone: string;
  name: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  url: string;
}): Rendered {
  const t = translatorFor(input.locale);
  const when = formatMeetingRange(input.startsAt, input.endsAt, input.locale, input.timeZone);
  const paragraphs = [
    t("greeting", { name: input.name }),
    t("scheduledBody", { title: input.title, when, zone: input.timeZone }),
    ...(input.place ? [t("place", { place: input.place })] : []),
    ...(input.onlineUrl ? [t("online", { url: input.onlineUrl })] : []),
  ];
  return render(t("scheduledSubject", { title: input.title }), paragraphs, { url: input.url, label: t("openMeeting") });
}

export function renderPollReminderMail(input: {
  locale: PollMailLocale;
  timeZone: string;
  name: string;
  title: string;
  deadline: Date | null;
  url: string;
}): Rendered {
  const t = translatorFor(input.locale);
  const paragraphs = [
    t("greeting", { name: input.name }),
    t("reminderBody", { title: input.title }),
    ...(input.deadline
      ? [t("reminderDeadline", { deadline: formatDateTime(input.deadline, input.locale, input.timeZone) })]
      : []),
  ];
  return render(t("reminderSubject", { title: input.title }), paragraphs, { url: input.url, label: t("openPoll") });
}
