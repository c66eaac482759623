// Test data builders: sensible defaults from the demo domain, overridable per test.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { GroupRole, InstitutionKind, PartnerRole } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

const uid = () => randomBytes(4).toString("hex");

export async function buildInstitution(db: Db, overrides: Partial<Prisma.InstitutionUncheckedCreateInput> = {}) {
  const n = uid();
  return db.institution.create({
    data: {
      name: `Wojewódzki Urząd Pracy ${n}`,
      shortName: `WUP-${n}`,
      kind: "LABOUR_OFFICE" as InstitutionKind,
      address: "ul. Witosa 86, 25-561 Kielce",
      ...overrides,
    },
  });
}

export async function buildGroup(
  db: Db,
  overrides: Partial<Prisma.GroupUncheckedCreateInput> & { institutions?: { institutionId: string; partnerRole?: PartnerRole }[] } = {},
) {
  const { institutions = [], ...data } = overrides;
  return db.group.create({
    data: {
      name: `Grupa robocza ${uid()}`,
      description: "Reintegracja migrantów powracających",
      startDate: new Date("2012-05-09T00:00:00Z"),
      ...data,
      institutions: { create: institutions.map((i) => ({ institutionId: i.institutionId, partnerRole: i.partnerRole ?? "PARTNER" })) },
    },
  });
}

export async function buildUser(
  db: Db,
  overrides: Partial<Prisma.UserUncheckedCreateInput> & { groups?: { groupId: string; role: GroupRole }[] } = {},
) {
  const { groups = [], ...data } = overrides;
  const n = uid();
  return db.user.create({
    data: {
      name: `Osoba Testowa ${n}`,
      email: `osoba.${n}@test.example`,
      ...data,
      memberships: { create: groups.map((g) => ({ groupId: g.groupId, role: g.role })) },
    },
  });
}

/** A group with one institution and one person per role, all in that institution unless told. */
export async function buildGroupWithRoles(db: Db) {
  const institution = await buildInstitution(db);
  const group = await buildGroup(db, { institutions: [{ institutionId: institution.id, partnerRole: "LEAD" }] });
  const person = (role: GroupRole) => buildUser(db, { institutionId: institution.id, groups: [{ groupId: group.id, role }] });
  const [coordinator, member, reviewer, observer] = await Promise.all([
    person("COORDINATOR"),
    person("MEMBER"),
    person("REVIEWER"),
    person("OBSERVER"),
  ]);
  const outsider = await buildUser(db);
  return { institution, group, coordinator, member, reviewer, observer, outsider };
}
