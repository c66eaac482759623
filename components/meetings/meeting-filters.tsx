import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FilterSelect } from "@/components/forms/filter-select";
import { SearchInput } from "@/components/ui/search-input";
import { meetingKinds, meetingStatuses, type MeetingListQuery } from "@/lib/meetings/schema";

type Option = { id: string; name: string };

/** A plain GET form: filtering works without JavaScript and gives a shareable URL. */
export function MeetingFilters({
  query,
  groupValue,
  groups,
  institutions,
  filtered,
}: {
  query: MeetingListQuery;
  /** The group select's value: a group id, or "all". */
  groupValue: string;
  groups: Option[];
  institutions: Option[];
  filtered: boolean;
}) {
  const t = useTranslations("meetings.filters");
  const tk = useTranslations("meetings.kinds");
  const ts = useTranslations("meetings.statuses");
  return (
    <form method="get" action="/meetings" role="search" aria-label={t("label")} className="mb-5 flex flex-col gap-3">
      <input type="hidden" name="tab" value={query.tab} />
      <SearchInput label={t("search")} placeholder={t("search")} defaultValue={query.q ?? ""} maxLength={200} wrapperClassName="lg:max-w-xl" />
      <div className="grid grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-end">
        {groups.length > 1 ? (
          <FilterSelect className="col-span-2 flex flex-col gap-1.5 sm:w-64" id="meetings-group" name="group" label={t("group")} defaultValue={groupValue} allLabel={t("allGroups")} allValue="all"
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
          />
        ) : null}
        <FilterSelect className="flex flex-col gap-1.5 sm:w-52" id="meetings-kind" name="kind" label={t("kind")} defaultValue={query.kind ?? ""} allLabel={t("all")}
          options={meetingKinds.map((k) => ({ value: k, label: tk(k) }))}
        />
        <FilterSelect className="flex flex-col gap-1.5 sm:w-48" id="meetings-status" name="status" label={t("status")} defaultValue={query.status ?? ""} allLabel={t("all")}
          options={meetingStatuses.map((s) => ({ value: s, label: ts(s) }))}
        />
        {institutions.length ? (
          <FilterSelect className="col-span-2 flex flex-col gap-1.5 sm:w-64" id="meetings-institution" name="institution" label={t("institution")} defaultValue={query.institution ?? ""} allLabel={t("all")}
            options={institutions.map((i) => ({ value: i.id, label: i.name }))}
          />
        ) : null}
        <div className="col-span-2 flex gap-2">
          <Button type="submit" variant="outline">
            {t("apply")}
          </Button>
          {filtered ? (
            <Button asChild variant="ghost">
              <Link href={`/meetings?tab=${query.tab}`}>{t("clear")}</Link>
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
