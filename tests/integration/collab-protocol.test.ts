// The /collab namespace over real sockets against a real database: handshake refusals,
// read-only enforcement, malformed and oversized input, limits, the ack-after-commit
// guarantee, failed writes, server-side edits, compaction and automatic versions.
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setDb } from "@/lib/db/client";
import { loadDocumentState } from "@/lib/collab/persistence";
import { applyServerUpdate, publishToDocument, setCollabHub } from "@/lib/collab/server-edit";
import { issueCollabToken } from "@/lib/collab/token";
import { setRealtime } from "@/lib/realtime/registry";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroupWithRoles } from "@/tests/support/factories";
import { buildDocument } from "@/tests/support/collab-factories";
import { awarenessFrame, connectCollabClient, syncFrame, type CollabClient } from "@/tests/support/collab-client";
import { startCollabTestServer, type CollabTestServer } from "@/tests/support/collab-server";

let t: TestDb;
let people: Awaited<ReturnType<typeof buildGroupWithRoles>>;
let server: CollabTestServer;
const clients: CollabClient[] = [];
const servers: CollabTestServer[] = [];

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
  people = await buildGroupWithRoles(t.prisma);
  server = await startCollabTestServer();
  servers.push(server);
});

afterAll(async () => {
  for (const client of clients) client.disconnect();
  for (const s of servers) await s.close();
  await t?.close();
});

type Person = { id: string; sessionVersion: number };

function tokenFor(person: Person, documentId: string, options: { readOnly?: boolean; now?: Date; secret?: string } = {}) {
  return issueCollabToken(
    { userId: person.id, documentId, readOnly: options.readOnly ?? false, sessionVersion: person.sessionVersion },
    { now: options.now, secret: options.secret },
  ).token;
}

function connect(target: CollabTestServer, token: string, extra: Partial<Parameters<typeof connectCollabClient>[0]> = {}) {
  const client = connectCollabClient({ url: target.url, token, ...extra });
  clients.push(client);
  return client;
}

/** Connects and waits for the refusal; returns the connect_error code. */
async function refusalCode(token: string | undefined, extra: Partial<Parameters<typeof connectCollabClient>[0]> = {}) {
  const client = connect(server, token as string, extra);
  await expect(client.synced).rejects.toThrow(/connect refused/);
  return client.errors[0];
}

async function logRows(documentId: string) {
  return t.prisma.documentUpdate.count({ where: { documentId } });
}

async function storedText(documentId: string, name = "t") {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadDocumentState(documentId)).state);
  return doc.getText(name).toString();
}

function textUpdate(text: string, name = "t"): Uint8Array {
  const doc = new Y.Doc();
  doc.getText(name).insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe("collab handshake", () => {
  it("refuses missing, garbled, expired and foreign tokens with a code", async () => {
    const document = await buildDocument(t.prisma, { groupId: people.group.id });
    const other = await buildDocument(t.prisma, { groupId: people.group.id });
    expect(await refusalCode(undefined)).toBe("TOKEN_INVALID");
    expect(await refusalCode("v1.garbage.garbage")).toBe("TOKEN_INVALID");
    expect(await refusalCode(tokenFor(people.member, document.id, { now: new Date(Date.now() - 61_000) }))).toBe("TOKEN_EXPIRED");
    expect(await refusalCode(tokenFor(people.member, document.id, { secret: "another-secret" }))).toBe("TOKEN_INVALID");
    // A token whose payload names another user, with the original signature.
    const [version, payload, signature] = tokenFor(people.member, document.id).split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), u: people.coordinator.id })).toString("base64url");
    expect(await refusalCode(`${version}.${forged}.${signature}`)).toBe("TOKEN_INVALID");
    // A token for another document than the one the client asks for.
    expect(await refusalCode(tokenFor(people.member, other.id), { auth: { documentId: document.id } })).toBe("TOKEN_INVALID");
  });

  it("refuses people outside the group, stale sessions and unknown documents", async () => {
    const document = await buildDocument(t.prisma, { groupId: people.group.id });
    expect(await refusalCode(tokenFor(people.outsider, document.id))).toBe("NOT_FOUND");
    expect(await refusalCode(tokenFor({ ...people.member, sessionVersion: people.member.sessionVersion + 1 }, document.id))).toBe("ACCESS_REVOKED");
    expect(await refusalCode(tokenFor(people.member, "no-such-document"))).toBe("NOT_FOUND");
  });

  it("refuses a browser page of another origin when origins are configured", async () => {
    const guarded = await startCollabTestServer({ collab: { allowedOrigins: ["http://quorum.example"] } });
    servers.push(guarded);
    const document = await buildDocument(t.prisma, { groupId: people.group.id });
    const client = connect(guarded, tokenFor(people.member, document.id), { headers: { origin: "http://evil.example" } });
    await expect(client.synced).rejects.toThrow(/connect refused/);
    expect(client.errors).toEqual(["FORBIDDEN"]);
  });
});

