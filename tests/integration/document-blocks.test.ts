// Live decision/action blocks of the minutes through the real server actions (session → zod →
// permission → the registers' mutations) against a migrated database: who may create records
// from a document, which source, meeting and document they get, what a block may read (the
// document's group only) and change, and the group-room events that keep other copies live.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import type { Server } from "socket.io";
import { setDb } from "@/lib/db/client";
import { todayIn } from "@/lib/actions/due";
import {
  changeBlockActionAction,
  createBlockActionAction,
  getDocumentBlockContextAction,
  getDocumentBlockDataAction,
  recordBlockDecisionAction,
} from "@/lib/document-blocks/actions";
import { expandDocumentBlocks } from "@/lib/document-blocks/expand-server";
import { renderDocumentHtml } from "@/lib/documents/render-html";
import { setRealtime } from "@/lib/realtime/registry";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildAction, buildActionsScene } from "@/tests/support/action-factories";
import { buildDocument, buildMeeting } from "@/tests/support/document-factories";
import { buildGroupWithRoles, buildUser } from "@/tests/support/factories";
import { setTestLocale } from "@/tests/support/next-intl-mock";
import { signInAs } from "@/tests/support/session";

let t: TestDb;
const emitted: { room: string; event: string; payload: unknown }[] = [];

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
  // A stand-in for the socket.io server: records what would be sent to which room.
  setRealtime({ to: (room: string) => ({ emit: (event: string, payload: unknown) => emitted.push({ room, event, payload }) }) } as unknown as Server);
});
afterAll(async () => {
  setRealtime(undefined);
  await t?.close();
});
beforeEach(() => {
  emitted.length = 0;
});
afterEach(() => setTestLocale("pl"));

/** A group with two institutions, a meeting held three days ago and its minutes. */
async function scene() {
  const base = await buildActionsScene(t.prisma);
  const startsAt = new Date(Date.now() - 3 * 86_400_000);
  const meeting = await buildMeeting(t.prisma, { groupId: base.group.id, status: "HELD", startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000) });
  const minutes = await buildDocument(t.prisma, {
    groupId: base.group.id,
    kind: "MINUTES",
    title: "Protokół z posiedzenia",
    meetingId: meeting.id,
    minutesOfMeetingId: meeting.id,
    createdById: base.member.id,
  });
  return { ...base, meeting, minutes };
}

function actionInput(s: Awaited<ReturnType<typeof scene>>, overrides: Record<string, unknown> = {}) {
  return {
    documentId: s.minutes.id,
    title: "Przygotować ankietę dla powiatowych urzędów pracy",
    description: "",
    ownerInstitutionId: s.other.id,
    responsibleUserId: s.memberB.id,
    dueDate: "2030-06-30",
    priority: "HIGH",
    ...overrides,
  } as Parameters<typeof createBlockActionAction>[0];
}

