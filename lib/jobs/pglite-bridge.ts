// Exposes the process's PGlite over a private unix socket so pg-boss (which speaks the
// PostgreSQL wire protocol through `pg`) can use the same embedded database as Prisma.
//
// Why the wrapper below: pglite-socket runs each wire message under PGlite's *query* mutex
// only. Prisma's adapter (pglite-prisma-adapter) takes PGlite's *transaction* mutex for
// every query and holds it for a whole `$transaction`. So, left alone:
//  - a Prisma query could run between a socket client's BEGIN and COMMIT, i.e. inside
//    pg-boss's transaction, or between its Parse and Sync, clobbering the unnamed statement;
//  - a socket message could run between two queries of a Prisma transaction, inside it.
// The wrapper makes a socket "session" take the transaction mutex from its first message
// until PGlite answers ReadyForQuery with status 'I' (idle, no transaction open), so socket
// work and in-process work never interleave. See docs/jobs.md.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

type Release = () => void;
type RawStreamOptions = { onRawData: (data: Uint8Array) => void };

const READY_FOR_QUERY_IDLE = [0x5a, 0, 0, 0, 5, 0x49]; // 'Z', length 5, status 'I'
const TERMINATE = 0x58; // 'X'

/** The subset of PGlite that PGLiteSocketServer uses, with session-level locking added. */
class SessionLockedPglite {
  private release: Release | undefined;
  private tail = new Uint8Array(0);
  private lastMessageType = 0;

  constructor(private readonly pglite: PGlite) {}

  get waitReady(): Promise<void> {
    return this.pglite.waitReady;
  }

  /** Only the socket session's own transaction counts; a Prisma transaction must not stall the socket queue. */
  isInTransaction(): boolean {
    return this.release !== undefined && this.pglite.isInTransaction();
  }

  async runExclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (!this.release) this.release = await this.acquireTransactionMutex();
    try {
      return await this.pglite.runExclusive(fn);
    } finally {
      // A client that says goodbye inside a transaction must not leave it open for Prisma to
      // walk into (a real server would end the backend; PGlite lives on).
      if (this.lastMessageType === TERMINATE) await this.abandonSession();
      else if (this.endsIdle()) this.releaseSession();
    }
  }

  execProtocolRawStream(message: Uint8Array, options: RawStreamOptions): Promise<void> {
    this.lastMessageType = message[0] ?? 0;
    this.tail = new Uint8Array(0);
    // PGlite answers a Terminate sent inside a transaction with "ROLLBACK" + ReadyForQuery; a
    // real server answers nothing, and `pg` throws on the unexpected message, so drop it.
    const forward = this.lastMessageType !== TERMINATE;
    return this.pglite.execProtocolRawStream(message, {
      onRawData: (data: Uint8Array) => {
        this.rememberTail(data);
        if (forward) options.onRawData(data);
      },
    });
  }

  /** Called by pglite-socket when a client disconnects inside a transaction (`exec("ROLLBACK")`). */
  async exec(sql: string): Promise<void> {
    // We already hold the transaction mutex, so PGlite.exec (which takes it again) would deadlock.
    await this.pglite.runExclusive(() => this.pglite.execProtocolRaw(simpleQuery(sql)));
    this.releaseSession();
  }

  /** The current session's release function, to hand to abandonSession later. */
  get session(): Release | undefined {
    return this.release;
  }

  /** The client went away: undo whatever it left open and let Prisma in again. */
  async abandonSession(session = this.release): Promise<void> {
    if (!session || session !== this.release) return;
    const message = this.pglite.isInTransaction() ? simpleQuery("ROLLBACK") : SYNC;
    await this.pglite.runExclusive(() => this.pglite.execProtocolRaw(message)).catch(() => undefined);
    this.releaseSession();
  }

  private acquireTransactionMutex(): Promise<Release> {
    return new Promise<Release>((acquired, failed) => {
      this.pglite
        ._runExclusiveTransaction(() => new Promise<void>((release) => acquired(() => release())))
        .catch(failed);
    });
  }

  private releaseSession(): void {
    const release = this.release;
    this.release = undefined;
    release?.();
  }

  private rememberTail(data: Uint8Array): void {
    const joined = new Uint8Array(this.tail.length + data.length);
    joined.set(this.tail);
    joined.set(data, this.tail.length);
    this.tail = joined.slice(Math.max(0, joined.length - READY_FOR_QUERY_IDLE.length));
  }

  private endsIdle(): boolean {
    return this.tail.length === READY_FOR_QUERY_IDLE.length && READY_FOR_QUERY_IDLE.every((b, i) => this.tail[i] === b);
  }
}

const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

function simpleQuery(sql: string): Uint8Array {
  const body = Buffer.from(`${sql}\0`, "utf8");
  const message = Buffer.alloc(5 + body.length);
  message.write("Q", 0, "ascii");
  message.writeInt32BE(4 + body.length, 1);
  body.copy(message, 5);
  return new Uint8Array(message);
}

export type PgliteBridge = {
  /** `pg` connection settings: a unix socket directory and the port that names the socket file. */
  connection: { host: string; port: number; user: string; database: string };
  close(): Promise<void>;
};

/**
 * Starts the bridge. One connection at a time: the session lock above is per bridge, not per
 * client, so a second concurrent client could slip into the first one's session. pg-boss must
 * therefore use a pool of one connection that is never closed for idleness (see lib/jobs/index.ts).
 */
export async function startPgliteBridge(pglite: PGlite): Promise<PgliteBridge> {
  // A fresh 0700 directory: only this OS user can connect (PGlite accepts any password), the
  // path stays short enough for a unix socket, and no stale socket file survives a crash.
  const dir = mkdtempSync(path.join(os.tmpdir(), "quorum-pg-"));
  const port = 5432;
  const locked = new SessionLockedPglite(pglite);
  const server = new PGLiteSocketServer({
    db: locked as unknown as PGlite,
    path: path.join(dir, `.s.PGSQL.${port}`),
    maxConnections: 1,
  });
  // When the client disconnects mid-session (not inside a transaction, which pglite-socket
  // already rolls back through exec), release the lock so Prisma is not blocked forever.
  // pglite-socket keeps its handlers private; with maxConnections 1 the closing one is the owner.
  const seen = new WeakSet<EventTarget>();
  server.addEventListener("connection", () => {
    const handlers = (server as unknown as { handlers?: Set<EventTarget> }).handlers;
    for (const handler of handlers ?? []) {
      if (seen.has(handler)) continue;
      seen.add(handler);
      // Capture the session now: by the time the clean-up runs a new client may own the lock.
      const abandon = () => {
        const session = locked.session;
        setImmediate(() => void locked.abandonSession(session));
      };
      handler.addEventListener("close", abandon);
      handler.addEventListener("error", abandon);
    }
  });
  await server.start();
  return {
    connection: { host: dir, port, user: "postgres", database: "postgres" },
    async close() {
      await server.stop();
      await locked.abandonSession();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
