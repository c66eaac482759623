// Action e-mails (due soon, overdue, the coordinators' weekly summary): pure (locale, data) →
// { subject, text, html } in the recipient's language. Texts live in messages/<locale>/actions.json ("mail").
import { createTranslator } from "next-intl";
import { env } from "@/lib/env";
import { formatCalendarDate } from "@/lib/format/dates";
import type { AppLocale } from "@/lib/i18n/config";
import { escapeHtml } from "@/lib/mail/templates";
import { dateToDb } from "@/lib/actions/due";
import enActions from "@/messages/en/actions.json";
import plActions from "@/messages/pl/actions.json";

export type ActionMailRecipient = { name: string; locale: AppLocale };
export type RenderedActionMail = { subject: string; text: string; html: string };

const messagesByLocale = { pl: plActions, en: enActions } as const;

function translatorFor(locale: AppLocale) {
  return createTranslator({ locale, messages: { actions: messagesByLocale[locale] }, namespace: "actions.mail" });
}

export function actionUrl(actionId: string): string {
  return `${env.appUrl.replace(/\/$/, "")}/actions/${actionId}`;
}

export function actionsListUrl(query: string): string {
  return `${env.appUrl.replace(/\/$/, "")}/actions${query ? `?${query}` : ""}`;
}

type Block = { paragraphs: string[]; list?: string[] };

function render(subject: string, blocks: Block[], link: { url: string; label: string }, footer: string): RenderedActionMail {
  const clean = subject.replace(/[\r\n\t]+/g, " ").trim();
  const text = [
    ...blocks.flatMap((b) => [...b.paragraphs, ...(b.list?.length ? [b.list.map((item) => `- ${item}`).join("\n")] : [])]),
    `${link.label}: ${link.url}`,
    `-- \n${footer}`,
  ].join("\n\n");
  const html = [
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#18181b;max-width:600px;">',
    ...blocks.flatMap((b) => [
      ...b.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
      ...(b.list?.length ? [`<ul>${b.list.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`] : []),
    ]),
    `<p><a href="${escapeHtml(link.url)}" style="color:#1d4ed8;">${escapeHtml(link.label)}</a></p>`,
    `<p style="color:#52525b;font-size:13px;">${escapeHtml(footer)}</p>`,
    "</div>",
  ].join("\n");
  return { subject: clean, text, html };
}

export type ReminderAction = {
  id: string;
  number: number;
  title: string;
  groupName: string;
  ownerName: string;
  dueDate: string;
  /** Days until the due date (due soon) or since it (overdue). */
  days: number;
};

export function renderActionReminderMail(kind: "dueSoon" | "overdue", action: ReminderAction, recipient: ActionMailRecipient): RenderedActionMail {
  const t = translatorFor(recipient.locale);
  const due = formatCalendarDate(dateToDb(action.dueDate), recipient.locale);
  const values = { number: action.number, title: action.title, group: action.groupName, owner: action.ownerName, due, days: action.days };
  return render(
    t(`${kind}.subject`, values),
    [{ paragraphs: [t("greeting", { name: recipient.name }), t(`${kind}.lead`, values), t(`${kind}.after`)] }],
    { url: actionUrl(action.id), label: t("openAction") },
    t("footer"),
  );
}

export type SummaryItem = { number: number; title: string; ownerShortName: string; dueDate: string | null };

export type WeeklySummary = {
  groupName: string;
  weekOf: string;
  open: number;
  overdue: SummaryItem[];
  dueSoon: SummaryItem[];
  blocked: SummaryItem[];
  doneLastWeek: number;
  listQuery: string;
};

export function renderWeeklySummaryMail(summary: WeeklySummary, recipient: ActionMailRecipient): RenderedActionMail {
  const t = translatorFor(recipient.locale);
  const item = (i: SummaryItem) =>
    i.dueDate
      ? t("summary.item", { number: i.number, title: i.title, owner: i.ownerShortName, due: formatCalendarDate(dateToDb(i.dueDate), recipient.locale) })
      : t("summary.itemNoDate", { number: i.number, title: i.title, owner: i.ownerShortName });
  const blocks: Block[] = [
    {
      paragraphs: [
        t("greeting", { name: recipient.name }),
        t("summary.lead", { group: summary.groupName, week: formatCalendarDate(dateToDb(summary.weekOf), recipient.locale) }),
        t("summary.counts", { open: summary.open, overdue: summary.overdue.length, dueSoon: summary.dueSoon.length, done: summary.doneLastWeek }),
      ],
    },
  ];
  if (summary.overdue.length) blocks.push({ paragraphs: [t("summary.overdueHeading")], list: summary.overdue.map(item) });
  if (summary.dueSoon.length) blocks.push({ paragraphs: [t("summary.dueSoonHeading")], list: summary.dueSoon.map(item) });
  if (summary.blocked.length) blocks.push({ paragraphs: [t("summary.blockedHeading")], list: summary.blocked.map(item) });
  if (!summary.overdue.length && !summary.dueSoon.length && !summary.blocked.length) blocks.push({ paragraphs: [t("summary.nothingUrgent")] });
  return render(t("summary.subject", { group: summary.groupName }), blocks, { url: actionsListUrl(summary.listQuery), label: t("openList") }, t("footer"));
}
