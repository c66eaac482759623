"use client";
// Search, archived filter and order of /groups as a plain GET form: it works without
// JavaScript, and with it the selects apply at once (next/form navigates client-side).
import Form from "next/form";
import Link from "next/link";
import { LayoutGrid, Table2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { NativeSelect } from "@/components/ui/native-select";
import { SearchInput } from "@/components/ui/search-input";
import { groupListHref } from "@/lib/groups/list";
import { archivedFilters, groupSorts, groupViews, type GroupListQuery } from "@/lib/groups/schema";

export function GroupListToolbar({ query }: { query: GroupListQuery }) {
  const t = useTranslations("groups.list");
  const submitOnChange = (e: React.ChangeEvent<HTMLSelectElement>) => e.currentTarget.form?.requestSubmit();
  return (
    <div className="mb-5 flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
      <Form action="/groups" role="search" aria-label={t("searchLabel")} className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
        <div className="flex gap-2 sm:w-72">
          <SearchInput label={t("searchLabel")} placeholder={t("searchPlaceholder")} defaultValue={query.q} />
          <Button type="submit" variant="outline">
            {t("searchButton")}
          </Button>
        </div>
        <div className="grid grid-cols-2 gap-2 sm:flex sm:items-end">
          <label className="flex flex-col gap-1 text-xs font-medium text-muted-foreground">
            {t("archivedLabel")}
            <NativeSelect name="archived" defaultValue={query.archived} onChange={submitOnChange} wrapperClassName="sm:w-40">
              {archivedFilters.map((f) => (
                <option key={f} value={f}>
                  {t(`archived.${f}`)}
                </option>
              ))}
            </NativeSelect>
          </label>
          <label className="flex flex-col gap-1 text-xs font-medium text-muted-foreground">
            {t("sortLabel")}
            <NativeSelect name="sort" defaultValue={query.sort} onChange={submitOnChange} wrapperClassName="sm:w-44">
              {groupSorts.map((s) => (
                <option key={s} value={s}>
                  {t(`sort.${s}`)}
                </option>
              ))}
            </NativeSelect>
          </label>
          <label className="col-span-2 flex flex-col gap-1 text-xs font-medium text-muted-foreground sm:col-span-1">
            {t("dirLabel")}
            <NativeSelect name="dir" defaultValue={query.dir} onChange={submitOnChange} wrapperClassName="sm:w-36">
              <option value="asc">{t("dir.asc")}</option>
              <option value="desc">{t("dir.desc")}</option>
            </NativeSelect>
          </label>
        </div>
        {query.view !== "cards" ? <input type="hidden" name="view" value={query.view} /> : null}
      </Form>
      <nav aria-label={t("viewLabel")} className="flex shrink-0 gap-1 self-start rounded-lg border bg-card p-1 lg:self-auto">
        {groupViews.map((view) => {
          const Icon = view === "cards" ? LayoutGrid : Table2;
          const active = query.view === view;
          return (
            <Link
              key={view}
              href={groupListHref(query, { view, page: 1 })}
              aria-current={active ? "page" : undefined}
              scroll={false}
              className={cn(
                "inline-flex h-8 items-center gap-1.5 rounded-md px-3 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground",
                active && "bg-secondary text-secondary-foreground",
              )}
            >
              <Icon aria-hidden="true" className="size-4" />
              {t(`view.${view}`)}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
