// E-mail templates: pure functions from (locale, data) to { subject, text, html }.
// Texts live in messages/<locale>/mail.json so translators edit them with the rest of the UI.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { enGB, pl } from "date-fns/locale";
import { createTranslator } from "next-intl";
import enMail from "@/messages/en/mail.json";
import plMail from "@/messages/pl/mail.json";

export type MailLocale = "pl" | "en";

export type RenderedMail = { subject: string; text: string; html: string };

const TIME_ZONE = "Europe/Warsaw";
const messagesByLocale = { pl: plMail, en: enMail } as const;
const dateLocales = { pl, en: enGB } as const;

function translatorFor(locale: MailLocale) {
  return createTranslator({
    locale,
    messages: { mail: messagesByLocale[locale] },
    namespace: "mail",
    timeZone: TIME_ZONE,
  });
}

/** Date and time as a reader in Poland sees them, whatever the server's TZ is. */
function formatWarsaw(date: Date, locale: MailLocale): { date: string; time: string } {
  const zoned = new TZDate(date.getTime(), TIME_ZONE);
  return {
    date: format(zoned, "d MMMM yyyy", { locale: dateLocales[locale] }),
    time: format(zoned, "HH:mm", { locale: dateLocales[locale] }),
  };
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Links in mail must be plain web links: a `javascript:` URL in an href would be a stored XSS. */
function assertWebUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error(`Mail links must be http(s) URLs, got ${parsed.protocol}`);
  }
  return url;
}

/** Subjects go into a header; user-supplied names must not be able to break it into several lines. */
function singleLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, " ").trim();
}

type Layout = {
  locale: MailLocale;
  subject: string;
  greeting: string;
  paragraphs: string[];
  button: { label: string; url: string };
  linkFallback: string;
  after: string[];
  footer: string;
};

function renderText(l: Layout): string {
  return [
    l.greeting,
    "",
    ...l.paragraphs.flatMap((p) => [p, ""]),
    `${l.button.label}: ${l.button.url}`,
    "",
    ...l.after.flatMap((p) => [p, ""]),
    "-- ",
    l.footer,
    "",
  ].join("\n");
}

// Table-free, inline-styled markup: mail clients drop <style> blocks and external CSS.
// Every interpolated value goes through escapeHtml, including translated strings.
function renderHtml(l: Layout): string {
  const text = "color:#18181b;font-size:16px;line-height:1.5;margin:0 0 16px 0;";
  const p = (value: string, style = text) => `<p style="${style}">${escapeHtml(value)}</p>`;
  const url = escapeHtml(l.button.url);
  return [
    "<!DOCTYPE html>",
    `<html lang="${l.locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(l.subject)}</title>`,
    "</head>",
    '<body style="margin:0;padding:0;background-color:#f4f4f5;">',
    `<div role="article" aria-roledescription="email" aria-label="${escapeHtml(l.subject)}" lang="${l.locale}" style="max-width:600px;margin:0 auto;padding:32px 24px;background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;">`,
    p(l.greeting),
    ...l.paragraphs.map((x) => p(x)),
    '<p style="margin:24px 0;">',
    `<a href="${url}" style="display:inline-block;background-color:#1d4ed8;color:#ffffff;font-size:16px;font-weight:bold;line-height:1.25;text-decoration:none;padding:12px 24px;border-radius:6px;">${escapeHtml(l.button.label)}</a>`,
    "</p>",
    p(l.linkFallback, "color:#3f3f46;font-size:14px;line-height:1.5;margin:0 0 8px 0;"),
    `<p style="font-size:14px;line-height:1.5;margin:0 0 16px 0;word-break:break-all;"><a href="${url}" style="color:#1d4ed8;text-decoration:underline;">${url}</a></p>`,
    ...l.after.map((x) => p(x)),
    '<hr style="border:none;border-top:1px solid #e4e4e7;margin:24px 0;">',
    p(l.footer, "color:#52525b;font-size:13px;line-height:1.5;margin:0;"),
    "</div>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function render(layout: Layout): RenderedMail {
  return { subject: layout.subject, text: renderText(layout), html: renderHtml(layout) };
}

export function invitationMail(input: {
  locale: MailLocale;
  inviterName: string;
  groupName: string;
  institutionName: string;
  acceptUrl: string;
  expiresAt: Date;
}): RenderedMail {
  const t = translatorFor(input.locale);
  const expiry = formatWarsaw(input.expiresAt, input.locale);
  const values = {
    inviterName: input.inviterName,
    groupName: input.groupName,
    institutionName: input.institutionName,
  };
  return render({
    locale: input.locale,
    subject: singleLine(t("invitation.subject", { groupName: input.groupName })),
    greeting: t("invitation.greeting"),
    paragraphs: [t("invitation.intro", values), t("invitation.instruction")],
    button: { label: t("invitation.button"), url: assertWebUrl(input.acceptUrl) },
    linkFallback: t("common.linkFallback"),
    after: [t("invitation.expiry", expiry), t("invitation.ignore")],
    footer: t("common.footer"),
  });
}

export function passwordResetMail(input: {
  locale: MailLocale;
  name: string;
  resetUrl: string;
  expiresAt: Date;
}): RenderedMail {
  const t = translatorFor(input.locale);
  const expiry = formatWarsaw(input.expiresAt, input.locale);
  return render({
    locale: input.locale,
    subject: singleLine(t("passwordReset.subject")),
    greeting: t("passwordReset.greeting", { name: input.name }),
    paragraphs: [t("passwordReset.intro"), t("passwordReset.instruction")],
    button: { label: t("passwordReset.button"), url: assertWebUrl(input.resetUrl) },
    linkFallback: t("common.linkFallback"),
    after: [t("passwordReset.expiry", expiry), t("passwordReset.ignore")],
    footer: t("common.footer"),
  });
}
