import type { Metadata } from "next";
import Link from "next/link";
import { Archive, Plus, Target } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { IndicatorProgress } from "@/components/indicators/indicator-progress";
import { requireUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { resolveRegisterGroup } from "@/lib/decisions/data";
import { listIndicators } from "@/lib/indicators/data";
import { dayToDate, quarterOfDay } from "@/lib/indicators/periods";
import { formatQuarter } from "@/lib/indicators/format";
import { formatCalendarDate } from "@/lib/format/dates";
import { canGroup } from "@/lib/permissions/ability";
import type { AppLocale } from "@/lib/i18n/config";
import { RegistersRealtimeRefresh } from "@/components/decisions/registers-realtime-refresh";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("indicators"))("title") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

export default async function IndicatorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requireUser();
  const [t, rawLocale, currentGroupId, raw] = await Promise.all([getTranslations("indicators"), getLocale(), getCurrentGroupId(current), searchParams]);
  const locale = rawLocale as AppLocale;
  const group = await resolveRegisterGroup(current, first(raw.group), currentGroupId);
  if (!group) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <EmptyState icon={Target} title={t("noGroupTitle")} description={t("noGroupText")} />
      </>
    );
  }
  const archived = first(raw.archived) === "1";
  const rows = await listIndicators(current.actor, group.id, { archived });
  const manages = canGroup(current.actor, "manageIndicators", group);
  const groupQuery = `group=${encodeURIComponent(group.id)}`;

  return (
    <>
      <RegistersRealtimeRefresh groupId={group.id} event="indicator:changed" />
      <PageHeader
        title={archived ? t("archivedTitle") : t("title")}
        description={
          <>
            {t("description")}
            <span className="block text-sm">{group.name}</span>
          </>
        }
        actions={
          <>
            <Button asChild variant="outline">
              <Link href={archived ? `/indicators?${groupQuery}` : `/indicators?${groupQuery}&archived=1`}>
                {archived ? <Target aria-hidden="true" /> : <Archive aria-hidden="true" />}
                {archived ? t("showActive") : t("showArchived")}
              </Link>
            </Button>
            {manages && !archived ? (
              <Button asChild>
                <Link href={`/indicators/new?${groupQuery}`}>
                  <Plus aria-hidden="true" />
                  {t("create")}
                </Link>
              </Button>
            ) : null}
          </>
        }
      />
      {rows.length === 0 ? (
        <EmptyState
          icon={archived ? Archive : Target}
          title={archived ? t("empty.archivedTitle") : t("empty.title")}
          description={archived ? undefined : manages ? t("empty.textCoordinator") : t("empty.text")}
          action={
            manages && !archived ? (
              <Button asChild>
                <Link href={`/indicators/new?${groupQuery}`}>
                  <Plus aria-hidden="true" />
                  {t("create")}
                </Link>
              </Button>
            ) : null
          }
        />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-col gap-3 rounded-lg border border-border bg-card p-5 shadow-card">
              <div className="flex items-start justify-between gap-3">
                <h2 className="text-base leading-snug font-semibold">
                  <Link href={`/indicators/${row.id}`} className="text-primary underline-offset-4 hover:underline">
                    {row.name}
                  </Link>
                </h2>
                {row.progress >= 1 ? <Badge variant="success">{t("reached")}</Badge> : null}
              </div>
              <IndicatorProgress current={row.current} target={row.target} unit={row.unit} progress={row.progress} locale={locale} />
              <dl className="grid grid-cols-2 gap-2 text-sm">
                <div>
                  <dt className="text-muted-foreground">{t("deadline")}</dt>
                  <dd>{row.deadline ? formatCalendarDate(dayToDate(row.deadline), locale) : t("noDeadline")}</dd>
                </div>
                <div>
                  <dt className="text-muted-foreground">{t("lastReport")}</dt>
                  <dd>{row.lastPeriodEnd ? formatQuarter(quarterOfDay(row.lastPeriodEnd), locale) : t("noReports")}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
