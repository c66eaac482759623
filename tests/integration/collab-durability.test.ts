// Durability of acknowledged edits across a crash: the real server (server/main.ts, socket.io
// only) runs as a child process on a fresh PostgreSQL database; editors stream updates with
// acks; the process is SIGKILLed at a seeded random moment and started again. Every update
// that was acknowledged before the kill must be in the database and served after the restart.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@/lib/db/client";
import { loadDocumentState } from "@/lib/collab/persistence";
import { issueCollabToken } from "@/lib/collab/token";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroup, buildUser } from "@/tests/support/factories";
import { buildDocument } from "@/tests/support/collab-factories";
import { connectCollabClient, type CollabClient } from "@/tests/support/collab-client";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const secret = "collab-durability-test-secret";
const SEED = Number(process.env.COLLAB_SEED ?? 7);
const EDITORS = 4;
const IN_FLIGHT = 4;

let t: TestDb;
const children: ChildProcess[] = [];
const clients: CollabClient[] = [];

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});

afterAll(async () => {
  for (const client of clients) client.disconnect();
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await t?.close();
});

async function freePort(): Promise<number> {
  const probe = net.createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Starts server/main.ts in realtime-only mode and resolves once it logs that it is ready. */
async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: "",
      QUORUM_DEMO: "0",
      QUORUM_REALTIME_ONLY: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
      NEXTAUTH_SECRET: secret,
      NODE_ENV: "production",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready within 90 s:\n${output.slice(-2000)}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"msg":"Quorum is ready"')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited early (${code ?? signal}):\n${output.slice(-2000)}`));
    });
  });
  // Keep draining the pipes so the child never blocks on a full one.
  child.stdout!.resume();
  child.stderr!.resume();
  return child;
}

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

describe("collab durability", () => {
  it("keeps every acknowledged update through a SIGKILL and a restart", { timeout: 180_000 }, async (context) => {
    context.skip(t.kind !== "postgres" || !t.url, "needs PostgreSQL: the server process and the test share the database");
    const group = await buildGroup(t.prisma);
    const people = await Promise.all(Array.from({ length: EDITORS }, () => buildUser(t.prisma, { groups: [{ groupId: group.id, role: "MEMBER" }] })));
    const document = await buildDocument(t.prisma, { groupId: group.id });
    const tokenFor = (i: number) =>
      issueCollabToken({ userId: people[i]!.id, documentId: document.id, readOnly: false, sessionVersion: 0 }, { secret }).token;
    const random = prng(SEED);

    const port = await freePort();
    const first = await startServer(t.url!, port);
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < EDITORS; i++) clients.push(connectCollabClient({ url, token: tokenFor(i), autoSend: false }));
    await Promise.all(clients.map((c) => c.synced));

    // Each editor writes numbered keys, each its own update, with up to IN_FLIGHT unacknowledged.
    const acked = new Set<string>();
    const written = new Set<string>();
    let crashed = false;
    const editor = async (i: number) => {
      const client = clients[i]!;
      const inFlight = new Set<Promise<void>>();
      for (let n = 0; !crashed; n++) {
        const key = `e${i}-${n}`;
        let update: Uint8Array | undefined;
        client.doc.once("update", (u: Uint8Array) => (update = u));
        client.doc.getMap("keys").set(key, `wpis ${n} redaktora ${i}`);
        written.add(key);
        const sent = client.sendUpdate(update!).then(
          (ack) => {
            if (ack.ok) acked.add(key);
          },
          () => undefined,
        );
        inFlight.add(sent);
        void sent.finally(() => inFlight.delete(sent));
        if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
        else await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.allSettled([...inFlight]);
    };
    const editing = Array.from({ length: EDITORS }, (_, i) => editor(i));

    // Crash at a seeded moment once the stream is well under way.
    while (acked.size < 50) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 600)));
    const exited = once(first, "exit");
    first.kill("SIGKILL");
    await exited;
    crashed = true;
    await Promise.all(editing);
    const ackedAtCrash = new Set(acked);
    expect(ackedAtCrash.size).toBeGreaterThanOrEqual(50);

    // What the database holds right after the crash.
    const afterCrash = new Y.Doc();
    Y.applyUpdate(afterCrash, (await loadDocumentState(document.id)).state);
    const storedKeys = new Set(afterCrash.getMap("keys").keys());
    const lost = [...ackedAtCrash].filter((key) => !storedKeys.has(key));
    expect(lost).toEqual([]);

    // After a restart a new editor gets all of it, and the old editors' re-sync stores the rest.
    const second = await startServer(t.url!, port);
    const reader = connectCollabClient({ url, token: tokenFor(0) });
    clients.push(reader);
    await reader.synced;
    const served = new Set(reader.doc.getMap("keys").keys());
    expect([...ackedAtCrash].filter((key) => !served.has(key))).toEqual([]);
    for (let i = 0; i < EDITORS; i++) await clients[i]!.reconnect(tokenFor(i));
    const final = new Y.Doc();
    Y.applyUpdate(final, (await loadDocumentState(document.id)).state);
    const finalKeys = new Set(final.getMap("keys").keys());
    expect([...written].filter((key) => !finalKeys.has(key))).toEqual([]);

    const stopped = once(second, "exit");
    second.kill("SIGTERM");
    await stopped;
  });
});
