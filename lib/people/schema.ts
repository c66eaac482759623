// Input schemas for people: the directory's URL state and the profile edit form.
import { z } from "zod";
import type { GroupRole } from "@/lib/generated/prisma/enums";

export const groupRoles = ["COORDINATOR", "MEMBER", "REVIEWER", "OBSERVER"] as const satisfies readonly GroupRole[];

const id = z.string().trim().min(1).max(64);

/** Empty select / input means "none": stored as null, never as "". */
const optionalId = z
  .union([z.string().trim().max(64), z.null()])
  .optional()
  .transform((v) => (v ? v : null));

export const updatePersonSchema = z.object({
  id,
  name: z.string().trim().min(1).max(200),
  institutionId: optionalId,
  /** Only administrators may change it; omitted by everyone else's form. */
  email: z.string().trim().toLowerCase().min(1).max(320).email().optional(),
});
export type UpdatePersonInput = z.infer<typeof updatePersonSchema>;

export const personIdSchema = z.object({ id });
export type PersonIdInput = z.infer<typeof personIdSchema>;

export const personSorts = ["name", "institution", "lastLogin"] as const;
export type PersonSort = (typeof personSorts)[number];
export const archivedFilters = ["active", "archived", "all"] as const;
export type ArchivedFilter = (typeof archivedFilters)[number];

export const PEOPLE_PAGE_SIZE = 50;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const emptyToUndefined = (v: unknown) => {
  const value = first(v);
  return value === "" ? undefined : value;
};

/** The /people list state from the URL; anything malformed falls back to the default. */
export const personListQuerySchema = z.object({
  q: z.preprocess(first, z.string().trim().max(200).catch("")).default(""),
  institutionId: z.preprocess(emptyToUndefined, id.optional().catch(undefined)),
  role: z.preprocess(emptyToUndefined, z.enum(groupRoles).optional().catch(undefined)),
  archived: z.preprocess(first, z.enum(archivedFilters).catch("active")).default("active"),
  sort: z.preprocess(first, z.enum(personSorts).catch("name")).default("name"),
  dir: z.preprocess(first, z.enum(["asc", "desc"]).catch("asc")).default("asc"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});
export type PersonListQuery = z.infer<typeof personListQuerySchema>;

export function parsePersonListQuery(searchParams: Record<string, string | string[] | undefined>): PersonListQuery {
  return personListQuerySchema.parse(searchParams);
}

/** The defaults, left out of URLs so they stay short. */
const listDefaults = { q: "", archived: "active", sort: "name", dir: "asc", page: 1 } as const;

/** URL of the people list with `changes` applied; any change other than the page goes back to page 1. */
export function personListHref(query: PersonListQuery, changes: Partial<PersonListQuery> = {}): string {
  const next: PersonListQuery = { ...query, ...changes, page: changes.page ?? 1 };
  const params = new URLSearchParams();
  if (next.q !== listDefaults.q) params.set("q", next.q);
  if (next.institutionId) params.set("institutionId", next.institutionId);
  if (next.role) params.set("role", next.role);
  if (next.archived !== listDefaults.archived) params.set("archived", next.archived);
  if (next.sort !== listDefaults.sort || next.dir !== listDefaults.dir) {
    params.set("sort", next.sort);
    params.set("dir", next.dir);
  }
  if (next.page !== listDefaults.page) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/people?${search}` : "/people";
}
