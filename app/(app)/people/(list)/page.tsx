import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { MailPlus, Users } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { PeopleFilters } from "@/components/people/people-filters";
import { PeopleList } from "@/components/people/people-list";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import type { AppLocale } from "@/lib/i18n/config";
import { listPeople, listPeopleInstitutionOptions } from "@/lib/people/data";
import { parsePersonListQuery, personListHref } from "@/lib/people/schema";
import { canGroup } from "@/lib/permissions/ability";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await getCurrentUser();
  // The layout redirects too, but it renders in parallel with the page.
  if (!current) redirect("/sign-in");
  const query = parsePersonListQuery(await searchParams);
  const groupId = await getCurrentGroupId(current);
  const membership = current.user.memberships.find((m) => m.groupId === groupId);
  const [list, institutions, t, locale] = await Promise.all([
    listPeople(current.actor, query, { groupId }),
    listPeopleInstitutionOptions(current.actor),
    getTranslations("people"),
    getLocale(),
  ]);
  const canInvite = !!membership && canGroup(current.actor, "invite", { id: membership.groupId, archived: membership.group.archivedAt !== null });
  const filtered = query.q !== "" || !!query.institutionId || !!query.role || query.archived !== "active";

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        meta={<span className="text-sm text-muted-foreground">{t("list.count", { count: list.total })}</span>}
        actions={
          canInvite ? (
            <>
              <Button asChild variant="outline">
                <Link href="/invitations">{t("list.invitations")}</Link>
              </Button>
              <Button asChild>
                <Link href={`/invitations/new?groupId=${encodeURIComponent(membership.groupId)}`}>
                  <MailPlus aria-hidden="true" />
                  {t("list.invite")}
                </Link>
              </Button>
            </>
          ) : null
        }
      />
      <PeopleFilters query={query} institutions={institutions} groupName={membership?.group.name ?? null} />
      {list.items.length === 0 ? (
        <EmptyState
          icon={Users}
          title={filtered ? t("list.noResults") : t("list.empty")}
          description={filtered ? t("list.noResultsText") : t("list.emptyText")}
        />
      ) : (
        <>
          <PeopleList
            list={list}
            query={query}
            showRole={!!membership}
            viewerId={current.user.id}
            locale={(locale === "en" ? "en" : "pl") as AppLocale}
            timeZone={current.user.timeZone}
          />
          <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => personListHref(query, { page })} />
        </>
      )}
    </>
  );
}
