// Searching and ordering the people list. Both are done in code rather than SQL: `unaccent` is
// not available everywhere, and PGlite and many PostgreSQL installs collate by byte values.
import type { PersonSort } from "@/lib/people/schema";
import { foldText } from "@/lib/format/fold-text";

/** Every word of the query must occur in the name or the e-mail ("zielinski" finds "Zieliński"). */
export function matchesPersonSearch(person: { name: string; email: string }, q: string): boolean {
  const words = foldText(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText(`${person.name} ${person.email}`);
  return words.every((word) => haystack.includes(word));
}

// Polish collation ("Ł" after "L", "Ś" after "S", case-insensitive) whatever the database's
// collation is; PGlite and many PostgreSQL installs sort by byte values.
const collator = new Intl.Collator("pl", { sensitivity: "base", numeric: true });

type SortRow = { id: string; name: string; lastLoginAt: Date | null; institution: { name: string } | null };

/** Orders rows for the list; the id breaks ties so pages stay stable between requests. */
export function comparePeople(sort: PersonSort, dir: "asc" | "desc"): (a: SortRow, b: SortRow) => number {
  const sign = dir === "asc" ? 1 : -1;
  const byName = (a: SortRow, b: SortRow) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  switch (sort) {
    case "name":
      return (a, b) => sign * byName(a, b);
    case "institution":
      // People without an institution come last in either direction.
      return (a, b) => {
        if (!a.institution || !b.institution) return a.institution ? -1 : b.institution ? 1 : byName(a, b);
        return sign * collator.compare(a.institution.name, b.institution.name) || byName(a, b);
      };
    case "lastLogin":
      // Never signed in comes last in either direction.
      return (a, b) => {
        if (!a.lastLoginAt || !b.lastLoginAt) return a.lastLoginAt ? -1 : b.lastLoginAt ? 1 : byName(a, b);
        return sign * (a.lastLoginAt.getTime() - b.lastLoginAt.getTime()) || byName(a, b);
      };
  }
}
