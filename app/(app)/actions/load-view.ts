import "server-only";
// What every actions list view (table, board) works out from the request: the person, the
// filters from the URL, which groups are listed, and "today" in Warsaw.
import { requireUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { listGroupIds } from "@/lib/actions/data";
import { todayIn } from "@/lib/actions/due";
import { parseActionFilters, serializeActionFilters, type ActionFilters } from "@/lib/actions/filters";
import { canAgreedAction } from "@/lib/permissions/ability";

export async function loadActionsView(raw: Record<string, string | string[] | undefined>) {
  const current = await requireUser();
  const parsed = parseActionFilters(raw);
  const currentGroupId = await getCurrentGroupId(current);
  const groups = current.user.memberships
    .map((m) => ({ id: m.group.id, name: m.group.name, archived: m.group.archivedAt !== null }))
    .sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name, "pl"));
  // Default to the group the person works in; "all" widens to every group they belong to.
  const groupValue =
    parsed.group && (parsed.group === "all" || groups.some((g) => g.id === parsed.group)) ? parsed.group : (currentGroupId ?? "all");
  const filters: ActionFilters = { ...parsed, group: groupValue };
  const groupIds = listGroupIds(current.actor, groupValue, currentGroupId);
  const singleGroup = groupIds.length === 1 ? (groups.find((g) => g.id === groupIds[0]) ?? null) : null;
  const now = new Date();
  const createIn = singleGroup ?? groups.find((g) => g.id === currentGroupId) ?? null;
  const canCreate = createIn ? canAgreedAction(current.actor, "create", { groupId: createIn.id, groupArchived: createIn.archived, ownerInstitutionId: null }) : false;
  return {
    current,
    filters,
    groups,
    groupValue,
    groupIds,
    singleGroup,
    now,
    today: todayIn(now),
    canCreate,
    createHref: createIn ? `/actions/new?group=${encodeURIComponent(createIn.id)}` : "/actions/new",
    /** The view's query without the page: kept by the view links, exports and saved filters. */
    query: serializeActionFilters(filters, { page: true }),
  };
}

/** Whether the person may change this row (the UI hides what the server would refuse). */
export function rowPermissions<R extends { groupId: string; ownerInstitutionId?: string; ownerInstitution: { id: string }; group: { archivedAt: Date | null } }>(
  actor: Parameters<typeof canAgreedAction>[0],
  row: R,
): { canUpdate: boolean } {
  return {
    canUpdate: canAgreedAction(actor, "update", { groupId: row.groupId, groupArchived: row.group.archivedAt !== null, ownerInstitutionId: row.ownerInstitution.id }),
  };
}
