import { useTranslations } from "next-intl";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { SearchInput } from "@/components/ui/search-input";
import { ListFilterActions } from "@/components/forms/list-filter-actions";
import { archivedFilters, groupRoles, personListHref, personSorts, type PersonListQuery } from "@/lib/people/schema";

type InstitutionOption = { id: string; name: string; shortName: string };

/**
 * A plain GET form: filtering works without JavaScript and gives a shareable URL. Sorting sits
 * in the column headers on wide screens; phones get it here, since the cards have no headers.
 */
export function PeopleFilters({
  query,
  institutions,
  groupName,
}: {
  query: PersonListQuery;
  institutions: InstitutionOption[];
  /** The group the role filter applies to; no role filter without one. */
  groupName: string | null;
}) {
  const t = useTranslations("people.list");
  const filtered = query.q !== "" || !!query.institutionId || !!query.role || query.archived !== "active";
  return (
    <form method="get" action="/people" role="search" aria-label={t("filters")} className="mb-5 flex flex-col gap-3">
      <SearchInput label={t("searchLabel")} placeholder={t("searchPlaceholder")} defaultValue={query.q} maxLength={200} wrapperClassName="lg:max-w-xl" />
      <div className="grid grid-cols-2 gap-3 sm:flex sm:flex-wrap sm:items-end">
        <div className="col-span-2 flex flex-col gap-1.5 sm:w-64">
          <Label htmlFor="people-institution">{t("institution")}</Label>
          <NativeSelect id="people-institution" name="institutionId" defaultValue={query.institutionId ?? ""}>
            <option value="">{t("allInstitutions")}</option>
            {institutions.map((i) => (
              <option key={i.id} value={i.id}>
                {i.shortName} — {i.name}
              </option>
            ))}
          </NativeSelect>
        </div>
        {groupName ? (
          <div className="col-span-2 flex flex-col gap-1.5 sm:w-56">
            <Label htmlFor="people-role" title={groupName}>
              {t("role")}
            </Label>
            <RoleSelect id="people-role" value={query.role ?? ""} />
          </div>
        ) : null}
        <div className="flex flex-col gap-1.5 sm:w-40">
          <Label htmlFor="people-archived">{t("archived")}</Label>
          <NativeSelect id="people-archived" name="archived" defaultValue={query.archived}>
            {archivedFilters.map((value) => (
              <option key={value} value={value}>
                {t(`archivedOptions.${value}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <ListFilterActions
          idPrefix="people"
          namespace="people.list"
          sorts={personSorts}
          sort={query.sort}
          dir={query.dir}
          clearHref={filtered ? personListHref(query, { q: "", institutionId: undefined, role: undefined, archived: "active" }) : null}
        />
      </div>
    </form>
  );
}

function RoleSelect({ id, value }: { id: string; value: string }) {
  const t = useTranslations("people");
  return (
    <NativeSelect id={id} name="role" defaultValue={value}>
      <option value="">{t("list.allRoles")}</option>
      {groupRoles.map((role) => (
        <option key={role} value={role}>
          {t(`roles.${role}`)}
        </option>
      ))}
    </NativeSelect>
  );
}
