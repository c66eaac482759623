// The institutions list is driven by its URL (?q=&kind=&status=&scope=&sort=&dir=&page=), so
// a filtered, sorted view can be bookmarked, shared and works without JavaScript. Unknown or
// malformed values fall back to the defaults instead of failing the page.
import { z } from "zod";
import { institutionKinds } from "@/lib/institutions/schema";
import { foldText } from "@/lib/format/fold-text";

export const institutionSorts = ["name", "shortName", "kind", "people", "groups"] as const;
export type InstitutionSort = (typeof institutionSorts)[number];
export const institutionStatuses = ["active", "archived", "all"] as const;
export type InstitutionStatus = (typeof institutionStatuses)[number];
export const institutionScopes = ["group", "all"] as const;
export type InstitutionScope = (typeof institutionScopes)[number];

export const INSTITUTIONS_PAGE_SIZE = 25;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const lenient = <T extends z.ZodType>(schema: T, fallback: z.infer<T>) => z.preprocess(first, schema).catch(fallback);

const listQuerySchema = z.object({
  q: lenient(z.string().trim().max(200), ""),
  kind: lenient(z.enum(institutionKinds).nullable(), null),
  status: lenient(z.enum(institutionStatuses), "active"),
  scope: lenient(z.enum(institutionScopes).nullable(), null),
  sort: lenient(z.enum(institutionSorts), "name"),
  dir: lenient(z.enum(["asc", "desc"]), "asc"),
  page: lenient(z.coerce.number().int().min(1).max(10_000), 1),
});

export type InstitutionListQuery = Omit<z.infer<typeof listQuerySchema>, "scope"> & { scope: InstitutionScope };

/**
 * Reads the list's search params. `scope` defaults to the current group when the user works
 * in one (the list sits next to that group's meetings and actions), otherwise to everything.
 */
export function parseInstitutionListQuery(
  params: Record<string, string | string[] | undefined>,
  options: { hasCurrentGroup: boolean },
): InstitutionListQuery {
  const parsed = listQuerySchema.parse(params);
  const scope: InstitutionScope = !options.hasCurrentGroup ? "all" : (parsed.scope ?? "group");
  return { ...parsed, scope };
}

/** The defaults, left out of URLs so they stay short. */
const defaults = { q: "", kind: null, status: "active", sort: "name", dir: "asc", page: 1 } as const;

/** URL of the list with `changes` applied; any change other than the page goes back to page 1. */
export function institutionListHref(query: InstitutionListQuery, changes: Partial<InstitutionListQuery> = {}): string {
  const next: InstitutionListQuery = { ...query, ...changes, page: changes.page ?? 1 };
  const params = new URLSearchParams();
  if (next.q !== defaults.q) params.set("q", next.q);
  if (next.kind !== defaults.kind) params.set("kind", next.kind);
  if (next.status !== defaults.status) params.set("status", next.status);
  // Scope is always written: its default depends on the user's current group.
  params.set("scope", next.scope);
  if (next.sort !== defaults.sort || next.dir !== defaults.dir) {
    params.set("sort", next.sort);
    params.set("dir", next.dir);
  }
  if (next.page !== defaults.page) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/institutions?${search}` : "/institutions";
}

/**
 * Every word of the query must occur in the name or the short name, ignoring case and
 * diacritics. Done here rather than in SQL because `unaccent` is not available everywhere.
 */
export function matchesInstitutionSearch(row: { name: string; shortName: string }, q: string): boolean {
  const words = foldText(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText(`${row.name} ${row.shortName}`);
  return words.every((word) => haystack.includes(word));
}

export type InstitutionSortKey = { id: string; name: string; shortName: string; kind: string; peopleCount: number; groupCount: number };

/**
 * Orders rows by the chosen column with a locale-aware collation (the database may sort
 * bytewise, putting "Ś" after "Z"); ties go by name A–Z, then by id so pages never overlap.
 */
export function sortInstitutionKeys<T extends InstitutionSortKey>(
  rows: T[],
  sort: InstitutionSort,
  dir: "asc" | "desc",
  options: { locale: string; kindLabels?: Partial<Record<string, string>> },
): T[] {
  const collator = new Intl.Collator(options.locale, { sensitivity: "base", numeric: true });
  const kindLabel = (kind: string) => options.kindLabels?.[kind] ?? kind;
  const primary = (a: T, b: T): number => {
    switch (sort) {
      case "name":
        return collator.compare(a.name, b.name);
      case "shortName":
        return collator.compare(a.shortName, b.shortName);
      case "kind":
        return collator.compare(kindLabel(a.kind), kindLabel(b.kind));
      case "people":
        return a.peopleCount - b.peopleCount;
      case "groups":
        return a.groupCount - b.groupCount;
    }
  };
  const sign = dir === "desc" ? -1 : 1;
  return [...rows].sort((a, b) => sign * primary(a, b) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
