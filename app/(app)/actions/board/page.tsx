import type { Metadata } from "next";
import Link from "next/link";
import { ListChecks, Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ActionFiltersForm } from "@/components/actions/action-filters";
import { ActionsBoard } from "@/components/actions/actions-board";
import { ActionsRealtimeRefresh } from "@/components/actions/actions-realtime-refresh";
import { ActionsViewNav } from "@/components/actions/actions-view-nav";
import { listActionFilterOptions, listAllActions } from "@/lib/actions/data";
import { actionsHref, hasActiveFilters, parseActionFilters } from "@/lib/actions/filters";
import { loadActionsView, rowPermissions } from "../load-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("actions");
  return { title: `${t("views.board")} · ${t("title")}` };
}

export default async function ActionsBoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = await loadActionsView(await searchParams);
  const { current, groupIds } = view;
  // Every status has its column: the status filter does not apply here.
  const filters = { ...view.filters, status: [] };
  const [t, rows, options] = await Promise.all([getTranslations("actions"), listAllActions(current.actor, filters, groupIds, view.now), listActionFilterOptions(groupIds)]);
  if (view.groups.length === 0) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <EmptyState icon={ListChecks} title={t("empty.noGroupTitle")} description={t("empty.noGroupText")} />
      </>
    );
  }
  const filtered = hasActiveFilters(filters);
  return (
    <>
      <ActionsRealtimeRefresh groupIds={groupIds} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
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
      <ActionsViewNav query={view.query} />
      <ActionFiltersForm
        path="/actions/board"
        filters={filters}
        groupValue={view.groupValue}
        groups={view.groups}
        options={options}
        showStatus={false}
        clearHref={filtered ? actionsHref("/actions/board", { ...parseActionFilters({}), group: view.groupValue }) : null}
      />
      <ActionsBoard rows={rows.map((row) => ({ ...row, ...rowPermissions(current.actor, row) }))} today={view.today} showGroup={groupIds.length > 1} />
    </>
  );
}
