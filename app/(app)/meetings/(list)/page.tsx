import type { Metadata } from "next";
import Link from "next/link";
import { CalendarDays, CalendarPlus, CalendarSearch, SearchX, Vote } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { cn } from "@/components/ui/cn";
import { MeetingFilters } from "@/components/meetings/meeting-filters";
import { MeetingList } from "@/components/meetings/meeting-list";
import { requireUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { listMeetings, listOrganiserOptions } from "@/lib/meetings/data";
import { meetingListQuerySchema, type MeetingListQuery } from "@/lib/meetings/schema";
import { canGroup } from "@/lib/permissions/ability";
import type { AppLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("title") };
}

function hrefFor(query: MeetingListQuery, groupValue: string, patch: Partial<MeetingListQuery>) {
  const next = { ...query, ...patch };
  const params = new URLSearchParams();
  if (next.tab !== "upcoming") params.set("tab", next.tab);
  params.set("group", groupValue);
  if (next.kind) params.set("kind", next.kind);
  if (next.status) params.set("status", next.status);
  if (next.institution) params.set("institution", next.institution);
  if (next.q) params.set("q", next.q);
  if (next.page > 1) params.set("page", String(next.page));
  return `/meetings?${params.toString()}`;
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requireUser();
  const [t, tp, locale, currentGroupId, raw] = await Promise.all([getTranslations("meetings"), getTranslations("polls"), getLocale(), getCurrentGroupId(current), searchParams]);
  const query = meetingListQuerySchema.parse(raw);
  // Default to the group the user works in; "all" widens to every group they belong to.
  const groups = current.user.memberships.map((m) => ({ id: m.group.id, name: m.group.name, archived: m.group.archivedAt !== null }));
  const groupValue = query.group && (query.group === "all" || groups.some((g) => g.id === query.group)) ? query.group : (currentGroupId ?? "all");
  const effective = { ...query, group: groupValue === "all" ? undefined : groupValue };
  const [list, institutions] = await Promise.all([listMeetings(current.actor, effective), listOrganiserOptions(current.actor)]);
  const managedGroup = groups.find((g) => g.id === (effective.group ?? currentGroupId));
  const canCreate = managedGroup ? canGroup(current.actor, "manageMeetings", managedGroup) : false;
  const filtered = Boolean(query.q || query.kind || query.status || query.institution);

  const actions = (
    <>
      <Button asChild variant="outline">
        <Link href="/meetings/calendar">
          <CalendarDays aria-hidden="true" />
          {t("calendar")}
        </Link>
      </Button>
      <Button asChild variant="outline">
        <Link href="/meetings/polls">
          <Vote aria-hidden="true" />
          {tp("title")}
        </Link>
      </Button>
      {canCreate ? (
        <Button asChild>
          <Link href="/meetings/new">
            <CalendarPlus aria-hidden="true" />
            {t("schedule")}
          </Link>
        </Button>
      ) : null}
    </>
  );

  const tabLink = (tab: "upcoming" | "past") => (
    <Link
      href={hrefFor(query, groupValue, { tab, page: 1 })}
      aria-current={query.tab === tab ? "page" : undefined}
      className={cn(
        "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
        query.tab === tab ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
      )}
    >
      {t(`tabs.${tab}`)}
    </Link>
  );

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={actions} />
      <nav aria-label={t("tabs.label")} className="mb-5 flex gap-1 border-b border-border">
        {tabLink("upcoming")}
        {tabLink("past")}
      </nav>
      <MeetingFilters query={query} groupValue={groupValue} groups={groups} institutions={institutions} filtered={filtered} />
      <p role="status" className="mb-3 text-sm text-muted-foreground">
        {t("count", { count: list.total })}
      </p>
      {list.total === 0 ? (
        filtered ? (
          <EmptyState icon={SearchX} title={t("empty.filteredTitle")} description={t("empty.filteredText")} />
        ) : query.tab === "past" ? (
          <EmptyState icon={CalendarDays} title={t("empty.pastTitle")} description={t("empty.pastText")} />
        ) : (
          <EmptyState
            icon={CalendarDays}
            title={t("empty.upcomingTitle")}
            description={canCreate ? t("empty.upcomingTextCoordinator") : t("empty.upcomingText")}
            action={
              canCreate ? (
                <div className="flex flex-wrap justify-center gap-2">
                  <Button asChild>
                    <Link href="/meetings/new">
                      <CalendarPlus aria-hidden="true" />
                      {t("schedule")}
                    </Link>
                  </Button>
                  <Button asChild variant="outline">
                    <Link href="/meetings/polls/new">
                      <CalendarSearch aria-hidden="true" />
                      {t("findDate")}
                    </Link>
                  </Button>
                </div>
              ) : null
            }
          />
        )
      ) : (
        <>
          <MeetingList rows={list.rows} locale={locale as AppLocale} timeZone={current.user.timeZone} showGroup={groupValue === "all"} />
          <Pagination
            page={query.page}
            pageCount={Math.max(1, Math.ceil(list.total / list.pageSize))}
            hrefFor={(page) => hrefFor(query, groupValue, { page })}
            className="mt-6"
          />
        </>
      )}
    </>
  );
}
