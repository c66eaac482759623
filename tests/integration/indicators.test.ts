// Indicators and partners' contributions through the real server actions and data functions.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { getCurrentUser } from "@/lib/auth/current-user";
import { setDb } from "@/lib/db/client";
import {
  archiveIndicatorAction,
  createIndicatorAction,
  deleteContributionAction,
  reportContributionAction,
  restoreIndicatorAction,
  updateIndicatorAction,
} from "@/lib/indicators/actions";
import { getIndicator, listIndicators } from "@/lib/indicators/data";
import { reportContribution } from "@/lib/indicators/mutations";
import { todayIn } from "@/lib/indicators/periods";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildInstitution } from "@/tests/support/factories";
import { setTestLocale } from "@/tests/support/next-intl-mock";
import { buildContribution, buildIndicator, buildPartnership, buildRegisterAction } from "@/tests/support/registers-factories";
import { signInAs } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());
afterEach(() => setTestLocale("pl"));

async function actorOf(user: { id: string }) {
  await signInAs(user);
  return (await getCurrentUser())!.actor;
}

function ok<T>(result: { ok: true; data: T } | { ok: false; code: string; message: string }): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  return result.data;
}

const indicatorForm = (groupId: string, overrides: Record<string, unknown> = {}) => ({
  groupId,
  name: "Cudzoziemcy objęci wsparciem",
  description: "",
  unit: "osób",
  target: "1 200",
  baseline: "",
  deadline: "2023-12-31",
  ...overrides,
});

const q1 = { periodStart: "2023-01-01", periodEnd: "2023-03-31" };

