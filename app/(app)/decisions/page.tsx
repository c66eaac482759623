import type { Metadata } from "next";
import Link from "next/link";
import { Gavel, Plus, SearchX } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { DecisionFilters } from "@/components/decisions/decision-filters";
import { DecisionList } from "@/components/decisions/decision-list";
import { requireUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { getDecisionFilterOptions, listDecisions, resolveRegisterGroup } from "@/lib/decisions/data";
import { decisionListHref, parseDecisionListQuery } from "@/lib/decisions/list-query";
import { formatDate } from "@/lib/format/dates";
import { canGroup } from "@/lib/permissions/ability";
import type { AppLocale } from "@/lib/i18n/config";
import { RegistersRealtimeRefresh } from "@/components/decisions/registers-realtime-refresh";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("decisions"))("title") };
}

export default async function DecisionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requireUser();
  const [t, rawLocale, currentGroupId, raw] = await Promise.all([getTranslations("decisions"), getLocale(), getCurrentGroupId(current), searchParams]);
  const locale = rawLocale as AppLocale;
  const query = parseDecisionListQuery(raw);
  const group = await resolveRegisterGroup(current, query.group, currentGroupId);
  if (!group) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <EmptyState icon={Gavel} title={t("noGroupTitle")} description={t("noGroupText")} />
      </>
    );
  }
  const effective = { ...query, group: group.id };
  const [list, options] = await Promise.all([listDecisions(current.actor, group.id, effective), getDecisionFilterOptions(current.actor, group.id)]);
  const canRecord = canGroup(current.actor, "recordDecisions", group);
  const filtered = Boolean(query.q || query.year !== null || query.status || query.meeting);
  const groups = current.user.memberships.map((m) => ({ id: m.group.id, name: m.group.name }));
  const newHref = `/decisions/new?group=${encodeURIComponent(group.id)}`;

  return (
    <>
      <RegistersRealtimeRefresh groupId={group.id} event="decision:changed" />
      <PageHeader
        title={t("title")}
        description={
          <>
            {t("description")}
            <span className="block text-sm">{group.name}</span>
          </>
        }
        actions={
          canRecord ? (
            <Button asChild>
              <Link href={newHref}>
                <Plus aria-hidden="true" />
                {t("record")}
              </Link>
            </Button>
          ) : null
        }
      />
      <DecisionFilters
        query={effective}
        groupId={group.id}
        groups={groups.some((g) => g.id === group.id) ? groups : [{ id: group.id, name: group.name }, ...groups]}
        years={options.years}
        meetings={options.meetings.map((m) => ({ id: m.id, title: m.title, date: formatDate(m.startsAt, locale, current.user.timeZone) }))}
        filtered={filtered}
      />
      <p role="status" className="mb-3 text-sm text-muted-foreground">
        {t("count", { count: list.total })}
      </p>
      {list.total === 0 ? (
        filtered ? (
          <EmptyState icon={SearchX} title={t("empty.filteredTitle")} description={t("empty.filteredText")} />
        ) : (
          <EmptyState
            icon={Gavel}
            title={t("empty.title")}
            description={canRecord ? t("empty.textRecorder") : t("empty.text")}
            action={
              canRecord ? (
                <Button asChild>
                  <Link href={newHref}>
                    <Plus aria-hidden="true" />
                    {t("record")}
                  </Link>
                </Button>
              ) : null
            }
          />
        )
      ) : (
        <>
          <DecisionList rows={list.rows} locale={locale} />
          <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => decisionListHref(effective, { page })} className="mt-6" />
        </>
      )}
    </>
  );
}
