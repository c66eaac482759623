// The institutions directory through the real server actions (session → zod → permission →
// mutation) and the real data functions, against a migrated database.
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { getCurrentUser } from "@/lib/auth/current-user";
import { setDb } from "@/lib/db/client";
import {
  archiveInstitutionAction,
  createInstitutionAction,
  restoreInstitutionAction,
  updateInstitutionAction,
} from "@/lib/institutions/actions";
import { getInstitutionDetail, listInstitutions } from "@/lib/institutions/data";
import { parseInstitutionListQuery } from "@/lib/institutions/list-query";
import type { institutionInputSchema } from "@/lib/institutions/schema";
import type { Actor } from "@/lib/permissions/ability";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroup, buildGroupWithRoles, buildInstitution, buildUser } from "@/tests/support/factories";
import { setTestLocale } from "@/tests/support/next-intl-mock";
import { signInAs, signOut } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());
afterEach(() => setTestLocale("pl"));

type InstitutionFormInput = z.input<typeof institutionInputSchema>;

const tag = () => randomBytes(3).toString("hex");

async function actorOf(user: { id: string }): Promise<Actor> {
  await signInAs(user);
  const current = await getCurrentUser();
  if (!current) throw new Error("expected a session");
  return current.actor;
}

/** A filled-in form; overrides may be invalid on purpose, as a hand-crafted request can be. */
function input(overrides: Record<string, unknown> = {}): InstitutionFormInput {
  return {
    name: `Regionalny Ośrodek Polityki Społecznej ${tag()}`,
    shortName: "ROPS",
    kind: "PUBLIC_ADMINISTRATION",
    address: "ul. Witosa 86, 25-561 Kielce",
    contactEmail: "Sekretariat@ROPS.example",
    contactPhone: "+48 41 342 16 00",
    website: "https://rops.example",
    logoUrl: "",
    ...overrides,
  } as InstitutionFormInput;
}

/** Everything a refused write must leave as it was. */
async function snapshot() {
  return t.prisma.institution.findMany({ orderBy: { id: "asc" } });
}

