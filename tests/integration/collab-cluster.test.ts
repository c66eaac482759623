// Two collaboration servers sharing one Redis stream and one database, as two processes behind
// a load balancer would: editors on either server converge, each server's copy stays in step,
// presence crosses over, and revocation and server-side edits reach the other server's sockets.
import { randomUUID } from "node:crypto";
import { createClient } from "redis";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setDb } from "@/lib/db/client";
import { loadDocumentState } from "@/lib/collab/persistence";
import { DOCUMENT_FIELD } from "@/lib/editor/extensions";
import { issueCollabToken } from "@/lib/collab/token";
import { revokeCollabMember } from "@/server/collab";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroup, buildUser } from "@/tests/support/factories";
import { buildDocument } from "@/tests/support/collab-factories";
import { connectCollabClient, type CollabClient } from "@/tests/support/collab-client";
import { startCollabTestServer, type CollabTestServer } from "@/tests/support/collab-server";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const streamName = `quorum:test:collab:${randomUUID()}`;
const noRedisNote = `Redis unreachable at ${redisUrl}: multi-process collaboration not tested (start Redis or set REDIS_URL)`;

let t: TestDb;
let redisReachable = false;
let serverA: CollabTestServer | undefined;
let serverB: CollabTestServer | undefined;
const clients: CollabClient[] = [];

async function isRedisReachable(url: string): Promise<boolean> {
  const probe = createClient({ url, socket: { reconnectStrategy: false, connectTimeout: 2_000 } });
  probe.on("error", () => {});
  try {
    await probe.connect();
    await probe.ping();
    await probe.close();
    return true;
  } catch {
    if (probe.isOpen) probe.destroy();
    return false;
  }
}

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
  redisReachable = await isRedisReachable(redisUrl);
  if (!redisReachable) return;
  const redis = { url: redisUrl, streamName };
  serverA = await startCollabTestServer({ redis });
  serverB = await startCollabTestServer({ redis });
  // Each adapter learns of the other through the stream; once both count two, nothing is missed.
  await vi.waitFor(
    async () => {
      expect(await serverA!.collab.nsp.adapter.serverCount()).toBe(2);
      expect(await serverB!.collab.nsp.adapter.serverCount()).toBe(2);
    },
    { timeout: 20_000, interval: 50 },
  );
});

afterAll(async () => {
  for (const client of clients) client.disconnect();
  await serverA?.close();
  await serverB?.close();
  if (redisReachable) {
    const cleaner = createClient({ url: redisUrl });
    cleaner.on("error", () => {});
    await cleaner.connect();
    await cleaner.del(streamName);
    await cleaner.close();
  }
  await t?.close();
});

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function sortedStateVector(doc: Y.Doc): [number, number][] {
  return [...Y.decodeStateVector(Y.encodeStateVector(doc)).entries()].sort((a, b) => a[0] - b[0]);
}

async function setup(editors: number) {
  const group = await buildGroup(t.prisma);
  const people = await Promise.all(Array.from({ length: editors }, () => buildUser(t.prisma, { groups: [{ groupId: group.id, role: "MEMBER" }] })));
  const document = await buildDocument(t.prisma, { groupId: group.id });
  const tokenFor = (i: number) =>
    issueCollabToken({ userId: people[i]!.id, documentId: document.id, readOnly: false, sessionVersion: 0 }).token;
  const open = (i: number, server: CollabTestServer) => {
    const client = connectCollabClient({ url: server.url, token: tokenFor(i) });
    clients.push(client);
    return client;
  };
  return { group, people, document, tokenFor, open };
}

