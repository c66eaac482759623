// Builders for the decisions, indicators and dashboard tests.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { GroupRole, PartnerRole } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildGroup, buildInstitution, buildUser } from "@/tests/support/factories";

const uid = () => randomBytes(3).toString("hex");

/**
 * A partnership of two partner institutions (A: coordinator, member, reviewer, observer; B: one
 * member) and an observer institution C with one observer, plus an outsider in no group.
 */
export async function buildPartnership(db: Db, groupOverrides: Partial<Prisma.GroupUncheckedCreateInput> = {}) {
  const [a, b, c] = await Promise.all([buildInstitution(db), buildInstitution(db), buildInstitution(db)]);
  const partners: { institutionId: string; partnerRole: PartnerRole }[] = [
    { institutionId: a.id, partnerRole: "LEAD" },
    { institutionId: b.id, partnerRole: "PARTNER" },
    { institutionId: c.id, partnerRole: "OBSERVER" },
  ];
  const group = await buildGroup(db, { ...groupOverrides, institutions: partners });
  const person = (institutionId: string, role: GroupRole) => buildUser(db, { institutionId, groups: [{ groupId: group.id, role }] });
  const [coordinator, member, reviewer, observer, memberB, observerC] = await Promise.all([
    person(a.id, "COORDINATOR"),
    person(a.id, "MEMBER"),
    person(a.id, "REVIEWER"),
    person(a.id, "OBSERVER"),
    person(b.id, "MEMBER"),
    person(c.id, "OBSERVER"),
  ]);
  const outsider = await buildUser(db, { institutionId: a.id });
  return { group, a, b, c, coordinator, member, reviewer, observer, memberB, observerC, outsider };
}

export async function buildIndicator(db: Db, data: Partial<Prisma.IndicatorUncheckedCreateInput> & { groupId: string }) {
  return db.indicator.create({
    data: { name: `Cudzoziemcy objęci wsparciem ${uid()}`, unit: "osób", target: "1200", ...data },
  });
}

export async function buildContribution(
  db: Db,
  data: { indicatorId: string; institutionId: string; periodStart: string; periodEnd: string; value: number; createdById?: string },
) {
  return db.indicatorContribution.create({
    data: {
      indicatorId: data.indicatorId,
      institutionId: data.institutionId,
      periodStart: new Date(`${data.periodStart}T00:00:00Z`),
      periodEnd: new Date(`${data.periodEnd}T00:00:00Z`),
      value: data.value.toFixed(2),
      createdById: data.createdById ?? null,
    },
  });
}

let actionNumber = 0;

/** An agreed action written straight to the table (the dashboard only reads them). */
export async function buildRegisterAction(db: Db, data: Partial<Prisma.ActionUncheckedCreateInput> & { groupId: string; ownerInstitutionId: string }) {
  actionNumber += 1;
  return db.action.create({ data: { number: actionNumber, title: `Działanie ${uid()}`, ...data } });
}

export async function buildMeetingRow(db: Db, data: Partial<Prisma.MeetingUncheckedCreateInput> & { groupId: string; startsAt: Date }) {
  return db.meeting.create({
    data: { title: `Posiedzenie plenarne ${uid()}`, endsAt: new Date(data.startsAt.getTime() + 2 * 3600_000), ...data },
  });
}
