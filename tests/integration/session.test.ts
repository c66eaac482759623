import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { setDb } from "@/lib/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroupWithRoles } from "@/tests/support/factories";
import { signInAs, signOut } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());

describe("current user from the session cookie", () => {
  it("loads the user with roles per group", async () => {
    const { member, group } = await buildGroupWithRoles(t.prisma);
    await signInAs(member);
    const current = await getCurrentUser();
    expect(current?.actor.memberships[group.id]).toEqual({ role: "MEMBER", groupArchived: false });
  });

  it("refuses a token whose session version was bumped (sign out everywhere)", async () => {
    const { member } = await buildGroupWithRoles(t.prisma);
    await signInAs(member);
    await t.prisma.user.update({ where: { id: member.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("refuses an archived account and a missing cookie", async () => {
    const { reviewer } = await buildGroupWithRoles(t.prisma);
    await t.prisma.user.update({ where: { id: reviewer.id }, data: { archivedAt: new Date() } });
    await signInAs(reviewer);
    expect(await getCurrentUser()).toBeNull();
    signOut();
    expect(await getCurrentUser()).toBeNull();
  });
});
