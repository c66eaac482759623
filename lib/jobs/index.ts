// Scheduled background jobs (reminders, digests) on pg-boss, in the same PostgreSQL as the
// app data: jobs are rows, so they survive a restart. Server-side only (custom server, tests).
//
// Duplicate guarantees, in two layers (docs/jobs.md):
//  1. enqueue: the pg-boss job id is derived from (queue, singletonKey), and pg-boss inserts
//     with ON CONFLICT DO NOTHING, so the same key is never queued twice while its row exists;
//  2. execute: pg-boss is at-least-once (retries, crash after the side effect), so handlers
//     wrap their side effect in runOnce(key), which commits a JobExecution row with it.
import { createHash } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import { startPgliteBridge, type PgliteBridge } from "@/lib/jobs/pglite-bridge";

export { runOnce, hasRun, type RunOnceResult } from "@/lib/jobs/run-once";

type LogFn = (obj: Record<string, unknown>, msg: string) => void;
export type JobLogger = { info: LogFn; warn: LogFn; error: LogFn };

export type Job<T> = { id: string; name: string; data: T; singletonKey: string | null; retryCount: number };
export type JobHandler<T> = (job: Job<T>) => Promise<void>;

export type RegisterOptions = {
  /** Concurrent handlers for this queue in this process (default 1). */
  teamSize?: number;
  /** Retries after the first failure (default 5). */
  retryLimit?: number;
  /** Seconds before the first retry (default 60); doubles each time unless retryBackoff is false. */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
};

export type ScheduleOptions = { runAt: Date; singletonKey: string };

export type JobRunner = {
  register<T extends object>(name: string, handler: JobHandler<T>, options?: RegisterOptions): Promise<void>;
  /** Returns the job id, or null when a job with this key is already queued (or ran and is not yet archived). */
  schedule<T extends object>(name: string, data: T, options: ScheduleOptions): Promise<string | null>;
  /** Removes a job that has not started yet, so its key may be scheduled again; true if one was removed. */
  cancel(name: string, singletonKey: string): Promise<boolean>;
  /** Stops fetching, waits for running handlers (up to `timeoutMs`), closes connections. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
};

export type StartJobsOptions = {
  databaseUrl?: string;
  pglite?: PGlite;
  logger: JobLogger;
  /** How often an idle worker polls for due jobs (default 2 s; pg-boss minimum 0.5 s). */
  pollingIntervalSeconds?: number;
};

const SCHEMA = "pgboss";

/** A stable UUID per (queue, key): the database's primary key then refuses a second enqueue. */
export function jobIdFor(name: string, singletonKey: string): string {
  const h = createHash("sha256").update(`${name}\0${singletonKey}`).digest("hex");
  // Shape it as an RFC 4122 version-5-style UUID so the uuid column accepts it.
  const variant = ((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

export async function startJobs(options: StartJobsOptions): Promise<JobRunner> {
  const { logger } = options;
  if (!options.databaseUrl && !options.pglite) throw new Error("startJobs needs a databaseUrl or a PGlite instance");
  let bridge: PgliteBridge | undefined;
  let connection: Record<string, unknown>;
  if (options.databaseUrl) {
    connection = { connectionString: options.databaseUrl, max: 3 };
  } else {
    bridge = await startPgliteBridge(options.pglite!);
    // One connection, never closed for idleness: the bridge serialises one client session at a
    // time (see pglite-bridge.ts), and reconnecting could race the socket's one free slot.
    connection = { ...bridge.connection, max: 1, idleTimeoutMillis: 0 };
  }
  const boss = new PgBoss({
    ...connection,
    schema: SCHEMA,
    application_name: "quorum-jobs",
    // No cron schedules yet; leaving the timekeeper off spares a poll on the single connection.
    schedule: false,
  });
  boss.on("error", (error: unknown) => logger.error({ err: error }, "job queue error"));
  try {
    await boss.start();
  } catch (error) {
    await bridge?.close();
    throw error;
  }

  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const workers: string[] = [];
  let stopped = false;

  return {
    async register(name, handler, registerOptions = {}) {
      const queue = {
        // "short": at most one *queued* job per key even if ids ever differ (belt and braces).
        name,
        policy: "short" as const,
        retryLimit: registerOptions.retryLimit ?? 5,
        retryDelay: registerOptions.retryDelaySeconds ?? 60,
        retryBackoff: registerOptions.retryBackoff ?? true,
      };
      if (await boss.getQueue(name)) await boss.updateQueue(name, queue);
      else await boss.createQueue(name, queue);
      for (let i = 0; i < Math.max(1, registerOptions.teamSize ?? 1); i++) {
        const options = { batchSize: 1, pollingIntervalSeconds, includeMetadata: true as const };
        const id = await boss.work<object>(name, options, async (jobs) => {
          for (const job of jobs) {
            try {
              await handler({
                id: job.id,
                name: job.name,
                data: job.data as never,
                singletonKey: job.singletonKey,
                retryCount: job.retryCount,
              });
            } catch (error) {
              logger.warn({ err: error, queue: name, jobId: job.id }, "job failed; pg-boss will retry it");
              throw error;
            }
          }
        });
        workers.push(id);
      }
    },

    async schedule(name, data, { runAt, singletonKey }) {
      const id = await boss.send(name, data, { id: jobIdFor(name, singletonKey), singletonKey, startAfter: runAt });
      return id ?? null;
    },

    async cancel(name, singletonKey) {
      // One statement, so a worker cannot fetch the job between a check and the delete.
      const result = (await boss.getDb().executeSql(
        `DELETE FROM ${SCHEMA}.job WHERE name = $1 AND id = $2 AND state IN ('created', 'retry')`,
        [name, jobIdFor(name, singletonKey)],
      )) as { rowCount?: number | null };
      return (result.rowCount ?? 0) > 0;
    },

    async stop({ timeoutMs = 30_000 } = {}) {
      if (stopped) return;
      stopped = true;
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
      await bridge?.close();
    },
  };
}
