// Comment threads through the real server actions (session → zod → permission → mutation)
// against a migrated database: who may comment, reply, resolve and reopen; mentions mail
// the people of the group; a refusal changes nothing.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));
const published = vi.hoisted(() => [] as { documentId: string; event: string; payload: unknown }[]);
vi.mock("@/lib/collab/server-edit", () => ({
  publishToDocument: async (documentId: string, event: string, payload: unknown) => {
    published.push({ documentId, event, payload });
  },
  applyServerUpdate: async () => {},
}));

import { setDb } from "@/lib/db/client";
import {
  createCommentThreadAction,
  listCommentThreadsAction,
  reopenThreadAction,
  replyToThreadAction,
  resolveThreadAction,
} from "@/lib/comments/actions";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { anchorsFor, buildDocument } from "@/tests/support/comments-factories";
import { buildGroupWithRoles, buildInstitution, buildUser } from "@/tests/support/factories";
import { setTestLocale } from "@/tests/support/next-intl-mock";
import { signInAs } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());
beforeEach(() => {
  published.length = 0;
});
afterEach(() => setTestLocale("pl"));

async function setup() {
  const roles = await buildGroupWithRoles(t.prisma);
  const document = await buildDocument(t.prisma, { groupId: roles.group.id, createdById: roles.member.id });
  return { ...roles, document };
}

function threadInput(documentId: string, overrides: Record<string, unknown> = {}) {
  return {
    documentId,
    ...anchorsFor(),
    quote: "Wojewódzki Urząd Pracy",
    body: "Proszę o doprecyzowanie zakresu analizy.",
    mentions: [],
    ...overrides,
  } as Exclude<Parameters<typeof createCommentThreadAction>[0], FormData>;
}

async function counts(documentId: string) {
  const [threads, comments, mails] = await Promise.all([
    t.prisma.commentThread.count({ where: { documentId } }),
    t.prisma.comment.count({ where: { thread: { documentId } } }),
    t.prisma.mailMessage.count({ where: { kind: "comment-mention" } }),
  ]);
  return { threads, comments, mails };
}

