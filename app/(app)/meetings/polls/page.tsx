import type { Metadata } from "next";
import Link from "next/link";
import { CalendarSearch, Plus } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { NativeSelect } from "@/components/ui/native-select";
import { PageHeader } from "@/components/ui/page-header";
import { SearchInput } from "@/components/ui/search-input";
import { SortableHeader, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, type SortDirection } from "@/components/ui/table";
import { PollLiveRefresh } from "@/components/meetings/polls/poll-live-refresh";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/dates";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import type { AppLocale } from "@/lib/i18n/config";
import { canGroup } from "@/lib/permissions/ability";
import { listGroupPolls, loadGroupRef, pollListSorts, pollListStatuses, type PollListSort, type PollListStatus } from "@/lib/polls/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("polls"))("title") };
}

const statusVariant = { OPEN: "info", CLOSED: "muted", SCHEDULED: "success" } as const;

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export default async function PollsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requireUser();
  const [t, locale, groupId, params] = await Promise.all([getTranslations("polls"), getLocale(), getCurrentGroupId(current), searchParams]);
  const group = groupId ? await loadGroupRef(groupId) : null;
  if (!group || !canGroup(current.actor, "view", group)) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description")} />
        <EmptyState icon={CalendarSearch} title={t("noGroup")} />
      </>
    );
  }
  const q = typeof params.q === "string" ? params.q.slice(0, 200) : "";
  const status = pick<PollListStatus>(params.status, pollListStatuses, "all");
  const sort = pick<PollListSort>(params.sort, pollListSorts, "created");
  const dir = pick<SortDirection>(params.dir, ["asc", "desc"], sort === "created" ? "desc" : "asc");
  const polls = await listGroupPolls(group.id, { q, status, sort, dir });
  const tz = current.user.timeZone;
  const canCreate = canGroup(current.actor, "manageMeetings", group);
  const hrefFor = (column: string, nextDir: SortDirection) => {
    const sp = new URLSearchParams({ ...(q ? { q } : {}), ...(status !== "all" ? { status } : {}), sort: column, dir: nextDir });
    return `/meetings/polls?${sp.toString()}`;
  };
  const createButton = canCreate ? (
    <Button asChild>
      <Link href="/meetings/polls/new">
        <Plus aria-hidden="true" />
        {t("newPoll")}
      </Link>
    </Button>
  ) : null;

  return (
    <>
      <PollLiveRefresh groupId={group.id} />
      <PageHeader title={t("title")} description={t("description")} actions={createButton} />
      <form method="get" className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end" role="search">
        <SearchInput label={t("searchLabel")} placeholder={t("searchPlaceholder")} defaultValue={q} wrapperClassName="sm:max-w-sm" maxLength={200} />
        <div className="flex flex-col gap-1 sm:w-56">
          <label htmlFor="poll-status" className="text-sm font-medium">
            {t("statusFilter")}
          </label>
          <NativeSelect id="poll-status" name="status" defaultValue={status}>
            {pollListStatuses.map((s) => (
              <option key={s} value={s}>
                {s === "all" ? t("statusAll") : t(`status.${s}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        {sort !== "created" ? <input type="hidden" name="sort" value={sort} /> : null}
        <Button type="submit" variant="outline">
          {t("searchLabel")}
        </Button>
      </form>
      {polls.length === 0 ? (
        <EmptyState icon={CalendarSearch} title={t("empty")} description={t("emptyHint")} action={createButton} />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <SortableHeader label={t("columns.title")} column="title" currentSort={sort} currentDir={dir} hrefFor={hrefFor} />
              <TableHead>{t("columns.status")}</TableHead>
              <TableHead>{t("columns.slots")}</TableHead>
              <TableHead>{t("columns.answers")}</TableHead>
              <SortableHeader label={t("columns.deadline")} column="deadline" currentSort={sort} currentDir={dir} hrefFor={hrefFor} />
            </TableRow>
          </TableHeader>
          <TableBody>
            {polls.map((poll) => (
              <TableRow key={poll.id}>
                <TableCell>
                  <Link href={`/meetings/polls/${poll.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                    {poll.title}
                  </Link>
                  <span className="block text-xs text-muted-foreground">{t(`kind.${poll.kind}`)}</span>
                </TableCell>
                <TableCell>
                  <Badge variant={statusVariant[poll.status]}>{t(`status.${poll.status}`)}</Badge>
                </TableCell>
                <TableCell className="tabular-nums">{poll._count.slots}</TableCell>
                <TableCell className="tabular-nums">{t("answeredOf", { answered: poll.answeredCount, total: poll.respondentCount })}</TableCell>
                <TableCell className="whitespace-nowrap">
                  {poll.deadline ? formatDateTime(poll.deadline, locale as AppLocale, tz) : <span className="text-muted-foreground">{t("noDeadline")}</span>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
