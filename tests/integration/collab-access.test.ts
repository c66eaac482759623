// Who gets a collab token (POST /api/collab/token) and how live access ends: removing a
// member, lowering a role, archiving the group and signing out everywhere act on open
// document sockets at once, through the real actions.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import * as Y from "yjs";
import { POST } from "@/app/api/collab/token/route";
import { signOutEverywhereAction } from "@/lib/account/actions";
import { verifyCollabToken } from "@/lib/collab/token";
import { setDb } from "@/lib/db/client";
import { archiveGroupAction, changeMemberRoleAction, removeGroupMemberAction } from "@/lib/groups/actions";
import { setRealtime } from "@/lib/realtime/registry";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroupWithRoles, buildUser } from "@/tests/support/factories";
import { buildDocument } from "@/tests/support/collab-factories";
import { connectCollabClient, type CollabClient } from "@/tests/support/collab-client";
import { startCollabTestServer, type CollabTestServer } from "@/tests/support/collab-server";
import { signInAs, signOut } from "@/tests/support/session";

let t: TestDb;
let server: CollabTestServer;
const clients: CollabClient[] = [];

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
  server = await startCollabTestServer();
  setRealtime(server.realtime.io);
});

afterAll(async () => {
  setRealtime(undefined);
  for (const client of clients) client.disconnect();
  await server?.close();
  await t?.close();
});

function requestToken(body: string, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://localhost:3000/api/collab/token", {
      method: "POST",
      headers: { "content-type": "application/json", host: "localhost:3000", origin: "http://localhost:3000", ...headers },
      body,
    }),
  );
}

