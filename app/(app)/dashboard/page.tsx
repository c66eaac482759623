import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Building2, CalendarDays, MailPlus, Users, Archive } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { getGroupOverview, getNextMeetings, getPartnerSummary, getPartnerWork } from "@/lib/dashboard/data";
import { PartnerSummaryTable } from "@/components/dashboard/partner-summary-table";
import { PartnerWork } from "@/components/dashboard/partner-work";
import { cn } from "@/components/ui/cn";
import { formatMeetingRange } from "@/lib/meetings/time";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { formatCalendarDate } from "@/lib/format/dates";
import { canGroup, canSystem } from "@/lib/permissions/ability";
import type { AppLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requireUser();
  const rawView = (await searchParams).view;
  const requestedView = Array.isArray(rawView) ? rawView[0] : rawView;
  const t = await getTranslations("dashboard");
  const locale = (await getLocale()) as AppLocale;
  const groupId = await getCurrentGroupId(current);
  const overview = groupId ? await getGroupOverview(current, groupId) : null;
  const firstName = current.user.name.split(" ").filter((p) => !p.endsWith(".")).at(0) ?? current.user.name;

  if (!overview) {
    return (
      <>
        <PageHeader title={t("welcome", { name: firstName })} />
        <EmptyState
          icon={Users}
          title={t("noGroupTitle")}
          description={t("noGroupText")}
          action={
            canSystem(current.actor, "createGroup") ? (
              <Button asChild>
                <Link href="/groups/new">{t("createGroup")}</Link>
              </Button>
            ) : null
          }
        />
      </>
    );
  }

  const { group, peopleCount, roleCounts, pendingInvitations } = overview;
  const myRole = current.actor.memberships[group.id]?.role;
  // Coordinators see every partner's work by default and may narrow it to their own institution;
  // everyone else sees their institution's.
  const coordinates = myRole === "COORDINATOR" || (current.actor.isAdmin && !myRole);
  const institution = current.user.institution;
  const view: "group" | "institution" | null =
    coordinates && (requestedView !== "institution" || !institution) ? "group" : institution ? "institution" : null;
  const [tm, nextMeetings, work, summary] = await Promise.all([
    getTranslations("meetings"),
    getNextMeetings(current, group.id),
    view === "group"
      ? getPartnerWork(current, group.id, { kind: "group" })
      : view === "institution" && institution
        ? getPartnerWork(current, group.id, { kind: "institution", institutionId: institution.id })
        : null,
    coordinates ? getPartnerSummary(current, group.id) : null,
  ]);
  const groupRef = { id: group.id, archived: group.archivedAt !== null };
  const period = group.startDate
    ? `${formatCalendarDate(group.startDate, locale)} – ${group.endDate ? formatCalendarDate(group.endDate, locale) : t("openEnded")}`
    : null;

  return (
    <>
      <PageHeader
        title={group.name}
        description={t("welcome", { name: firstName }) + (myRole ? ` · ${t("yourRole", { role: t(`roles.${myRole}`) })}` : "")}
        actions={
          canGroup(current.actor, "view", groupRef) ? (
            <Button asChild variant="outline">
              <Link href={`/groups/${group.id}`}>{t("manageGroup")}</Link>
            </Button>
          ) : null
        }
      />
      {group.archivedAt ? (
        <p role="status" className="mb-6 flex items-center gap-2 rounded-md border border-warning/40 bg-warning/10 p-3 text-sm">
          <Archive className="size-4" aria-hidden="true" />
          {t("archivedBanner")}
        </p>
      ) : null}

      <section aria-labelledby="stats" className="mb-8">
        <h2 id="stats" className="sr-only">
          {t("title")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <Stat icon={Building2} label={t("institutions")} value={group.institutions.length} href="/institutions?scope=group" />
          <Stat
            icon={Users}
            label={t("people")}
            value={peopleCount}
            href="/people"
            hint={(["COORDINATOR", "MEMBER", "REVIEWER", "OBSERVER"] as const)
              .filter((r) => roleCounts[r])
              .map((r) => `${t(`roles.${r}`)}: ${roleCounts[r]}`)
              .join(" · ")}
          />
          <Stat icon={MailPlus} label={t("pendingInvitations")} value={pendingInvitations} href="/invitations" />
        </div>
      </section>

      <section aria-labelledby="work-heading" className="mb-8">
        <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
          <div className="space-y-1">
            <h2 id="work-heading" className="text-lg font-semibold">
              {view === "group" ? t("work.groupHeading") : institution ? t("work.institutionHeading", { institution: institution.shortName }) : t("work.heading")}
            </h2>
            <p className="text-sm text-muted-foreground">{view === "group" ? t("work.groupText") : view === "institution" ? t("work.institutionText") : t("work.noInstitution")}</p>
          </div>
          {coordinates && institution ? (
            <nav aria-label={t("work.viewLabel")} className="flex gap-1 rounded-lg border border-border bg-card p-1">
              {(["group", "institution"] as const).map((v) => (
                <Link
                  key={v}
                  href={v === "group" ? "/dashboard" : "/dashboard?view=institution"}
                  aria-current={view === v ? "page" : undefined}
                  className={cn(
                    "rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap",
                    view === v ? "bg-primary text-primary-foreground" : "text-muted-foreground hover:bg-accent hover:text-foreground",
                  )}
                >
                  {v === "group" ? t("work.viewGroup") : t("work.viewInstitution", { institution: institution.shortName })}
                </Link>
              ))}
            </nav>
          ) : null}
        </div>
        {work && view ? <PartnerWork work={work} scope={view} locale={locale} timeZone={current.user.timeZone} currentUserId={current.user.id} /> : null}
      </section>

      {summary ? (
        <section aria-labelledby="summary-heading" className="mb-8">
          <h2 id="summary-heading" className="mb-1 text-lg font-semibold">
            {t("summary.heading")}
          </h2>
          <p className="mb-4 text-sm text-muted-foreground">{t("summary.text")}</p>
          <PartnerSummaryTable summary={summary} />
        </section>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        {/* min-w-0: grid items otherwise grow to their longest institution name on phones. */}
        <Card className="min-w-0 lg:col-span-2">
          <CardHeader className="flex flex-row items-center justify-between gap-2">
            <CardTitle>{t("partnersTitle")}</CardTitle>
            <Link href="/institutions?scope=group" className="text-sm text-primary underline-offset-4 hover:underline">
              {t("seeAll")}
            </Link>
          </CardHeader>
          <CardContent>
            <ul className="divide-y divide-border">
              {group.institutions.map((gi) => (
                <li key={gi.id} className="flex items-center justify-between gap-3 py-2.5">
                  <Link href={`/institutions/${gi.institution.id}`} className="min-w-0 hover:underline">
                    <span className="block truncate font-medium">{gi.institution.name}</span>
                    <span className="text-sm text-muted-foreground">{gi.institution.shortName}</span>
                  </Link>
                  <Badge variant={gi.partnerRole === "LEAD" ? "default" : "outline"}>{t(`partnerRoles.${gi.partnerRole}`)}</Badge>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>{group.name}</CardTitle>
              {group.description ? <CardDescription className="line-clamp-6">{group.description}</CardDescription> : null}
            </CardHeader>
            <CardContent>
              <dl className="space-y-3 text-sm">
                {period ? <Fact label={t("period")} value={period} /> : null}
                {group.programme ? <Fact label={t("programme")} value={group.programme} /> : null}
                {group.funding ? <Fact label={t("funding")} value={group.funding} /> : null}
              </dl>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle className="flex items-center gap-2">
                <CalendarDays className="size-4" aria-hidden="true" />
                {t("nextMeetings")}
              </CardTitle>
            </CardHeader>
            <CardContent>
              {nextMeetings.length === 0 ? (
                <p className="text-sm text-muted-foreground">{tm("dashboard.empty")}</p>
              ) : (
                <ul className="divide-y divide-border">
                  {nextMeetings.map((m) => (
                    <li key={m.id} className="py-2.5">
                      <Link href={`/meetings/${m.id}`} className="font-medium hover:underline">
                        {m.title}
                      </Link>
                      <p className="text-sm text-muted-foreground">{formatMeetingRange(m.startsAt, m.endsAt, locale, current.user.timeZone)}</p>
                    </li>
                  ))}
                </ul>
              )}
              <Link href="/meetings" className="mt-3 inline-block text-sm text-primary underline-offset-4 hover:underline">
                {tm("dashboard.seeAll")}
              </Link>
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}

function Stat({ icon: Icon, label, value, href, hint }: { icon: typeof Users; label: string; value: number; href: string; hint?: string }) {
  return (
    <Link href={href} className="group rounded-lg border border-border bg-card p-4 shadow-xs transition-colors hover:border-primary/40">
      <div className="flex items-center gap-2 text-sm text-muted-foreground">
        <Icon className="size-4" aria-hidden="true" />
        {label}
      </div>
      <div className="mt-1 text-3xl font-semibold tabular-nums text-foreground">{value}</div>
      {hint ? <div className="mt-1 truncate text-xs text-muted-foreground">{hint}</div> : null}
    </Link>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="font-medium text-foreground">{label}</dt>
      <dd className="text-muted-foreground">{value}</dd>
    </div>
  );
}
