import "server-only";
// The group the user is working in: remembered in a cookie, validated against their
// memberships on every request so a stale or forged cookie never widens access.
import { cookies } from "next/headers";
import type { CurrentUser } from "@/lib/auth/current-user";

export const GROUP_COOKIE = "quorum-group";

export async function getCurrentGroupId(current: CurrentUser): Promise<string | null> {
  const wanted = (await cookies()).get(GROUP_COOKIE)?.value;
  const memberships = current.user.memberships;
  if (wanted && memberships.some((m) => m.groupId === wanted)) return wanted;
  const active = memberships.filter((m) => !m.group.archivedAt).sort((a, b) => a.group.name.localeCompare(b.group.name, "pl"));
  return active[0]?.groupId ?? memberships[0]?.groupId ?? null;
}
