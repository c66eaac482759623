import "server-only";
// Wiring for the job runner (lib/jobs): an hourly "poll-reminders" job that reminds the
// people who have not answered polls closing within 24 hours. The runner has no cron, so each
// run schedules the next hour's run; the hour in the singleton key keeps restarts and several
// processes from queueing more than one run per hour, and sendPollReminders' per-person daily
// JobExecution guard makes a repeated run send nothing new.
import type { JobRunner } from "@/lib/jobs";
import { sendDuePollReminders } from "@/lib/polls/mutations";

export const POLL_REMINDERS_QUEUE = "poll-reminders";
const HOUR_MS = 60 * 60 * 1000;

function nextHour(now: Date): Date {
  return new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS);
}

async function scheduleRun(runner: JobRunner, runAt: Date): Promise<void> {
  await runner.schedule(POLL_REMINDERS_QUEUE, { runAt: runAt.toISOString() }, { runAt, singletonKey: `poll-reminders:${runAt.toISOString()}` });
}

/** Call once at server start with the runner from startServerJobs (server/jobs.ts). */
export async function registerPollJobs(runner: JobRunner, now = new Date()): Promise<void> {
  await runner.register<{ runAt: string }>(POLL_REMINDERS_QUEUE, async () => {
    const ranAt = new Date();
    await sendDuePollReminders(ranAt);
    await scheduleRun(runner, nextHour(ranAt));
  });
  // Run soon after start (catches up after downtime), then hourly.
  await scheduleRun(runner, new Date(Math.ceil(now.getTime() / 60_000) * 60_000));
  await scheduleRun(runner, nextHour(now));
}