describe("opening a thread", () => {
  it("stores the anchors and the first comment, and tells open editors", async () => {
    const { document, member } = await setup();
    await signInAs(member);
    const input = threadInput(document.id);
    const result = await createCommentThreadAction(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await t.prisma.commentThread.findUniqueOrThrow({ where: { id: result.data.threadId }, include: { comments: true } });
    expect(Buffer.from(row.anchorStart).toString("base64")).toBe(input.anchorStart);
    expect(Buffer.from(row.anchorEnd).toString("base64")).toBe(input.anchorEnd);
    expect(row).toMatchObject({ documentId: document.id, quote: "Wojewódzki Urząd Pracy", createdById: member.id, resolvedAt: null });
    expect(row.comments).toEqual([expect.objectContaining({ authorId: member.id, body: "Proszę o doprecyzowanie zakresu analizy." })]);
    expect(published).toEqual([{ documentId: document.id, event: "comments:changed", payload: { threadId: row.id } }]);
    // The answer carries the fresh list, so the sidebar needs no second request.
    expect(result.data.threads).toEqual([
      expect.objectContaining({ id: row.id, anchorStart: input.anchorStart, quote: "Wojewódzki Urząd Pracy", resolvedAt: null }),
    ]);
  });

  it("lets a reviewer comment", async () => {
    const { document, reviewer } = await setup();
    await signInAs(reviewer);
    const result = await createCommentThreadAction(threadInput(document.id));
    expect(result.ok).toBe(true);
  });

  it.each(["observer", "outsider"] as const)("refuses a %s and writes nothing", async (who) => {
    const roles = await setup();
    await signInAs(roles[who]);
    const before = await counts(roles.document.id);
    const result = await createCommentThreadAction(threadInput(roles.document.id, { mentions: [`user:${roles.coordinator.id}`] }));
    // Another group's document does not exist for the outsider.
    expect(result).toMatchObject({ ok: false, code: who === "observer" ? "FORBIDDEN" : "NOT_FOUND" });
    expect(await counts(roles.document.id)).toEqual(before);
    expect(published).toEqual([]);
  });

  it("refuses comments on an archived document", async () => {
    const { group, member, coordinator } = await setup();
    const archived = await buildDocument(t.prisma, { groupId: group.id, createdById: member.id, archivedAt: new Date() });
    await signInAs(coordinator);
    expect(await createCommentThreadAction(threadInput(archived.id))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("refuses bad input with translated messages and writes nothing", async () => {
    const { document, member } = await setup();
    await signInAs(member);
    const before = await counts(document.id);
    const result = await createCommentThreadAction(
      threadInput(document.id, { body: "   ", anchorStart: "not base64!", quote: "x".repeat(1001), mentions: ["someone"] }),
    );
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      body: "To pole jest wymagane.",
      anchorStart: "Nieprawidłowa wartość.",
      quote: "Wpisz najwyżej 1000 znaków.",
      "mentions.0": "Nieprawidłowy format.",
    });
    const tooLong = await createCommentThreadAction(threadInput(document.id, { body: "a".repeat(5001) }));
    expect(tooLong).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { body: "Wpisz najwyżej 5000 znaków." } });
    // Base64 that is not a relative position.
    const garbage = await createCommentThreadAction(threadInput(document.id, { anchorEnd: Buffer.from([0xff, 0xff, 0xff]).toString("base64") }));
    expect(garbage).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await counts(document.id)).toEqual(before);
  });

  it("answers an unknown document with NOT_FOUND", async () => {
    const { member } = await setup();
    await signInAs(member);
    expect(await createCommentThreadAction(threadInput("no-such-document"))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("replies, resolving and reopening", () => {
  async function withThread() {
    const roles = await setup();
    await signInAs(roles.reviewer);
    const created = await createCommentThreadAction(threadInput(roles.document.id));
    if (!created.ok) throw new Error(created.message);
    published.length = 0;
    return { ...roles, threadId: created.data.threadId };
  }

  it("lets anyone who may comment reply, in order", async () => {
    const { threadId, member, coordinator, document } = await withThread();
    await signInAs(member);
    expect((await replyToThreadAction({ threadId, body: "Zakres: migranci powracający po 2020 r.", mentions: [] })).ok).toBe(true);
    await signInAs(coordinator);
    const result = await replyToThreadAction({ threadId, body: "Dziękuję, zgoda.", mentions: [] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const thread = result.data.threads.find((x) => x.id === threadId)!;
    expect(thread.comments.map((c) => c.body)).toEqual([
      "Proszę o doprecyzowanie zakresu analizy.",
      "Zakres: migranci powracający po 2020 r.",
      "Dziękuję, zgoda.",
    ]);
    expect(thread.comments[2]!.author).toMatchObject({ id: coordinator.id });
    expect(published.map((p) => p.documentId)).toEqual([document.id, document.id]);
  });

  it("refuses an observer's reply and writes nothing", async () => {
    const { threadId, observer, document } = await withThread();
    await signInAs(observer);
    const before = await counts(document.id);
    expect(await replyToThreadAction({ threadId, body: "Uwaga", mentions: [] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await counts(document.id)).toEqual(before);
  });

  it("lets the author resolve and reopen their own thread", async () => {
    const { threadId, reviewer } = await withThread();
    await signInAs(reviewer);
    const resolved = await resolveThreadAction({ threadId });
    expect(resolved.ok).toBe(true);
    let row = await t.prisma.commentThread.findUniqueOrThrow({ where: { id: threadId } });
    expect(row.resolvedAt).not.toBeNull();
    expect(row.resolvedById).toBe(reviewer.id);
    // Resolving twice keeps the first resolution.
    expect((await resolveThreadAction({ threadId })).ok).toBe(true);
    expect((await reopenThreadAction({ threadId })).ok).toBe(true);
    row = await t.prisma.commentThread.findUniqueOrThrow({ where: { id: threadId } });
    expect(row).toMatchObject({ resolvedAt: null, resolvedById: null });
  });

  it("lets moderators resolve others' threads: the coordinator and the document's author", async () => {
    const { threadId, coordinator, member } = await withThread();
    await signInAs(coordinator);
    expect((await resolveThreadAction({ threadId })).ok).toBe(true);
    // The member created the document, so they moderate its comments too.
    await signInAs(member);
    expect((await reopenThreadAction({ threadId })).ok).toBe(true);
  });

  it("refuses resolving by someone who neither wrote the thread nor moderates, and changes nothing", async () => {
    const { threadId, group, institution } = await withThread();
    const otherMember = await buildUser(t.prisma, { institutionId: institution.id, groups: [{ groupId: group.id, role: "MEMBER" }] });
    await signInAs(otherMember);
    expect(await resolveThreadAction({ threadId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await t.prisma.commentThread.findUniqueOrThrow({ where: { id: threadId } })).resolvedAt).toBeNull();
    expect(published).toEqual([]);
  });

  it("hides threads of other groups' documents (NOT_FOUND) from every action", async () => {
    const { threadId, document } = await withThread();
    const foreign = await buildGroupWithRoles(t.prisma);
    await signInAs(foreign.coordinator);
    expect(await replyToThreadAction({ threadId, body: "?", mentions: [] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await resolveThreadAction({ threadId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await reopenThreadAction({ threadId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await listCommentThreadsAction({ documentId: document.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("lists threads to an observer, who may read but not comment", async () => {
    const { observer, document, threadId } = await withThread();
    await signInAs(observer);
    const result = await listCommentThreadsAction({ documentId: document.id });
    expect(result.ok && result.data.threads.map((x) => x.id)).toEqual([threadId]);
  });
});

describe("mentions", () => {
  it("mails mentioned people of the group in their language, and people of a mentioned institution", async () => {
    const roles = await setup();
    const { group, document, member, coordinator, reviewer, observer } = roles;
    await t.prisma.user.update({ where: { id: coordinator.id }, data: { locale: "en" } });
    const rops = await buildInstitution(t.prisma, { name: "Regionalny Ośrodek Polityki Społecznej", shortName: "ROPS" });
    const ropsPerson = await buildUser(t.prisma, { institutionId: rops.id, groups: [{ groupId: group.id, role: "MEMBER" }] });
    // Same institution, but not in the group: a mention must not reach them.
    const ropsOutsider = await buildUser(t.prisma, { institutionId: rops.id });
    const stranger = await buildUser(t.prisma);
    await signInAs(member);
    const result = await createCommentThreadAction(
      threadInput(document.id, {
        body: "@Anna proszę o opinię, @ROPS — czy macie dane?",
        mentions: [`user:${coordinator.id}`, `institution:${rops.id}`, `user:${stranger.id}`, `user:${member.id}`],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.notified).toBe(2);
    const candidates = [coordinator, ropsPerson, ropsOutsider, stranger, member, reviewer, observer].map((u) => u.email);
    const mails = await t.prisma.mailMessage.findMany({ where: { kind: "comment-mention", to: { in: candidates } } });
    expect(mails.map((m) => m.to).sort()).toEqual([coordinator.email, ropsPerson.email].sort());
    const english = mails.find((m) => m.to === coordinator.email)!;
    expect(english.subject).toContain("mentioned you");
    expect(english.subject).toContain(document.title);
    expect(english.text).toContain("> @Anna proszę o opinię, @ROPS — czy macie dane?");
    expect(english.text).toContain(`/documents/${document.id}?thread=${result.data.threadId}`);
    const polish = mails.find((m) => m.to === ropsPerson.email)!;
    expect(polish.text).toContain("wspomina o instytucji Regionalny Ośrodek Polityki Społecznej");
    expect(mails.some((m) => m.to === ropsOutsider.email || m.to === stranger.email || m.to === member.email)).toBe(false);
  });

  it("mails mentions in replies too", async () => {
    const { document, member, reviewer } = await setup();
    await signInAs(reviewer);
    const created = await createCommentThreadAction(threadInput(document.id));
    if (!created.ok) throw new Error(created.message);
    await signInAs(member);
    const reply = await replyToThreadAction({ threadId: created.data.threadId, body: "@Ewa — uzupełnione.", mentions: [`user:${reviewer.id}`] });
    expect(reply).toMatchObject({ ok: true, data: { notified: 1 } });
    expect(await t.prisma.mailMessage.count({ where: { kind: "comment-mention", to: reviewer.email } })).toBe(1);
  });
});