describe("recording a decision from a document", () => {
  it("numbers it in the register, linked to the minutes and their meeting, and tells the group", async () => {
    const s = await scene();
    await signInAs(s.member);
    const result = await recordBlockDecisionAction({ documentId: s.minutes.id, text: "  Grupa przyjmuje harmonogram naboru na 2027 r.  " });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const decision = await t.prisma.decision.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(decision).toMatchObject({
      groupId: s.group.id,
      text: "Grupa przyjmuje harmonogram naboru na 2027 r.",
      meetingId: s.meeting.id,
      documentId: s.minutes.id,
      createdById: s.member.id,
      status: "IN_FORCE",
    });
    expect(result.data.label).toBe(`${decision.number}/${decision.year}`);
    // Dated on the meeting's day (Warsaw calendar), not on the day it was typed in.
    expect(decision.decidedOn.toISOString().slice(0, 10)).toBe(todayIn(s.meeting.startsAt));
    expect(emitted).toEqual([{ room: `group:${s.group.id}`, event: "decision:changed", payload: { decisionId: decision.id, kind: "created" } }]);
  });

  it("links a decision from a document without a meeting to the document only", async () => {
    const s = await scene();
    const strategy = await buildDocument(t.prisma, { groupId: s.group.id, createdById: s.member.id });
    await signInAs(s.coordinator);
    const result = await recordBlockDecisionAction({ documentId: strategy.id, text: "Grupa zatwierdza strategię." });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await t.prisma.decision.findUniqueOrThrow({ where: { id: result.data.id } })).toMatchObject({ meetingId: null, documentId: strategy.id });
  });

  it("is refused to reviewers and observers, in frozen documents, and outside the group", async () => {
    const s = await scene();
    const approved = await buildDocument(t.prisma, { groupId: s.group.id, status: "APPROVED" });
    const elsewhere = await buildGroupWithRoles(t.prisma);
    const input = { documentId: s.minutes.id, text: "Grupa przyjmuje plan." };

    await signInAs(s.reviewer);
    expect(await recordBlockDecisionAction(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(s.observer);
    expect(await recordBlockDecisionAction(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(s.member);
    expect(await recordBlockDecisionAction({ ...input, documentId: approved.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(elsewhere.coordinator);
    expect(await recordBlockDecisionAction(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const admin = await buildUser(t.prisma, { isAdmin: true });
    await signInAs(admin);
    expect(await recordBlockDecisionAction(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });

    await signInAs(s.member);
    expect(await recordBlockDecisionAction({ ...input, text: "   " })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { text: expect.any(String) } });
    expect(await t.prisma.decision.count({ where: { groupId: s.group.id } })).toBe(0);
    expect(emitted).toEqual([]);
  });
});

describe("creating an action from a document", () => {
  it("creates it with the document as source, the minutes' meeting and the chosen owner", async () => {
    const s = await scene();
    await signInAs(s.member);
    const result = await createBlockActionAction(actionInput(s));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const row = await t.prisma.action.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({
      groupId: s.group.id,
      title: "Przygotować ankietę dla powiatowych urzędów pracy",
      description: null,
      source: "DOCUMENT",
      documentId: s.minutes.id,
      meetingId: s.meeting.id,
      ownerInstitutionId: s.other.id,
      responsibleUserId: s.memberB.id,
      priority: "HIGH",
      status: "OPEN",
      createdById: s.member.id,
    });
    expect(row.dueDate?.toISOString()).toBe("2030-06-30T00:00:00.000Z");
    expect(result.data).toEqual({ id: row.id, number: row.number, label: `#${row.number}` });
    // The register wrote its history and told the group (the owner's dashboard refreshes).
    expect(await t.prisma.actionChange.count({ where: { actionId: row.id } })).toBe(1);
    expect(emitted).toEqual([{ room: `group:${s.group.id}`, event: "action:changed", payload: { actionId: row.id, kind: "created" } }]);
  });

  it("refuses invalid choices field by field and creates nothing", async () => {
    const s = await scene();
    await signInAs(s.member);
    expect(await createBlockActionAction(actionInput(s, { ownerInstitutionId: "" }))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { ownerInstitutionId: expect.any(String) },
    });
    // The responsible person must work at the owner institution.
    expect(await createBlockActionAction(actionInput(s, { responsibleUserId: s.member.id }))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { responsibleUserId: expect.any(String) },
    });
    expect(await createBlockActionAction(actionInput(s, { dueDate: "2026-02-30", title: "" }))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { dueDate: expect.any(String), title: expect.any(String) },
    });
    await signInAs(s.reviewer);
    expect(await createBlockActionAction(actionInput(s))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await t.prisma.action.count({ where: { groupId: s.group.id } })).toBe(0);
  });
});

describe("reading the blocks", () => {
  it("returns the document group's records with what the reader may change, and nothing of other groups", async () => {
    const s = await scene();
    const elsewhere = await buildActionsScene(t.prisma);
    const own = await buildAction(t.prisma, { groupId: s.group.id, ownerInstitutionId: s.institution.id, dueDate: new Date("2020-01-10T00:00:00Z") });
    const theirs = await buildAction(t.prisma, { groupId: s.group.id, ownerInstitutionId: s.other.id, status: "DONE", responsibleUserId: s.memberB.id });
    const foreign = await buildAction(t.prisma, { groupId: elsewhere.group.id, ownerInstitutionId: elsewhere.institution.id });
    const decision = await t.prisma.decision.create({
      data: { groupId: s.group.id, year: 2026, number: 3, text: "Grupa przyjmuje plan.", decidedOn: new Date("2026-03-02T00:00:00Z"), status: "REVOKED" },
    });

    await signInAs(s.member);
    const result = await getDocumentBlockDataAction({
      documentId: s.minutes.id,
      actionIds: [own.id, theirs.id, foreign.id, "no-such-action"],
      decisionIds: [decision.id],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const byId = new Map(result.data.actions.map((a) => [a.id, a]));
    expect([...byId.keys()].sort()).toEqual([own.id, theirs.id].sort());
    expect(byId.get(own.id)).toMatchObject({ dueDate: "2020-01-10", dueState: "overdue", canUpdate: true, canChangeOwner: false, owner: { id: s.institution.id } });
    expect(byId.get(theirs.id)).toMatchObject({ status: "DONE", dueState: "closed", canUpdate: false, responsible: { id: s.memberB.id } });
    expect(result.data.decisions).toEqual([
      { id: decision.id, label: "3/2026", text: "Grupa przyjmuje plan.", status: "REVOKED", decidedOn: "2026-03-02", supersededBy: null },
    ]);

    await signInAs(s.coordinator);
    const asCoordinator = await getDocumentBlockDataAction({ documentId: s.minutes.id, actionIds: [theirs.id] });
    expect(asCoordinator).toMatchObject({ ok: true, data: { actions: [{ canUpdate: true, canChangeOwner: true }] } });

    // Knowing ids is not enough: the document itself must be visible.
    await signInAs(elsewhere.coordinator);
    expect(await getDocumentBlockDataAction({ documentId: s.minutes.id, actionIds: [own.id] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("gives the rights and choices for creating blocks", async () => {
    const s = await scene();
    await signInAs(s.member);
    const member = await getDocumentBlockContextAction({ documentId: s.minutes.id });
    expect(member).toMatchObject({ ok: true, data: { groupId: s.group.id, meetingId: s.meeting.id, canRecordDecision: true, canCreateAction: true, ownInstitutionId: s.institution.id } });
    if (!member.ok) return;
    expect(member.data.institutions.map((i) => i.id).sort()).toEqual([s.institution.id, s.other.id].sort());
    expect(member.data.people.filter((p) => p.institutionId === s.other.id).map((p) => p.id).sort()).toEqual([s.memberB.id, s.memberBen.id].sort());

    await signInAs(s.reviewer);
    expect(await getDocumentBlockContextAction({ documentId: s.minutes.id })).toMatchObject({ ok: true, data: { canRecordDecision: false, canCreateAction: false } });
  });
});

describe("changing an action in its block", () => {
  async function withAction() {
    const s = await scene();
    await signInAs(s.member);
    const created = await createBlockActionAction(actionInput(s, { ownerInstitutionId: s.institution.id, responsibleUserId: s.member.id, dueDate: "" }));
    if (!created.ok) throw new Error(created.message);
    emitted.length = 0;
    const change = (overrides: Record<string, unknown> = {}) =>
      ({
        actionId: created.data.id,
        status: "OPEN",
        blockedReason: "",
        dueDate: "",
        ownerInstitutionId: s.institution.id,
        responsibleUserId: s.member.id,
        ...overrides,
      }) as Parameters<typeof changeBlockActionAction>[0];
    return { ...s, actionId: created.data.id, change };
  }

  it("saves status and due date through the register, with history, announced once", async () => {
    const s = await withAction();
    const result = await changeBlockActionAction(s.change({ status: "IN_PROGRESS", dueDate: "2030-01-31" }));
    expect(result).toEqual({ ok: true, data: { id: s.actionId, changed: true } });
    const row = await t.prisma.action.findUniqueOrThrow({ where: { id: s.actionId } });
    expect(row).toMatchObject({ status: "IN_PROGRESS" });
    expect(row.dueDate?.toISOString()).toBe("2030-01-31T00:00:00.000Z");
    const history = await t.prisma.actionChange.findMany({ where: { actionId: s.actionId }, orderBy: { createdAt: "asc" } });
    expect(history.slice(1).map((h) => Object.keys(h.changes as object))).toEqual([["dueDate"], ["status"]]);
    expect(emitted).toEqual([{ room: `group:${s.group.id}`, event: "action:changed", payload: { actionId: s.actionId, kind: "updated" } }]);

    // The same values again change nothing and announce nothing.
    emitted.length = 0;
    expect(await changeBlockActionAction(s.change({ status: "IN_PROGRESS", dueDate: "2030-01-31" }))).toEqual({ ok: true, data: { id: s.actionId, changed: false } });
    expect(emitted).toEqual([]);
  });

  it("asks for a reason when blocked and leaves the action as it was on any refusal", async () => {
    const s = await withAction();
    expect(await changeBlockActionAction(s.change({ status: "BLOCKED" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { blockedReason: expect.any(String) } });
    // Members keep their own institution's actions: handing one over is refused, in one transaction with the status.
    expect(await changeBlockActionAction(s.change({ status: "DONE", ownerInstitutionId: s.other.id, responsibleUserId: "" }))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { ownerInstitutionId: expect.any(String) },
    });
    await signInAs(s.memberB);
    expect(await changeBlockActionAction(s.change({ status: "DONE" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await t.prisma.action.findUniqueOrThrow({ where: { id: s.actionId } })).toMatchObject({ status: "OPEN", ownerInstitutionId: s.institution.id });
    expect(emitted).toEqual([]);

    const elsewhere = await buildGroupWithRoles(t.prisma);
    await signInAs(elsewhere.coordinator);
    expect(await changeBlockActionAction(s.change({ status: "DONE" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("lets a coordinator hand the action to another institution and its person", async () => {
    const s = await withAction();
    await signInAs(s.coordinator);
    const result = await changeBlockActionAction(s.change({ status: "BLOCKED", blockedReason: "Czekamy na dane GUS.", ownerInstitutionId: s.other.id, responsibleUserId: s.memberB.id }));
    expect(result).toMatchObject({ ok: true, data: { changed: true } });
    expect(await t.prisma.action.findUniqueOrThrow({ where: { id: s.actionId } })).toMatchObject({
      status: "BLOCKED",
      blockedReason: "Czekamy na dane GUS.",
      ownerInstitutionId: s.other.id,
      responsibleUserId: s.memberB.id,
      source: "DOCUMENT",
      documentId: s.minutes.id,
      meetingId: s.meeting.id,
    });
  });
});

describe("blocks in exports", () => {
  it("become paragraphs with the records' current data, in the reader's language and the document's group only", async () => {
    const s = await scene();
    const elsewhere = await buildActionsScene(t.prisma);
    const action = await buildAction(t.prisma, {
      groupId: s.group.id,
      ownerInstitutionId: s.other.id,
      responsibleUserId: s.memberB.id,
      title: "Przygotować ankietę",
      status: "IN_PROGRESS",
      dueDate: new Date("2027-06-30T00:00:00Z"),
    });
    const foreign = await buildAction(t.prisma, { groupId: elsewhere.group.id, ownerInstitutionId: elsewhere.institution.id, title: "Cudze działanie" });
    const decision = await t.prisma.decision.create({
      data: { groupId: s.group.id, year: 2026, number: 3, text: "Grupa przyjmuje plan.", decidedOn: new Date("2026-03-02T00:00:00Z") },
    });
    const content = {
      type: "doc",
      content: [
        { type: "decisionBlock", attrs: { decisionId: decision.id, label: "3/2026" } },
        { type: "actionBlock", attrs: { actionId: action.id, label: `#${action.number}` } },
        { type: "actionBlock", attrs: { actionId: foreign.id, label: `#${foreign.number}` } },
      ],
    };
    const html = renderDocumentHtml(await expandDocumentBlocks(content, s.group.id, "pl"));
    expect(html).toContain("<p><strong>Decyzja 3/2026: </strong>Grupa przyjmuje plan.</p>");
    expect(html).toContain(`<p><strong>Działanie #${action.number}: </strong>Przygotować ankietę — ${s.other.shortName}, ${s.memberB.name}, termin 30 czerwca 2027, status: W realizacji</p>`);
    expect(html).toContain(`<p><em>[Działanie #${foreign.number} — nie ma go już w rejestrze]</em></p>`);
    expect(html).not.toContain("Cudze działanie");
    const en = renderDocumentHtml(await expandDocumentBlocks(content, s.group.id, "en"));
    expect(en).toContain("<strong>Decision 3/2026: </strong>");
    expect(en).toContain("due 30 June 2027, status: In progress");
  });
});
