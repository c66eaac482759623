// The e-mail sent to people mentioned in a comment, in their own language. Texts live in
// messages/<locale>/editor.json ("mail"), next to the rest of the editor's strings.
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/config";
import enMessages from "@/messages/en/editor.json";
import plMessages from "@/messages/pl/editor.json";

const messagesByLocale = { pl: plMessages, en: enMessages } as const;

/** Long comments are cut in the e-mail; the link leads to the whole thread. */
export const MAIL_EXCERPT_MAX = 600;

export type CommentMentionMail = {
  locale: AppLocale;
  recipientName: string;
  authorName: string;
  authorInstitution: string | null;
  documentTitle: string;
  groupName: string;
  /** Set when the mention named the recipient's institution rather than the person. */
  viaInstitution: string | null;
  body: string;
  url: string;
};

function excerpt(body: string): string {
  const text = body.trim();
  return text.length > MAIL_EXCERPT_MAX ? `${text.slice(0, MAIL_EXCERPT_MAX - 1).trimEnd()}…` : text;
}

/** Subjects are headers: a name with a line break must not split them. */
function singleLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, " ").trim();
}

export function renderCommentMentionMail(input: CommentMentionMail): { subject: string; text: string } {
  const locale = input.locale === "en" ? "en" : "pl";
  const t = createTranslator({ locale, messages: { e: messagesByLocale[locale] }, namespace: "e.mail" });
  const author = input.authorInstitution ? `${input.authorName} (${input.authorInstitution})` : input.authorName;
  const values = { author, title: input.documentTitle, group: input.groupName };
  const lead = input.viaInstitution
    ? t("mentionLeadInstitution", { ...values, institution: input.viaInstitution })
    : t("mentionLead", values);
  const quoted = excerpt(input.body)
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
  const lines = [
    t("greeting", { name: input.recipientName }),
    "",
    lead,
    "",
    quoted,
    "",
    `${t("link")}: ${input.url}`,
    "",
    t("why"),
    "",
    "-- ",
    t("footer"),
  ];
  return { subject: singleLine(t("mentionSubject", { author: input.authorName, title: input.documentTitle })), text: lines.join("\n") };
}
