// Applies prisma/migrations at start-up and from `npm run db:migrate`.
//
// Why our own runner instead of the schema engine: the native engine cannot be
// downloaded here and the wasm one is a dev tool. Applying SQL files in order is
// simple, and we keep Prisma's `_prisma_migrations` bookkeeping (same table, same
// sha256 checksums) so `prisma migrate deploy` stays interchangeable where it exists.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export type SqlRunner = {
  /** Runs a script of several statements (simple query protocol). */
  exec(sql: string): Promise<void>;
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Serialises concurrent migrators (several processes starting at once). */
  withLock<T>(fn: () => Promise<T>): Promise<T>;
};

export type Migration = { name: string; sql: string; checksum: string };

// Same key as Prisma's migrate lock, so our runner and `prisma migrate deploy` exclude each other.
const ADVISORY_LOCK_KEY = 72707369;

export function migrationsDir(): string {
  return path.resolve(process.env.QUORUM_MIGRATIONS_DIR ?? "prisma/migrations");
}

export function readMigrations(dir = migrationsDir()): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

/** Applies every migration not yet recorded; returns the names it applied. */
export async function applyMigrations(runner: SqlRunner, migrations = readMigrations()): Promise<string[]> {
  return runner.withLock(async () => {
    await runner.exec(CREATE_TABLE);
    const rows = await runner.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const done = new Map(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r]));
    const failed = rows.find((r) => !r.finished_at && !r.rolled_back_at);
    if (failed) throw new MigrationError(`Migration ${failed.migration_name} failed earlier; fix the database and mark it rolled back.`);
    const applied: string[] = [];
    for (const m of migrations) {
      const prev = done.get(m.name);
      if (prev) {
        if (prev.checksum !== m.checksum) {
          throw new MigrationError(`Migration ${m.name} was changed after it was applied (checksum mismatch).`);
        }
        continue;
      }
      // One transaction per migration: PostgreSQL DDL is transactional, so a failure leaves nothing half-done.
      const id = randomUUID();
      await runner.exec(
        `BEGIN;\n${m.sql}\n;INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ('${id}', '${m.checksum}', '${m.name.replace(/'/g, "''")}', now(), 1);\nCOMMIT;`,
      ).catch(async (error: unknown) => {
        await runner.exec("ROLLBACK").catch(() => undefined);
        throw new MigrationError(`Migration ${m.name} failed: ${(error as Error).message}`);
      });
      applied.push(m.name);
    }
    return applied;
  });
}

export function pgliteRunner(pglite: PGlite): SqlRunner {
  return {
    async exec(sql) {
      await pglite.exec(sql);
    },
    async query(sql, params = []) {
      const res = await pglite.query(sql, params);
      return res.rows as never;
    },
    // PGlite is single-process: the data directory cannot be opened twice.
    withLock: (fn) => fn(),
  };
}

export function pgRunner(client: pg.Client): SqlRunner {
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async query(sql, params = []) {
      const res = await client.query(sql, params);
      return res.rows as never;
    },
    async withLock(fn) {
      await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
      try {
        return await fn();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
      }
    },
  };
}

/** Migrates a real PostgreSQL database given by URL. */
export async function migratePostgres(url: string, migrations = readMigrations()): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await applyMigrations(pgRunner(client), migrations);
  } finally {
    await client.end();
  }
}
