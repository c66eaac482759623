import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
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
          <div className="col-span-2 flex flex-col gap-1.5 sm:w-64">
            <Label htmlFor="meetings-group">{t("group")}</Label>
            <NativeSelect id="meetings-group" name="group" defaultValue={groupValue}>
              <option value="all">{t("allGroups")}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : null}
        <div className="flex flex-col gap-1.5 sm:w-52">
          <Label htmlFor="meetings-kind">{t("kind")}</Label>
          <NativeSelect id="meetings-kind" name="kind" defaultValue={query.kind ?? ""}>
            <option value="">{t("all")}</option>
            {meetingKinds.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1.5 sm:w-48">
          <Label htmlFor="meetings-status">{t("status")}</Label>
          <NativeSelect id="meetings-status" name="status" defaultValue={query.status ?? ""}>
            <option value="">{t("all")}</option>
            {meetingStatuses.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </NativeSelect>
        </div>
        {institutions.length ? (
          <div className="col-span-2 flex flex-col gap-1.5 sm:w-64">
            <Label htmlFor="meetings-institution">{t("institution")}</Label>
            <NativeSelect id="meetings-institution" name="institution" defaultValue={query.institution ?? ""}>
              <option value="">{t("all")}</option>
              {institutions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
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
              <Link href={`/meetings?tab=${query.tab}`}>{t("clear")}</Link>
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
