// Groups through their real server actions: session cookie → zod → canGroup → mutation → DB.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { cookies } from "next/headers";
import { setDb } from "@/lib/db/client";
import type { GroupRole } from "@/lib/generated/prisma/enums";
import { getCurrentUser } from "@/lib/auth/current-user";
import { GROUP_COOKIE, getCurrentGroupId } from "@/lib/groups/current-group";
import {
  addGroupInstitutionAction,
  addGroupMemberAction,
  archiveGroupAction,
  changeMemberRoleAction,
  changePartnerRoleAction,
  createGroupAction,
  removeGroupInstitutionAction,
  removeGroupMemberAction,
  switchGroup,
  unarchiveGroupAction,
  updateGroupAction,
} from "@/lib/groups/actions";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroup, buildGroupWithRoles, buildInstitution, buildUser } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());

const FORBIDDEN_PL = "Nie masz uprawnień do wykonania tej czynności.";

const edit = (groupId: string, overrides: Record<string, string> = {}) => ({
  groupId,
  name: "Partnerstwo JobTown 2",
  kind: "PROJECT_PARTNERSHIP" as const,
  description: "Zatrudnienie młodzieży w miastach UE",
  programme: "URBACT III",
  funding: "",
  startDate: "2016-10-01",
  endDate: "2018-05-31",
  ...overrides,
});

/** Everything about a group that an action could change. */
async function snapshot(groupId: string) {
  return t.prisma.group.findUniqueOrThrow({
    where: { id: groupId },
    include: {
      institutions: { select: { institutionId: true, partnerRole: true }, orderBy: { institutionId: "asc" } },
      members: { select: { userId: true, role: true }, orderBy: { userId: "asc" } },
    },
  });
}

/**
 * A person the coordinator already knows from another group (so they may pick them from the
 * directory), working at `institutionId`.
 */
async function buildKnownPerson(coordinatorId: string, institutionId: string) {
  const shared = await buildGroup(t.prisma);
  await t.prisma.groupMember.create({ data: { groupId: shared.id, userId: coordinatorId, role: "MEMBER" } });
  return buildUser(t.prisma, { institutionId, groups: [{ groupId: shared.id, role: "MEMBER" }] });
}

describe("creating a group", () => {
  it("makes the creator its coordinator and their institution the lead partner", async () => {
    const { coordinator, institution } = await buildGroupWithRoles(t.prisma);
    await signInAs(coordinator);
    const result = await createGroupAction({
      name: "  Świętokrzyskie na rzecz integracji cudzoziemców ",
      kind: "PROJECT_PARTNERSHIP",
      description: "",
      programme: "Program MRiPS",
      funding: "1 059 750,00 PLN",
      startDate: "2022-07-01",
      endDate: "2023-12-31",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const group = await snapshot(result.data.id);
    expect(group).toMatchObject({
      name: "Świętokrzyskie na rzecz integracji cudzoziemców",
      kind: "PROJECT_PARTNERSHIP",
      description: null,
      funding: "1 059 750,00 PLN",
      archivedAt: null,
      members: [{ userId: coordinator.id, role: "COORDINATOR" }],
      institutions: [{ institutionId: institution.id, partnerRole: "LEAD" }],
    });
    // DATE columns keep the calendar day even though this process runs in New York.
    expect(group.startDate?.toISOString()).toBe("2022-07-01T00:00:00.000Z");
    expect(group.endDate?.toISOString()).toBe("2023-12-31T00:00:00.000Z");
  });

  it("is refused to someone who coordinates nothing", async () => {
    const { member } = await buildGroupWithRoles(t.prisma);
    await signInAs(member);
    const before = await t.prisma.group.count();
    const result = await createGroupAction({ name: "Nowa grupa", kind: "WORKING_GROUP" });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", message: FORBIDDEN_PL });
    expect(await t.prisma.group.count()).toBe(before);
  });

  it("refuses an end date before the start with a Polish message on the field", async () => {
    const { coordinator } = await buildGroupWithRoles(t.prisma);
    await signInAs(coordinator);
    const before = await t.prisma.group.count();
    const result = await createGroupAction({ name: "Grupa", kind: "WORKING_GROUP", startDate: "2014-04-30", endDate: "2012-05-09" });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { endDate: "Data zakończenia musi być późniejsza niż data rozpoczęcia." },
    });
    expect(await t.prisma.group.count()).toBe(before);
  });
});

