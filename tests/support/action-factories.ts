// Builders for agreed-action tests: a group with two member institutions and people in each
// role, and actions written straight to the table (bypassing the mutations and their history).
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildGroupWithRoles, buildInstitution, buildUser } from "@/tests/support/factories";

const uid = () => randomBytes(3).toString("hex");

/**
 * Institution A (the factories' one person per role: coordinator, member, reviewer, observer)
 * plus a second member of A, and institution B with one member and a member who writes in English.
 */
export async function buildActionsScene(db: Db) {
  const roles = await buildGroupWithRoles(db);
  const memberA2 = await buildUser(db, { institutionId: roles.institution.id, groups: [{ groupId: roles.group.id, role: "MEMBER" }] });
  const other = await buildInstitution(db, { name: `Politechnika Świętokrzyska ${uid()}`, shortName: `PŚk-${uid()}`, kind: "UNIVERSITY" });
  await db.groupInstitution.create({ data: { groupId: roles.group.id, institutionId: other.id } });
  const memberB = await buildUser(db, { institutionId: other.id, groups: [{ groupId: roles.group.id, role: "MEMBER" }] });
  const memberBen = await buildUser(db, { institutionId: other.id, locale: "en", groups: [{ groupId: roles.group.id, role: "MEMBER" }] });
  return { ...roles, memberA2, other, memberB, memberBen };
}

let counter = 1000;

/** An action row with defaults (owner: the given institution); no history is written. */
export async function buildAction(db: Db, data: Partial<Prisma.ActionUncheckedCreateInput> & { groupId: string; ownerInstitutionId: string }) {
  return db.action.create({
    data: {
      number: counter++,
      title: `Przygotować zestawienie ${uid()}`,
      ...data,
    },
  });
}
