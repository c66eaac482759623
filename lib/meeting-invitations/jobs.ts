import "server-only";
// Periodic reminder sweep on the durable job runner (lib/jobs). pg-boss runs without cron here,
// so the job re-schedules itself: each tick sends what is due and queues the next tick. The
// singleton key is the tick's time bucket, so a restart (which calls this again) or two server
// processes never queue the same tick twice; the reminders themselves are guarded by runOnce.
import type { JobRunner } from "@/lib/jobs";
import { sendDueMeetingReminders } from "@/lib/meeting-invitations/notifications";

export const MEETING_REMINDERS_QUEUE = "meeting-reminders";
export const REMINDER_INTERVAL_MS = 15 * 60_000;

function nextTick(now: Date): Date {
  return new Date((Math.floor(now.getTime() / REMINDER_INTERVAL_MS) + 1) * REMINDER_INTERVAL_MS);
}

/** Call once at server start, after startServerJobs(): `await registerMeetingReminderJob(runner)`. */
export async function registerMeetingReminderJob(runner: JobRunner): Promise<void> {
  const scheduleNext = (after: Date) => {
    const runAt = nextTick(after);
    return runner.schedule(MEETING_REMINDERS_QUEUE, {}, { runAt, singletonKey: `tick:${runAt.toISOString()}` });
  };
  await runner.register(MEETING_REMINDERS_QUEUE, async () => {
    const now = new Date();
    try {
      await sendDueMeetingReminders(now);
    } finally {
      await scheduleNext(now);
    }
  }, { retryLimit: 3, retryDelaySeconds: 60 });
  // A first tick right away (a restart may have skipped some), then every 15 minutes.
  const now = new Date();
  await runner.schedule(MEETING_REMINDERS_QUEUE, {}, { runAt: now, singletonKey: `start:${nextTick(now).toISOString()}` });
}
