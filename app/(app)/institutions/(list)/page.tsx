import type { Metadata } from "next";
import Link from "next/link";
import { Building2, Plus, SearchX } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { InstitutionFilters } from "@/components/institutions/institution-filters";
import { InstitutionListView } from "@/components/institutions/institution-list";
import { requireUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { listInstitutions } from "@/lib/institutions/data";
import { institutionListHref, parseInstitutionListQuery } from "@/lib/institutions/list-query";
import { institutionKinds } from "@/lib/institutions/schema";
import { canSystem } from "@/lib/permissions/ability";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("institutions"))("title") };
}

export default async function InstitutionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requireUser();
  const [t, tk, locale, currentGroupId] = await Promise.all([
    getTranslations("institutions"),
    getTranslations("institutions.kinds"),
    getLocale(),
    getCurrentGroupId(current),
  ]);
  const query = parseInstitutionListQuery(await searchParams, { hasCurrentGroup: currentGroupId !== null });
  const list = await listInstitutions(current.actor, query, {
    currentGroupId,
    locale,
    kindLabels: Object.fromEntries(institutionKinds.map((kind) => [kind, tk(kind)])),
  });
  const canCreate = canSystem(current.actor, "createInstitution");
  const createButton = canCreate ? (
    <Button asChild>
      <Link href="/institutions/new">
        <Plus aria-hidden="true" />
        {t("new")}
      </Link>
    </Button>
  ) : null;
  const filtered = query.q !== "" || query.kind !== null || query.status !== "active";

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={createButton} />
      <InstitutionFilters query={query} hasCurrentGroup={currentGroupId !== null} />
      <p role="status" className="mb-3 text-sm text-muted-foreground">
        {t("list.results", { count: list.total })}
      </p>
      {list.total === 0 ? (
        filtered ? (
          <EmptyState
            icon={SearchX}
            title={t("list.emptyFilteredTitle")}
            description={t("list.emptyFilteredDescription")}
            action={
              <Button asChild variant="outline">
                <Link href={institutionListHref(query, { q: "", kind: null, status: "active" })}>{t("list.clear")}</Link>
              </Button>
            }
          />
        ) : query.scope === "group" ? (
          <EmptyState
            icon={Building2}
            title={t("list.emptyGroupTitle")}
            description={t("list.emptyGroupDescription")}
            action={
              <Button asChild variant="outline">
                <Link href={institutionListHref(query, { scope: "all" })}>{t("list.showAll")}</Link>
              </Button>
            }
          />
        ) : (
          <EmptyState icon={Building2} title={t("list.emptyTitle")} description={t("list.emptyDescription")} action={createButton} />
        )
      ) : (
        <>
          <InstitutionListView list={list} query={query} />
          <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => institutionListHref(query, { page })} />
        </>
      )}
    </>
  );
}