describe("defining indicators", () => {
  it("lets a coordinator create, correct, archive and restore; numbers typed the Polish way", async () => {
    const { group, coordinator } = await buildPartnership(t.prisma);
    await signInAs(coordinator);
    const created = ok(await createIndicatorAction(indicatorForm(group.id)));
    const second = ok(await createIndicatorAction(indicatorForm(group.id, { name: "Kursy języka polskiego", unit: "kursów", target: "50", baseline: "2,5" })));
    const rows = await t.prisma.indicator.findMany({ where: { groupId: group.id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.name, r.target.toString(), r.baseline.toString(), r.position])).toEqual([
      ["Cudzoziemcy objęci wsparciem", "1200", "0", 0],
      ["Kursy języka polskiego", "50", "2.5", 1],
    ]);
    expect(rows[0]!.deadline?.toISOString()).toBe("2023-12-31T00:00:00.000Z");

    ok(await updateIndicatorAction({ ...indicatorForm(group.id, { target: "1250,50", deadline: "" }), id: created.id }));
    const updated = await t.prisma.indicator.findUniqueOrThrow({ where: { id: created.id } });
    expect([updated.target.toString(), updated.deadline]).toEqual(["1250.5", null]);

    ok(await archiveIndicatorAction({ id: second.id }));
    expect(await archiveIndicatorAction({ id: second.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    const actor = (await getCurrentUser())!.actor;
    expect((await listIndicators(actor, group.id)).map((r) => r.id)).toEqual([created.id]);
    expect((await listIndicators(actor, group.id, { archived: true })).map((r) => r.id)).toEqual([second.id]);
    ok(await restoreIndicatorAction({ id: second.id }));
    expect(await listIndicators(actor, group.id)).toHaveLength(2);
  });

  it("refuses members, outsiders and bad numbers with translated messages", async () => {
    const { group, member, outsider, coordinator } = await buildPartnership(t.prisma);
    await signInAs(member);
    expect(await createIndicatorAction(indicatorForm(group.id))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(outsider);
    expect(await createIndicatorAction(indicatorForm(group.id))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await signInAs(coordinator);
    expect(await createIndicatorAction(indicatorForm(group.id, { target: "dużo" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { target: expect.any(String) } });
    expect(await createIndicatorAction(indicatorForm(group.id, { target: "0" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { target: "Wartość musi wynosić co najmniej 0.01." } });
    expect(await createIndicatorAction(indicatorForm(group.id, { target: "" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { target: "To pole jest wymagane." } });
    expect(await createIndicatorAction(indicatorForm(group.id, { target: "1e15" }))).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await createIndicatorAction(indicatorForm(group.id, { target: "9999999999999" }))).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await createIndicatorAction(indicatorForm(group.id, { baseline: "1200" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { baseline: expect.any(String) } });
    expect(await createIndicatorAction(indicatorForm(group.id, { deadline: "31.12.2023" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { deadline: "Wpisz poprawną datę." } });
    expect(await createIndicatorAction(indicatorForm(group.id, { unit: "" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { unit: "To pole jest wymagane." } });
    expect(await t.prisma.indicator.count({ where: { groupId: group.id } })).toBe(0);
  });
});

describe("contributions", () => {
  it("lets members report for their own institution and coordinators for any partner", async () => {
    const { group, a, b, c, coordinator, member, memberB, reviewer, observer, observerC, outsider } = await buildPartnership(t.prisma);
    const indicator = await buildIndicator(t.prisma, { groupId: group.id });
    const report = (institutionId: string, value = "10") => reportContributionAction({ indicatorId: indicator.id, institutionId, ...q1, value, note: "", evidenceUrl: "" });

    await signInAs(member);
    ok(await report(a.id, "120"));
    expect(await report(b.id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(memberB);
    ok(await report(b.id, "30,5"));
    await signInAs(coordinator);
    ok(await report(b.id, "0"));
    // Observers' institutions are partners too: the coordinator may enter a figure sent by e-mail.
    ok(await report(c.id, "1"));
    for (const who of [reviewer, observer, observerC]) {
      await signInAs(who);
      expect(await report(who === observerC ? c.id : a.id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    await signInAs(outsider);
    expect(await report(a.id)).toMatchObject({ ok: false, code: "NOT_FOUND" });

    const rows = await t.prisma.indicatorContribution.findMany({ where: { indicatorId: indicator.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.institutionId, r.value.toString()])).toEqual([
      [a.id, "120"],
      [b.id, "30.5"],
      [b.id, "0"],
      [c.id, "1"],
    ]);
    expect(rows[0]).toMatchObject({ createdById: member.id, note: null, evidenceUrl: null });
  });

  it("refuses institutions outside the group, personal data, bad periods and archived indicators", async () => {
    const { group, a, member, coordinator } = await buildPartnership(t.prisma);
    const stranger = await buildInstitution(t.prisma);
    const indicator = await buildIndicator(t.prisma, { groupId: group.id });
    const base = { indicatorId: indicator.id, institutionId: a.id, ...q1, value: "5", note: "", evidenceUrl: "" };
    await signInAs(coordinator);
    expect(await reportContributionAction({ ...base, institutionId: stranger.id })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { institutionId: "Wybierz jedną z dostępnych opcji." } });
    await expect(reportContribution({ ...base, institutionId: stranger.id }, (await getCurrentUser())!.actor)).rejects.toMatchObject({ code: "VALIDATION" });
    await signInAs(member);
    expect(await reportContributionAction({ ...base, note: "Uczestniczka 85010112345 ukończyła kurs" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { note: expect.any(String) } });
    expect(await reportContributionAction({ ...base, evidenceUrl: "http://wup.example/lista.pdf" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { evidenceUrl: "Wpisz pełny adres strony, zaczynający się od https://." } });
    expect(await reportContributionAction({ ...base, periodEnd: "2022-12-31" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { periodEnd: "Data zakończenia musi być późniejsza niż data rozpoczęcia." } });
    expect(await reportContributionAction({ ...base, value: "-3" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { value: "Wartość musi wynosić co najmniej 0." } });
    expect(await reportContributionAction({ ...base, value: "pięć" })).toMatchObject({ ok: false, code: "VALIDATION" });
    const nextYear = Number(todayIn(new Date()).slice(0, 4)) + 1;
    expect(await reportContributionAction({ ...base, periodStart: `${nextYear}-01-01`, periodEnd: `${nextYear}-03-31` })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { periodStart: expect.any(String) } });
    expect(await reportContributionAction({ ...base, indicatorId: "does-not-exist" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await t.prisma.indicator.update({ where: { id: indicator.id }, data: { archivedAt: new Date() } });
    expect(await reportContributionAction(base)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await t.prisma.indicatorContribution.count({ where: { indicatorId: indicator.id } })).toBe(0);
  });

  it("totals, progress, burn-up and per-institution sums; deleting follows the reporting rule", async () => {
    const { group, a, b, member, memberB } = await buildPartnership(t.prisma);
    const indicator = await buildIndicator(t.prisma, { groupId: group.id, target: "1200", baseline: "100", deadline: new Date("2023-12-31T00:00:00Z"), createdAt: new Date("2022-07-01T08:00:00Z") });
    const action = await buildRegisterAction(t.prisma, { groupId: group.id, ownerInstitutionId: a.id, indicators: { connect: [{ id: indicator.id }] } });
    await buildContribution(t.prisma, { indicatorId: indicator.id, institutionId: a.id, periodStart: "2022-07-01", periodEnd: "2022-09-30", value: 150 });
    await buildContribution(t.prisma, { indicatorId: indicator.id, institutionId: b.id, periodStart: "2022-07-01", periodEnd: "2022-09-30", value: 30.5 });
    const bQ4 = await buildContribution(t.prisma, { indicatorId: indicator.id, institutionId: b.id, periodStart: "2022-10-01", periodEnd: "2022-12-31", value: 200 });
    const actor = await actorOf(member);
    const now = new Date("2023-05-10T10:00:00Z");

    const [row] = await listIndicators(actor, group.id);
    expect(row).toMatchObject({ current: 480.5, target: 1200, baseline: 100, contributionCount: 3, lastPeriodEnd: "2022-12-31" });
    expect(row!.progress).toBeCloseTo(480.5 / 1200);

    const details = (await getIndicator(actor, indicator.id, now))!;
    expect(details.start).toBe("2022-07-01");
    expect(details.burnUp.points.map((p) => [p.key, p.cumulative])).toEqual([
      ["2022-Q3", 280.5],
      ["2022-Q4", 480.5],
      ["2023-Q1", 480.5],
      ["2023-Q2", 480.5],
      ["2023-Q3", null],
      ["2023-Q4", null],
    ]);
    expect(details.perInstitution.map((p) => [p.institution.id, p.total, p.count])).toEqual([
      [b.id, 230.5, 2],
      [a.id, 150, 1],
    ]);
    // Nobody reported for the first quarter of 2023, the last completed one on 10 May.
    expect(details.dueQuarter).toEqual({ year: 2023, quarter: 1 });
    expect(details.reportedForDue.size).toBe(0);
    expect(details.actions.map((x) => x.id)).toEqual([action.id]);

    // A's member cannot withdraw B's figure; B's member can.
    expect(await deleteContributionAction({ id: bQ4.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(memberB);
    ok(await deleteContributionAction({ id: bQ4.id }));
    expect((await listIndicators(actor, group.id))[0]!.current).toBe(280.5);
    expect(await deleteContributionAction({ id: bQ4.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("keeps every read inside the actor's groups", async () => {
    const one = await buildPartnership(t.prisma);
    const two = await buildPartnership(t.prisma);
    const foreign = await buildIndicator(t.prisma, { groupId: two.group.id });
    const contribution = await buildContribution(t.prisma, { indicatorId: foreign.id, institutionId: two.a.id, ...q1, value: 5 });
    const actor = await actorOf(one.coordinator);
    expect(await getIndicator(actor, foreign.id)).toBeNull();
    expect(await listIndicators(actor, two.group.id)).toEqual([]);
    expect(await updateIndicatorAction({ ...indicatorForm(two.group.id), id: foreign.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deleteContributionAction({ id: contribution.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
