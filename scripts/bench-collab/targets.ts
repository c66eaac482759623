// The two servers under test, each a real separate process on its own fresh database:
// Quorum's own server (server/main.ts, realtime only: no Next.js) and the Hocuspocus script.
// Both are started the same way (node --import tsx) so the comparison is like for like, and
// one process per server means kill -9 hits the server itself, not a wrapper.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { connect as tcpConnect } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migratePostgres } from "@/lib/db/migrate";
import { issueCollabToken } from "@/lib/collab/token";
import type { ClientSpec } from "./clients";
import { HOCUSPOCUS_TABLE_SQL } from "./hocuspocus-table";

export type TargetName = "quorum" | "hocuspocus";

export type DocSeed = {
  key: string;
  /** A full state (a compacted snapshot for Quorum, the stored blob for Hocuspocus). */
  state?: Uint8Array;
  /** Quorum only: updates as rows of the append-only log (uncompacted history). */
  log?: Uint8Array[];
};

export type TargetOptions = {
  root: string;
  adminUrl: string;
  port: number;
  workDir: string;
  /** How many users (one per editor slot) Quorum needs. */
  users: number;
  /** Hocuspocus clients: the lean wire-protocol client (default) or the official provider. */
  hocuspocusClient: "raw" | "provider";
  /** Nice value of the server process (negative: ahead of the generator and other tenants). */
  serverNice: number;
};

export interface Target {
  readonly name: TargetName;
  readonly pid: number | undefined;
  setup(): Promise<void>;
  /** With `inspectPort` the server runs with --inspect on that local port (memory phase). */
  start(options?: { inspectPort?: number }): Promise<void>;
  stop(signal?: "SIGTERM" | "SIGKILL"): Promise<void>;
  /** Resident set size of the server process in kB (from /proc). */
  rssKb(): number;
  /** User + system CPU time of the server process in ms (from /proc). */
  cpuMs(): number;
  createDocuments(docs: DocSeed[]): Promise<void>;
  /** Replaces a document's stored content (deleting what the server stored before). */
  replaceContent(doc: DocSeed): Promise<void>;
  clientSpec(docKey: string, slot: number): ClientSpec;
  teardown(): Promise<void>;
  logTail(lines?: number): string;
}

const CLK_TCK = 100;

function readProc(pid: number | undefined, file: "status" | "stat"): string {
  if (!pid) return "";
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return "";
  }
}

function rssOf(pid: number | undefined): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readProc(pid, "status"));
  return m ? Number(m[1]) : 0;
}

