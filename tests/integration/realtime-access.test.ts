import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db/client";
import { isGroupMemberInDb } from "@/server/realtime/load-user";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroupWithRoles, buildUser } from "@/tests/support/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());

describe("who may join a group's live room (permission module, data from the database)", () => {
  it("every role of the group and admins may; people of other groups and unknown groups may not", async () => {
    const g = await buildGroupWithRoles(t.prisma);
    for (const person of [g.coordinator, g.member, g.reviewer, g.observer]) expect(await isGroupMemberInDb(person.id, g.group.id)).toBe(true);
    expect(await isGroupMemberInDb(g.outsider.id, g.group.id)).toBe(false);
    const admin = await buildUser(t.prisma, { isAdmin: true });
    expect(await isGroupMemberInDb(admin.id, g.group.id)).toBe(true);
    expect(await isGroupMemberInDb(g.member.id, "no-such-group")).toBe(false);
  });

  it("an archived group stays readable live for its members", async () => {
    const g = await buildGroupWithRoles(t.prisma);
    await t.prisma.group.update({ where: { id: g.group.id }, data: { archivedAt: new Date() } });
    expect(await isGroupMemberInDb(g.observer.id, g.group.id)).toBe(true);
  });
});
