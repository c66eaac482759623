// Input schemas of the groups domain: the group itself, its partner institutions and its people.
import { z } from "zod";

export const groupKinds = ["WORKING_GROUP", "PROJECT_PARTNERSHIP"] as const;
export const partnerRoles = ["LEAD", "PARTNER", "ASSOCIATED", "OBSERVER"] as const;
export const groupRoles = ["COORDINATOR", "MEMBER", "REVIEWER", "OBSERVER"] as const;

export const GROUP_NAME_MAX = 200;
export const GROUP_DESCRIPTION_MAX = 5000;
export const GROUP_PROGRAMME_MAX = 300;
export const GROUP_FUNDING_MAX = 300;

/** Database ids (cuid) sent back by forms; bounded so nobody posts megabytes as an id. */
export const idSchema = z.string().trim().min(1).max(64);

/** Optional free text: trimmed, and an empty field is stored as "nothing" (null), not "". */
function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
}

/** A calendar date as typed in <input type="date"> (YYYY-MM-DD); empty means not set. */
const optionalDate = z
  .union([z.literal(""), z.iso.date()])
  .nullish()
  .transform((v) => (v ? v : null));

const groupFields = z.object({
  name: z.string().trim().min(1).max(GROUP_NAME_MAX),
  kind: z.enum(groupKinds),
  description: optionalText(GROUP_DESCRIPTION_MAX),
  programme: optionalText(GROUP_PROGRAMME_MAX),
  funding: optionalText(GROUP_FUNDING_MAX),
  startDate: optionalDate,
  endDate: optionalDate,
});

// ISO dates compare correctly as strings; a one-day group (end = start) is allowed.
const endNotBeforeStart = (v: { startDate: string | null; endDate: string | null }) =>
  !v.startDate || !v.endDate || v.endDate >= v.startDate;
const endBeforeStartIssue = { message: "endBeforeStart", path: ["endDate"] };

export const createGroupSchema = groupFields.refine(endNotBeforeStart, endBeforeStartIssue);
export type CreateGroupInput = z.infer<typeof createGroupSchema>;

export const updateGroupSchema = groupFields.extend({ groupId: idSchema }).refine(endNotBeforeStart, endBeforeStartIssue);
export type UpdateGroupInput = z.infer<typeof updateGroupSchema>;
export type GroupFields = Omit<UpdateGroupInput, "groupId">;

export const groupIdSchema = z.object({ groupId: idSchema });

export const addGroupInstitutionSchema = z.object({
  groupId: idSchema,
  institutionId: idSchema,
  partnerRole: z.enum(partnerRoles).default("PARTNER"),
});
export type AddGroupInstitutionInput = z.infer<typeof addGroupInstitutionSchema>;

export const changePartnerRoleSchema = z.object({ groupId: idSchema, institutionId: idSchema, partnerRole: z.enum(partnerRoles) });
export const removeGroupInstitutionSchema = z.object({ groupId: idSchema, institutionId: idSchema });

export const addGroupMemberSchema = z.object({ groupId: idSchema, userId: idSchema, role: z.enum(groupRoles).default("MEMBER") });
export type AddGroupMemberInput = z.infer<typeof addGroupMemberSchema>;

export const changeMemberRoleSchema = z.object({ groupId: idSchema, userId: idSchema, role: z.enum(groupRoles) });
export const removeGroupMemberSchema = z.object({ groupId: idSchema, userId: idSchema });

/** "2014-04-30" → the Date Prisma stores in a DATE column (UTC midnight, so no zone can shift the day). */
export function toDbDate(value: string | null): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}

/** A DATE column back to the YYYY-MM-DD an <input type="date"> expects. */
export function toDateInputValue(value: Date | null | undefined): string {
  return value ? value.toISOString().slice(0, 10) : "";
}

/** Tabs of the group page, chosen with ?tab= (anything else opens the details). */
export const groupTabs = ["details", "institutions", "people"] as const;
export type GroupTab = (typeof groupTabs)[number];

export function parseGroupTab(value: string | string[] | undefined): GroupTab {
  const tab = Array.isArray(value) ? value[0] : value;
  return (groupTabs as readonly string[]).includes(tab ?? "") ? (tab as GroupTab) : "details";
}

// ---- The /groups list: search, sort, archived filter and layout, read from the URL.

export const groupSorts = ["name", "startDate", "institutions", "people"] as const;
export type GroupSort = (typeof groupSorts)[number];
export const archivedFilters = ["active", "archived", "all"] as const;
export type ArchivedFilter = (typeof archivedFilters)[number];
export const groupViews = ["cards", "table"] as const;
export type GroupView = (typeof groupViews)[number];

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** Never fails: a hand-edited or stale URL falls back to the defaults instead of an error page. */
export const groupListQuerySchema = z.object({
  q: z.preprocess(first, z.string().trim().max(200).catch("")).default(""),
  sort: z.preprocess(first, z.enum(groupSorts).catch("name")).default("name"),
  dir: z.preprocess(first, z.enum(["asc", "desc"]).catch("asc")).default("asc"),
  archived: z.preprocess(first, z.enum(archivedFilters).catch("active")).default("active"),
  view: z.preprocess(first, z.enum(groupViews).catch("cards")).default("cards"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});
export type GroupListQuery = z.infer<typeof groupListQuerySchema>;

export function parseGroupListQuery(searchParams: Record<string, string | string[] | undefined>): GroupListQuery {
  return groupListQuerySchema.parse(searchParams);
}
