import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { FilterSelect } from "@/components/forms/filter-select";
import { SearchInput } from "@/components/ui/search-input";
import { decisionStatuses } from "@/lib/decisions/schema";
import type { DecisionListQuery } from "@/lib/decisions/list-query";

type Props = {
  query: DecisionListQuery;
  groupId: string;
  /** The user's groups; a select appears when there is more than one. */
  groups: { id: string; name: string }[];
  years: number[];
  meetings: { id: string; title: string; date: string }[];
  filtered: boolean;
};

/** A plain GET form: filtering works without JavaScript and gives a shareable URL. */
export function DecisionFilters({ query, groupId, groups, years, meetings, filtered }: Props) {
  const t = useTranslations("decisions.filters");
  const ts = useTranslations("decisions.statuses");
  return (
    <form method="get" action="/decisions" role="search" aria-label={t("label")} className="mb-5 flex flex-col gap-3">
      <SearchInput label={t("search")} placeholder={t("searchPlaceholder")} defaultValue={query.q} maxLength={200} wrapperClassName="lg:max-w-xl" />
      <div className="grid grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-end">
        {groups.length > 1 ? (
          <div className="col-span-2 flex flex-col gap-1.5 sm:w-72">
            <Label htmlFor="decisions-group">{t("group")}</Label>
            <NativeSelect id="decisions-group" name="group" defaultValue={groupId}>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : (
          <input type="hidden" name="group" value={groupId} />
        )}
        <FilterSelect className="flex flex-col gap-1.5 sm:w-36" id="decisions-year" name="year" label={t("year")} defaultValue={String(query.year ?? "")} allLabel={t("all")}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <FilterSelect className="flex flex-col gap-1.5 sm:w-48" id="decisions-status" name="status" label={t("status")} defaultValue={query.status ?? ""} allLabel={t("all")}
          options={decisionStatuses.map((s) => ({ value: s, label: ts(s) }))}
        />
        {meetings.length ? (
          <div className="col-span-2 flex flex-col gap-1.5 sm:w-80">
            <Label htmlFor="decisions-meeting">{t("meeting")}</Label>
            <NativeSelect id="decisions-meeting" name="meeting" defaultValue={query.meeting ?? ""}>
              <option value="">{t("all")}</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.date} — {m.title}
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : null}
        <div className="col-span-2 flex gap-2">
          <Button type="submit" variant="outline">
            {t("apply")}
          </Button>
          {filtered ? (
            <Button asChild variant="ghost">
              <Link href={`/decisions?group=${encodeURIComponent(groupId)}`}>{t("clear")}</Link>
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