describe("collab sync and durability", () => {
  it("syncs two editors and acknowledges an update only once its row is committed", async () => {
    const document = await buildDocument(t.prisma, { groupId: people.group.id });
    const a = connect(server, tokenFor(people.member, document.id));
    const b = connect(server, tokenFor(people.coordinator, document.id));
    await Promise.all([a.synced, b.synced]);

    const update = textUpdate("Protokół z posiedzenia");
    const rowsWhenAcked = new Promise<number>((resolve) => {
      // Count inside the ack callback itself: nothing else can run in between.
      a.socket.emit("message", syncFrame(2, update), () => void logRows(document.id).then(resolve));
    });
    expect(await rowsWhenAcked).toBe(1);
    Y.applyUpdate(a.doc, update);
    await vi.waitFor(() => expect(b.doc.getText("t").toString()).toBe("Protokół z posiedzenia"), { timeout: 10_000 });
    expect(await storedText(document.id)).toBe("Protokół z posiedzenia");
    const row = await t.prisma.documentUpdate.findFirstOrThrow({ where: { documentId: document.id } });
    expect(row.userId).toBe(people.member.id);
    await vi.waitFor(async () => {
      const stored = await t.prisma.document.findUniqueOrThrow({ where: { id: document.id } });
      expect(stored.lastEditedById).toBe(people.member.id);
    });
  });

  it("sends offline edits in the step 2 of the next connection", async () => {
    const document = await buildDocument(t.prisma, { groupId: people.group.id });
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "napisane offline");
    const client = connect(server, tokenFor(people.member, document.id), { doc });
    await client.synced;
    expect(await storedText(document.id)).toBe("napisane offline");
  });

  it("serves the stored content to a new editor", async () => {
    const document = await buildDocument(t.prisma, {
      groupId: people.group.id,
      content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Porządek obrad" }] }] },
    });
    const client = connect(server, tokenFor(people.reviewer, document.id));
    await client.synced;
    expect(client.doc.getXmlFragment("default").toString()).toContain("Porządek obrad");
  });
});

describe("collab read-only connections", () => {
  it("lets an observer read and be seen, but never change the document", async () => {
    const document = await buildDocument(t.prisma, { groupId: people.group.id });
    const editor = connect(server, tokenFor(people.member, document.id));
    await editor.synced;
    editor.doc.getText("t").insert(0, "treść");
    await editor.flush();

    // The token claims write access; the server decides from the observer's role.
    const observer = connect(server, tokenFor(people.observer, document.id, { readOnly: false }));
    await observer.synced;
    expect(observer.doc.getText("t").toString()).toBe("treść");
    const rowsBefore = await logRows(document.id);

    // A hand-crafted update and a hand-crafted step 2.
    expect(await observer.sendUpdate(textUpdate("włamanie"))).toEqual({ ok: false, code: "READ_ONLY" });
    expect(await observer.sendRaw(syncFrame(1, textUpdate("też nie")), { ack: true })).toEqual({ ok: false, code: "READ_ONLY" });
    expect(observer.errors).toContain("READ_ONLY");
    expect(observer.socket.connected).toBe(true);

    // Awareness is allowed and reaches the editor, with the name from the account.
    observer.awareness.setLocalStateField("user", { name: "Ktoś Inny", color: "#f00" });
    await vi.waitFor(() => {
      const state = editor.awareness.getStates().get(observer.doc.clientID) as { user?: { id?: string; name?: string } } | undefined;
      expect(state?.user?.id).toBe(people.observer.id);
      expect(state?.user?.name).toBe(people.observer.name);
    });

    // Nothing changed anywhere.
    expect(await logRows(document.id)).toBe(rowsBefore);
    expect(await storedText(document.id)).toBe("treść");
    expect(server.collab.documents.get(document.id)!.doc.getText("t").toString()).toBe("treść");
    await editor.flush();
    expect(editor.doc.getText("t").toString()).toBe("treść");
  });
});

