// Agreed actions through the real server actions (session → zod → permission → mutation) and the
// real data functions, against a migrated database: numbering, history, permissions by
// institution, bulk edits in one transaction, saved filters and the agenda's review of open actions.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { addDays, addHours } from "date-fns";
import { setDb } from "@/lib/db/client";
import {
  bulkEditActionsAction,
  createActionAction,
  deleteActionFilterAction,
  postProgressUpdateAction,
  saveActionFilterAction,
  setActionStatusAction,
  updateActionAction,
} from "@/lib/actions/actions";
import { getActionDetail, getActionsReview, listActions, listAllActions, listGroupIds } from "@/lib/actions/data";
import { addDaysToDate, dateToDb, todayIn } from "@/lib/actions/due";
import { defaultActionFilters, parseActionFilters } from "@/lib/actions/filters";
import { createAction, setActionStatus } from "@/lib/actions/mutations";
import { loadActor } from "@/lib/auth/current-user";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildAction, buildActionsScene } from "@/tests/support/action-factories";
import { setTestLocale } from "@/tests/support/next-intl-mock";
import { signInAs } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());
afterEach(() => setTestLocale("pl"));

type Scene = Awaited<ReturnType<typeof buildActionsScene>>;

function form(scene: Scene, overrides: Record<string, unknown> = {}) {
  return {
    groupId: scene.group.id,
    title: "Uruchomić punkt kontaktowy dla migrantów powracających",
    description: "Dyżury doradcy zawodowego we wtorki i czwartki.",
    ownerInstitutionId: scene.institution.id,
    responsibleUserId: scene.member.id,
    deputyUserId: "",
    dueDate: "2030-06-30",
    priority: "HIGH",
    source: "NONE",
    meetingId: "",
    decisionId: "",
    documentId: "",
    ...overrides,
  } as Exclude<Parameters<typeof createActionAction>[0], FormData>;
}

async function actorOf(user: { id: string }) {
  return (await loadActor(user.id))!.actor;
}