describe("creating an institution", () => {
  it("lets a coordinator add one and stores it trimmed, with blanks as null", async () => {
    const { coordinator } = await buildGroupWithRoles(t.prisma);
    await signInAs(coordinator);
    const data = input({ name: `  Zakład Doskonalenia Zawodowego ${tag()} `, contactPhone: "  " });
    const result = await createInstitutionAction(data);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const row = await t.prisma.institution.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({
      name: (data.name as string).trim(),
      shortName: "ROPS",
      kind: "PUBLIC_ADMINISTRATION",
      contactEmail: "sekretariat@rops.example",
      contactPhone: null,
      website: "https://rops.example",
      logoUrl: null,
      archivedAt: null,
    });
  });

  it("refuses members, reviewers, observers and people without a group, writing nothing", async () => {
    const { member, reviewer, observer, outsider } = await buildGroupWithRoles(t.prisma);
    const before = await snapshot();
    for (const user of [member, reviewer, observer, outsider]) {
      await signInAs(user);
      const result = await createInstitutionAction(input());
      expect(result).toEqual({ ok: false, code: "FORBIDDEN", message: "Nie masz uprawnień do wykonania tej czynności." });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lets an administrator add one without coordinating any group", async () => {
    const admin = await buildUser(t.prisma, { isAdmin: true });
    await signInAs(admin);
    expect(await createInstitutionAction(input())).toMatchObject({ ok: true });
  });

  it("refuses a signed-out request", async () => {
    signOut();
    expect(await createInstitutionAction(input())).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("explains invalid fields in Polish and writes nothing", async () => {
    const { coordinator } = await buildGroupWithRoles(t.prisma);
    await signInAs(coordinator);
    const before = await snapshot();
    const result = await createInstitutionAction(
      input({ name: "x".repeat(201), shortName: "", contactEmail: "sekretariat@", website: "http://rops.example", kind: "CHURCH" }),
    );
    expect(result).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "Popraw zaznaczone pola i spróbuj ponownie.",
      fieldErrors: {
        name: "Wpisz najwyżej 200 znaków.",
        shortName: "To pole jest wymagane.",
        contactEmail: "Wpisz poprawny adres e-mail, np. jan.kowalski@urzad.gov.pl.",
        website: "Wpisz pełny adres strony, zaczynający się od https://.",
        kind: "Wybierz jedną z dostępnych opcji.",
      },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("accepts the form as FormData, as the browser sends it", async () => {
    const { coordinator } = await buildGroupWithRoles(t.prisma);
    await signInAs(coordinator);
    const form = new FormData();
    for (const [key, value] of Object.entries(input({ shortName: "ŚCITT", kind: "BUSINESS_BODY" }))) form.set(key, String(value));
    const result = await createInstitutionAction(form);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(await t.prisma.institution.findUnique({ where: { id: result.data.id } })).toMatchObject({ shortName: "ŚCITT", logoUrl: null });
  });

  it("refuses a name that already exists in any letter case, archived ones included", async () => {
    const { coordinator } = await buildGroupWithRoles(t.prisma);
    const existing = await buildInstitution(t.prisma, { name: `Staropolska Izba Przemysłowo-Handlowa ${tag()}`, archivedAt: new Date() });
    await signInAs(coordinator);
    const before = await snapshot();
    const result = await createInstitutionAction(input({ name: `  ${existing.name.toUpperCase()} ` }));
    expect(result).toEqual({
      ok: false,
      code: "CONFLICT",
      message: "Instytucja o tej nazwie już istnieje (sprawdź też archiwum). Wpisz inną nazwę albo skorzystaj z istniejącej instytucji.",
    });
    expect(await snapshot()).toEqual(before);

    setTestLocale("en");
    const english = await createInstitutionAction(input({ name: existing.name.toLowerCase() }));
    expect(english).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringMatching(/^An institution with this name already exists/) });
  });

  it("lets only one of two simultaneous creations with the same name through", async () => {
    const { coordinator } = await buildGroupWithRoles(t.prisma);
    await signInAs(coordinator);
    const name = `Świętokrzyskie Biuro Rozwoju Regionalnego ${tag()}`;
    const results = await Promise.all([createInstitutionAction(input({ name })), createInstitutionAction(input({ name: name.toUpperCase() }))]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(await t.prisma.institution.count({ where: { name: { equals: name, mode: "insensitive" } } })).toBe(1);
  });
});

describe("updating an institution", () => {
  it("lets a member edit their own institution but not another one in the same group", async () => {
    const { institution, group, member } = await buildGroupWithRoles(t.prisma);
    const other = await buildInstitution(t.prisma);
    await t.prisma.groupInstitution.create({ data: { groupId: group.id, institutionId: other.id } });
    await signInAs(member);

    const own = await updateInstitutionAction({ id: institution.id, ...input({ name: `${institution.name} (zmieniona)`, shortName: "WUP" }) });
    expect(own).toEqual({ ok: true, data: { id: institution.id } });
    expect(await t.prisma.institution.findUnique({ where: { id: institution.id } })).toMatchObject({
      name: `${institution.name} (zmieniona)`,
      shortName: "WUP",
    });

    const before = await t.prisma.institution.findUnique({ where: { id: other.id } });
    const foreign = await updateInstitutionAction({ id: other.id, ...input() });
    expect(foreign).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await t.prisma.institution.findUnique({ where: { id: other.id } })).toEqual(before);
  });

  it("refuses observers and reviewers of their own institution; lets the group's coordinator edit any partner", async () => {
    const { institution, group, observer, reviewer, coordinator } = await buildGroupWithRoles(t.prisma);
    const partner = await buildInstitution(t.prisma);
    await t.prisma.groupInstitution.create({ data: { groupId: group.id, institutionId: partner.id, partnerRole: "ASSOCIATED" } });
    const before = await t.prisma.institution.findUnique({ where: { id: institution.id } });
    for (const user of [observer, reviewer]) {
      await signInAs(user);
      expect(await updateInstitutionAction({ id: institution.id, ...input() })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await t.prisma.institution.findUnique({ where: { id: institution.id } })).toEqual(before);

    await signInAs(coordinator);
    expect(await updateInstitutionAction({ id: partner.id, ...input({ kind: "NGO" }) })).toMatchObject({ ok: true });
    expect(await t.prisma.institution.findUnique({ where: { id: partner.id } })).toMatchObject({ kind: "NGO" });
  });

  it("keeps the row unchanged on invalid input and on a name taken by another institution", async () => {
    const { institution, coordinator } = await buildGroupWithRoles(t.prisma);
    const other = await buildInstitution(t.prisma);
    await signInAs(coordinator);
    const before = await t.prisma.institution.findUnique({ where: { id: institution.id } });

    const invalid = await updateInstitutionAction({ id: institution.id, ...input({ shortName: "s".repeat(41), logoUrl: "logo.png" }) });
    expect(invalid).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { shortName: "Wpisz najwyżej 40 znaków.", logoUrl: "Wpisz pełny adres strony, zaczynający się od https://." },
    });
    const taken = await updateInstitutionAction({ id: institution.id, ...input({ name: other.name.toLowerCase() }) });
    expect(taken).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await t.prisma.institution.findUnique({ where: { id: institution.id } })).toEqual(before);

    // Its own name in another letter case is not a conflict.
    expect(await updateInstitutionAction({ id: institution.id, ...input({ name: institution.name.toUpperCase() }) })).toMatchObject({ ok: true });
  });

  it("answers NOT_FOUND for an institution that does not exist", async () => {
    const { coordinator } = await buildGroupWithRoles(t.prisma);
    await signInAs(coordinator);
    expect(await updateInstitutionAction({ id: "missing-institution", ...input() })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("archiving and restoring", () => {
  it("needs a coordinator of every group the institution belongs to", async () => {
    const a = await buildGroupWithRoles(t.prisma);
    const b = await buildGroup(t.prisma, { institutions: [{ institutionId: a.institution.id, partnerRole: "OBSERVER" }] });
    const before = await t.prisma.institution.findUnique({ where: { id: a.institution.id } });

    for (const user of [a.coordinator, a.member]) {
      await signInAs(user);
      expect(await archiveInstitutionAction({ id: a.institution.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await t.prisma.institution.findUnique({ where: { id: a.institution.id } })).toEqual(before);

    await t.prisma.groupMember.create({ data: { groupId: b.id, userId: a.coordinator.id, role: "COORDINATOR" } });
    await signInAs(a.coordinator);
    expect(await archiveInstitutionAction({ id: a.institution.id })).toEqual({ ok: true, data: { id: a.institution.id } });
    const archived = await t.prisma.institution.findUniqueOrThrow({ where: { id: a.institution.id } });
    expect(archived.archivedAt).toBeInstanceOf(Date);

    // Archived means read-only, even for someone allowed to edit it before.
    const edit = await updateInstitutionAction({ id: a.institution.id, ...input() });
    expect(edit).toEqual({ ok: false, code: "CONFLICT", message: "Instytucja jest zarchiwizowana — przywróć ją, aby wprowadzać zmiany." });
    expect(await t.prisma.institution.findUnique({ where: { id: a.institution.id } })).toEqual(archived);

    // Restoring takes the same say; a member cannot, the coordinator of both groups can.
    await signInAs(a.member);
    expect(await restoreInstitutionAction({ id: a.institution.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(a.coordinator);
    expect(await restoreInstitutionAction({ id: a.institution.id })).toMatchObject({ ok: true });
    expect((await t.prisma.institution.findUniqueOrThrow({ where: { id: a.institution.id } })).archivedAt).toBeNull();
  });

  it("lets an administrator archive any institution and refuses a coordinator of an archived group", async () => {
    const a = await buildGroupWithRoles(t.prisma);
    await t.prisma.group.update({ where: { id: a.group.id }, data: { archivedAt: new Date() } });
    await signInAs(a.coordinator);
    expect(await archiveInstitutionAction({ id: a.institution.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    const admin = await buildUser(t.prisma, { isAdmin: true });
    await signInAs(admin);
    expect(await archiveInstitutionAction({ id: a.institution.id })).toMatchObject({ ok: true });
    // Archiving again is refused (it is already archived) and keeps the first date.
    const first = (await t.prisma.institution.findUniqueOrThrow({ where: { id: a.institution.id } })).archivedAt;
    expect(await archiveInstitutionAction({ id: a.institution.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await t.prisma.institution.findUniqueOrThrow({ where: { id: a.institution.id } })).archivedAt).toEqual(first);
  });
});

describe("the institutions list", () => {
  /** Two groups sharing one institution, with people in each, under a unique search tag. */
  async function directory() {
    const k = tag();
    const [umws, wup, psk, siph] = await Promise.all([
      buildInstitution(t.prisma, { name: `Urząd Marszałkowski ${k}`, shortName: `UMWS ${k}`, kind: "PUBLIC_ADMINISTRATION" }),
      buildInstitution(t.prisma, { name: `Wojewódzki Urząd Pracy ${k}`, shortName: `WUP ${k}`, kind: "LABOUR_OFFICE" }),
      buildInstitution(t.prisma, { name: `Politechnika Świętokrzyska ${k}`, shortName: `PŚk ${k}`, kind: "UNIVERSITY" }),
      buildInstitution(t.prisma, { name: `Staropolska Izba ${k}`, shortName: `SIPH ${k}`, kind: "BUSINESS_BODY" }),
    ]);
    const returnGroup = await buildGroup(t.prisma, {
      name: `Re-Turn ${k}`,
      institutions: [
        { institutionId: umws.id, partnerRole: "LEAD" },
        { institutionId: wup.id, partnerRole: "ASSOCIATED" },
        { institutionId: psk.id },
      ],
    });
    const foreignersGroup = await buildGroup(t.prisma, {
      name: `Cudzoziemcy ${k}`,
      institutions: [
        { institutionId: wup.id, partnerRole: "LEAD" },
        { institutionId: siph.id },
      ],
    });
    const anna = await buildUser(t.prisma, { name: "Anna Kowalczyk", institutionId: umws.id, groups: [{ groupId: returnGroup.id, role: "COORDINATOR" }] });
    const katarzyna = await buildUser(t.prisma, { name: "Katarzyna Lewandowska", institutionId: wup.id, groups: [{ groupId: returnGroup.id, role: "MEMBER" }] });
    const barbara = await buildUser(t.prisma, { name: "Barbara Grabowska", institutionId: wup.id, groups: [{ groupId: foreignersGroup.id, role: "MEMBER" }] });
    const jan = await buildUser(t.prisma, { name: "Jan Nowak", institutionId: wup.id, groups: [{ groupId: foreignersGroup.id, role: "COORDINATOR" }] });
    const ewa = await buildUser(t.prisma, { name: "Ewa Dąbrowska", institutionId: psk.id, groups: [{ groupId: returnGroup.id, role: "REVIEWER" }] });
    const gone = await buildUser(t.prisma, { name: "Archiwalny Pracownik", institutionId: psk.id, archivedAt: new Date(), groups: [{ groupId: returnGroup.id, role: "MEMBER" }] });
    return { k, umws, wup, psk, siph, returnGroup, foreignersGroup, anna, katarzyna, barbara, jan, ewa, gone };
  }

  const query = (params: Record<string, string> = {}) => parseInstitutionListQuery({ scope: "all", ...params }, { hasCurrentGroup: true });

  it("finds institutions by name or short name ignoring case and diacritics", async () => {
    const d = await directory();
    const actor = await actorOf(d.anna);
    const search = async (q: string) =>
      (await listInstitutions(actor, query({ q }), { currentGroupId: d.returnGroup.id, locale: "pl" })).rows.map((r) => r.id);
    expect(await search(`swietokrzyska ${d.k}`)).toEqual([d.psk.id]);
    expect(await search(`URZĄD ${d.k}`)).toEqual([d.umws.id, d.wup.id]);
    expect(await search(`siph ${d.k.toUpperCase()}`)).toEqual([d.siph.id]);
    expect(await search(`nothing-like-this ${d.k}`)).toEqual([]);
  });

  it("sorts by name, kind, people and groups in both directions, ties by name A–Z", async () => {
    const d = await directory();
    const actor = await actorOf(d.jan); // sees the foreigners' group only
    const kindLabels = { PUBLIC_ADMINISTRATION: "Administracja publiczna", LABOUR_OFFICE: "Urząd pracy", UNIVERSITY: "Uczelnia", BUSINESS_BODY: "Organizacja gospodarcza" };
    const sorted = async (sort: string, dir: string) =>
      (await listInstitutions(actor, query({ q: d.k, sort, dir }), { currentGroupId: d.foreignersGroup.id, locale: "pl", kindLabels })).rows.map((r) => r.id);
    // Polish order: P, S, U, W ("Ś" in "Świętokrzyska" is not first: the name starts with "Politechnika").
    expect(await sorted("name", "asc")).toEqual([d.psk.id, d.siph.id, d.umws.id, d.wup.id]);
    expect(await sorted("name", "desc")).toEqual([d.wup.id, d.umws.id, d.siph.id, d.psk.id]);
    // Jan sees Barbara and himself at WUP; nobody at the others (they share no group with him).
    expect(await sorted("people", "desc")).toEqual([d.wup.id, d.psk.id, d.siph.id, d.umws.id]);
    expect(await sorted("groups", "desc")).toEqual([d.wup.id, d.psk.id, d.siph.id, d.umws.id]);
    // By the label the viewer reads: Administracja, Organizacja, Uczelnia, Urząd.
    expect(await sorted("kind", "asc")).toEqual([d.umws.id, d.siph.id, d.psk.id, d.wup.id]);
    expect(await sorted("people", "asc")).toEqual([d.psk.id, d.siph.id, d.umws.id, d.wup.id]);
  });

  it("counts and shows only people and groups the viewer shares; administrators see all", async () => {
    const d = await directory();
    const asAnna = await listInstitutions(await actorOf(d.anna), query({ q: d.k }), { currentGroupId: d.returnGroup.id, locale: "pl" });
    const wupRow = asAnna.rows.find((r) => r.id === d.wup.id);
    // Of WUP's three people Anna shares a group only with Katarzyna.
    expect(wupRow).toMatchObject({
      peopleCount: 1,
      groups: [{ id: d.returnGroup.id, partnerRole: "ASSOCIATED", archived: false }],
      otherGroupCount: 1,
    });
    // The archived person is not counted.
    expect(asAnna.rows.find((r) => r.id === d.psk.id)).toMatchObject({ peopleCount: 1 });

    const detail = await getInstitutionDetail(await actorOf(d.anna), d.wup.id, { locale: "pl" });
    expect(detail?.people.map((p) => p.name)).toEqual(["Katarzyna Lewandowska"]);
    expect(detail?.people[0]?.roles).toEqual([{ groupId: d.returnGroup.id, groupName: d.returnGroup.name, role: "MEMBER" }]);
    expect(detail?.ref.groupIds.sort()).toEqual([d.returnGroup.id, d.foreignersGroup.id].sort());
    expect(detail).toMatchObject({ otherGroupCount: 1, groups: [{ id: d.returnGroup.id }] });

    const admin = await buildUser(t.prisma, { isAdmin: true });
    const asAdmin = await getInstitutionDetail(await actorOf(admin), d.wup.id, { locale: "pl" });
    expect(asAdmin?.people.map((p) => p.name)).toEqual(["Barbara Grabowska", "Jan Nowak", "Katarzyna Lewandowska"]);
    expect(asAdmin).toMatchObject({ otherGroupCount: 0 });
    expect(asAdmin?.groups.map((g) => g.name)).toEqual([d.foreignersGroup.name, d.returnGroup.name]);

    // Someone in no group sees the institution itself, and nobody behind it.
    const outsider = await buildUser(t.prisma);
    const asOutsider = await getInstitutionDetail(await actorOf(outsider), d.wup.id, { locale: "pl" });
    expect(asOutsider).toMatchObject({ people: [], groups: [], otherGroupCount: 2, name: d.wup.name });
  });

  it("limits to the current group on request, hides archived institutions unless asked, filters by kind", async () => {
    const d = await directory();
    await t.prisma.institution.update({ where: { id: d.psk.id }, data: { archivedAt: new Date() } });
    const actor = await actorOf(d.anna);
    const ids = async (params: Record<string, string>, currentGroupId: string | null = d.returnGroup.id) =>
      (await listInstitutions(actor, query({ q: d.k, ...params }), { currentGroupId, locale: "pl" })).rows.map((r) => r.id);

    expect(await ids({ scope: "group" })).toEqual([d.umws.id, d.wup.id]);
    expect(await ids({ scope: "all" })).toEqual([d.siph.id, d.umws.id, d.wup.id]);
    expect(await ids({ scope: "group", status: "archived" })).toEqual([d.psk.id]);
    expect(await ids({ scope: "group", status: "all" })).toEqual([d.psk.id, d.umws.id, d.wup.id]);
    expect(await ids({ scope: "all", kind: "LABOUR_OFFICE" })).toEqual([d.wup.id]);
    // A group the viewer is not in reveals nothing about its partners.
    expect(await ids({ scope: "group" }, d.foreignersGroup.id)).toEqual([]);
  });

  it("pages through results without overlap", async () => {
    const d = await directory();
    const actor = await actorOf(d.anna);
    const page = async (n: number) =>
      listInstitutions(actor, query({ q: d.k, page: String(n) }), { currentGroupId: null, locale: "pl", pageSize: 3 });
    const [first, second] = [await page(1), await page(2)];
    expect(first).toMatchObject({ total: 4, pageCount: 2, page: 1 });
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual([d.psk.id, d.siph.id, d.umws.id, d.wup.id]);
    // A page past the end shows the last one.
    expect((await page(9)).page).toBe(2);
  });
});