describe("editing a group", () => {
  it("lets the coordinator change the details", async () => {
    const { coordinator, group } = await buildGroupWithRoles(t.prisma);
    await signInAs(coordinator);
    const result = await updateGroupAction(edit(group.id));
    expect(result).toEqual({ ok: true, data: { id: group.id } });
    const after = await snapshot(group.id);
    expect(after).toMatchObject({ name: "Partnerstwo JobTown 2", kind: "PROJECT_PARTNERSHIP", programme: "URBACT III", funding: null });
    expect(after.endDate?.toISOString()).toBe("2018-05-31T00:00:00.000Z");
  });

  it("refuses members, reviewers, observers and the coordinator of another group, changing nothing", async () => {
    const { group, member, reviewer, observer } = await buildGroupWithRoles(t.prisma);
    const other = await buildGroupWithRoles(t.prisma);
    const before = await snapshot(group.id);
    for (const who of [member, reviewer, observer, other.coordinator]) {
      await signInAs(who);
      const result = await updateGroupAction(edit(group.id));
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", message: FORBIDDEN_PL });
      expect(await archiveGroupAction({ groupId: group.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await snapshot(group.id)).toEqual(before);
  });

  it("translates the date rule and keeps the stored values", async () => {
    const { coordinator, group } = await buildGroupWithRoles(t.prisma);
    await signInAs(coordinator);
    const before = await snapshot(group.id);
    const result = await updateGroupAction(edit(group.id, { startDate: "2018-05-31", endDate: "2016-10-01", name: "x".repeat(201) }));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: "Wpisz najwyżej 200 znaków." } });
    const dates = await updateGroupAction(edit(group.id, { startDate: "2018-05-31", endDate: "2016-10-01" }));
    expect(dates).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "Popraw zaznaczone pola i spróbuj ponownie.",
      fieldErrors: { endDate: "Data zakończenia musi być późniejsza niż data rozpoczęcia." },
    });
    expect(await snapshot(group.id)).toEqual(before);
  });
});

