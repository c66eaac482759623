import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FakeCollabServer } from "@/lib/collab/client/fake-collab-server";
import { saveIndicatorFor, SocketProvider, type ProviderState } from "@/lib/collab/client/socket-provider";
import { CollabTokenError } from "@/lib/collab/client/token-request";

/** Lets queued microtasks and zero-delay work run (no wall-clock waiting). */
async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Manual timers: reconnect delays run only when the test says so. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  return {
    delays: [] as number[],
    set(fn: () => void, ms: number) {
      this.delays.push(ms);
      pending.set(++next, fn);
      return next;
    },
    clear(handle: unknown) {
      pending.delete(handle as number);
    },
    get count() {
      return pending.size;
    },
    runAll() {
      const fns = [...pending.values()];
      pending.clear();
      for (const fn of fns) fn();
    },
  };
}

const providers: SocketProvider[] = [];
afterEach(() => {
  for (const p of providers.splice(0)) p.destroy();
});

function client(
  server: FakeCollabServer,
  userId: string,
  options: { readOnly?: boolean; doc?: Y.Doc; handshakeOrigins?: unknown[]; tokenError?: () => Error | null } = {},
) {
  const timers = manualTimers();
  const doc = options.doc ?? new Y.Doc();
  let tokenRequests = 0;
  const provider = new SocketProvider({
    documentId: "doc-1",
    doc,
    getToken: async () => {
      tokenRequests++;
      const error = options.tokenError?.();
      if (error) throw error;
      return { token: server.issueToken({ userId, readOnly: options.readOnly ?? false }), readOnly: options.readOnly ?? false, expiresAt: "" };
    },
    openSocket: (token) => server.connect(token),
    handshakeOrigins: options.handshakeOrigins,
    timers,
    random: () => 1,
  });
  providers.push(provider);
  return { provider, doc, timers, text: doc.getText("t"), tokenRequests: () => tokenRequests };
}

