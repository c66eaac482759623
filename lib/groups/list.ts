// Search, order and pages of the /groups list. A person belongs to a handful of groups
// (an administrator to a few dozen), so this runs in memory on the already scoped rows:
// that gives Polish alphabetical order and accent-free search whatever the database collation.
import type { GroupListQuery, GroupSort } from "@/lib/groups/schema";
import { foldText } from "@/lib/format/fold-text";

export type GroupListRow = {
  name: string;
  programme: string | null;
  description: string | null;
  startDate: Date | null;
  institutionCount: number;
  memberCount: number;
};

export const GROUPS_PER_PAGE = 24;

/** Every word of the query must occur in the name, programme or description. */
export function matchesGroupSearch(row: GroupListRow, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText([row.name, row.programme ?? "", row.description ?? ""].join(" "));
  return words.every((w) => haystack.includes(w));
}

export function sortGroupRows<T extends GroupListRow>(rows: T[], sort: GroupSort, dir: "asc" | "desc", locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const byName = (a: T, b: T) => collator.compare(a.name, b.name);
  const sign = dir === "desc" ? -1 : 1;
  const primary = (a: T, b: T): number => {
    switch (sort) {
      case "name":
        return byName(a, b);
      case "startDate":
        return (a.startDate?.getTime() ?? 0) - (b.startDate?.getTime() ?? 0);
      case "institutions":
        return a.institutionCount - b.institutionCount;
      case "people":
        return a.memberCount - b.memberCount;
    }
  };
  return [...rows].sort((a, b) => {
    // Groups without a start date go last in either direction: "unknown" is not "earliest".
    if (sort === "startDate" && (a.startDate === null) !== (b.startDate === null)) return a.startDate === null ? 1 : -1;
    return sign * primary(a, b) || byName(a, b);
  });
}

export function paginate<T>(rows: T[], page: number, perPage = GROUPS_PER_PAGE): { items: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(rows.length / perPage));
  const current = Math.min(Math.max(1, page), pageCount);
  return { items: rows.slice((current - 1) * perPage, current * perPage), page: current, pageCount };
}

/** The /groups URL for a query, leaving out defaults so links stay short and shareable. */
export function groupListHref(query: GroupListQuery, changes: Partial<GroupListQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.dir !== "asc") params.set("dir", next.dir);
  if (next.archived !== "active") params.set("archived", next.archived);
  if (next.view !== "cards") params.set("view", next.view);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/groups?${search}` : "/groups";
}
