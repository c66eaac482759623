// Starts the background job runner on the database openDatabase() opened: pg-boss on
// DATABASE_URL, or on the process's PGlite through a private socket bridge.
import type { Logger } from "pino";
import { getPglite } from "@/lib/db/client";
import { env } from "@/lib/env";
import { startJobs, type JobRunner } from "@/lib/jobs";
import { registerMeetingReminderJob } from "@/lib/meeting-invitations/jobs";
import { registerPollJobs } from "@/lib/polls/jobs";
import { registerActionJobs } from "@/lib/actions/jobs";

export async function startServerJobs(log: Logger): Promise<{ runner: JobRunner; close(): Promise<void> }> {
  const jobLog = log.child({ component: "jobs" });
  const pglite = env.databaseUrl ? undefined : getPglite();
  if (!env.databaseUrl && !pglite) throw new Error("startServerJobs must run after openDatabase()");
  const runner = await startJobs({ databaseUrl: env.databaseUrl, pglite, logger: jobLog });
  // Reminders: date polls closing soon, meetings coming up and invitations not answered.
  // Both sweeps are idempotent (runOnce keys), so a restart or a double run sends nothing twice.
  await registerPollJobs(runner);
  await registerMeetingReminderJob(runner);
  // Actions: due-soon and overdue reminders (hourly sweep), coordinators' weekly summary (Mondays 08:00).
  await registerActionJobs(runner);
  jobLog.info({ database: env.databaseUrl ? "postgres" : "pglite" }, "job runner started");
  return {
    runner,
    // Before closeDb(): pg-boss finishes its running handlers, which may still use Prisma.
    close: () => runner.stop(),
  };
}