async function history(actionId: string) {
  const rows = await t.prisma.actionChange.findMany({ where: { actionId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((r) => r.changes as Record<string, [unknown, unknown]>);
}

describe("creating an action", () => {
  it("numbers actions per group and writes the creation to the history", async () => {
    const scene = await buildActionsScene(t.prisma);
    await signInAs(scene.coordinator);
    const first = await createActionAction(form(scene));
    const second = await createActionAction(form(scene, { title: "Przygotować ofertę szkoleń", responsibleUserId: scene.memberA2.id, deputyUserId: scene.member.id }));
    expect(first).toMatchObject({ ok: true, data: { number: 1 } });
    expect(second).toMatchObject({ ok: true, data: { number: 2 } });
    if (!first.ok) return;
    const row = await t.prisma.action.findUniqueOrThrow({ where: { id: first.data.id } });
    expect(row).toMatchObject({ status: "OPEN", priority: "HIGH", ownerInstitutionId: scene.institution.id, responsibleUserId: scene.member.id, createdById: scene.coordinator.id });
    expect(row.dueDate?.toISOString()).toBe("2030-06-30T00:00:00.000Z");
    const [created] = await history(first.data.id);
    expect(created).toMatchObject({ created: [null, true], title: [null, "Uruchomić punkt kontaktowy dla migrantów powracających"], dueDate: [null, "2030-06-30"], status: [null, "OPEN"] });
    // Another group starts its own numbering.
    const otherGroup = await buildActionsScene(t.prisma);
    await signInAs(otherGroup.coordinator);
    expect(await createActionAction(form(otherGroup))).toMatchObject({ ok: true, data: { number: 1 } });
  });

  it("gives two concurrent creations different numbers", async () => {
    const scene = await buildActionsScene(t.prisma);
    const actor = await actorOf(scene.coordinator);
    const input = { ...form(scene) } as Parameters<typeof createAction>[0];
    const results = await Promise.all([createAction(input, actor), createAction(input, actor)]);
    expect(results.map((r) => r.number).sort()).toEqual([1, 2]);
  });

  it("lets members create and refuses reviewers, observers and people outside the group", async () => {
    const scene = await buildActionsScene(t.prisma);
    await signInAs(scene.memberB);
    expect(await createActionAction(form(scene))).toMatchObject({ ok: true });
    for (const who of ["reviewer", "observer"] as const) {
      await signInAs(scene[who]);
      expect(await createActionAction(form(scene))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    await signInAs(scene.outsider);
    expect(await createActionAction(form(scene))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await t.prisma.action.count({ where: { groupId: scene.group.id } })).toBe(1);
  });

  it("refuses bad input with translated field errors and writes nothing", async () => {
    const scene = await buildActionsScene(t.prisma);
    await signInAs(scene.coordinator);
    const empty = await createActionAction(form(scene, { title: "  " }));
    expect(empty).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { title: "To pole jest wymagane." } });
    const long = await createActionAction(form(scene, { title: "x".repeat(201), description: "y".repeat(5001) }));
    expect(long).toMatchObject({ ok: false, fieldErrors: { title: "Wpisz najwyżej 200 znaków.", description: "Wpisz najwyżej 5000 znaków." } });
    const badDate = await createActionAction(form(scene, { dueDate: "2030-02-30" }));
    expect(badDate).toMatchObject({ ok: false, fieldErrors: { dueDate: "Wpisz poprawną datę." } });
    // The responsible person must be of the owner institution; the deputy someone else.
    const foreign = await createActionAction(form(scene, { responsibleUserId: scene.memberB.id }));
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { responsibleUserId: "Wybierz jedną z dostępnych opcji." } });
    const outsider = await createActionAction(form(scene, { deputyUserId: scene.outsider.id }));
    expect(outsider).toMatchObject({ ok: false, fieldErrors: { deputyUserId: "Wybierz jedną z dostępnych opcji." } });
    const same = await createActionAction(form(scene, { deputyUserId: scene.member.id }));
    expect(same).toMatchObject({ ok: false, fieldErrors: { deputyUserId: "Wybierz jedną z dostępnych opcji." } });
    const noMeeting = await createActionAction(form(scene, { source: "MEETING" }));
    expect(noMeeting).toMatchObject({ ok: false, fieldErrors: { meetingId: "To pole jest wymagane." } });
    const notInGroup = await buildActionsScene(t.prisma);
    const foreignOwner = await createActionAction(form(scene, { ownerInstitutionId: notInGroup.institution.id, responsibleUserId: "" }));
    expect(foreignOwner).toMatchObject({ ok: false, fieldErrors: { ownerInstitutionId: "Wybierz jedną z dostępnych opcji." } });
    setTestLocale("en");
    const english = await createActionAction(form(scene, { title: "" }));
    expect(english).toMatchObject({ ok: false, fieldErrors: { title: "This field is required." } });
    expect(await t.prisma.action.count({ where: { groupId: scene.group.id } })).toBe(0);
  });

  it("links the source meeting and indicators of the group", async () => {
    const scene = await buildActionsScene(t.prisma);
    const meeting = await t.prisma.meeting.create({
      data: { groupId: scene.group.id, title: "Posiedzenie plenarne", status: "HELD", startsAt: addDays(new Date(), -7), endsAt: addHours(addDays(new Date(), -7), 2) },
    });
    const indicator = await t.prisma.indicator.create({ data: { groupId: scene.group.id, name: "Osoby objęte wsparciem", unit: "osoby", target: 1200 } });
    await signInAs(scene.coordinator);
    const result = await createActionAction(form(scene, { source: "MEETING", meetingId: meeting.id, indicatorIds: [indicator.id] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await t.prisma.action.findUniqueOrThrow({ where: { id: result.data.id }, include: { indicators: true } });
    expect(row.meetingId).toBe(meeting.id);
    expect(row.indicators.map((i) => i.id)).toEqual([indicator.id]);
    const foreignMeeting = await t.prisma.meeting.create({
      data: { groupId: (await buildActionsScene(t.prisma)).group.id, title: "Obce", startsAt: new Date(), endsAt: addHours(new Date(), 1) },
    });
    expect(await createActionAction(form(scene, { source: "MEETING", meetingId: foreignMeeting.id }))).toMatchObject({ ok: false, fieldErrors: { meetingId: "Wybierz jedną z dostępnych opcji." } });
  });
});

describe("changing an action", () => {
  async function sceneWithAction() {
    const scene = await buildActionsScene(t.prisma);
    const created = await createAction(form(scene) as Parameters<typeof createAction>[0], await actorOf(scene.coordinator));
    return { ...scene, actionId: created.id };
  }

  it("lets a member of the owner institution edit it, with the change in the history", async () => {
    const scene = await sceneWithAction();
    await signInAs(scene.memberA2);
    const result = await updateActionAction({ ...form(scene, { title: "Uruchomić punkt kontaktowy (etap 1)", dueDate: "2030-07-15" }), id: scene.actionId } as Parameters<typeof updateActionAction>[0]);
    expect(result).toMatchObject({ ok: true, data: { changed: true } });
    const changes = await history(scene.actionId);
    expect(changes).toHaveLength(2);
    expect(changes[1]).toEqual({ title: ["Uruchomić punkt kontaktowy dla migrantów powracających", "Uruchomić punkt kontaktowy (etap 1)"], dueDate: ["2030-06-30", "2030-07-15"] });
    const change = await t.prisma.actionChange.findFirstOrThrow({ where: { actionId: scene.actionId }, orderBy: { createdAt: "desc" } });
    expect(change.userId).toBe(scene.memberA2.id);
    // Saving the same values again changes nothing and writes no history.
    const again = await updateActionAction({ ...form(scene, { title: "Uruchomić punkt kontaktowy (etap 1)", dueDate: "2030-07-15" }), id: scene.actionId } as Parameters<typeof updateActionAction>[0]);
    expect(again).toMatchObject({ ok: true, data: { changed: false } });
    expect(await history(scene.actionId)).toHaveLength(2);
  });

  it("refuses members of other institutions, reviewers and observers", async () => {
    const scene = await sceneWithAction();
    for (const who of ["memberB", "reviewer", "observer"] as const) {
      await signInAs(scene[who]);
      const edit = await updateActionAction({ ...form(scene, { title: "Zmiana" }), id: scene.actionId } as Parameters<typeof updateActionAction>[0]);
      expect(edit).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await setActionStatusAction({ id: scene.actionId, status: "DONE" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await postProgressUpdateAction({ actionId: scene.actionId, note: "Postęp" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    await signInAs(scene.outsider);
    expect(await setActionStatusAction({ id: scene.actionId, status: "DONE" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await t.prisma.action.findUniqueOrThrow({ where: { id: scene.actionId } })).toMatchObject({ status: "OPEN", title: "Uruchomić punkt kontaktowy dla migrantów powracających" });
    expect(await history(scene.actionId)).toHaveLength(1);
  });

  it("keeps members from handing the action to another institution; coordinators may", async () => {
    const scene = await sceneWithAction();
    await signInAs(scene.member);
    const handOver = await updateActionAction({ ...form(scene, { ownerInstitutionId: scene.other.id, responsibleUserId: scene.memberB.id }), id: scene.actionId } as Parameters<typeof updateActionAction>[0]);
    expect(handOver).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { ownerInstitutionId: "Wybierz jedną z dostępnych opcji." } });
    await signInAs(scene.coordinator);
    const ok = await updateActionAction({ ...form(scene, { ownerInstitutionId: scene.other.id, responsibleUserId: scene.memberB.id }), id: scene.actionId } as Parameters<typeof updateActionAction>[0]);
    expect(ok).toMatchObject({ ok: true });
    expect((await history(scene.actionId))[1]).toEqual({ ownerInstitutionId: [scene.institution.id, scene.other.id], responsibleUserId: [scene.member.id, scene.memberB.id] });
    // Now the member of A may no longer change it, the member of B may.
    await signInAs(scene.member);
    expect(await setActionStatusAction({ id: scene.actionId, status: "IN_PROGRESS" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(scene.memberB);
    expect(await setActionStatusAction({ id: scene.actionId, status: "IN_PROGRESS" })).toMatchObject({ ok: true });
  });

  it("needs a reason to block, records completion and clears both when reopened", async () => {
    const scene = await sceneWithAction();
    await signInAs(scene.member);
    expect(await setActionStatusAction({ id: scene.actionId, status: "BLOCKED", blockedReason: " " })).toMatchObject({
      ok: false,
      fieldErrors: { blockedReason: "To pole jest wymagane." },
    });
    expect(await setActionStatusAction({ id: scene.actionId, status: "BLOCKED", blockedReason: "Czekamy na opinię prawną (RODO)." })).toMatchObject({ ok: true });
    expect(await setActionStatusAction({ id: scene.actionId, status: "DONE" })).toMatchObject({ ok: true });
    const done = await t.prisma.action.findUniqueOrThrow({ where: { id: scene.actionId } });
    expect(done).toMatchObject({ status: "DONE", blockedReason: null });
    expect(done.completedAt).not.toBeNull();
    expect(await setActionStatusAction({ id: scene.actionId, status: "OPEN" })).toMatchObject({ ok: true });
    expect(await t.prisma.action.findUniqueOrThrow({ where: { id: scene.actionId } })).toMatchObject({ status: "OPEN", completedAt: null });
    const changes = await history(scene.actionId);
    expect(changes.slice(1)).toEqual([
      { status: ["OPEN", "BLOCKED"], blockedReason: [null, "Czekamy na opinię prawną (RODO)."] },
      { status: ["BLOCKED", "DONE"], blockedReason: ["Czekamy na opinię prawną (RODO).", null] },
      { status: ["DONE", "OPEN"] },
    ]);
  });

  it("takes progress notes from the owner institution, with the percent as the action's progress", async () => {
    const scene = await sceneWithAction();
    await signInAs(scene.memberA2);
    expect(await postProgressUpdateAction({ actionId: scene.actionId, note: "Wyznaczono doradców.", percent: "40" })).toMatchObject({ ok: true });
    expect(await postProgressUpdateAction({ actionId: scene.actionId, note: "Bez procentu." })).toMatchObject({ ok: true });
    expect(await postProgressUpdateAction({ actionId: scene.actionId, note: "Za dużo", percent: "101" })).toMatchObject({
      ok: false,
      fieldErrors: { percent: "Wartość może wynosić najwyżej 100." },
    });
    expect(await postProgressUpdateAction({ actionId: scene.actionId, note: "" })).toMatchObject({ ok: false, fieldErrors: { note: "To pole jest wymagane." } });
    const action = await t.prisma.action.findUniqueOrThrow({ where: { id: scene.actionId }, include: { updates: true } });
    expect(action.progressPercent).toBe(40);
    expect(action.updates.map((u) => [u.note, u.percent, u.authorId])).toEqual(
      expect.arrayContaining([
        ["Wyznaczono doradców.", 40, scene.memberA2.id],
        ["Bez procentu.", null, scene.memberA2.id],
      ]),
    );
    expect((await history(scene.actionId)).slice(1)).toEqual([{ progressPercent: [null, 40] }]);
    const detail = await getActionDetail(await actorOf(scene.reviewer), scene.actionId);
    expect(detail?.updates).toHaveLength(2);
    expect(detail?.history[0]).toMatchObject({ created: false, fields: [{ field: "progressPercent", before: null, after: 40 }] });
  });
});

describe("bulk changes", () => {
  it("reassigns and moves the due dates of the selected rows in one go, each with its history", async () => {
    const scene = await buildActionsScene(t.prisma);
    const coordinator = await actorOf(scene.coordinator);
    const ids = [];
    for (const due of ["2030-03-01", "2030-03-10", ""]) {
      ids.push((await createAction(form(scene, { dueDate: due, deputyUserId: scene.memberA2.id }) as Parameters<typeof createAction>[0], coordinator)).id);
    }
    await signInAs(scene.coordinator);
    const result = await bulkEditActionsAction({ actionIds: ids, ownerInstitutionId: scene.other.id, responsibleUserId: scene.memberB.id, dueMode: "shift", shiftDays: "7" });
    expect(result).toMatchObject({ ok: true, data: { changed: 3 } });
    const rows = await t.prisma.action.findMany({ where: { id: { in: ids } }, orderBy: { number: "asc" } });
    expect(rows.map((r) => [r.ownerInstitutionId, r.responsibleUserId, r.deputyUserId, r.dueDate?.toISOString().slice(0, 10) ?? null])).toEqual([
      [scene.other.id, scene.memberB.id, null, "2030-03-08"],
      [scene.other.id, scene.memberB.id, null, "2030-03-17"],
      [scene.other.id, scene.memberB.id, null, null],
    ]);
    expect((await history(ids[0]!))[1]).toEqual({
      ownerInstitutionId: [scene.institution.id, scene.other.id],
      responsibleUserId: [scene.member.id, scene.memberB.id],
      deputyUserId: [scene.memberA2.id, null],
      dueDate: ["2030-03-01", "2030-03-08"],
    });
    expect(await history(ids[2]!)).toHaveLength(2);
  });

  it("changes nothing when one row cannot take the change", async () => {
    const scene = await buildActionsScene(t.prisma);
    const coordinator = await actorOf(scene.coordinator);
    const inA = await createAction(form(scene) as Parameters<typeof createAction>[0], coordinator);
    const inB = await createAction(form(scene, { ownerInstitutionId: scene.other.id, responsibleUserId: scene.memberB.id }) as Parameters<typeof createAction>[0], coordinator);
    await signInAs(scene.coordinator);
    // memberA2 belongs to A: fine for the first row, not for the second (still owned by B).
    const result = await bulkEditActionsAction({ actionIds: [inA.id, inB.id], responsibleUserId: scene.memberA2.id, dueMode: "set", dueDate: "2031-01-31" });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { responsibleUserId: "Wybierz jedną z dostępnych opcji." } });
    const rows = await t.prisma.action.findMany({ where: { id: { in: [inA.id, inB.id] } } });
    expect(rows.every((r) => r.dueDate?.toISOString().startsWith("2030-06-30"))).toBe(true);
    expect(await t.prisma.actionChange.count({ where: { actionId: { in: [inA.id, inB.id] } } })).toBe(2);
  });

  it("is for coordinators of every selected row's group", async () => {
    const scene = await buildActionsScene(t.prisma);
    const foreign = await buildActionsScene(t.prisma);
    const mine = await createAction(form(scene) as Parameters<typeof createAction>[0], await actorOf(scene.coordinator));
    const theirs = await createAction(form(foreign) as Parameters<typeof createAction>[0], await actorOf(foreign.coordinator));
    await signInAs(scene.member);
    expect(await bulkEditActionsAction({ actionIds: [mine.id], dueMode: "set", dueDate: "2031-01-31" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(scene.coordinator);
    expect(await bulkEditActionsAction({ actionIds: [mine.id, theirs.id], dueMode: "set", dueDate: "2031-01-31" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await bulkEditActionsAction({ actionIds: [mine.id], dueMode: "keep" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await t.prisma.action.findUniqueOrThrow({ where: { id: mine.id } })).dueDate?.toISOString()).toBe("2030-06-30T00:00:00.000Z");
  });
});

describe("lists", () => {
  it("filters by institution, person, status, due range and overdue, always within the person's groups", async () => {
    const scene = await buildActionsScene(t.prisma);
    const foreign = await buildActionsScene(t.prisma);
    const now = new Date("2030-05-10T10:00:00Z");
    const base = { groupId: scene.group.id, ownerInstitutionId: scene.institution.id };
    await buildAction(t.prisma, { ...base, title: "Po terminie", dueDate: dateToDb("2030-05-09"), responsibleUserId: scene.member.id });
    await buildAction(t.prisma, { ...base, title: "Wykonane dawno", dueDate: dateToDb("2030-04-01"), status: "DONE" });
    await buildAction(t.prisma, { ...base, title: "Na dziś", dueDate: dateToDb("2030-05-10"), deputyUserId: scene.member.id });
    await buildAction(t.prisma, { groupId: scene.group.id, ownerInstitutionId: scene.other.id, title: "Szkolenia dla pracodawców", dueDate: dateToDb("2030-06-01") });
    await buildAction(t.prisma, { groupId: foreign.group.id, ownerInstitutionId: foreign.institution.id, title: "Obca grupa" });
    const actor = await actorOf(scene.observer);
    const titles = async (query: string) =>
      (await listAllActions(actor, parseActionFilters(new URLSearchParams(query)), listGroupIds(actor, "all", null), now)).map((r) => r.title).sort();
    expect(await titles("")).toEqual(["Na dziś", "Po terminie", "Szkolenia dla pracodawców", "Wykonane dawno"]);
    expect(await titles("overdue=1")).toEqual(["Po terminie"]);
    expect(await titles(`person=${scene.member.id}`)).toEqual(["Na dziś", "Po terminie"]);
    expect(await titles(`institution=${scene.other.id}`)).toEqual(["Szkolenia dla pracodawców"]);
    expect(await titles("status=DONE")).toEqual(["Wykonane dawno"]);
    expect(await titles("dueFrom=2030-05-10&dueTo=2030-06-30")).toEqual(["Na dziś", "Szkolenia dla pracodawców"]);
    expect(await titles("q=szkolenia pracodawcow")).toEqual(["Szkolenia dla pracodawców"]);
    // Asking for another group's list shows nothing of it.
    expect((await listAllActions(actor, defaultActionFilters, listGroupIds(actor, foreign.group.id, null), now)).map((r) => r.title)).not.toContain("Obca grupa");
    const page = await listActions(actor, { ...defaultActionFilters, sort: "due", dir: "asc" }, [scene.group.id], now);
    // By due date, what is still to do comes first.
    expect(page.rows.map((r) => [r.title, r.dueState])).toEqual([
      ["Po terminie", "overdue"],
      ["Na dziś", "today"],
      ["Szkolenia dla pracodawców", "later"],
      ["Wykonane dawno", "closed"],
    ]);
  });

  it("saves, overwrites and deletes a person's own filters", async () => {
    const scene = await buildActionsScene(t.prisma);
    await signInAs(scene.member);
    const saved = await saveActionFilterAction({ groupId: scene.group.id, name: "Po terminie", query: "overdue=1&page=3&group=zzz&status=bogus" });
    expect(saved).toMatchObject({ ok: true, data: { query: "overdue=1" } });
    const again = await saveActionFilterAction({ groupId: scene.group.id, name: "Po terminie", query: "overdue=1&status=BLOCKED" });
    expect(again).toMatchObject({ ok: true, data: { query: "status=BLOCKED&overdue=1" } });
    expect(await t.prisma.savedFilter.count({ where: { userId: scene.member.id } })).toBe(1);
    expect(await saveActionFilterAction({ groupId: (await buildActionsScene(t.prisma)).group.id, name: "x", query: "" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    if (!saved.ok) return;
    await signInAs(scene.memberB);
    expect(await deleteActionFilterAction({ id: saved.data.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await signInAs(scene.member);
    expect(await deleteActionFilterAction({ id: saved.data.id })).toMatchObject({ ok: true });
    expect(await t.prisma.savedFilter.count({ where: { userId: scene.member.id } })).toBe(0);
  });
});

describe("review of open actions on the agenda", () => {
  it("lists the open actions by owner institution with their status changes since the previous meeting", async () => {
    const scene = await buildActionsScene(t.prisma);
    const now = new Date();
    const previous = await t.prisma.meeting.create({
      data: { groupId: scene.group.id, title: "I posiedzenie", status: "HELD", startsAt: addDays(now, -30), endsAt: addHours(addDays(now, -30), 2) },
    });
    const next = await t.prisma.meeting.create({
      data: { groupId: scene.group.id, title: "II posiedzenie", status: "SCHEDULED", startsAt: addDays(now, 5), endsAt: addHours(addDays(now, 5), 2) },
    });
    const coordinator = await actorOf(scene.coordinator);
    const a1 = await createAction(form(scene, { title: "Ankieta", dueDate: addDaysToDate(todayIn(now), -2) }) as Parameters<typeof createAction>[0], coordinator);
    const a2 = await createAction(form(scene, { title: "Analiza", ownerInstitutionId: scene.other.id, responsibleUserId: scene.memberB.id }) as Parameters<typeof createAction>[0], coordinator);
    const a3 = await createAction(form(scene, { title: "Zestawienie rejestracji" }) as Parameters<typeof createAction>[0], coordinator);
    const old = await buildAction(t.prisma, { groupId: scene.group.id, ownerInstitutionId: scene.institution.id, title: "Zamknięte dawno", status: "DONE" });
    await setActionStatus({ id: a2.id, status: "IN_PROGRESS", blockedReason: null }, coordinator);
    await setActionStatus({ id: a3.id, status: "DONE", blockedReason: null }, coordinator);

    const review = await getActionsReview(next.id, now);
    expect(review?.previousMeeting?.id).toBe(previous.id);
    const byInstitution = Object.fromEntries(review!.institutions.map((i) => [i.id, i.actions.map((a) => a.title)]));
    expect(byInstitution).toEqual({ [scene.institution.id]: ["Ankieta", "Zestawienie rejestracji"], [scene.other.id]: ["Analiza"] });
    const all = review!.institutions.flatMap((i) => i.actions);
    expect(all.find((a) => a.id === a1.id)).toMatchObject({ dueState: "overdue", changes: [{ from: null, to: "OPEN" }] });
    expect(all.find((a) => a.id === a2.id)?.changes.map((c) => [c.from, c.to])).toEqual([
      [null, "OPEN"],
      ["OPEN", "IN_PROGRESS"],
    ]);
    expect(all.find((a) => a.id === a3.id)).toMatchObject({ status: "DONE" });
    expect(all.map((a) => a.id)).not.toContain(old.id);
  });
});
