// Documents and minutes through the real server actions (session → zod → permission →
// mutation) and the real data functions, against a migrated database.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { setDb } from "@/lib/db/client";
import { loadDocumentState } from "@/lib/collab/persistence";
import { jsonToPlainText, stateToJson } from "@/lib/editor/content";
import {
  archiveDocumentAction,
  changeDocumentOwnerAction,
  createDocumentAction,
  createMinutesAction,
  renameDocumentAction,
  restoreDocumentAction,
} from "@/lib/documents/actions";
import { getDocument, listDocuments, listMentionables } from "@/lib/documents/data";
import { documentListQuerySchema } from "@/lib/documents/schema";
import { getCurrentUser } from "@/lib/auth/current-user";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroupWithRoles, buildInstitution, buildUser } from "@/tests/support/factories";
import { buildDocument, buildMeeting, paragraphs } from "@/tests/support/document-factories";
import { setTestLocale } from "@/tests/support/next-intl-mock";
import { signInAs } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());
afterEach(() => setTestLocale("pl"));

const query = (raw: Record<string, string> = {}) => documentListQuerySchema.parse(raw);
async function actorOf(user: { id: string }) {
  await signInAs(user);
  return (await getCurrentUser())!.actor;
}

describe("creating documents", () => {
  it("lets a coordinator create a strategy document with its title as the first heading, owned by their institution", async () => {
    const { group, coordinator, institution } = await buildGroupWithRoles(t.prisma);
    await signInAs(coordinator);
    const result = await createDocumentAction({ groupId: group.id, kind: "STRATEGY", title: "Strategia wsparcia migrantów powracających", meetingId: "" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await t.prisma.document.findUniqueOrThrow({ where: { id: result.data.id }, include: { snapshot: true } });
    expect(row).toMatchObject({ kind: "STRATEGY", status: "DRAFT", groupId: group.id, ownerInstitutionId: institution.id, createdById: coordinator.id, lastEditedById: coordinator.id, meetingId: null });
    expect(row.snapshot?.state.byteLength).toBeGreaterThan(0);
    expect(row.sizeBytes).toBe(row.snapshot?.state.byteLength);
    const { state } = await loadDocumentState(row.id);
    expect(stateToJson(state).content?.[0]).toMatchObject({ type: "heading", attrs: { level: 1 } });
    expect(row.plainText).toBe("Strategia wsparcia migrantów powracających");
  });

  it("lets a member create one tied to a meeting, with another partner institution as owner", async () => {
    const { group, member } = await buildGroupWithRoles(t.prisma);
    const other = await buildInstitution(t.prisma);
    await t.prisma.groupInstitution.create({ data: { groupId: group.id, institutionId: other.id } });
    const meeting = await buildMeeting(t.prisma, { groupId: group.id });
    await signInAs(member);
    const result = await createDocumentAction({ groupId: group.id, kind: "OTHER", title: "Lista materiałów", meetingId: meeting.id, ownerInstitutionId: other.id });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(await t.prisma.document.findUniqueOrThrow({ where: { id: result.data.id } })).toMatchObject({ meetingId: meeting.id, ownerInstitutionId: other.id, kind: "OTHER" });
  });

  it.each(["reviewer", "observer"] as const)("refuses a %s and writes nothing", async (who) => {
    const roles = await buildGroupWithRoles(t.prisma);
    await signInAs(roles[who]);
    const result = await createDocumentAction({ groupId: roles.group.id, kind: "STRATEGY", title: "Nie powinno powstać", meetingId: "" });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", message: "Nie masz uprawnień do wykonania tej czynności." });
    expect(await t.prisma.document.count({ where: { groupId: roles.group.id } })).toBe(0);
  });

  it("answers NOT_FOUND for a group the person is not in", async () => {
    const roles = await buildGroupWithRoles(t.prisma);
    await signInAs(roles.outsider);
    const result = await createDocumentAction({ groupId: roles.group.id, kind: "STRATEGY", title: "Obcy", meetingId: "" });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await t.prisma.document.count({ where: { groupId: roles.group.id } })).toBe(0);
  });

  it("refuses bad input with translated messages and writes nothing", async () => {
    const { group, coordinator } = await buildGroupWithRoles(t.prisma);
    const foreign = await buildGroupWithRoles(t.prisma);
    const foreignMeeting = await buildMeeting(t.prisma, { groupId: foreign.group.id });
    const outsiderInstitution = await buildInstitution(t.prisma);
    await signInAs(coordinator);
    expect(await createDocumentAction({ groupId: group.id, kind: "STRATEGY", title: "   ", meetingId: "" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { title: "To pole jest wymagane." },
    });
    expect(await createDocumentAction({ groupId: group.id, kind: "MINUTES" as never, title: "Protokół", meetingId: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await createDocumentAction({ groupId: group.id, kind: "STRATEGY", title: "X", meetingId: foreignMeeting.id })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { meetingId: "Wybierz jedną z dostępnych opcji." },
    });
    expect(await createDocumentAction({ groupId: group.id, kind: "STRATEGY", title: "X", meetingId: "", ownerInstitutionId: outsiderInstitution.id })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { ownerInstitutionId: "Wybierz jedną z dostępnych opcji." },
    });
    expect(await t.prisma.document.count({ where: { groupId: group.id } })).toBe(0);
  });
});

describe("the list", () => {
  it("shows only the actor's groups, searches title and text without diacritics, and filters", async () => {
    const mine = await buildGroupWithRoles(t.prisma);
    const theirs = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(t.prisma, { groupId: mine.group.id });
    const strategy = await buildDocument(t.prisma, {
      groupId: mine.group.id,
      title: "Strategia wsparcia migrantów",
      content: paragraphs("Województwo świętokrzyskie potrzebuje punktu kontaktowego."),
      lastEditedAt: new Date("2027-01-02T10:00:00Z"),
    });
    const minutes = await buildDocument(t.prisma, { groupId: mine.group.id, kind: "MINUTES", title: "Protokół z posiedzenia", meetingId: meeting.id, lastEditedAt: new Date("2027-01-03T10:00:00Z") });
    const archived = await buildDocument(t.prisma, { groupId: mine.group.id, title: "Stara wersja strategii", archivedAt: new Date() });
    await buildDocument(t.prisma, { groupId: theirs.group.id, title: "Strategia innej grupy", content: paragraphs("świętokrzyskie") });

    const actor = await actorOf(mine.observer);
    const all = await listDocuments(actor, { ...query(), groupId: null });
    expect(all.rows.map((r) => r.id)).toEqual([minutes.id, strategy.id]);

    const search = await listDocuments(actor, { ...query({ q: "SWIETOKRZYSKIE punkt" }), groupId: null });
    expect(search.rows.map((r) => r.id)).toEqual([strategy.id]);
    expect(search.rows[0]!.snippet).toContain("świętokrzyskie");

    const titleFirst = await listDocuments(actor, { ...query({ q: "strategia" }), groupId: mine.group.id });
    expect(titleFirst.rows.map((r) => r.id)).toEqual([strategy.id]);

    expect((await listDocuments(actor, { ...query({ kind: "MINUTES" }), groupId: null })).rows.map((r) => r.id)).toEqual([minutes.id]);
    expect((await listDocuments(actor, { ...query({ meeting: meeting.id }), groupId: null })).rows.map((r) => r.id)).toEqual([minutes.id]);
    expect((await listDocuments(actor, { ...query({ archived: "archived" }), groupId: null })).rows.map((r) => r.id)).toEqual([archived.id]);
    // Asking for another group's documents gives nothing, not their documents.
    expect((await listDocuments(actor, { ...query(), groupId: theirs.group.id })).total).toBe(0);
    expect(await getDocument(actor, strategy.id)).not.toBeNull();
    const otherDoc = await t.prisma.document.findFirstOrThrow({ where: { groupId: theirs.group.id } });
    expect(await getDocument(actor, otherDoc.id)).toBeNull();
  });

  it("gives an administrator without a role in the group nothing", async () => {
    const { group } = await buildGroupWithRoles(t.prisma);
    await buildDocument(t.prisma, { groupId: group.id });
    const admin = await buildUser(t.prisma, { isAdmin: true });
    const actor = await actorOf(admin);
    expect((await listDocuments(actor, { ...query(), groupId: null })).total).toBe(0);
  });

  it("offers the group's people and partner institutions as mentions", async () => {
    const { group, coordinator, institution } = await buildGroupWithRoles(t.prisma);
    const mentionables = await listMentionables(group.id);
    expect(mentionables).toContainEqual({ id: coordinator.id, label: coordinator.name, kind: "user", detail: institution.shortName });
    expect(mentionables).toContainEqual({ id: institution.id, label: institution.shortName, kind: "institution", detail: institution.name });
  });
});

describe("minutes", () => {
  async function heldMeeting() {
    const roles = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(t.prisma, { groupId: roles.group.id, status: "HELD", organiserInstitutionId: roles.institution.id, onlineUrl: "https://meet.example/re-turn" });
    await t.prisma.agendaItem.createMany({
      data: [
        { meetingId: meeting.id, position: 0, title: "Przegląd otwartych działań", isActionsReview: true },
        { meetingId: meeting.id, position: 1, title: "Wyniki ankiety wśród migrantów", presenterUserId: roles.reviewer.id },
      ],
    });
    await t.prisma.attendance.createMany({
      data: [
        { meetingId: meeting.id, userId: roles.coordinator.id, institutionId: roles.institution.id, status: "PRESENT" },
        { meetingId: meeting.id, userId: roles.member.id, institutionId: roles.institution.id, status: "EXCUSED" },
      ],
    });
    return { ...roles, meeting };
  }

  it("creates the minutes from the template once, then returns the same document", async () => {
    const { meeting, member, coordinator, reviewer, institution, group } = await heldMeeting();
    await signInAs(member);
    const first = await createMinutesAction({ meetingId: meeting.id });
    expect(first).toMatchObject({ ok: true, data: { created: true } });
    const second = await createMinutesAction({ meetingId: meeting.id });
    expect(second).toMatchObject({ ok: true, data: { created: false } });
    if (!first.ok || !second.ok) return;
    expect(second.data.id).toBe(first.data.id);
    expect(await t.prisma.document.count({ where: { minutesOfMeetingId: meeting.id } })).toBe(1);

    const doc = await t.prisma.document.findUniqueOrThrow({ where: { id: first.data.id } });
    expect(doc).toMatchObject({ kind: "MINUTES", meetingId: meeting.id, groupId: group.id, ownerInstitutionId: institution.id, title: "Protokół z posiedzenia „IV posiedzenie plenarne”" });
    const text = jsonToPlainText(stateToJson((await loadDocumentState(doc.id)).state));
    expect(text).toContain("Termin: wtorek, 2 marca 2027, 10:00–12:30 (Europe/Warsaw)");
    expect(text).toContain("Spotkanie online: https://meet.example/re-turn");
    expect(text).toContain("1. Przegląd otwartych działań");
    expect(text).toContain("2. Wyniki ankiety wśród migrantów");
    expect(text).toContain(`Prezentuje: ${reviewer.name} (${institution.shortName})`);
    expect(text).toContain(coordinator.name);
    expect(text).toContain("Decyzje");
    expect(doc.plainText).toBe(text);
  });

  it("survives two people creating the minutes at the same moment", async () => {
    const { meeting, coordinator, member } = await heldMeeting();
    const author = (u: { id: string; institutionId: string | null }) => ({ userId: u.id, institutionId: u.institutionId, locale: "pl" as const });
    const { createMinutes } = await import("@/lib/documents/mutations");
    const [a, b] = await Promise.all([createMinutes(meeting.id, author(coordinator)), createMinutes(meeting.id, author(member))]);
    expect(a.document.id).toBe(b.document.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await t.prisma.document.count({ where: { minutesOfMeetingId: meeting.id } })).toBe(1);
  });

  it("writes the template in the creator's language", async () => {
    const { meeting, group, institution } = await heldMeeting();
    const english = await buildUser(t.prisma, { locale: "en", institutionId: institution.id, groups: [{ groupId: group.id, role: "MEMBER" }] });
    await signInAs(english);
    const result = await createMinutesAction({ meetingId: meeting.id });
    if (!result.ok) throw new Error(result.message);
    const doc = await t.prisma.document.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(doc.title).toBe("Minutes of the meeting “IV posiedzenie plenarne”");
    expect(doc.plainText).toContain("Date and time: Tuesday, 2 March 2027, 10:00–12:30 (Europe/Warsaw)");
  });

  it("refuses observers, outsiders and cancelled meetings, writing nothing", async () => {
    const { meeting, observer, outsider, coordinator, group } = await heldMeeting();
    await signInAs(observer);
    expect(await createMinutesAction({ meetingId: meeting.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(outsider);
    expect(await createMinutesAction({ meetingId: meeting.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const cancelled = await buildMeeting(t.prisma, { groupId: group.id, status: "CANCELLED" });
    await signInAs(coordinator);
    expect(await createMinutesAction({ meetingId: cancelled.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await t.prisma.document.count({ where: { groupId: group.id } })).toBe(0);
  });
});

describe("renaming, owner and archive", () => {
  it("lets editors rename and change the owner; reviewers and observers change nothing", async () => {
    const { group, member, reviewer, observer, institution } = await buildGroupWithRoles(t.prisma);
    const doc = await buildDocument(t.prisma, { groupId: group.id, title: "Projekt strategii", ownerInstitutionId: institution.id });
    for (const who of [reviewer, observer]) {
      await signInAs(who);
      expect(await renameDocumentAction({ id: doc.id, title: "Zmieniony" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await changeDocumentOwnerAction({ id: doc.id, ownerInstitutionId: "" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await t.prisma.document.findUniqueOrThrow({ where: { id: doc.id } })).toMatchObject({ title: "Projekt strategii", ownerInstitutionId: institution.id });

    await signInAs(member);
    expect(await renameDocumentAction({ id: doc.id, title: "Strategia 2030" })).toMatchObject({ ok: true });
    expect(await changeDocumentOwnerAction({ id: doc.id, ownerInstitutionId: "" })).toMatchObject({ ok: true });
    expect(await t.prisma.document.findUniqueOrThrow({ where: { id: doc.id } })).toMatchObject({ title: "Strategia 2030", ownerInstitutionId: null });
  });

  it("archives by the creator or a coordinator, not by another member; restores the same way", async () => {
    const { group, coordinator, member } = await buildGroupWithRoles(t.prisma);
    const doc = await buildDocument(t.prisma, { groupId: group.id, createdById: coordinator.id });
    await signInAs(member);
    expect(await archiveDocumentAction({ id: doc.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await t.prisma.document.findUniqueOrThrow({ where: { id: doc.id } })).archivedAt).toBeNull();
    await signInAs(coordinator);
    expect(await archiveDocumentAction({ id: doc.id })).toMatchObject({ ok: true });
    expect(await archiveDocumentAction({ id: doc.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Archived: read-only for everyone, renaming included.
    expect(await renameDocumentAction({ id: doc.id, title: "Nowy" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(member);
    expect(await restoreDocumentAction({ id: doc.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(coordinator);
    expect(await restoreDocumentAction({ id: doc.id })).toMatchObject({ ok: true });
    expect((await t.prisma.document.findUniqueOrThrow({ where: { id: doc.id } })).archivedAt).toBeNull();
  });
});
