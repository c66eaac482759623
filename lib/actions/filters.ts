// The actions list's state in the URL: filters, sort and page. One parser for the table, the
// board, the export route and saved filters, so a saved or exported view is exactly what the
// person saw. Parsing is lenient: an unknown or malformed value means "no filter", never an error.
import { ActionStatus } from "@/lib/generated/prisma/enums";
import { isCalendarDate } from "@/lib/actions/due";

export const actionSorts = ["number", "title", "due", "status", "priority", "owner", "updated"] as const;
export type ActionSort = (typeof actionSorts)[number];
export type SortDir = "asc" | "desc";

const statuses = Object.values(ActionStatus) as ActionStatus[];

export type ActionFilters = {
  /** A group id, "all" (every group of the person), or null for the group they work in. */
  group: string | null;
  q: string;
  institution: string | null;
  /** Responsible person or deputy. */
  person: string | null;
  /** Empty means every status. */
  status: ActionStatus[];
  dueFrom: string | null;
  dueTo: string | null;
  /** Source meeting. */
  meeting: string | null;
  overdue: boolean;
  sort: ActionSort;
  dir: SortDir;
  page: number;
};

export const defaultActionFilters: ActionFilters = {
  group: null,
  q: "",
  institution: null,
  person: null,
  status: [],
  dueFrom: null,
  dueTo: null,
  meeting: null,
  overdue: false,
  sort: "due",
  dir: "asc",
  page: 1,
};

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function getAll(raw: RawParams, key: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(key);
  const value = raw[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function getOne(raw: RawParams, key: string): string | null {
  const value = getAll(raw, key)[0];
  return value === undefined ? null : value.trim();
}

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

function id(raw: RawParams, key: string): string | null {
  const value = getOne(raw, key);
  return value && ID_RE.test(value) ? value : null;
}

function date(raw: RawParams, key: string): string | null {
  const value = getOne(raw, key);
  return value && isCalendarDate(value) ? value : null;
}

export function parseActionFilters(raw: RawParams): ActionFilters {
  const status = [
    ...new Set(
      getAll(raw, "status")
        .flatMap((v) => v.split(","))
        .map((v) => v.trim().toUpperCase())
        .filter((v): v is ActionStatus => (statuses as string[]).includes(v)),
    ),
  ].sort((a, b) => statuses.indexOf(a) - statuses.indexOf(b));
  const sortValue = getOne(raw, "sort");
  const dirValue = getOne(raw, "dir");
  const pageValue = Number(getOne(raw, "page"));
  let dueFrom = date(raw, "dueFrom");
  let dueTo = date(raw, "dueTo");
  // A reversed range is what the person meant the other way round.
  if (dueFrom && dueTo && dueFrom > dueTo) [dueFrom, dueTo] = [dueTo, dueFrom];
  const group = getOne(raw, "group");
  const overdue = getOne(raw, "overdue");
  return {
    group: group === "all" ? "all" : group && ID_RE.test(group) ? group : null,
    q: (getOne(raw, "q") ?? "").slice(0, 200),
    institution: id(raw, "institution"),
    person: id(raw, "person"),
    status,
    dueFrom,
    dueTo,
    meeting: id(raw, "meeting"),
    overdue: overdue === "1" || overdue === "true",
    sort: (actionSorts as readonly string[]).includes(sortValue ?? "") ? (sortValue as ActionSort) : defaultActionFilters.sort,
    dir: dirValue === "desc" ? "desc" : dirValue === "asc" ? "asc" : defaultActionFilters.dir,
    page: Number.isInteger(pageValue) && pageValue >= 1 && pageValue <= 10_000 ? pageValue : 1,
  };
}

/**
 * The query string for `filters` (without "?"), in a stable order and without defaults, so
 * equal views have equal URLs. `omit` leaves out parts (saved filters keep neither the group,
 * which they belong to, nor the page).
 */
export function serializeActionFilters(filters: ActionFilters, omit: { group?: boolean; page?: boolean } = {}): string {
  const p = new URLSearchParams();
  if (!omit.group && filters.group) p.set("group", filters.group);
  if (filters.q) p.set("q", filters.q);
  if (filters.institution) p.set("institution", filters.institution);
  if (filters.person) p.set("person", filters.person);
  for (const s of filters.status) p.append("status", s);
  if (filters.dueFrom) p.set("dueFrom", filters.dueFrom);
  if (filters.dueTo) p.set("dueTo", filters.dueTo);
  if (filters.meeting) p.set("meeting", filters.meeting);
  if (filters.overdue) p.set("overdue", "1");
  if (filters.sort !== defaultActionFilters.sort || filters.dir !== defaultActionFilters.dir) {
    p.set("sort", filters.sort);
    p.set("dir", filters.dir);
  }
  if (!omit.page && filters.page > 1) p.set("page", String(filters.page));
  return p.toString();
}

/** URL of a list view with `changes` applied; any change other than the page goes back to page 1. */
export function actionsHref(path: string, filters: ActionFilters, changes: Partial<ActionFilters> = {}): string {
  const query = serializeActionFilters({ ...filters, ...changes, page: changes.page ?? 1 });
  return query ? `${path}?${query}` : path;
}

/** Whether anything narrows the list (the group choice alone does not). */
export function hasActiveFilters(filters: ActionFilters): boolean {
  return Boolean(
    filters.q || filters.institution || filters.person || filters.status.length || filters.dueFrom || filters.dueTo || filters.meeting || filters.overdue,
  );
}

// Polish collation whatever the database's collation is (PGlite sorts by byte values).
const collator = new Intl.Collator("pl", { sensitivity: "base", numeric: true });

const statusRank: Record<ActionStatus, number> = { OPEN: 0, IN_PROGRESS: 1, BLOCKED: 2, DONE: 3, CANCELLED: 4 };
const priorityRank = { LOW: 0, NORMAL: 1, HIGH: 2 } as const;

export type SortableAction = {
  id: string;
  number: number;
  title: string;
  status: ActionStatus;
  priority: keyof typeof priorityRank;
  dueDate: string | null;
  ownerShortName: string;
  updatedAt: Date;
  groupName: string;
};

/**
 * Orders list rows, ties by group and number. By due date: open actions before closed ones, and
 * those without a due date last, in either direction.
 */
export function compareActions(sort: ActionSort, dir: SortDir): (a: SortableAction, b: SortableAction) => number {
  const sign = dir === "asc" ? 1 : -1;
  const tie = (a: SortableAction, b: SortableAction) => collator.compare(a.groupName, b.groupName) || a.number - b.number || (a.id < b.id ? -1 : 1);
  switch (sort) {
    case "number":
      return (a, b) => sign * tie(a, b);
    case "title":
      return (a, b) => sign * collator.compare(a.title, b.title) || tie(a, b);
    case "due":
      // What is still to do comes first in either direction; done and cancelled actions after it.
      return (a, b) => {
        const closed = Number(statusRank[a.status] >= statusRank.DONE) - Number(statusRank[b.status] >= statusRank.DONE);
        if (closed) return closed;
        if (!a.dueDate || !b.dueDate) return a.dueDate ? -1 : b.dueDate ? 1 : tie(a, b);
        return sign * (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) || tie(a, b);
      };
    case "status":
      return (a, b) => sign * (statusRank[a.status] - statusRank[b.status]) || tie(a, b);
    case "priority":
      return (a, b) => sign * (priorityRank[a.priority] - priorityRank[b.priority]) || tie(a, b);
    case "owner":
      return (a, b) => sign * collator.compare(a.ownerShortName, b.ownerShortName) || tie(a, b);
    case "updated":
      return (a, b) => sign * (a.updatedAt.getTime() - b.updatedAt.getTime()) || tie(a, b);
  }
}
