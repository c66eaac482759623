// Versions of documents: named, taken when a meeting ends, restored as a new change through
// the server-edit entry point (persisted to the update log, as the collaboration server does).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import * as Y from "yjs";
import { setDb } from "@/lib/db/client";
import { loadDocumentState } from "@/lib/collab/persistence";
import { applyServerUpdate } from "@/lib/collab/server-edit";
import { jsonToPlainText, stateToJson, type ProseMirrorJson } from "@/lib/editor/content";
import { DOCUMENT_FIELD } from "@/lib/editor/extensions";
import { createMinutesAction, nameVersionAction, restoreVersionAction } from "@/lib/documents/actions";
import { getDocumentVersion, listDocumentVersions } from "@/lib/documents/data";
import { compareDocuments } from "@/lib/documents/diff";
import { computeReplaceUpdate } from "@/lib/documents/replace-content";
import { transitionMeetingAction } from "@/lib/meetings/actions";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroupWithRoles } from "@/tests/support/factories";
import { buildDocument, buildMeeting, paragraphs } from "@/tests/support/document-factories";
import { signInAs } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());

async function currentText(documentId: string): Promise<string> {
  return jsonToPlainText(stateToJson((await loadDocumentState(documentId)).state));
}

/** Someone edits the live document: the update goes to the log like a collaborator's. */
async function editTo(documentId: string, content: ProseMirrorJson, userId: string) {
  const { state } = await loadDocumentState(documentId);
  const update = computeReplaceUpdate(state, content);
  if (update) await applyServerUpdate(documentId, update, userId);
}

