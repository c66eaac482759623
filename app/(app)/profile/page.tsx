import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm, ProfileForm, SignOutEverywhereButton } from "@/components/profile/profile-forms";
import { requireUser } from "@/lib/auth/current-user";
import { CalendarFeedCard } from "@/components/calendar-feed/calendar-feed-card";
import { getCalendarFeedStatus } from "@/lib/calendar-feed/data";
import { formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  const { user } = await requireUser();
  const t = await getTranslations("profile");
  const td = await getTranslations("dashboard");
  const locale = (await getLocale()) === "en" ? "en" : "pl";
  const tf = await getTranslations("calendar-feed");
  const feed = await getCalendarFeedStatus(user.id);
  const timeZones = Intl.supportedValuesOf("timeZone");
  if (!timeZones.includes(user.timeZone)) timeZones.unshift(user.timeZone);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t("details")}</CardTitle>
            <CardDescription>
              {t("email")}: {user.email} · {t("institution")}: {user.institution?.name ?? t("noInstitution")}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ProfileForm name={user.name} locale={locale} timeZone={user.timeZone} timeZones={timeZones} />
          </CardContent>
        </Card>
        <div className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("groups")}</CardTitle>
            </CardHeader>
            <CardContent>
              <ul className="space-y-2">
                {user.memberships.map((m) => (
                  <li key={m.id} className="flex items-center justify-between gap-3 text-sm">
                    <span className="min-w-0 truncate">{m.group.name}</span>
                    <Badge variant="outline">{td(`roles.${m.role}`)}</Badge>
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("passwordTitle")}</CardTitle>
              <CardDescription>{t("passwordLead")}</CardDescription>
            </CardHeader>
            <CardContent>
              <ChangePasswordForm email={user.email} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{tf("title")}</CardTitle>
              <CardDescription>{tf("description")}</CardDescription>
            </CardHeader>
            <CardContent>
              <CalendarFeedCard
                enabled={feed.enabled}
                createdAtLabel={feed.createdAt ? formatDateTime(feed.createdAt, locale, user.timeZone) : null}
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("sessionsTitle")}</CardTitle>
              <CardDescription>{t("sessionsLead")}</CardDescription>
            </CardHeader>
            <CardContent>
              <SignOutEverywhereButton />
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
