// The exactly-once half of "never sent twice". pg-boss delivers at least once: a job whose
// handler crashed, or whose completion was lost, runs again. So a handler does its side
// effect (typically inserting an outbox MailMessage) inside runOnce: the JobExecution row
// and the side effect commit together or not at all, and a second run finds the row and skips.
import type { Db, Tx } from "@/lib/db/client";

export type RunOnceResult<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `fn` in a transaction unless `key` already ran. Concurrent runs with the same key
 * serialise on the primary key: the second INSERT waits for the first transaction and then
 * finds the row (or proceeds, if the first rolled back).
 *
 * On PGlite, do not await pg-boss (runner.schedule/cancel) inside `fn`: the transaction holds
 * the database, and the pg-boss socket would wait for it (see docs/jobs.md).
 */
export async function runOnce<T>(db: Db, key: string, fn: (tx: Tx) => Promise<T>): Promise<RunOnceResult<T>> {
  return db.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`INSERT INTO "JobExecution" ("key", "executedAt") VALUES (${key}, now()) ON CONFLICT ("key") DO NOTHING`;
    if (inserted === 0) return { ran: false } as const;
    return { ran: true, value: await fn(tx) } as const;
  });
}

/** Whether `key` has run (for tests and diagnostics). */
export async function hasRun(db: Db | Tx, key: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ key: string }[]>`SELECT "key" FROM "JobExecution" WHERE "key" = ${key}`;
  return rows.length > 0;
}

