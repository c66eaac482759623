// Convergence under churn: six simulated editors (Node, socket.io-client + y-protocols, the
// same framing as the browser) make 300 seeded random edits to the ProseMirror fragment —
// paragraphs, text, bold/italic marks, deletions — while dropping and re-opening their
// connections, editing offline, and living through one server restart. At the end every
// editor, the server's copy and a fresh load from the database are identical.
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setDb } from "@/lib/db/client";
import { loadDocumentState } from "@/lib/collab/persistence";
import { DOCUMENT_FIELD } from "@/lib/editor/extensions";
import { issueCollabToken } from "@/lib/collab/token";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroup, buildUser } from "@/tests/support/factories";
import { buildDocument } from "@/tests/support/collab-factories";
import { connectCollabClient, type CollabClient } from "@/tests/support/collab-client";
import { startCollabTestServer, type CollabTestServer } from "@/tests/support/collab-server";

const SEED = Number(process.env.COLLAB_SEED ?? 20240312);
const CLIENTS = 6;
const OPS = 300;
const RESTART_AT = 150;

/** mulberry32: small, fast, good enough to pick edits. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const WORDS = ["posiedzenie", "grupa", "uchwała", "Wrocław", "WUP", "UMWS", "harmonogram", "zadanie", "termin", "ż", "ą", " "];

let t: TestDb;
let server: CollabTestServer;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});

afterAll(async () => {
  await server?.close();
  await t?.close();
});

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement("paragraph");
  const content = new Y.XmlText();
  content.insert(0, text);
  element.insert(0, [content]);
  return element;
}

function textOf(fragment: Y.XmlFragment, index: number): Y.XmlText | undefined {
  const element = fragment.get(index);
  if (!(element instanceof Y.XmlElement)) return undefined;
  const first = element.get(0);
  return first instanceof Y.XmlText ? first : undefined;
}

function sortedStateVector(doc: Y.Doc): [number, number][] {
  return [...Y.decodeStateVector(Y.encodeStateVector(doc)).entries()].sort((a, b) => a[0] - b[0]);
}

describe("collab convergence", () => {
  it("brings every editor, the server and the database to the same document", { timeout: 60_000 }, async () => {
    server = await startCollabTestServer({ collab: { timings: { compactAfterRows: 40 } } });
    const group = await buildGroup(t.prisma);
    const people = await Promise.all(Array.from({ length: CLIENTS }, () => buildUser(t.prisma, { groups: [{ groupId: group.id, role: "MEMBER" }] })));
    const document = await buildDocument(t.prisma, {
      groupId: group.id,
      content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Protokół" }] }] },
    });
    const tokenFor = (i: number) =>
      issueCollabToken({ userId: people[i]!.id, documentId: document.id, readOnly: false, sessionVersion: people[i]!.sessionVersion }).token;

    const clients: CollabClient[] = people.map((_, i) => connectCollabClient({ url: server.url, token: tokenFor(i) }));
    await Promise.all(clients.map((c) => c.synced));
    const online = clients.map(() => true);
    const reconnecting = new Map<number, Promise<void>>();
    const random = prng(SEED);
    let drops = 0;
    let offlineEdits = 0;

    const reconnect = (i: number) => {
      online[i] = true;
      const job = clients[i]!.reconnect(tokenFor(i), server.url);
      // Awaited later (before the restart and at the end); fail there, not as an unhandled rejection.
      job.catch(() => undefined);
      reconnecting.set(i, job);
      return job;
    };

    for (let op = 0; op < OPS; op++) {
      if (op === RESTART_AT) {
        // Everything acknowledged so far is committed; the new server loads it from the database.
        await Promise.all(reconnecting.values());
        reconnecting.clear();
        await server.close();
        server = await startCollabTestServer({ port: server.port, collab: { timings: { compactAfterRows: 40 } } });
        for (let i = 0; i < CLIENTS; i++) if (random.next() < 0.8) void reconnect(i);
        else online[i] = false;
      }
      const i = random.int(CLIENTS);
      const client = clients[i]!;
      const fragment = client.doc.getXmlFragment(DOCUMENT_FIELD);
      const roll = random.next();
      if (roll < 0.05 && online[i]) {
        await reconnecting.get(i);
        online[i] = false;
        drops++;
        client.disconnect();
        continue;
      }
      if (roll < 0.12 && !online[i]) {
        void reconnect(i);
        continue;
      }
      if (!online[i]) offlineEdits++;
      const count = fragment.length;
      const index = count === 0 ? 0 : random.int(count);
      const text = count === 0 ? undefined : textOf(fragment, index);
      const kind = random.next();
      client.doc.transact(() => {
        if (!text || kind < 0.15) {
          fragment.insert(random.int(count + 1), [paragraph(random.pick(WORDS))]);
        } else if (kind < 0.55) {
          const marks = random.next() < 0.3 ? { bold: {} } : random.next() < 0.2 ? { italic: {} } : undefined;
          text.insert(random.int(text.length + 1), random.pick(WORDS), marks);
        } else if (kind < 0.75 && text.length > 0) {
          const from = random.int(text.length);
          text.delete(from, 1 + random.int(Math.min(6, text.length - from)));
        } else if (kind < 0.9 && text.length > 0) {
          const from = random.int(text.length);
          text.format(from, 1 + random.int(text.length - from), random.next() < 0.5 ? { bold: {} } : { bold: null });
        } else if (count > 1) {
          fragment.delete(index, 1);
        }
      });
      // Let messages flow between edits, sometimes for a little longer.
      await new Promise((resolve) => (random.next() < 0.1 ? setTimeout(resolve, 5) : setImmediate(resolve)));
    }

    for (let i = 0; i < CLIENTS; i++) if (!online[i]) void reconnect(i);
    await Promise.all(reconnecting.values());
    await Promise.all(clients.map((c) => c.flush()));

    const live = server.collab.documents.get(document.id)!;
    const expectedXml = () => live.doc.getXmlFragment(DOCUMENT_FIELD).toString();
    await vi.waitFor(
      () => {
        for (const client of clients) {
          expect(sortedStateVector(client.doc)).toEqual(sortedStateVector(live.doc));
          expect(client.doc.getXmlFragment(DOCUMENT_FIELD).toString()).toBe(expectedXml());
        }
      },
      { timeout: 20_000, interval: 100 },
    );

    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadDocumentState(document.id)).state);
    expect(stored.getXmlFragment(DOCUMENT_FIELD).toString()).toBe(expectedXml());
    expect(sortedStateVector(stored)).toEqual(sortedStateVector(live.doc));
    // The churn really happened: dropped connections, offline edits, paragraphs, marks.
    expect(drops).toBeGreaterThan(3);
    expect(offlineEdits).toBeGreaterThan(10);
    expect(live.doc.getXmlFragment(DOCUMENT_FIELD).length).toBeGreaterThan(3);
    expect(expectedXml()).toMatch(/<bold>|<italic>/);

    for (const client of clients) client.disconnect();
  });
});
