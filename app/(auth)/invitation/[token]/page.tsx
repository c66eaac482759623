import type { Metadata } from "next";
import Link from "next/link";
import { CircleAlert, UserCheck } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { GroupRoleBadge } from "@/components/people/role-badge";
import { formatDateTime } from "@/lib/format/dates";
import { getInvitationByToken } from "@/lib/invitations/data";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("invitations"))("accept.metaTitle"),
    // The token is in the URL: keep it out of Referer headers and search engines.
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

export default async function AcceptInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [preview, t, tErrors, localeRaw] = await Promise.all([
    getInvitationByToken(token),
    getTranslations("invitations.accept"),
    getTranslations("errors"),
    getLocale(),
  ]);
  const locale = localeRaw === "en" ? "en" : "pl";

  if (!preview) {
    return (
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold tracking-tight">{t("invalidTitle")}</h1>
        </CardHeader>
        <CardContent className="space-y-4">
          <p role="alert" className="flex gap-2 text-sm text-destructive">
            <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            {tErrors("INVALID_TOKEN")}
          </p>
          <p className="text-sm text-muted-foreground">{t("invalidHint")}</p>
          <Button asChild variant="outline">
            <Link href="/sign-in">{t("signIn")}</Link>
          </Button>
        </CardContent>
      </Card>
    );
  }

  if (preview.emailTaken) {
    return (
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold tracking-tight">{t("emailTakenTitle")}</h1>
        </CardHeader>
        <CardContent className="space-y-4">
          <p className="flex gap-2 text-sm">
            <UserCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
            {t("emailTakenText", { email: preview.email })}
          </p>
          <Button asChild>
            <Link href="/sign-in">{t("signIn")}</Link>
          </Button>
        </CardContent>
      </Card>
    );
  }

  const intro = { group: preview.groupName, institution: preview.institutionName };
  return (
    <Card>
      <CardHeader className="gap-3">
        <h1 className="text-xl font-semibold tracking-tight">{t("title")}</h1>
        <CardDescription className="text-[0.9375rem] text-foreground">
          {preview.inviterName ? t("intro", { ...intro, inviter: preview.inviterName }) : t("introNoInviter", intro)}
        </CardDescription>
        <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <span>{t("roleLabel")}</span>
          <GroupRoleBadge role={preview.role} />
        </div>
        <p className="text-sm text-muted-foreground">{t("expires", { date: formatDateTime(preview.expiresAt, locale) })}</p>
      </CardHeader>
      <CardContent>
        <AcceptInvitationForm token={token} name={preview.name} email={preview.email} />
      </CardContent>
    </Card>
  );
}