function cpuOf(pid: number | undefined): number {
  // Fields after the ")" of the command name: utime and stime are the 12th and 13th.
  const stat = readProc(pid, "stat");
  const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(rest[11]) + Number(rest[12])) * 1000) / CLK_TCK;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        reject(new Error(`server exited during start-up (${child.exitCode ?? child.signalCode})`));
        return;
      }
      const socket = tcpConnect({ port, host: "127.0.0.1" });
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`server not listening on ${port} after ${timeoutMs} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Common process handling: spawn with output to a log file, wait for the port, kill and wait. */
abstract class ProcessTarget implements Target {
  abstract readonly name: TargetName;
  protected child: ChildProcess | null = null;
  protected readonly logFile: string;
  protected readonly dbName: string;
  protected readonly dbUrl: string;

  constructor(protected readonly options: TargetOptions) {
    this.dbName = `${this.prefix()}_bench_${process.pid}`;
    this.dbUrl = withDatabase(options.adminUrl, this.dbName);
    mkdirSync(options.workDir, { recursive: true });
    this.logFile = path.join(options.workDir, `${this.prefix()}.log`);
  }

  protected abstract prefix(): string;
  protected abstract command(): { args: string[]; env: Record<string, string> };
  abstract setup(): Promise<void>;
  abstract createDocuments(docs: DocSeed[]): Promise<void>;
  abstract replaceContent(doc: DocSeed): Promise<void>;
  abstract clientSpec(docKey: string, slot: number): ClientSpec;

  get pid() {
    return this.child?.pid;
  }

  protected async createDatabase() {
    await adminQuery(this.options.adminUrl, `DROP DATABASE IF EXISTS "${this.dbName}" WITH (FORCE)`);
    await adminQuery(this.options.adminUrl, `CREATE DATABASE "${this.dbName}"`);
  }

  async start(options: { inspectPort?: number } = {}) {
    if (this.child) throw new Error(`${this.name} is already running`);
    const { args, env } = this.command();
    const out = openSync(this.logFile, "a");
    // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server under test.
    const extra = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
    if (options.inspectPort) extra.push(`--inspect=127.0.0.1:${options.inspectPort}`);
    const node = [process.execPath, ...extra, "--import", "tsx", ...args];
    // `nice -n` is relative to our own priority (the generator may already run at the target
    // value). It execs node in place, so the pid (for /proc readings and kill -9) is the server's.
    const adjust = this.options.serverNice - os.getPriority();
    const [command, ...argv] = adjust !== 0 ? ["nice", "-n", String(adjust), ...node] : node;
    const child = spawn(command!, argv, {
      cwd: this.options.root,
      env: { ...process.env, ...env },
      stdio: ["ignore", out, out],
    });
    closeSync(out);
    this.child = child;
    try {
      await waitForPort(this.options.port, child, 120_000);
    } catch (error) {
      await this.stop("SIGKILL");
      throw new Error(`${this.name}: ${(error as Error).message}\n${this.logTail()}`);
    }
  }

  async stop(signal: "SIGTERM" | "SIGKILL" = "SIGTERM") {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill(signal);
    const force = setTimeout(() => child.kill("SIGKILL"), 20_000);
    await exited;
    clearTimeout(force);
  }

  rssKb() {
    return rssOf(this.pid);
  }

  cpuMs() {
    return cpuOf(this.pid);
  }

  async teardown() {
    await this.stop("SIGKILL");
    await adminQuery(this.options.adminUrl, `DROP DATABASE IF EXISTS "${this.dbName}" WITH (FORCE)`).catch(() => undefined);
  }

  logTail(lines = 40) {
    try {
      return readFileSync(this.logFile, "utf8").split("\n").slice(-lines).join("\n");
    } catch {
      return "";
    }
  }
}

const BENCH_SECRET = "quorum-bench-secret-0123456789abcdef-not-for-production";

export class QuorumTarget extends ProcessTarget {
  readonly name = "quorum" as const;
  private prisma: Db | null = null;
  private groupId = "";
  private users: { id: string; sessionVersion: number }[] = [];

  protected prefix() {
    return "quorum";
  }

  protected command() {
    const port = String(this.options.port);
    return {
      args: ["server/main.ts"],
      env: {
        DATABASE_URL: this.dbUrl,
        PORT: port,
        HOST: "127.0.0.1",
        NODE_ENV: "production",
        QUORUM_DEMO: "0",
        QUORUM_REALTIME_ONLY: "1",
        QUORUM_DATA_DIR: path.join(this.options.workDir, "quorum-data"),
        NEXTAUTH_SECRET: BENCH_SECRET,
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        LOG_LEVEL: "warn",
        REDIS_URL: "",
      },
    };
  }

  async setup() {
    await this.createDatabase();
    await migratePostgres(this.dbUrl);
    this.prisma = createPrismaClient({ databaseUrl: this.dbUrl }).prisma;
    const db = this.prisma;
    const institution = await db.institution.create({
      data: { name: "Urząd Marszałkowski Województwa Dolnośląskiego", shortName: "UMWD", kind: "PUBLIC_ADMINISTRATION" },
    });
    const group = await db.group.create({ data: { name: "Grupa robocza — test obciążenia edytora" } });
    this.groupId = group.id;
    await db.groupInstitution.create({ data: { groupId: group.id, institutionId: institution.id, partnerRole: "LEAD" } });
    const rows = Array.from({ length: this.options.users }, (_, i) => ({
      id: `bench-user-${i}`,
      email: `redaktor.${i}@bench.example`,
      name: `Redaktor ${i}`,
      institutionId: institution.id,
    }));
    for (let i = 0; i < rows.length; i += 500) await db.user.createMany({ data: rows.slice(i, i + 500) });
    const members = rows.map((u) => ({ groupId: group.id, userId: u.id, role: "MEMBER" as const }));
    for (let i = 0; i < members.length; i += 500) await db.groupMember.createMany({ data: members.slice(i, i + 500) });
    this.users = rows.map((u) => ({ id: u.id, sessionVersion: 0 }));
  }

  async createDocuments(docs: DocSeed[]) {
    const db = this.prisma!;
    await db.document.createMany({
      data: docs.map((d) => ({ id: d.key, groupId: this.groupId, kind: "OTHER" as const, title: `Dokument ${d.key}`, createdById: this.users[0]!.id })),
    });
    for (const d of docs) await this.writeContent(d);
  }

  async replaceContent(doc: DocSeed) {
    const db = this.prisma!;
    await db.documentUpdate.deleteMany({ where: { documentId: doc.key } });
    await db.documentSnapshot.deleteMany({ where: { documentId: doc.key } });
    await this.writeContent(doc);
  }

  private async writeContent(d: DocSeed) {
    const db = this.prisma!;
    if (d.state) {
      await db.documentSnapshot.create({ data: { documentId: d.key, state: copy(d.state) } });
      await db.document.update({ where: { id: d.key }, data: { sizeBytes: d.state.byteLength } });
    }
    const log = d.log ?? [];
    for (let i = 0; i < log.length; i += 1000) {
      await db.documentUpdate.createMany({
        data: log.slice(i, i + 1000).map((u) => ({ documentId: d.key, update: copy(u), userId: this.users[0]!.id })),
      });
    }
  }

  clientSpec(docKey: string, slot: number): ClientSpec {
    const user = this.users[slot % this.users.length]!;
    const { token } = issueCollabToken(
      { userId: user.id, documentId: docKey, readOnly: false, sessionVersion: user.sessionVersion },
      // Ten minutes instead of one: opening a few hundred editors on a busy server may take
      // longer than a minute, and a token only gates connecting.
      { secret: BENCH_SECRET, ttlMs: 600_000 },
    );
    return { kind: "quorum", url: `http://127.0.0.1:${this.options.port}`, token };
  }

  async teardown() {
    await this.prisma?.$disconnect().catch(() => undefined);
    this.prisma = null;
    await super.teardown();
  }
}

