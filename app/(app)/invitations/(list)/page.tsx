import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { MailPlus, Mails, UsersRound } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { SearchInput } from "@/components/ui/search-input";
import { InvitationList } from "@/components/invitations/invitation-list";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { countGroupInvitations, listGroupInvitations, loadGroupRef } from "@/lib/invitations/data";
import { parseInvitationListQuery, type InvitationListQuery } from "@/lib/invitations/schema";
import { invitationStatuses } from "@/lib/invitations/status";
import { canGroup } from "@/lib/permissions/ability";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function InvitationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const current = await getCurrentUser();
  // The layout redirects too, but it renders in parallel with the page.
  if (!current) redirect("/sign-in");
  const params = await searchParams;
  const query = parseInvitationListQuery(params);
  // ?groupId= lets an administrator outside the group reach it; everyone else works in their current group.
  const wanted = typeof params.groupId === "string" ? params.groupId.slice(0, 64) : null;
  const groupId = wanted ?? (await getCurrentGroupId(current));
  const t = await getTranslations("invitations");
  const tShell = await getTranslations("shell");
  const tPeople = await getTranslations("people");

  if (!groupId) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState icon={UsersRound} title={t("noGroupTitle")} description={t("noGroupText")} />
      </>
    );
  }
  const group = await loadGroupRef(groupId);
  if (!group || !canGroup(current.actor, "view", group)) notFound();
  // Who was invited, and inviting, is for those who manage the group (coordinators, administrators).
  if (!canGroup(current.actor, "invite", group)) forbidden();

  const [items, counts, localeRaw] = await Promise.all([listGroupInvitations(group.id, query), countGroupInvitations(group.id), getLocale()]);
  const hrefFor = (changes: Partial<InvitationListQuery>) => invitationsHref({ ...query, ...changes }, wanted);
  const filtered = query.q !== "" || query.status !== "all";

  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumbs label={tShell("breadcrumb")} items={[{ label: tPeople("title"), href: "/people" }, { label: t("title") }]} />}
        title={t("title")}
        description={t("description", { group: group.name })}
        actions={
          <Button asChild>
            <Link href={`/invitations/new?groupId=${encodeURIComponent(group.id)}`}>
              <MailPlus aria-hidden="true" />
              {t("invite")}
            </Link>
          </Button>
        }
      />
      <nav aria-label={t("list.statusFilter")} className="mb-4 overflow-x-auto border-b">
        <ul className="flex min-w-max gap-1">
          {(["all", ...invitationStatuses] as const).map((status) => {
            const active = query.status === status;
            return (
              <li key={status}>
                <Link
                  href={hrefFor({ status })}
                  aria-current={active ? "page" : undefined}
                  className={cn(
                    "relative -mb-px inline-flex h-10 items-center gap-2 border-b-2 border-transparent px-3 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:text-foreground",
                    active && "border-primary text-foreground",
                  )}
                >
                  {t(`statuses.${status}`)}
                  <span className="rounded-full bg-muted px-1.5 text-xs tabular-nums text-muted-foreground">{counts[status]}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form method="get" action="/invitations" role="search" className="mb-5 flex max-w-xl gap-2">
        {wanted ? <input type="hidden" name="groupId" value={wanted} /> : null}
        {query.status !== "all" ? <input type="hidden" name="status" value={query.status} /> : null}
        <SearchInput label={t("list.searchLabel")} placeholder={t("list.searchPlaceholder")} defaultValue={query.q} maxLength={200} wrapperClassName="flex-1" />
        <Button type="submit" variant="secondary">
          {t("list.search")}
        </Button>
      </form>
      {items.length === 0 ? (
        <EmptyState
          icon={Mails}
          title={filtered ? t("list.noResults") : t("list.empty")}
          description={filtered ? t("list.noResultsText") : t("list.emptyText")}
        />
      ) : (
        <InvitationList
          items={items}
          query={query}
          groupName={group.name}
          hrefFor={hrefFor}
          locale={localeRaw === "en" ? "en" : "pl"}
          timeZone={current.user.timeZone}
        />
      )}
    </>
  );
}

function invitationsHref(query: InvitationListQuery, groupId: string | null): string {
  const params = new URLSearchParams();
  if (groupId) params.set("groupId", groupId);
  if (query.q) params.set("q", query.q);
  if (query.status !== "all") params.set("status", query.status);
  if (query.sort !== "createdAt" || query.dir !== "desc") {
    params.set("sort", query.sort);
    params.set("dir", query.dir);
  }
  const search = params.toString();
  return search ? `/invitations?${search}` : "/invitations";
}
