import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/dates";
import { getMail } from "@/lib/mail/data";
import { readStoredAttachments } from "@/lib/mail/send-mail";
import { canSystem } from "@/lib/permissions/ability";
import type { AppLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const current = await requireUser();
  if (!canSystem(current.actor, "viewOutbox")) forbidden();
  const { id } = await params;
  const mail = id.length <= 64 ? await getMail(id) : null;
  if (!mail) notFound();
  const t = await getTranslations("outbox");
  const locale = (await getLocale()) as AppLocale;
  const attachments = readStoredAttachments(mail.attachments);
  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumbs label={t("title")} items={[{ label: t("title"), href: "/admin/outbox" }, { label: mail.subject }]} />}
        title={mail.subject}
        meta={<Badge variant={mail.status === "FAILED" ? "destructive" : mail.status === "SENT" ? "success" : "info"}>{t(`statuses.${mail.status}`)}</Badge>}
      />
      <Card>
        <CardHeader>
          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
            <dt className="font-medium">{t("to")}</dt>
            <dd className="break-all">{mail.to}</dd>
            <dt className="font-medium">{t("created")}</dt>
            <dd>{formatDateTime(mail.createdAt, locale, current.user.timeZone)}</dd>
            {mail.sentAt ? (
              <>
                <dt className="font-medium">{t("sentAt")}</dt>
                <dd>{formatDateTime(mail.sentAt, locale, current.user.timeZone)}</dd>
              </>
            ) : null}
            {mail.error ? (
              <>
                <dt className="font-medium">{t("error")}</dt>
                <dd className="text-destructive">{mail.error}</dd>
              </>
            ) : null}
          </dl>
        </CardHeader>
        <CardContent>
          {/* Plain text on purpose: rendering stored HTML would open an XSS hole in an admin page. */}
          <pre data-testid="mail-body" className="whitespace-pre-wrap break-words rounded-md bg-muted p-4 font-sans text-sm leading-relaxed">
            {linkify(mail.text)}
          </pre>
          {attachments.length > 0 ? (
            <div className="mt-4">
              <h2 className="text-sm font-medium">{t("attachments")}</h2>
              <ul className="mt-1 space-y-1 text-sm">
                {attachments.map((a, i) => (
                  <li key={i}>
                    <a href={`/api/admin/outbox/${mail.id}/attachments/${i}`} download={a.filename} className="text-primary underline-offset-4 hover:underline">
                      {a.filename}
                    </a>{" "}
                    <span className="text-muted-foreground">({a.contentType.split(";")[0]}, {Math.max(1, Math.round(a.content.byteLength / 1024))} KB)</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </CardContent>
      </Card>
      <p className="mt-4 text-sm">
        <Link href="/admin/outbox" className="text-primary underline-offset-4 hover:underline">
          {t("back")}
        </Link>
      </p>
    </>
  );
}

/** Makes the links in a mail body clickable, keeping everything else as text. */
function linkify(text: string): React.ReactNode[] {
  return text.split(/(https?:\/\/[^\s<>"]+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part} className="text-primary underline break-all">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