describe("SocketProvider", () => {
  it("syncs two clients through the server and reports saved once the server acked", async () => {
    const server = new FakeCollabServer();
    server.doc.getText("t").insert(0, "Protokół: ");
    const a = client(server, "anna");
    const b = client(server, "ewa");
    await settle();
    expect(a.text.toString()).toBe("Protokół: ");
    expect(saveIndicatorFor(a.provider.currentState)).toEqual({ kind: "saved" });

    a.text.insert(a.text.length, "Otwarcie posiedzenia.");
    expect(a.provider.currentState.pending).toBe(1);
    expect(saveIndicatorFor(a.provider.currentState).kind).toBe("saving");
    await settle();
    expect(b.text.toString()).toBe("Protokół: Otwarcie posiedzenia.");
    expect(server.doc.getText("t").toString()).toBe("Protokół: Otwarcie posiedzenia.");
    expect(saveIndicatorFor(a.provider.currentState)).toEqual({ kind: "saved" });
  });

  it("stays 'saving' until the commit is acknowledged", async () => {
    const server = new FakeCollabServer();
    const a = client(server, "anna");
    await settle();
    server.holdAcks = true;
    a.text.insert(0, "Wniosek");
    await settle();
    expect(server.doc.getText("t").toString()).toBe("Wniosek");
    expect(saveIndicatorFor(a.provider.currentState)).toEqual({ kind: "saving", pending: 1 });
    server.releaseAcks();
    await settle();
    expect(saveIndicatorFor(a.provider.currentState)).toEqual({ kind: "saved" });
  });

  it("keeps offline edits, reconnects with a fresh token and merges both sides", async () => {
    const server = new FakeCollabServer();
    const a = client(server, "anna");
    const b = client(server, "ewa");
    await settle();
    a.text.insert(0, "AB");
    await settle();

    server.cut("anna");
    await settle();
    expect(a.provider.currentState.status).toBe("offline");
    a.text.insert(2, " od Anny");
    b.text.insert(0, "Ewa: ");
    await settle();
    expect(saveIndicatorFor(a.provider.currentState)).toEqual({ kind: "offline", pending: 1 });
    expect(a.timers.count).toBe(1);
    const requestsBefore = a.tokenRequests();

    a.timers.runAll();
    await settle();
    expect(a.tokenRequests()).toBe(requestsBefore + 1);
    expect(a.text.toString()).toBe("Ewa: AB od Anny");
    expect(b.text.toString()).toBe("Ewa: AB od Anny");
    expect(saveIndicatorFor(a.provider.currentState)).toEqual({ kind: "saved" });
  });

  it("re-sends updates whose ack was lost when the connection dropped", async () => {
    const server = new FakeCollabServer();
    const a = client(server, "anna");
    await settle();
    server.holdAcks = true;
    a.text.insert(0, "Uchwała nr 1");
    await settle();
    server.cut("anna");
    server.releaseAcks();
    await settle();
    expect(a.provider.currentState.pending).toBe(1);
    server.holdAcks = false;
    a.timers.runAll();
    await settle();
    expect(a.provider.currentState.pending).toBe(0);
    expect(server.doc.getText("t").toString()).toBe("Uchwała nr 1");
  });

  it("shares presence, and forgets a client that leaves", async () => {
    const server = new FakeCollabServer();
    const a = client(server, "anna");
    const b = client(server, "ewa");
    a.provider.awareness.setLocalStateField("user", { name: "Anna Kowalczyk", color: "#1e3a5f", institution: "UMWS" });
    b.provider.awareness.setLocalStateField("user", { name: "Ewa Dąbrowska", color: "#0f6b6b", institution: "PSk" });
    await settle();
    const namesSeenByB = () => [...b.provider.awareness.getStates().values()].map((s) => (s.user as { name: string } | undefined)?.name);
    expect(namesSeenByB()).toContain("Anna Kowalczyk");
    a.provider.destroy();
    await settle();
    expect(namesSeenByB()).not.toContain("Anna Kowalczyk");
  });

  it("never sends content on a read-only connection but still shows the reviewer", async () => {
    const server = new FakeCollabServer();
    server.doc.getText("t").insert(0, "Projekt strategii");
    const reviewer = client(server, "ewa", { readOnly: true });
    const editor = client(server, "anna");
    reviewer.provider.awareness.setLocalStateField("user", { name: "Ewa Dąbrowska", color: "#0f6b6b" });
    await settle();
    expect(reviewer.text.toString()).toBe("Projekt strategii");
    expect(saveIndicatorFor(reviewer.provider.currentState)).toEqual({ kind: "readOnly" });

    reviewer.text.insert(0, "X");
    await settle();
    expect(server.doc.getText("t").toString()).toBe("Projekt strategii");
    expect(server.received.filter((r) => r.userId === "ewa" && r.event === "message").length).toBeGreaterThan(0);
    const seen = [...editor.provider.awareness.getStates().values()].map((s) => (s.user as { name: string } | undefined)?.name);
    expect(seen).toContain("Ewa Dąbrowska");
  });

  it("switches to read-only when the server refuses an update with READ_ONLY", async () => {
    const server = new FakeCollabServer();
    const a = client(server, "anna");
    await settle();
    // The token said "edit", but the server has since lowered the rights.
    for (const connection of server.connections) Object.defineProperty(connection, "readOnly", { value: true });
    a.text.insert(0, "Zmiana");
    await settle();
    expect(a.provider.currentState.readOnly).toBe(true);
    expect(saveIndicatorFor(a.provider.currentState)).toEqual({ kind: "readOnly" });
  });

  it("stops for good on a fatal handshake refusal", async () => {
    const server = new FakeCollabServer();
    server.refuseWith = "ACCESS_REVOKED";
    const a = client(server, "anna");
    await settle();
    expect(a.provider.currentState.status).toBe("stopped");
    expect(saveIndicatorFor(a.provider.currentState)).toEqual({ kind: "error", code: "ACCESS_REVOKED", fatal: true });
    expect(a.timers.count).toBe(0);
  });

  it("stops when the token request is refused, and retries when it merely failed", async () => {
    const server = new FakeCollabServer();
    const forbidden = client(server, "piotr", { tokenError: () => new CollabTokenError("FORBIDDEN") });
    let failures = 2;
    const flaky = client(server, "anna", { tokenError: () => (failures-- > 0 ? new CollabTokenError("SERVER_ERROR") : null) });
    await settle();
    expect(forbidden.provider.currentState).toMatchObject({ status: "stopped", error: { code: "FORBIDDEN", fatal: true } });
    expect(flaky.provider.currentState.status).toBe("offline");
    flaky.timers.runAll();
    await settle();
    flaky.timers.runAll();
    await settle();
    expect(flaky.provider.currentState.status).toBe("connected");
    // Exponential backoff with the jitter pinned to its upper bound.
    expect(flaky.timers.delays).toEqual([500, 1000]);
  });

  it("retries a handshake refused for an expired token without showing an error", async () => {
    const server = new FakeCollabServer();
    server.refuseWith = "TOKEN_EXPIRED";
    const a = client(server, "anna");
    await settle();
    expect(a.provider.currentState).toMatchObject({ status: "offline", error: null });
    server.refuseWith = null;
    a.timers.runAll();
    await settle();
    expect(saveIndicatorFor(a.provider.currentState)).toEqual({ kind: "saved" });
  });

  it("leaves cached (IndexedDB) content to the handshake instead of sending it as one update", async () => {
    const server = new FakeCollabServer();
    server.doc.getText("t").insert(0, "Serwer");
    const cache = { name: "indexeddb" };
    const doc = new Y.Doc();
    const a = client(server, "anna", { doc, handshakeOrigins: [cache] });
    // The cache loads before the connection is up: offline edits from the last session.
    const offline = new Y.Doc();
    offline.getText("t").insert(0, "Offline ");
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(offline), cache);
    await settle();
    expect(server.doc.getText("t").toString()).toContain("Offline ");
    expect(server.doc.getText("t").toString()).toContain("Serwer");
    expect(server.committed).toHaveLength(1);
    expect(saveIndicatorFor(a.provider.currentState)).toEqual({ kind: "saved" });
  });

  it("relays comment and metadata events", async () => {
    const server = new FakeCollabServer();
    const a = client(server, "anna");
    const seen: unknown[] = [];
    a.provider.on("comments-changed", (p) => seen.push(p));
    a.provider.on("document-meta", (p) => seen.push(p));
    await settle();
    server.publish("comments:changed", { threadId: "t1" });
    server.publish("document:meta", { title: "Protokół z II posiedzenia" });
    await settle();
    expect(seen).toEqual([{ threadId: "t1" }, { title: "Protokół z II posiedzenia" }]);
  });

  it("goes offline at once when told the browser lost the network", async () => {
    const server = new FakeCollabServer();
    const a = client(server, "anna");
    await settle();
    a.provider.dropConnection();
    expect(a.provider.currentState.status).toBe("offline");
    a.provider.reconnectNow();
    await settle();
    expect(a.provider.currentState.status).toBe("connected");
    expect(a.timers.count).toBe(0);
  });
});

describe("saveIndicatorFor", () => {
  const base: ProviderState = { status: "connected", synced: true, readOnly: false, pending: 0, error: null };
  it.each([
    [{}, { kind: "saved" }],
    [{ pending: 2 }, { kind: "saving", pending: 2 }],
    [{ synced: false }, { kind: "connecting" }],
    [{ status: "connecting" }, { kind: "connecting" }],
    [{ status: "offline", pending: 3 }, { kind: "offline", pending: 3 }],
    [{ readOnly: true }, { kind: "readOnly" }],
    [{ error: { code: "DOCUMENT_TOO_LARGE", fatal: false }, pending: 1 }, { kind: "error", code: "DOCUMENT_TOO_LARGE", fatal: false }],
    [{ status: "stopped", error: { code: "NOT_FOUND", fatal: true } }, { kind: "error", code: "NOT_FOUND", fatal: true }],
  ] as [Partial<ProviderState>, unknown][])("%j → %j", (patch, expected) => {
    expect(saveIndicatorFor({ ...base, ...patch })).toEqual(expected);
  });
});