describe("collab malformed and oversized input", () => {
  const truncated = () => {
    const update = textUpdate("a longer text that will be cut");
    return update.slice(0, update.length - 5);
  };
  const cases: [string, () => unknown][] = [
    ["random bytes", () => new Uint8Array([0, 2, 200, 1, 2, 3, 4, 5, 6, 7])],
    ["a truncated update", () => syncFrame(2, truncated())],
    ["an unknown message type", () => new Uint8Array([9, 0, 0])],
    ["an unknown sync step", () => new Uint8Array([0, 7, 0])],
    ["trailing bytes", () => new Uint8Array([...syncFrame(2, textUpdate("x")), 1])],
    ["a string", () => "hello"],
    ["awareness that is not JSON", () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint(encoder, 123);
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarString(encoder, "{not json");
      return awarenessFrame(encoding.toUint8Array(encoder));
    }],
  ];

  it.each(cases)("closes the connection on %s and leaves the document unchanged", async (_label, payload) => {
    const document = await buildDocument(t.prisma, { groupId: people.group.id });
    const client = connect(server, tokenFor(people.member, document.id));
    await client.synced;
    client.doc.getText("t").insert(0, "stan przed");
    await client.flush();
    const live = server.collab.documents.get(document.id)!;
    const before = Y.encodeStateAsUpdate(live.doc);
    const rows = await logRows(document.id);

    const closed = client.disconnected();
    expect(await client.sendRaw(payload(), { ack: true })).toEqual({ ok: false, code: "MALFORMED" });
    await closed;
    expect(client.errors).toEqual(["MALFORMED"]);
    expect(Y.encodeStateAsUpdate(live.doc)).toEqual(before);
    expect(await logRows(document.id)).toBe(rows);
    expect(await storedText(document.id)).toBe("stan przed");
  });

  it("drops the in-memory copy when an update decodes but fails to apply, and passes none of it on", async () => {
    // Found by mutating a valid update: it references an item it never defines. Yjs integrates
    // part of it before throwing.
    const poisoned = new Uint8Array([
      1, 5, 146, 33, 0, 7, 1, 7, 100, 101, 102, 97, 117, 108, 116, 3, 9, 112, 97, 114, 97, 103, 114, 97, 112, 104, 7, 55, 146, 33, 0, 6, 6, 0,
      146, 33, 66, 4, 98, 111, 108, 100, 2, 123, 125, 132, 146, 33, 2, 11, 104, 101, 108, 108, 111, 32, 119, 111, 114, 108, 100, 134, 146, 33,
      13, 4, 98, 111, 108, 100, 4, 110, 117, 108, 108, 0,
    ]);
    expect(() => Y.decodeUpdate(poisoned)).not.toThrow();
    const document = await buildDocument(t.prisma, { groupId: people.group.id });
    const sender = connect(server, tokenFor(people.member, document.id));
    const bystander = connect(server, tokenFor(people.coordinator, document.id));
    await Promise.all([sender.synced, bystander.synced]);
    sender.doc.getText("t").insert(0, "stan przed");
    await sender.flush();
    await vi.waitFor(() => expect(bystander.doc.getText("t").toString()).toBe("stan przed"));
    const bystanderBefore = Y.encodeStateAsUpdate(bystander.doc);
    const rows = await logRows(document.id);

    const senderClosed = sender.disconnected();
    const bystanderClosed = bystander.disconnected();
    expect(await sender.sendUpdate(poisoned)).toEqual({ ok: false, code: "MALFORMED" });
    await Promise.all([senderClosed, bystanderClosed]);
    expect(sender.errors).toEqual(["MALFORMED"]);
    // The bystander is sent away to reload, and received nothing of the half-applied update.
    expect(bystander.errors).toEqual(["SERVER_ERROR"]);
    expect(Y.encodeStateAsUpdate(bystander.doc)).toEqual(bystanderBefore);
    expect(server.collab.documents.get(document.id)).toBeUndefined();
    expect(await logRows(document.id)).toBe(rows);

    const fresh = connect(server, tokenFor(people.member, document.id));
    await fresh.synced;
    expect(fresh.doc.getText("t").toString()).toBe("stan przed");
    expect(fresh.doc.getXmlFragment("default").length).toBe(0);
  });

  it("refuses messages over the size limit, floods and crowds", async () => {
    const small = await startCollabTestServer({
      collab: { limits: { maxMessageBytes: 1024, messageBurst: 5, messagesPerSecond: 0.001, connectionsPerDocument: 2 } },
    });
    servers.push(small);
    const document = await buildDocument(t.prisma, { groupId: people.group.id });

    const big = connect(small, tokenFor(people.member, document.id));
    await big.synced;
    const bigClosed = big.disconnected();
    expect(await big.sendUpdate(textUpdate("x".repeat(2000)))).toEqual({ ok: false, code: "MESSAGE_TOO_LARGE" });
    await bigClosed;
    expect(big.errors).toEqual(["MESSAGE_TOO_LARGE"]);
    expect(await logRows(document.id)).toBe(0);

    const flooder = connect(small, tokenFor(people.member, document.id));
    await flooder.synced; // step 1 and step 2: two of the five tokens
    const flooded = flooder.disconnected();
    const answers = await Promise.all(Array.from({ length: 6 }, () => flooder.sendRaw(new Uint8Array([3]), { ack: true })));
    expect(answers.filter((a) => a?.ok === false && a.code === "RATE_LIMITED")).not.toHaveLength(0);
    await flooded;
    expect(flooder.errors).toContain("RATE_LIMITED");

    // Two connections per document; the freed slots of the two above are available again.
    await vi.waitFor(() => expect(small.collab.documents.get(document.id)?.connections.size ?? 0).toBe(0));
    const first = connect(small, tokenFor(people.member, document.id));
    const second = connect(small, tokenFor(people.coordinator, document.id));
    await Promise.all([first.synced, second.synced]);
    const third = connect(small, tokenFor(people.reviewer, document.id));
    await expect(third.synced).rejects.toThrow(/connect refused/);
    expect(third.errors).toEqual(["TOO_MANY_CONNECTIONS"]);
  });

  it("refuses growth past the document size limit but keeps the connection and allows deletions", async () => {
    const capped = await startCollabTestServer({ collab: { limits: { maxDocumentBytes: 4000 } } });
    servers.push(capped);
    const document = await buildDocument(t.prisma, { groupId: people.group.id });
    const client = connect(capped, tokenFor(people.member, document.id), { autoSend: false });
    await client.synced;
    const text = client.doc.getText("t");
    let update: Uint8Array = new Uint8Array();
    client.doc.once("update", (u: Uint8Array) => (update = u));
    text.insert(0, "a".repeat(3000));
    expect(await client.sendUpdate(update)).toEqual({ ok: true });
    client.doc.once("update", (u: Uint8Array) => (update = u));
    text.insert(0, "b".repeat(3000));
    expect(await client.sendUpdate(update)).toEqual({ ok: false, code: "DOCUMENT_TOO_LARGE" });
    expect(client.socket.connected).toBe(true);
    expect(await storedText(document.id)).toBe("a".repeat(3000));
  });
});

