import { useTranslations } from "next-intl";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { SearchInput } from "@/components/ui/search-input";
import { ListFilterActions } from "@/components/forms/list-filter-actions";
import { institutionKinds } from "@/lib/institutions/schema";
import { institutionListHref, institutionScopes, institutionSorts, institutionStatuses, type InstitutionListQuery } from "@/lib/institutions/list-query";

/**
 * A plain GET form: filtering works without JavaScript and the result is a shareable URL.
 * Sorting is in the column headers on wide screens; phones get it here, since cards have no headers.
 */
export function InstitutionFilters({ query, hasCurrentGroup }: { query: InstitutionListQuery; hasCurrentGroup: boolean }) {
  const t = useTranslations("institutions");
  const filtered = query.q !== "" || query.kind !== null || query.status !== "active";
  return (
    <form method="get" action="/institutions" role="search" aria-label={t("list.filters")} className="mb-5 flex flex-col gap-3">
      <SearchInput
        label={t("list.searchLabel")}
        placeholder={t("list.searchPlaceholder")}
        defaultValue={query.q}
        maxLength={200}
        wrapperClassName="lg:max-w-xl"
      />
      <div className="grid grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-end">
        <div className="col-span-2 flex flex-col gap-1.5 sm:w-56">
          <Label htmlFor="institutions-kind">{t("list.kind")}</Label>
          <NativeSelect id="institutions-kind" name="kind" defaultValue={query.kind ?? ""}>
            <option value="">{t("list.allKinds")}</option>
            {institutionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1.5 sm:w-52">
          <Label htmlFor="institutions-status">{t("list.status")}</Label>
          <NativeSelect id="institutions-status" name="status" defaultValue={query.status}>
            {institutionStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`list.statuses.${status}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        {hasCurrentGroup ? (
          <div className="flex flex-col gap-1.5 sm:w-52">
            <Label htmlFor="institutions-scope">{t("list.scope")}</Label>
            <NativeSelect id="institutions-scope" name="scope" defaultValue={query.scope}>
              {institutionScopes.map((scope) => (
                <option key={scope} value={scope}>
                  {t(`list.scopes.${scope}`)}
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : null}
        <ListFilterActions
          idPrefix="institutions"
          namespace="institutions.list"
          sorts={institutionSorts}
          sort={query.sort}
          dir={query.dir}
          clearHref={filtered ? institutionListHref(query, { q: "", kind: null, status: "active" }) : null}
        />
      </div>
    </form>
  );
}