describe("collab across processes (Redis)", () => {
  it("converges editors on both servers, both servers' copies and the database", { timeout: 60_000 }, async (context) => {
    context.skip(!redisReachable, noRedisNote);
    const { document, open } = await setup(6);
    const editors = Array.from({ length: 6 }, (_, i) => open(i, i % 2 === 0 ? serverA! : serverB!));
    await Promise.all(editors.map((c) => c.synced));
    const random = prng(42);
    for (let op = 0; op < 150; op++) {
      const client = editors[Math.floor(random() * editors.length)]!;
      const fragment = client.doc.getXmlFragment(DOCUMENT_FIELD);
      const first = fragment.get(0);
      if (!(first instanceof Y.XmlElement) || random() < 0.2) {
        const paragraph = new Y.XmlElement("paragraph");
        const text = new Y.XmlText();
        text.insert(0, `akapit ${op}`);
        paragraph.insert(0, [text]);
        fragment.insert(Math.floor(random() * (fragment.length + 1)), [paragraph]);
      } else {
        const paragraph = fragment.get(Math.floor(random() * fragment.length)) as Y.XmlElement;
        const text = paragraph.get(0) as Y.XmlText;
        if (random() < 0.7 || text.length === 0) text.insert(Math.floor(random() * (text.length + 1)), "WUP ", random() < 0.3 ? { bold: {} } : undefined);
        else text.delete(Math.floor(random() * text.length), 1);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    // A late editor on B loads from the database plus whatever is still arriving.
    const late = open(0, serverB!);
    await late.synced;
    await Promise.all(editors.map((c) => c.flush()));

    const copyA = () => serverA!.collab.documents.get(document.id)!.doc;
    const copyB = () => serverB!.collab.documents.get(document.id)!.doc;
    await vi.waitFor(
      () => {
        const expected = copyA().getXmlFragment(DOCUMENT_FIELD).toString();
        expect(copyB().getXmlFragment(DOCUMENT_FIELD).toString()).toBe(expected);
        expect(sortedStateVector(copyB())).toEqual(sortedStateVector(copyA()));
        for (const client of [...editors, late]) {
          expect(client.doc.getXmlFragment(DOCUMENT_FIELD).toString()).toBe(expected);
          expect(sortedStateVector(client.doc)).toEqual(sortedStateVector(copyA()));
        }
      },
      { timeout: 20_000, interval: 100 },
    );
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadDocumentState(document.id)).state);
    expect(stored.getXmlFragment(DOCUMENT_FIELD).toString()).toBe(copyA().getXmlFragment(DOCUMENT_FIELD).toString());
    expect(sortedStateVector(stored)).toEqual(sortedStateVector(copyA()));
  });

  it("shares presence, revocation and server-side edits between the servers", { timeout: 30_000 }, async (context) => {
    context.skip(!redisReachable, noRedisNote);
    const { group, people, document, open } = await setup(2);
    const onA = open(0, serverA!);
    const onB = open(1, serverB!);
    await Promise.all([onA.synced, onB.synced]);

    onA.awareness.setLocalStateField("user", { name: "podszywka", color: "#0a0" });
    await vi.waitFor(() => {
      const state = onB.awareness.getStates().get(onA.doc.clientID) as { user?: { id?: string; name?: string } } | undefined;
      expect(state?.user).toMatchObject({ id: people[0]!.id, name: people[0]!.name });
    });
    // Leaving removes the presence on the other server's clients too.
    onA.disconnect();
    await vi.waitFor(() => expect(onB.awareness.getStates().has(onA.doc.clientID)).toBe(false));

    // A server-side edit made through server A reaches the editor on server B.
    const update = (() => {
      const doc = new Y.Doc();
      doc.getText("t").insert(0, "z serwera");
      return Y.encodeStateAsUpdate(doc);
    })();
    serverA!.collab.hub.applyCommitted(document.id, update);
    await vi.waitFor(() => expect(onB.doc.getText("t").toString()).toBe("z serwera"));

    // Removing the member, seen from server A, closes their socket on server B.
    const closed = onB.disconnected();
    revokeCollabMember(serverA!.realtime.io, group.id, people[1]!.id);
    expect(await closed).toBe("io server disconnect");
    expect(onB.errors).toContain("ACCESS_REVOKED");
  });
});
