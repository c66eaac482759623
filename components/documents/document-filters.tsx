import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { FilterSelect } from "@/components/forms/filter-select";
import { SearchInput } from "@/components/ui/search-input";
import { documentKinds, documentStatuses, type DocumentListQuery } from "@/lib/documents/schema";

type Option = { id: string; name: string };

/** A plain GET form: filtering works without JavaScript and gives a shareable URL. */
export function DocumentFilters({
  query,
  groupValue,
  groups,
  meetings,
  institutions,
  filtered,
}: {
  query: DocumentListQuery;
  /** The group select's value: a group id, or "all". */
  groupValue: string;
  groups: Option[];
  meetings: Option[];
  institutions: Option[];
  filtered: boolean;
}) {
  const t = useTranslations("documents.filters");
  const tk = useTranslations("documents.kinds");
  const ts = useTranslations("documents.statuses");
  return (
    <form method="get" action="/documents" role="search" aria-label={t("label")} className="mb-5 flex flex-col gap-3">
      <SearchInput label={t("search")} placeholder={t("search")} defaultValue={query.q} maxLength={200} wrapperClassName="lg:max-w-xl" />
      <div className="grid grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-end">
        {groups.length > 1 ? (
          <FilterSelect className="col-span-2 flex flex-col gap-1.5 sm:w-64" id="documents-group" name="group" label={t("group")} defaultValue={groupValue} allLabel={t("allGroups")} allValue="all"
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
          />
        ) : null}
        <FilterSelect className="flex flex-col gap-1.5 sm:w-52" id="documents-kind" name="kind" label={t("kind")} defaultValue={query.kind ?? ""} allLabel={t("all")}
          options={documentKinds.map((k) => ({ value: k, label: tk(k) }))}
        />
        <FilterSelect className="flex flex-col gap-1.5 sm:w-44" id="documents-status" name="status" label={t("status")} defaultValue={query.status ?? ""} allLabel={t("all")}
          options={documentStatuses.map((s) => ({ value: s, label: ts(s) }))}
        />
        {meetings.length ? (
          <FilterSelect className="col-span-2 flex flex-col gap-1.5 sm:w-64" id="documents-meeting" name="meeting" label={t("meeting")} defaultValue={query.meeting ?? ""} allLabel={t("all")}
            options={meetings.map((m) => ({ value: m.id, label: m.name }))}
          />
        ) : null}
        {institutions.length ? (
          <FilterSelect className="col-span-2 flex flex-col gap-1.5 sm:w-64" id="documents-institution" name="institution" label={t("institution")} defaultValue={query.institution ?? ""} allLabel={t("all")}
            options={institutions.map((i) => ({ value: i.id, label: i.name }))}
          />
        ) : null}
        <div className="flex flex-col gap-1.5 sm:w-40">
          <Label htmlFor="documents-archived">{t("visibility")}</Label>
          <NativeSelect id="documents-archived" name="archived" defaultValue={query.archived}>
            <option value="active">{t("active")}</option>
            <option value="archived">{t("archived")}</option>
          </NativeSelect>
        </div>
        <div className="col-span-2 flex gap-2">
          <Button type="submit" variant="outline">
            {t("apply")}
          </Button>
          {filtered ? (
            <Button asChild variant="ghost">
              <Link href={`/documents?group=${encodeURIComponent(groupValue)}`}>{t("clear")}</Link>
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