export class HocuspocusTarget extends ProcessTarget {
  readonly name = "hocuspocus" as const;
  private pool: pg.Pool | null = null;

  protected prefix() {
    return "hocuspocus";
  }

  protected command() {
    return {
      args: ["scripts/bench-collab/hocuspocus-server.ts"],
      env: { DATABASE_URL: this.dbUrl, PORT: String(this.options.port) },
    };
  }

  async setup() {
    await this.createDatabase();
    this.pool = new pg.Pool({ connectionString: this.dbUrl, max: 4 });
    await this.pool.query(HOCUSPOCUS_TABLE_SQL);
  }

  async createDocuments(docs: DocSeed[]) {
    for (const d of docs) if (d.state) await this.replaceContent(d);
  }

  async replaceContent(doc: DocSeed) {
    if (!doc.state) {
      await this.pool!.query("DELETE FROM hocuspocus_documents WHERE name = $1", [doc.key]);
      return;
    }
    await this.pool!.query(
      `INSERT INTO hocuspocus_documents (name, data) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data, updated_at = now()`,
      [doc.key, Buffer.from(doc.state)],
    );
  }

  clientSpec(docKey: string): ClientSpec {
    return { kind: "hocuspocus", url: `ws://127.0.0.1:${this.options.port}`, name: docKey, client: this.options.hocuspocusClient };
  }

  async teardown() {
    await this.pool?.end().catch(() => undefined);
    this.pool = null;
    await super.teardown();
  }
}

function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(new ArrayBuffer(bytes.byteLength));
  out.set(bytes);
  return out;
}