/** Signs in as `person`, gets a token over HTTP and opens the document with it. */
async function open(person: { id: string; sessionVersion: number }, documentId: string): Promise<CollabClient> {
  await signInAs(person);
  const res = await requestToken(JSON.stringify({ documentId }));
  expect(res.status).toBe(200);
  const { token } = (await res.json()) as { token: string };
  const client = connectCollabClient({ url: server.url, token });
  clients.push(client);
  await client.synced;
  return client;
}

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe("POST /api/collab/token", () => {
  it("gives editors a writable token and reviewers and observers a read-only one", async () => {
    const g = await buildGroupWithRoles(t.prisma);
    const document = await buildDocument(t.prisma, { groupId: g.group.id });
    for (const [person, readOnly] of [
      [g.coordinator, false],
      [g.member, false],
      [g.reviewer, true],
      [g.observer, true],
    ] as const) {
      await signInAs(person);
      const res = await requestToken(JSON.stringify({ documentId: document.id }));
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
      const body = (await res.json()) as { token: string; readOnly: boolean; expiresAt: string };
      expect(body.readOnly).toBe(readOnly);
      const verified = verifyCollabToken(body.token);
      expect(verified).toMatchObject({ ok: true, claims: { userId: person.id, documentId: document.id, readOnly } });
      const ttl = new Date(body.expiresAt).getTime() - Date.now();
      expect(ttl).toBeGreaterThan(30_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
    }
  });

  it("makes approved and archived documents read-only for editors too", async () => {
    const g = await buildGroupWithRoles(t.prisma);
    const approved = await buildDocument(t.prisma, { groupId: g.group.id, status: "APPROVED" });
    const archived = await buildDocument(t.prisma, { groupId: g.group.id, archivedAt: new Date() });
    await signInAs(g.coordinator);
    for (const document of [approved, archived]) {
      const res = await requestToken(JSON.stringify({ documentId: document.id }));
      expect(((await res.json()) as { readOnly: boolean }).readOnly).toBe(true);
    }
  });

  it("answers 401 without a session, 404 outside the group, 400 for a bad body, 403 cross-site", async () => {
    const g = await buildGroupWithRoles(t.prisma);
    const document = await buildDocument(t.prisma, { groupId: g.group.id });
    signOut();
    expect((await requestToken(JSON.stringify({ documentId: document.id }))).status).toBe(401);

    await signInAs(g.outsider);
    expect((await requestToken(JSON.stringify({ documentId: document.id }))).status).toBe(404);
    // An administrator without a role in the group does not see its documents either.
    await signInAs(await buildUser(t.prisma, { isAdmin: true }));
    expect((await requestToken(JSON.stringify({ documentId: document.id }))).status).toBe(404);

    await signInAs(g.member);
    expect((await requestToken(JSON.stringify({ documentId: "no-such-document" }))).status).toBe(404);
    for (const body of ["{", JSON.stringify({}), JSON.stringify({ documentId: 7 }), JSON.stringify({ documentId: "x".repeat(500) })]) {
      const res = await requestToken(body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("BAD_REQUEST");
    }
    expect((await requestToken(JSON.stringify({ documentId: document.id }), { origin: "https://evil.example" })).status).toBe(403);
  });
});

describe("revoking live access", () => {
  it("closes a removed member's document sockets and leaves everyone else's open", async () => {
    const g = await buildGroupWithRoles(t.prisma);
    const document = await buildDocument(t.prisma, { groupId: g.group.id });
    const removed = await open(g.member, document.id);
    const stays = await open(g.reviewer, document.id);
    const closed = removed.disconnected();

    await signInAs(g.coordinator);
    expect(await removeGroupMemberAction({ groupId: g.group.id, userId: g.member.id })).toMatchObject({ ok: true });
    expect(await closed).toBe("io server disconnect");
    expect(removed.errors).toContain("ACCESS_REVOKED");
    expect(stays.socket.connected).toBe(true);
    expect(stays.errors).toEqual([]);
  });

  it("turns a member lowered to observer read-only without closing the connection", async () => {
    const g = await buildGroupWithRoles(t.prisma);
    const document = await buildDocument(t.prisma, { groupId: g.group.id });
    const lowered = await open(g.member, document.id);
    expect(await lowered.sendUpdate(textUpdate("przed zmianą roli"))).toEqual({ ok: true });

    await signInAs(g.coordinator);
    expect(await changeMemberRoleAction({ groupId: g.group.id, userId: g.member.id, role: "OBSERVER" })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(lowered.errors).toContain("READ_ONLY"));
    expect(await lowered.sendUpdate(textUpdate("po zmianie roli"))).toEqual({ ok: false, code: "READ_ONLY" });
    expect(lowered.socket.connected).toBe(true);
    expect(await t.prisma.documentUpdate.count({ where: { documentId: document.id } })).toBe(1);
  });

  it("turns every socket on an archived group's documents read-only", async () => {
    const g = await buildGroupWithRoles(t.prisma);
    const document = await buildDocument(t.prisma, { groupId: g.group.id });
    const editor = await open(g.coordinator, document.id);
    await signInAs(g.coordinator);
    expect(await archiveGroupAction({ groupId: g.group.id })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(editor.errors).toContain("READ_ONLY"));
    expect(await editor.sendUpdate(textUpdate("w archiwum"))).toEqual({ ok: false, code: "READ_ONLY" });
    // A new connection is read-only from the start.
    const fresh = await open(g.coordinator, document.id);
    expect(await fresh.sendUpdate(textUpdate("w archiwum"))).toEqual({ ok: false, code: "READ_ONLY" });
  });

  it("closes every document socket of a user who signs out everywhere, and the old token stops working", async () => {
    const g = await buildGroupWithRoles(t.prisma);
    const document = await buildDocument(t.prisma, { groupId: g.group.id });
    const client = await open(g.member, document.id);
    await signInAs(g.member);
    const res = await requestToken(JSON.stringify({ documentId: document.id }));
    const { token: unused } = (await res.json()) as { token: string };
    const closed = client.disconnected();
    expect(await signOutEverywhereAction({})).toMatchObject({ ok: true });
    expect(await closed).toBe("io server disconnect");
    expect(client.errors).toContain("ACCESS_REVOKED");

    const late = connectCollabClient({ url: server.url, token: unused });
    clients.push(late);
    await expect(late.synced).rejects.toThrow(/connect refused/);
    expect(late.errors).toEqual(["ACCESS_REVOKED"]);
  });
});
