import "server-only";
// Wiring for the job runner (lib/jobs): an hourly sweep of action reminders (due soon, overdue)
// and the coordinators' weekly summary on Mondays at 08:00 Warsaw time. The runner has no cron,
// so each run queues the next one; the run time in the singleton key keeps restarts and several
// processes from queueing a run twice, and the runOnce keys in lib/actions/reminders.ts keep a
// repeated run from mailing anyone twice.
import type { JobRunner } from "@/lib/jobs";
import { hourIn, nextWeeklySummaryAt } from "@/lib/actions/due";
import { sendDueActionReminders, sendWeeklyActionSummaries } from "@/lib/actions/reminders";

export const ACTION_REMINDERS_QUEUE = "action-reminders";
export const ACTION_WEEKLY_SUMMARY_QUEUE = "action-weekly-summary";
/** Reminders are not mailed at night: the sweep sends from this Warsaw hour on. */
export const REMINDERS_FROM_HOUR = 7;
const HOUR_MS = 60 * 60 * 1000;

function nextHour(now: Date): Date {
  return new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS);
}

async function scheduleSweep(runner: JobRunner, runAt: Date): Promise<void> {
  await runner.schedule(ACTION_REMINDERS_QUEUE, {}, { runAt, singletonKey: `sweep:${runAt.toISOString()}` });
}

async function scheduleSummary(runner: JobRunner, runAt: Date): Promise<void> {
  await runner.schedule(ACTION_WEEKLY_SUMMARY_QUEUE, {}, { runAt, singletonKey: `weekly:${runAt.toISOString()}` });
}

/** Call once at server start with the runner from startServerJobs (server/jobs.ts). */
export async function registerActionJobs(runner: JobRunner, now = new Date()): Promise<void> {
  await runner.register(
    ACTION_REMINDERS_QUEUE,
    async () => {
      const ranAt = new Date();
      try {
        if (hourIn(ranAt) >= REMINDERS_FROM_HOUR) await sendDueActionReminders(ranAt);
      } finally {
        await scheduleSweep(runner, nextHour(ranAt));
      }
    },
    { retryLimit: 3, retryDelaySeconds: 60 },
  );
  await runner.register(
    ACTION_WEEKLY_SUMMARY_QUEUE,
    async () => {
      const ranAt = new Date();
      try {
        await sendWeeklyActionSummaries(ranAt);
      } finally {
        await scheduleSummary(runner, nextWeeklySummaryAt(ranAt));
      }
    },
    { retryLimit: 3, retryDelaySeconds: 300 },
  );
  // A sweep soon after start (catches up after downtime), then hourly; the next Monday's summary.
  await scheduleSweep(runner, new Date(Math.ceil(now.getTime() / 60_000) * 60_000));
  await scheduleSweep(runner, nextHour(now));
  await scheduleSummary(runner, nextWeeklySummaryAt(now));
}
