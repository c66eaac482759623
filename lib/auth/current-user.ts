import "server-only";
// The signed-in user for this request, checked against the database every time:
// a bumped sessionVersion or an archived account ends the session at once.
import { cache } from "react";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { db } from "@/lib/db/client";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/permissions/ability";

export async function loadActor(userId: string, sessionVersion?: number) {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      institution: { select: { id: true, name: true, shortName: true } },
      memberships: { include: { group: { select: { id: true, name: true, archivedAt: true } } } },
    },
  });
  if (!user || user.archivedAt) return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  const actor: Actor = {
    id: user.id,
    isAdmin: user.isAdmin,
    institutionId: user.institutionId,
    archived: false,
    memberships: Object.fromEntries(
      user.memberships.map((m) => [m.groupId, { role: m.role, groupArchived: m.group.archivedAt !== null }]),
    ),
  };
  return { user, actor };
}

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof loadActor>>>;

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  return loadActor(token.sub, token.sv);
});

/** Decodes the next-auth JWT from the (possibly chunked) session cookie. */
async function readSessionToken(): Promise<{ sub: string; sv: number } | null> {
  const jar = await cookies();
  const name = jar.get("__Secure-next-auth.session-token") || jar.get("__Secure-next-auth.session-token.0")
    ? "__Secure-next-auth.session-token"
    : "next-auth.session-token";
  const raw = jar
    .getAll()
    .filter((c) => c.name === name || c.name.startsWith(`${name}.`))
    .sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }))
    .map((c) => c.value)
    .join("");
  if (!raw) return null;
  const token = await decode({ token: raw, secret: env.secret }).catch(() => null);
  if (!token?.sub || typeof token.sv !== "number") return null;
  return { sub: token.sub, sv: token.sv };
}

/** For pages: an ended session goes back to sign-in instead of rendering an error. */
export async function requireUser(): Promise<CurrentUser> {
  const current = await getCurrentUser();
  if (!current) redirect("/sign-in");
  return current;
}