describe("collab failures and server-side edits", () => {
  it("answers SERVER_ERROR when the write fails, drops the copy, and the resync stores the edit", async () => {
    let failing = true;
    const flaky = await startCollabTestServer({
      collab: {
        store: {
          insertUpdates: async (updates) => {
            if (failing) throw new Error("database unavailable");
            const { insertDocumentUpdates } = await import("@/lib/collab/persistence");
            await insertDocumentUpdates(updates);
          },
        },
      },
    });
    servers.push(flaky);
    const document = await buildDocument(t.prisma, { groupId: people.group.id });
    const client = connect(flaky, tokenFor(people.member, document.id));
    await client.synced;
    const closed = client.disconnected();
    expect(await client.sendUpdate(textUpdate("nie zapisane"))).toEqual({ ok: false, code: "SERVER_ERROR" });
    // Memory must not keep what the database refused: the copy is dropped, the client told.
    await closed;
    expect(client.errors).toContain("SERVER_ERROR");
    expect(flaky.collab.documents.get(document.id)).toBeUndefined();

    Y.applyUpdate(client.doc, textUpdate("nie zapisane"));
    failing = false;
    await client.reconnect(tokenFor(people.member, document.id));
    expect(await storedText(document.id)).toBe("nie zapisane");
  });

  it("applyServerUpdate stores the update and reaches open editors; publishToDocument sends events", async () => {
    const document = await buildDocument(t.prisma, { groupId: people.group.id });
    const client = connect(server, tokenFor(people.member, document.id));
    await client.synced;
    setCollabHub(server.collab.hub);
    setRealtime(server.realtime.io);
    try {
      const comments = new Promise((resolve) => client.socket.once("comments:changed", resolve));
      await applyServerUpdate(document.id, textUpdate("przywrócona wersja"), people.coordinator.id);
      expect(await storedText(document.id)).toBe("przywrócona wersja");
      await vi.waitFor(() => expect(client.doc.getText("t").toString()).toBe("przywrócona wersja"));
      publishToDocument(document.id, "comments:changed", { threadId: "thread-1" });
      expect(await comments).toEqual({ threadId: "thread-1" });
      await expect(applyServerUpdate("no-such-document", textUpdate("x"), null)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(applyServerUpdate(document.id, new Uint8Array([1, 2, 3]), null)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    } finally {
      setCollabHub(undefined);
      setRealtime(undefined);
    }
  });
});

describe("collab background work", () => {
  it("compacts a long log, takes automatic versions and unloads an idle document", async () => {
    const busy = await startCollabTestServer({
      collab: { timings: { compactAfterRows: 5, autoVersionMs: 300, unloadGraceMs: 200, idleCompactionMs: 60_000 } },
    });
    servers.push(busy);
    const document = await buildDocument(t.prisma, { groupId: people.group.id });
    const client = connect(busy, tokenFor(people.member, document.id));
    await client.synced;
    for (let i = 0; i < 8; i++) {
      client.doc.getText("t").insert(client.doc.getText("t").length, `${i}`);
      await client.flush();
    }
    await vi.waitFor(async () => {
      const snapshot = await t.prisma.documentSnapshot.findUnique({ where: { documentId: document.id } });
      expect(snapshot).not.toBeNull();
      expect(await logRows(document.id)).toBeLessThan(8);
    });
    await vi.waitFor(async () => {
      const versions = await t.prisma.documentVersion.findMany({ where: { documentId: document.id, kind: "AUTO" } });
      expect(versions.length).toBeGreaterThan(0);
    });
    expect(await storedText(document.id)).toBe("01234567");

    client.disconnect();
    await vi.waitFor(() => expect(busy.collab.documents.get(document.id)).toBeUndefined(), { timeout: 10_000 });
    // Unloading folded the rest of the log.
    expect(await logRows(document.id)).toBe(0);
    const stored = await t.prisma.document.findUniqueOrThrow({ where: { id: document.id } });
    expect(stored.sizeBytes).toBeGreaterThan(0);
    expect(await storedText(document.id)).toBe("01234567");

    const again = connect(busy, tokenFor(people.member, document.id));
    await again.synced;
    expect(again.doc.getText("t").toString()).toBe("01234567");
  });
});
