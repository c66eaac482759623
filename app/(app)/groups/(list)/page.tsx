import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { FolderKanban, Plus, SearchX } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { GroupCards } from "@/components/groups/group-cards";
import { GroupListToolbar } from "@/components/groups/group-list-toolbar";
import { GroupTable } from "@/components/groups/group-table";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listGroups } from "@/lib/groups/data";
import { groupListHref } from "@/lib/groups/list";
import { parseGroupListQuery } from "@/lib/groups/schema";
import { canSystem } from "@/lib/permissions/ability";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groups");
  return { title: t("title") };
}

export default async function GroupsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await getCurrentUser();
  if (!current) redirect("/sign-in");
  const [t, locale] = await Promise.all([getTranslations("groups"), getLocale()]);
  const query = parseGroupListQuery(await searchParams);
  const { items, page, pageCount, total } = await listGroups(current.actor, query, locale);
  const canCreate = canSystem(current.actor, "createGroup");
  const filtered = query.q !== "" || query.archived !== "active";

  return (
    <>
      <PageHeader
        title={t("title")}
        description={current.actor.isAdmin ? t("descriptionAdmin") : t("description")}
        actions={
          canCreate ? (
            <Button asChild>
              <Link href="/groups/new">
                <Plus aria-hidden="true" />
                {t("newGroup")}
              </Link>
            </Button>
          ) : null
        }
      />
      <GroupListToolbar query={query} />
      <p className="mb-3 text-sm text-muted-foreground" aria-live="polite">
        {t("list.resultCount", { count: total })}
      </p>
      {total === 0 ? (
        filtered ? (
          <EmptyState
            icon={SearchX}
            title={t("list.noResultsTitle")}
            description={t("list.noResultsDescription")}
            action={
              <Button asChild variant="outline">
                <Link href={groupListHref({ ...query, q: "", archived: "all", page: 1 })}>{t("list.clearFilters")}</Link>
              </Button>
            }
          />
        ) : (
          <EmptyState
            icon={FolderKanban}
            title={t("list.emptyTitle")}
            description={canCreate ? t("list.emptyDescriptionCreate") : t("list.emptyDescription")}
            action={
              canCreate ? (
                <Button asChild>
                  <Link href="/groups/new">
                    <Plus aria-hidden="true" />
                    {t("newGroup")}
                  </Link>
                </Button>
              ) : null
            }
          />
        )
      ) : query.view === "table" ? (
        <GroupTable groups={items} query={query} />
      ) : (
        <GroupCards groups={items} />
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => groupListHref(query, { page: p })} />
    </>
  );
}
