// Opens the database for the process and brings its schema up to date before anything
// serves a request: a real PostgreSQL with DATABASE_URL, else PGlite in the data directory.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { createPrismaClient, setDb, type Db } from "@/lib/db/client";
import { applyMigrations, migratePostgres, pgliteRunner } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import type { Logger } from "pino";

export async function openDatabase(log: Logger): Promise<{ prisma: Db; kind: "postgres" | "pglite" }> {
  if (env.databaseUrl) {
    const applied = await migratePostgres(env.databaseUrl);
    if (applied.length) log.info({ applied }, "migrations applied");
    const { prisma } = createPrismaClient({ databaseUrl: env.databaseUrl });
    setDb(prisma);
    return { prisma, kind: "postgres" };
  }
  const dir = path.join(env.dataDir, "pgdata");
  mkdirSync(dir, { recursive: true });
  const pglite = new PGlite(dir);
  await pglite.waitReady;
  const applied = await applyMigrations(pgliteRunner(pglite));
  if (applied.length) log.info({ applied }, "migrations applied");
  const { prisma } = createPrismaClient({ pglite });
  setDb(prisma, pglite);
  log.info({ dataDir: env.dataDir }, "embedded PostgreSQL (PGlite) ready");
  return { prisma, kind: "pglite" };
}
