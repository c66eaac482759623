import { useTranslations } from "next-intl";
import { ListFilterActions } from "@/components/forms/list-filter-actions";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { FilterSelect } from "@/components/forms/filter-select";
import { SearchInput } from "@/components/ui/search-input";
import { actionSorts, type ActionFilters } from "@/lib/actions/filters";
import { actionStatuses } from "@/lib/actions/schema";
import type { ActionFilterOptions } from "@/lib/actions/data";

type Props = {
  /** Where the form submits: /actions or /actions/board. */
  path: string;
  filters: ActionFilters;
  /** The group select's value: a group id or "all". */
  groupValue: string;
  groups: { id: string; name: string }[];
  options: ActionFilterOptions;
  /** The board shows every status in its columns, so it has no status filter. */
  showStatus?: boolean;
  clearHref: string | null;
};

/** A plain GET form: filtering works without JavaScript and gives a shareable, savable URL. */
export function ActionFiltersForm({ path, filters, groupValue, groups, options, showStatus = true, clearHref }: Props) {
  const t = useTranslations("actions.filters");
  const ts = useTranslations("actions.statuses");
  return (
    <form method="get" action={path} role="search" aria-label={t("label")} className="mb-5 flex flex-col gap-4 rounded-lg border bg-card p-4 shadow-card">
      <SearchInput label={t("search")} placeholder={t("search")} defaultValue={filters.q} maxLength={200} wrapperClassName="lg:max-w-2xl" />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {groups.length > 1 ? (
          <FilterSelect className="flex flex-col gap-1.5" id="actions-group" name="group" label={t("group")} defaultValue={groupValue} allLabel={t("allGroups")} allValue="all"
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
          />
        ) : (
          <input type="hidden" name="group" value={groupValue} />
        )}
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="actions-institution">{t("institution")}</Label>
          <NativeSelect id="actions-institution" name="institution" defaultValue={filters.institution ?? ""}>
            <option value="">{t("all")}</option>
            {options.institutions.map((i) => (
              <option key={i.id} value={i.id}>
                {i.shortName} — {i.name}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="actions-person">{t("person")}</Label>
          <NativeSelect id="actions-person" name="person" defaultValue={filters.person ?? ""}>
            <option value="">{t("all")}</option>
            {options.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.institution ? `${p.name} (${p.institution.shortName})` : p.name}
              </option>
            ))}
          </NativeSelect>
        </div>
        <FilterSelect className="flex flex-col gap-1.5" id="actions-meeting" name="meeting" label={t("meeting")} defaultValue={filters.meeting ?? ""} allLabel={t("all")}
          options={options.meetings.map((m) => ({ value: m.id, label: m.title }))}
        />
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="actions-due-from">{t("dueFrom")}</Label>
          <Input id="actions-due-from" type="date" name="dueFrom" defaultValue={filters.dueFrom ?? ""} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="actions-due-to">{t("dueTo")}</Label>
          <Input id="actions-due-to" type="date" name="dueTo" defaultValue={filters.dueTo ?? ""} />
        </div>
        <div className="flex items-end pb-2">
          <label className="inline-flex cursor-pointer items-center gap-2 text-sm font-medium">
            <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="size-4 accent-[var(--primary)]" />
            {t("overdue")}
          </label>
        </div>
      </div>
      {showStatus ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">
            {t("status")} <span className="font-normal text-muted-foreground">— {t("anyStatus")}</span>
          </legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {actionStatuses.map((s) => (
              <label key={s} className="inline-flex cursor-pointer items-center gap-2 text-sm">
                <input type="checkbox" name="status" value={s} defaultChecked={filters.status.includes(s)} className="size-4 accent-[var(--primary)]" />
                {ts(s)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="grid grid-cols-2 gap-3 md:flex md:items-end">
        <ListFilterActions idPrefix="actions" namespace="actions.filters" sorts={actionSorts} sort={filters.sort} dir={filters.dir} clearHref={clearHref} />
      </div>
    </form>
  );
}