describe("named versions", () => {
  it("freezes the current content (snapshot plus log) under a name", async () => {
    const { group, member } = await buildGroupWithRoles(t.prisma);
    const doc = await buildDocument(t.prisma, { groupId: group.id, content: paragraphs("Pierwsza wersja") });
    await editTo(doc.id, paragraphs("Pierwsza wersja", "Dopisany akapit"), member.id);
    await signInAs(member);
    const result = await nameVersionAction({ documentId: doc.id, name: "Wersja na posiedzenie 12.03" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const version = await t.prisma.documentVersion.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(version).toMatchObject({ kind: "NAMED", name: "Wersja na posiedzenie 12.03", createdById: member.id, plainText: "Pierwsza wersja\nDopisany akapit" });
    expect(jsonToPlainText(stateToJson(version.state))).toBe("Pierwsza wersja\nDopisany akapit");
    const list = await listDocumentVersions(doc.id);
    expect(list.rows.map((r) => r.id)).toEqual([version.id]);
  });

  it("refuses observers and outsiders, and an empty name, writing nothing", async () => {
    const { group, observer, outsider, member } = await buildGroupWithRoles(t.prisma);
    const doc = await buildDocument(t.prisma, { groupId: group.id });
    await signInAs(observer);
    expect(await nameVersionAction({ documentId: doc.id, name: "X" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(outsider);
    expect(await nameVersionAction({ documentId: doc.id, name: "X" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await signInAs(member);
    expect(await nameVersionAction({ documentId: doc.id, name: "  " })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: "To pole jest wymagane." } });
    expect(await t.prisma.documentVersion.count({ where: { documentId: doc.id } })).toBe(0);
  });
});

describe("restoring a version", () => {
  it("saves the current state as BEFORE_RESTORE, then writes the old content as a new logged change", async () => {
    const { group, member, coordinator } = await buildGroupWithRoles(t.prisma);
    const doc = await buildDocument(t.prisma, { groupId: group.id, content: paragraphs("Cel 1: punkt kontaktowy", "Cel 2: szkolenia") });
    await signInAs(member);
    const named = await nameVersionAction({ documentId: doc.id, name: "Przed uwagami partnerów" });
    if (!named.ok) throw new Error(named.message);
    await editTo(doc.id, paragraphs("Cel 1: punkt kontaktowy w WUP", "Cel 3: strona internetowa"), coordinator.id);
    const logBefore = await t.prisma.documentUpdate.count({ where: { documentId: doc.id } });

    const result = await restoreVersionAction({ documentId: doc.id, versionId: named.data.id });
    expect(result).toMatchObject({ ok: true, data: { changed: true } });
    if (!result.ok) return;
    expect(await currentText(doc.id)).toBe("Cel 1: punkt kontaktowy\nCel 2: szkolenia");

    const before = await t.prisma.documentVersion.findUniqueOrThrow({ where: { id: result.data.beforeRestoreVersionId! } });
    expect(before).toMatchObject({ kind: "BEFORE_RESTORE", createdById: member.id, name: "Przed uwagami partnerów", plainText: "Cel 1: punkt kontaktowy w WUP\nCel 3: strona internetowa" });
    // The restore is an ordinary change in the log, attributed to the person who restored.
    const log = await t.prisma.documentUpdate.findMany({ where: { documentId: doc.id }, orderBy: { id: "asc" } });
    expect(log).toHaveLength(logBefore + 1);
    expect(log.at(-1)!.userId).toBe(member.id);
    expect((await t.prisma.document.findUniqueOrThrow({ where: { id: doc.id } })).lastEditedById).toBe(member.id);

    // And it can be undone by restoring the BEFORE_RESTORE version.
    const undo = await restoreVersionAction({ documentId: doc.id, versionId: before.id });
    expect(undo).toMatchObject({ ok: true, data: { changed: true } });
    expect(await currentText(doc.id)).toBe("Cel 1: punkt kontaktowy w WUP\nCel 3: strona internetowa");
  });

  it("merges with what a live editor holds: applying the logged update to an older copy converges", async () => {
    const { group, member } = await buildGroupWithRoles(t.prisma);
    const doc = await buildDocument(t.prisma, { groupId: group.id, content: paragraphs("A", "B") });
    await signInAs(member);
    const v = await nameVersionAction({ documentId: doc.id, name: "v1" });
    if (!v.ok) throw new Error(v.message);
    await editTo(doc.id, paragraphs("A", "C"), member.id);
    // An editor that has everything so far, then receives the restore's update.
    const editor = new Y.Doc();
    Y.applyUpdate(editor, (await loadDocumentState(doc.id)).state);
    const seen = Y.encodeStateVector(editor);
    expect(await restoreVersionAction({ documentId: doc.id, versionId: v.data.id })).toMatchObject({ ok: true });
    const { state } = await loadDocumentState(doc.id);
    Y.applyUpdate(editor, Y.diffUpdate(state, seen));
    expect(editor.getXmlFragment(DOCUMENT_FIELD).toString()).toBe("<paragraph>A</paragraph><paragraph>B</paragraph>");
  });

  it("changes nothing when the content is already the version's", async () => {
    const { group, member } = await buildGroupWithRoles(t.prisma);
    const doc = await buildDocument(t.prisma, { groupId: group.id });
    await signInAs(member);
    const v = await nameVersionAction({ documentId: doc.id, name: "Bez zmian" });
    if (!v.ok) throw new Error(v.message);
    expect(await restoreVersionAction({ documentId: doc.id, versionId: v.data.id })).toMatchObject({ ok: true, data: { changed: false, beforeRestoreVersionId: null } });
    expect(await t.prisma.documentVersion.count({ where: { documentId: doc.id } })).toBe(1);
    expect(await t.prisma.documentUpdate.count({ where: { documentId: doc.id } })).toBe(0);
  });

  it("refuses reviewers, a version of another document and archived documents, changing nothing", async () => {
    const { group, member, reviewer } = await buildGroupWithRoles(t.prisma);
    const doc = await buildDocument(t.prisma, { groupId: group.id, content: paragraphs("Oryginał") });
    const other = await buildDocument(t.prisma, { groupId: group.id, content: paragraphs("Inny dokument") });
    await signInAs(member);
    const v = await nameVersionAction({ documentId: other.id, name: "Cudza wersja" });
    if (!v.ok) throw new Error(v.message);
    await signInAs(reviewer);
    expect(await restoreVersionAction({ documentId: other.id, versionId: v.data.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await signInAs(member);
    expect(await restoreVersionAction({ documentId: doc.id, versionId: v.data.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await t.prisma.document.update({ where: { id: other.id }, data: { archivedAt: new Date() } });
    expect(await restoreVersionAction({ documentId: other.id, versionId: v.data.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await currentText(doc.id)).toBe("Oryginał");
    expect(await t.prisma.documentUpdate.count({ where: { documentId: { in: [doc.id, other.id] } } })).toBe(0);
    expect(await t.prisma.documentVersion.count({ where: { documentId: { in: [doc.id, other.id] } } })).toBe(1);
  });
});

describe("meeting end", () => {
  it("takes a MEETING_END version of the minutes when the coordinator ends the meeting", async () => {
    const { group, coordinator } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(t.prisma, { groupId: group.id, status: "IN_PROGRESS" });
    await signInAs(coordinator);
    const minutes = await createMinutesAction({ meetingId: meeting.id });
    if (!minutes.ok) throw new Error(minutes.message);
    expect(await transitionMeetingAction({ id: meeting.id, to: "HELD" })).toMatchObject({ ok: true, data: { status: "HELD" } });
    const versions = await t.prisma.documentVersion.findMany({ where: { documentId: minutes.data.id } });
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ kind: "MEETING_END", createdById: coordinator.id });
    expect(versions[0]!.plainText).toContain("IV posiedzenie plenarne");
  });

  it("ends a meeting without minutes normally", async () => {
    const { group, coordinator } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(t.prisma, { groupId: group.id, status: "IN_PROGRESS" });
    await signInAs(coordinator);
    expect(await transitionMeetingAction({ id: meeting.id, to: "HELD" })).toMatchObject({ ok: true });
  });
});

describe("comparing", () => {
  it("compares a stored version with the current content", async () => {
    const { group, member } = await buildGroupWithRoles(t.prisma);
    const doc = await buildDocument(t.prisma, { groupId: group.id, content: paragraphs("Obecni: UMWŚ, WUP.", "Do usunięcia.") });
    await signInAs(member);
    const v = await nameVersionAction({ documentId: doc.id, name: "v1" });
    if (!v.ok) throw new Error(v.message);
    await editTo(doc.id, paragraphs("Obecni: UMWŚ, WUP, PŚk.", "Nowy akapit o decyzjach."), member.id);
    const version = await getDocumentVersion(doc.id, v.data.id);
    const current = stateToJson((await loadDocumentState(doc.id)).state);
    const { summary } = compareDocuments(version!.content, current);
    expect(summary).toEqual({ added: 1, removed: 1, changed: 1, same: 0 });
  });
});
