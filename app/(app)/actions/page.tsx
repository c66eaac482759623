import type { Metadata } from "next";
import Link from "next/link";
import { FileSpreadsheet, ListChecks, Plus, SearchX, Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ActionFiltersForm } from "@/components/actions/action-filters";
import { ActionsRealtimeRefresh } from "@/components/actions/actions-realtime-refresh";
import { ActionsTable } from "@/components/actions/actions-table";
import { ActionsViewNav } from "@/components/actions/actions-view-nav";
import { SavedFilters } from "@/components/actions/saved-filters";
import { listActionFilterOptions, listActionFormOptions, listAllActions, listSavedFilters, paginateActions, summariseActions } from "@/lib/actions/data";
import { actionsHref, hasActiveFilters, parseActionFilters, serializeActionFilters } from "@/lib/actions/filters";
import { canAgreedAction } from "@/lib/permissions/ability";
import { loadActionsView, rowPermissions } from "./load-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actions"))("title") };
}

export default async function ActionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = await loadActionsView(await searchParams);
  const { current, filters, groupIds, singleGroup } = view;
  const [t, all, options, saved] = await Promise.all([
    getTranslations("actions"),
    listAllActions(current.actor, filters, groupIds, view.now),
    listActionFilterOptions(groupIds),
    singleGroup ? listSavedFilters(current.user.id, singleGroup.id) : Promise.resolve([]),
  ]);
  const page = paginateActions(all, filters.page);
  const counts = summariseActions(all);
  const canBulk = singleGroup ? canAgreedAction(current.actor, "bulkEdit", { groupId: singleGroup.id, groupArchived: singleGroup.archived, ownerInstitutionId: null }) : false;
  const bulk = canBulk && singleGroup ? await listActionFormOptions(singleGroup.id) : null;
  const filtered = hasActiveFilters(filters);
  const ownQuery = serializeActionFilters(filters, { group: true, page: true });

  if (view.groups.length === 0) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <EmptyState icon={ListChecks} title={t("empty.noGroupTitle")} description={t("empty.noGroupText")} />
      </>
    );
  }

  return (
    <>
      <ActionsRealtimeRefresh groupIds={groupIds} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <Button asChild variant="outline">
              <a href={`/api/actions/export?format=csv${view.query ? `&${view.query}` : ""}`} download>
                <Download aria-hidden="true" />
                {t("export.csv")}
              </a>
            </Button>
            <Button asChild variant="outline">
              <a href={`/api/actions/export?format=xlsx${view.query ? `&${view.query}` : ""}`} download>
                <FileSpreadsheet aria-hidden="true" />
                {t("export.xlsx")}
              </a>
            </Button>
            {view.canCreate ? (
              <Button asChild>
                <Link href={view.createHref}>
                  <Plus aria-hidden="true" />
                  {t("new")}
                </Link>
              </Button>
            ) : null}
          </>
        }
      />
      <ActionsViewNav query={view.query} />
      <SavedFilters
        groupId={singleGroup?.id ?? null}
        query={ownQuery}
        saved={saved.map((s) => ({
          id: s.id,
          name: s.name,
          href: actionsHref("/actions", { ...parseActionFilters(new URLSearchParams(s.query)), group: singleGroup!.id }),
          active: s.query === ownQuery,
        }))}
      />
      <ActionFiltersForm
        path="/actions"
        filters={filters}
        groupValue={view.groupValue}
        groups={view.groups}
        options={options}
        clearHref={filtered ? actionsHref("/actions", { ...parseActionFilters({}), group: view.groupValue }) : null}
      />
      <p role="status" className="mb-3 text-sm text-muted-foreground">
        {t("summary", { count: all.length, open: counts.open, overdue: counts.overdue, dueSoon: counts.dueSoon })}
      </p>
      {all.length === 0 ? (
        filtered ? (
          <EmptyState icon={SearchX} title={t("empty.filteredTitle")} description={t("empty.filteredText")} />
        ) : (
          <EmptyState
            icon={ListChecks}
            title={t("empty.title")}
            description={view.canCreate ? t("empty.textCreator") : t("empty.text")}
            action={
              view.canCreate ? (
                <Button asChild>
                  <Link href={view.createHref}>
                    <Plus aria-hidden="true" />
                    {t("new")}
                  </Link>
                </Button>
              ) : null
            }
          />
        )
      ) : (
        <>
          <ActionsTable
            rows={page.rows.map((row) => ({ ...row, ...rowPermissions(current.actor, row) }))}
            filters={filters}
            path="/actions"
            today={view.today}
            showGroup={groupIds.length > 1}
            page={page.page}
            pageCount={page.pageCount}
            total={page.total}
            bulk={bulk ? { institutions: bulk.institutions, people: bulk.people } : null}
          />
          <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => actionsHref("/actions", filters, { page: p })} className="mt-4" />
          {!bulk && groupIds.length > 1 && Object.values(current.actor.memberships).some((m) => m.role === "COORDINATOR") ? (
            <p className="mt-3 text-sm text-muted-foreground">{t("bulk.oneGroupOnly")}</p>
          ) : null}
        </>
      )}
    </>
  );
}