describe("an archived group", () => {
  it("refuses edits and membership changes until the coordinator restores it", async () => {
    const { coordinator, member, group, institution } = await buildGroupWithRoles(t.prisma);
    await signInAs(coordinator);
    expect(await archiveGroupAction({ groupId: group.id })).toMatchObject({ ok: true });
    const archived = await snapshot(group.id);
    expect(archived.archivedAt).not.toBeNull();

    const otherInstitution = await buildInstitution(t.prisma);
    const refusals = await Promise.all([
      updateGroupAction(edit(group.id)),
      addGroupInstitutionAction({ groupId: group.id, institutionId: otherInstitution.id, partnerRole: "PARTNER" }),
      changePartnerRoleAction({ groupId: group.id, institutionId: institution.id, partnerRole: "OBSERVER" }),
      changeMemberRoleAction({ groupId: group.id, userId: member.id, role: "OBSERVER" }),
      removeGroupMemberAction({ groupId: group.id, userId: member.id }),
      archiveGroupAction({ groupId: group.id }),
    ]);
    for (const result of refusals) {
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", message: "Grupa jest zarchiwizowana — przywróć ją, aby wprowadzać zmiany." });
    }
    expect(await snapshot(group.id)).toEqual(archived);

    // Only people who manage the group may restore it.
    await signInAs(member);
    expect(await unarchiveGroupAction({ groupId: group.id })).toMatchObject({ ok: false, code: "FORBIDDEN", message: FORBIDDEN_PL });
    expect((await snapshot(group.id)).archivedAt).not.toBeNull();

    await signInAs(coordinator);
    expect(await unarchiveGroupAction({ groupId: group.id })).toMatchObject({ ok: true });
    expect((await snapshot(group.id)).archivedAt).toBeNull();
    expect(await updateGroupAction(edit(group.id))).toMatchObject({ ok: true });
  });

  it("cannot be restored when it is not archived", async () => {
    const { coordinator, group } = await buildGroupWithRoles(t.prisma);
    await signInAs(coordinator);
    expect(await unarchiveGroupAction({ groupId: group.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("partner institutions", () => {
  it("adds an institution once, changes its role and removes it when nobody of it is in the group", async () => {
    const { coordinator, group } = await buildGroupWithRoles(t.prisma);
    const wup = await buildInstitution(t.prisma, { name: "Wojewódzki Urząd Pracy w Kielcach" });
    await signInAs(coordinator);

    expect(await addGroupInstitutionAction({ groupId: group.id, institutionId: wup.id, partnerRole: "ASSOCIATED" })).toMatchObject({ ok: true });
    expect(await addGroupInstitutionAction({ groupId: group.id, institutionId: wup.id, partnerRole: "PARTNER" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Ta instytucja już należy do grupy.",
    });
    expect(await changePartnerRoleAction({ groupId: group.id, institutionId: wup.id, partnerRole: "OBSERVER" })).toMatchObject({ ok: true });
    let link = await t.prisma.groupInstitution.findUnique({ where: { groupId_institutionId: { groupId: group.id, institutionId: wup.id } } });
    expect(link?.partnerRole).toBe("OBSERVER");

    expect(await removeGroupInstitutionAction({ groupId: group.id, institutionId: wup.id })).toMatchObject({ ok: true });
    link = await t.prisma.groupInstitution.findUnique({ where: { groupId_institutionId: { groupId: group.id, institutionId: wup.id } } });
    expect(link).toBeNull();
  });

  it("refuses to remove an institution whose people still hold roles, and archived institutions", async () => {
    const { coordinator, group, institution } = await buildGroupWithRoles(t.prisma);
    const closed = await buildInstitution(t.prisma, { archivedAt: new Date() });
    await signInAs(coordinator);
    const before = await snapshot(group.id);
    expect(await removeGroupInstitutionAction({ groupId: group.id, institutionId: institution.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "W grupie są jeszcze osoby z tej instytucji — najpierw usuń je z grupy lub zmień ich instytucję.",
    });
    expect(await addGroupInstitutionAction({ groupId: group.id, institutionId: closed.id, partnerRole: "PARTNER" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await snapshot(group.id)).toEqual(before);
  });

  it("is managed by coordinators only", async () => {
    const { member, group, institution } = await buildGroupWithRoles(t.prisma);
    const other = await buildInstitution(t.prisma);
    await signInAs(member);
    const before = await snapshot(group.id);
    expect(await addGroupInstitutionAction({ groupId: group.id, institutionId: other.id, partnerRole: "PARTNER" })).toMatchObject({ code: "FORBIDDEN" });
    expect(await changePartnerRoleAction({ groupId: group.id, institutionId: institution.id, partnerRole: "OBSERVER" })).toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot(group.id)).toEqual(before);
  });
});

describe("people in a group", () => {
  it("adds a known person only when their institution is a partner, and only once", async () => {
    const { coordinator, group, member } = await buildGroupWithRoles(t.prisma);
    const pup = await buildInstitution(t.prisma, { name: "Powiatowy Urząd Pracy w Kielcach" });
    const person = await buildKnownPerson(coordinator.id, pup.id);
    await signInAs(coordinator);

    expect(await addGroupMemberAction({ groupId: group.id, userId: person.id, role: "MEMBER" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Instytucja tej osoby nie należy do grupy — najpierw dodaj instytucję.",
    });
    expect(await t.prisma.groupMember.findFirst({ where: { groupId: group.id, userId: person.id } })).toBeNull();

    expect(await addGroupInstitutionAction({ groupId: group.id, institutionId: pup.id, partnerRole: "PARTNER" })).toMatchObject({ ok: true });
    expect(await addGroupMemberAction({ groupId: group.id, userId: person.id, role: "REVIEWER" })).toMatchObject({ ok: true });
    const added = await t.prisma.groupMember.findFirst({ where: { groupId: group.id, userId: person.id } });
    expect(added?.role).toBe("REVIEWER");

    for (const userId of [person.id, member.id]) {
      expect(await addGroupMemberAction({ groupId: group.id, userId, role: "MEMBER" })).toMatchObject({
        ok: false,
        code: "CONFLICT",
        message: "Ta osoba już należy do grupy.",
      });
    }
  });

  it("does not let a coordinator add someone they cannot see", async () => {
    const { coordinator, group, institution } = await buildGroupWithRoles(t.prisma);
    const stranger = await buildUser(t.prisma, { institutionId: institution.id });
    await signInAs(coordinator);
    expect(await addGroupMemberAction({ groupId: group.id, userId: stranger.id, role: "MEMBER" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await t.prisma.groupMember.count({ where: { groupId: group.id, userId: stranger.id } })).toBe(0);
  });

  it("keeps the last coordinator: no demotion, no removal", async () => {
    const { coordinator, group } = await buildGroupWithRoles(t.prisma);
    await signInAs(coordinator);
    const before = await snapshot(group.id);
    const lastCoordinator = "Grupa musi mieć co najmniej jednego koordynatora.";
    expect(await changeMemberRoleAction({ groupId: group.id, userId: coordinator.id, role: "MEMBER" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: lastCoordinator,
    });
    expect(await removeGroupMemberAction({ groupId: group.id, userId: coordinator.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: lastCoordinator,
    });
    expect(await snapshot(group.id)).toEqual(before);
  });

  it("changes roles and removes people, and a second coordinator may then step down", async () => {
    const { coordinator, member, observer, group } = await buildGroupWithRoles(t.prisma);
    await signInAs(coordinator);
    expect(await changeMemberRoleAction({ groupId: group.id, userId: member.id, role: "COORDINATOR" })).toMatchObject({ ok: true });
    expect(await removeGroupMemberAction({ groupId: group.id, userId: observer.id })).toEqual({
      ok: true,
      data: { userId: observer.id, removedSelf: false },
    });
    expect(await changeMemberRoleAction({ groupId: group.id, userId: coordinator.id, role: "REVIEWER" })).toMatchObject({ ok: true });
    const roles = Object.fromEntries((await snapshot(group.id)).members.map((m) => [m.userId, m.role as GroupRole]));
    expect(roles[member.id]).toBe("COORDINATOR");
    expect(roles[coordinator.id]).toBe("REVIEWER");
    expect(roles[observer.id]).toBeUndefined();
  });

  it("is managed by coordinators only", async () => {
    const { coordinator, member, reviewer, observer, group } = await buildGroupWithRoles(t.prisma);
    const before = await snapshot(group.id);
    for (const who of [member, reviewer, observer]) {
      await signInAs(who);
      expect(await changeMemberRoleAction({ groupId: group.id, userId: who.id, role: "COORDINATOR" })).toMatchObject({ code: "FORBIDDEN" });
      expect(await removeGroupMemberAction({ groupId: group.id, userId: coordinator.id })).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await snapshot(group.id)).toEqual(before);
  });
});

describe("switching the current group", () => {
  it("remembers a group the user belongs to", async () => {
    const { member, group } = await buildGroupWithRoles(t.prisma);
    const second = await buildGroupWithRoles(t.prisma);
    await t.prisma.groupMember.create({ data: { groupId: second.group.id, userId: member.id, role: "OBSERVER" } });
    await signInAs(member);
    expect(await switchGroup(second.group.id)).toEqual({ ok: true, data: { groupId: second.group.id } });
    expect((await cookies()).get(GROUP_COOKIE)?.value).toBe(second.group.id);
    expect(await getCurrentGroupId((await getCurrentUser())!)).toBe(second.group.id);
    expect(await switchGroup(group.id)).toMatchObject({ ok: true });
    expect((await cookies()).get(GROUP_COOKIE)?.value).toBe(group.id);
  });

  it("refuses a group the user is not in and leaves the cookie alone", async () => {
    const { member, group } = await buildGroupWithRoles(t.prisma);
    const other = await buildGroupWithRoles(t.prisma);
    await signInAs(member);
    expect(await switchGroup(group.id)).toMatchObject({ ok: true });
    expect(await switchGroup(other.group.id)).toMatchObject({ ok: false, code: "FORBIDDEN", message: FORBIDDEN_PL });
    expect((await cookies()).get(GROUP_COOKIE)?.value).toBe(group.id);
  });

  it("lets an administrator open any existing group", async () => {
    const { group } = await buildGroupWithRoles(t.prisma);
    const admin = await buildUser(t.prisma, { isAdmin: true });
    await signInAs(admin);
    expect(await switchGroup(group.id)).toMatchObject({ ok: true });
    expect(await switchGroup("c000000000000000000000000")).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
