// A fresh, migrated database per test file: a real PostgreSQL when one is reachable
// (TEST_DATABASE_URL, or the local server on 127.0.0.1:5432), embedded PGlite otherwise,
// so `npm test` passes on a fresh machine too.
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { applyMigrations, migratePostgres, pgliteRunner } from "@/lib/db/migrate";

export type TestDb = { prisma: Db; url?: string; kind: "postgres" | "pglite"; close(): Promise<void> };

const LOCAL_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

let adminUrlPromise: Promise<string | undefined> | undefined;

/** The URL of a server where we may create databases, or undefined to use PGlite. */
export function findAdminUrl(): Promise<string | undefined> {
  adminUrlPromise ??= (async () => {
    if (process.env.QUORUM_TEST_PGLITE === "1") return undefined;
    const url = process.env.TEST_DATABASE_URL ?? LOCAL_ADMIN_URL;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await sweepStaleDatabases(client);
      return url;
    } catch {
      if (process.env.TEST_DATABASE_URL) throw new Error(`TEST_DATABASE_URL is set but unreachable: ${url}`);
      return undefined;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return adminUrlPromise;
}

const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * Drops test databases left by runs that were killed before cleaning up. Names carry their
 * creation time (base 36), so only databases older than six hours are touched: never one
 * that a run still going on this machine is using.
 */
async function sweepStaleDatabases(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'quorum_test_%' OR datname LIKE 'quorum_e2e_%'");
  for (const { datname } of rows) {
    const stamp = Number.parseInt(datname.split("_")[2] ?? "", 36);
    if (Number.isFinite(stamp) && Date.now() - stamp > STALE_AFTER_MS) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
    }
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates an empty database on the server and returns its URL and a drop function. */
export async function createPostgresDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `quorum_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: withDatabase(adminUrl, name),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function createTestDb(): Promise<TestDb> {
  const adminUrl = await findAdminUrl();
  if (adminUrl) {
    const database = await createPostgresDatabase(adminUrl);
    await migratePostgres(database.url);
    const { prisma } = createPrismaClient({ databaseUrl: database.url });
    return {
      prisma,
      url: database.url,
      kind: "postgres",
      async close() {
        await prisma.$disconnect();
        await database.drop();
      },
    };
  }
  const pglite = new PGlite();
  await applyMigrations(pgliteRunner(pglite));
  const { prisma } = createPrismaClient({ pglite });
  return {
    prisma,
    kind: "pglite",
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
