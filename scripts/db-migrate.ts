// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded
// PGlite in the data directory (stop the server first: PGlite allows one process).
import { closeDb, getPglite, getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { applyMigrations, migratePostgres, pgliteRunner } from "@/lib/db/migrate";

let applied: string[];
if (env.databaseUrl) {
  applied = await migratePostgres(env.databaseUrl);
} else {
  getDb();
  applied = await applyMigrations(pgliteRunner(getPglite()!));
}
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
await closeDb();
