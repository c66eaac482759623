// The demo installation's registers: both groups' decisions and indicators, and dashboards with
// something due for the demo people.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { getCurrentUser } from "@/lib/auth/current-user";
import { setDb } from "@/lib/db/client";
import { getPartnerSummary, getPartnerWork } from "@/lib/dashboard/data";
import { getIndicator, listIndicators } from "@/lib/indicators/data";
import { seedDemoData } from "@/lib/seed/demo";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { signInAs } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
  await seedDemoData(t.prisma);
}, 120_000);
afterAll(async () => t?.close());

async function as(email: string) {
  const user = await t.prisma.user.findUniqueOrThrow({ where: { email } });
  await signInAs(user);
  return (await getCurrentUser())!;
}

const groupId = (name: string) => t.prisma.group.findFirstOrThrow({ where: { name: { contains: name } } }).then((g) => g.id);

describe("demo registers", () => {
  it("has the foreigners' partnership indicators with six quarters of reports and a small register", async () => {
    const foreigners = await groupId("cudzoziemców");
    const current = await as("katarzyna.lewandowska@wup.example");
    const indicators = await listIndicators(current.actor, foreigners);
    expect(indicators.map((i) => [i.target, i.unit])).toEqual([
      [1200, "osób"],
      [800, "osób"],
      [20, "kursów"],
      [600, "osób"],
      [50, "kursów"],
      [500, "osób"],
      [50, "osób"],
    ]);
    expect(indicators[0]).toMatchObject({ current: 1310, lastPeriodEnd: "2023-12-31" });
    const supported = (await getIndicator(current.actor, indicators[0]!.id))!;
    expect(supported.burnUp.points.slice(0, 6).map((p) => p.key)).toEqual(["2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]);
    expect(supported.perInstitution.map((p) => p.institution.shortName)).toEqual(["WUP Kielce", "IEW", "PUP Kielce"]);

    const decisions = await t.prisma.decision.findMany({ where: { groupId: foreigners }, orderBy: [{ year: "asc" }, { number: "asc" }] });
    expect(decisions.map((d) => [`${d.number}/${d.year}`, d.status])).toEqual([
      ["1/2022", "IN_FORCE"],
      ["2/2022", "SUPERSEDED"],
      ["1/2023", "IN_FORCE"],
      ["2/2023", "IN_FORCE"],
      ["3/2023", "REVOKED"],
    ]);
    expect(decisions[1]!.supersededById).toBe(decisions[2]!.id);
  });

  it("records the held plenary's decisions with its meeting and minutes", async () => {
    const returnGroup = await groupId("migrantów powracających");
    const held = await t.prisma.meeting.findFirstOrThrow({ where: { groupId: returnGroup, status: "HELD" }, include: { minutes: true } });
    const decisions = await t.prisma.decision.findMany({ where: { meetingId: held.id }, orderBy: { number: "asc" } });
    expect(decisions).toHaveLength(3);
    expect(decisions.every((d) => d.documentId === (held.minutes?.id ?? null))).toBe(true);
    expect(await t.prisma.decision.count({ where: { groupId: returnGroup, status: "SUPERSEDED", supersededById: { not: null } } })).toBe(1);
  });

  it("gives the coordinators and members something due on their dashboards", async () => {
    const foreigners = await groupId("cudzoziemców");
    const returnGroup = await groupId("migrantów powracających");
    const katarzyna = await as("katarzyna.lewandowska@wup.example");
    const summary = (await getPartnerSummary(katarzyna, foreigners))!;
    expect(summary.expected).toBe(7);
    expect(Object.fromEntries(summary.rows.map((r) => [r.institution.shortName, r.reported]))).toMatchObject({ "WUP Kielce": 4, "PUP Kielce": 0, IEW: 6 });

    const barbara = await as("barbara.grabowska@pup.example");
    const pup = barbara.user.institutionId!;
    const pupWork = (await getPartnerWork(barbara, foreigners, { kind: "institution", institutionId: pup }))!;
    expect(pupWork.contributionsDue).toHaveLength(7);
    expect(pupWork.contributionsDue.every((d) => d.quarter.year === 2023 && d.quarter.quarter === 4)).toBe(true);

    const anna = await as("anna.kowalczyk@umws.example");
    const umws = (await getPartnerWork(anna, returnGroup, { kind: "institution", institutionId: anna.user.institutionId! }))!;
    expect(umws.contributionsDue.map((d) => d.indicator.name)).toContain("Wypełnione ankiety osób, które mieszkały za granicą dłużej niż 6 miesięcy");
  });
});
