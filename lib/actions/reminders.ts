import "server-only";
// Reminder e-mails about actions, run by the job runner (lib/actions/jobs.ts):
//  - "due soon": Group.actionReminderDays before the due date (0 = off);
//  - "overdue": once the due date has passed;
//  - the weekly summary to the coordinators of groups with Group.weeklySummary.
// Each e-mail is one runOnce key (action + due date + kind + recipient, or group + recipient +
// week), committed with its outbox row: running a sweep twice, a retry or a restart sends nothing
// twice, and moving the due date makes a new reminder due for the new date.
import { db, type Db } from "@/lib/db/client";
import { runOnce } from "@/lib/jobs/run-once";
import { sendMail } from "@/lib/mail/send-mail";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import { addDaysToDate, dateFromDb, dateToDb, daysBetween, DUE_SOON_DAYS, mondayOf, todayIn } from "@/lib/actions/due";
import { OPEN_STATUSES } from "@/lib/actions/schema";
import { renderActionReminderMail, renderWeeklySummaryMail, type SummaryItem } from "@/lib/actions/mail";

export type ReminderKind = "dueSoon" | "overdue";

export function actionReminderKey(kind: ReminderKind, actionId: string, dueDate: string, userId: string): string {
  return `action-reminder:${kind}:${actionId}:${dueDate}:${userId}`;
}

export function weeklySummaryKey(groupId: string, userId: string, monday: string): string {
  return `action-weekly-summary:${groupId}:${userId}:${monday}`;
}

const recipientSelect = { id: true, name: true, email: true, locale: true, archivedAt: true, institutionId: true } as const;
type Recipient = { id: string; name: string; email: string; locale: string };

const localeOf = (value: string): AppLocale => (isLocale(value) ? value : "pl");

/**
 * The responsible person and the deputy, if they are still active people of the group; when
 * neither is, every active person of the owner institution in the group.
 */
async function recipientsFor(
  database: Db,
  action: { groupId: string; ownerInstitutionId: string; responsibleUserId: string | null; deputyUserId: string | null },
): Promise<Recipient[]> {
  const named = [action.responsibleUserId, action.deputyUserId].filter((v): v is string => v !== null);
  const members = await database.groupMember.findMany({
    where: {
      groupId: action.groupId,
      user: { archivedAt: null },
      OR: [{ userId: { in: named } }, { user: { institutionId: action.ownerInstitutionId } }],
    },
    select: { user: { select: recipientSelect } },
    orderBy: { user: { name: "asc" } },
  });
  const people = members.map((m) => m.user);
  const chosen = people.filter((p) => named.includes(p.id));
  return chosen.length ? chosen : people.filter((p) => p.institutionId === action.ownerInstitutionId);
}

/**
 * Sends the due-soon and overdue reminders that are due on `now`'s Warsaw day. Safe to call as
 * often as wanted; returns how many e-mails it wrote.
 */
export async function sendDueActionReminders(now: Date = new Date(), database: Db = db): Promise<{ sent: number }> {
  const today = todayIn(now);
  const longest = await database.group.aggregate({ where: { archivedAt: null }, _max: { actionReminderDays: true } });
  const horizon = addDaysToDate(today, Math.max(longest._max.actionReminderDays ?? 0, 0));
  const actions = await database.action.findMany({
    where: { status: { in: [...OPEN_STATUSES] }, dueDate: { not: null, lte: dateToDb(horizon) }, group: { archivedAt: null } },
    select: {
      id: true,
      number: true,
      title: true,
      groupId: true,
      dueDate: true,
      ownerInstitutionId: true,
      responsibleUserId: true,
      deputyUserId: true,
      group: { select: { name: true, actionReminderDays: true } },
      ownerInstitution: { select: { name: true } },
    },
    orderBy: [{ dueDate: "asc" }, { number: "asc" }],
  });
  let sent = 0;
  for (const action of actions) {
    const dueDate = dateFromDb(action.dueDate!);
    const days = daysBetween(today, dueDate);
    let kind: ReminderKind;
    if (days < 0) kind = "overdue";
    else if (action.group.actionReminderDays > 0 && days <= action.group.actionReminderDays) kind = "dueSoon";
    else continue;
    const recipients = await recipientsFor(database, action);
    for (const person of recipients) {
      const result = await runOnce(database, actionReminderKey(kind, action.id, dueDate, person.id), async (tx) => {
        const mail = renderActionReminderMail(
          kind,
          {
            id: action.id,
            number: action.number,
            title: action.title,
            groupName: action.group.name,
            ownerName: action.ownerInstitution.name,
            dueDate,
            days: Math.abs(days),
          },
          { name: person.name, locale: localeOf(person.locale) },
        );
        await sendMail({ to: person.email, ...mail, kind: `action-${kind === "dueSoon" ? "due-soon" : "overdue"}` }, { tx });
      });
      if (result.ran) sent++;
    }
  }
  return { sent };
}

const summarySelect = {
  number: true,
  title: true,
  status: true,
  dueDate: true,
  completedAt: true,
  ownerInstitution: { select: { shortName: true } },
} as const;

/** Sends this week's summary to the coordinators of every active group that wants one (once per week). */
export async function sendWeeklyActionSummaries(now: Date = new Date(), database: Db = db): Promise<{ sent: number }> {
  const today = todayIn(now);
  const monday = mondayOf(today);
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const groups = await database.group.findMany({
    where: { archivedAt: null, weeklySummary: true, actions: { some: {} } },
    select: {
      id: true,
      name: true,
      members: { where: { role: "COORDINATOR", user: { archivedAt: null } }, select: { user: { select: recipientSelect } } },
      actions: { select: summarySelect, orderBy: { number: "asc" } },
    },
  });
  let sent = 0;
  for (const group of groups) {
    const item = (a: (typeof group.actions)[number]): SummaryItem => ({
      number: a.number,
      title: a.title,
      ownerShortName: a.ownerInstitution.shortName,
      dueDate: a.dueDate ? dateFromDb(a.dueDate) : null,
    });
    const open = group.actions.filter((a) => (OPEN_STATUSES as readonly string[]).includes(a.status));
    const dueIn = (a: (typeof open)[number]) => (a.dueDate ? daysBetween(today, dateFromDb(a.dueDate)) : null);
    const summary = {
      groupName: group.name,
      weekOf: monday,
      open: open.length,
      overdue: open.filter((a) => (dueIn(a) ?? 0) < 0).map(item),
      dueSoon: open.filter((a) => {
        const d = dueIn(a);
        return d !== null && d >= 0 && d <= DUE_SOON_DAYS;
      }).map(item),
      blocked: open.filter((a) => a.status === "BLOCKED").map(item),
      doneLastWeek: group.actions.filter((a) => a.status === "DONE" && a.completedAt && a.completedAt >= weekAgo).length,
      listQuery: `group=${encodeURIComponent(group.id)}`,
    };
    for (const { user } of group.members) {
      const result = await runOnce(database, weeklySummaryKey(group.id, user.id, monday), async (tx) => {
        const mail = renderWeeklySummaryMail(summary, { name: user.name, locale: localeOf(user.locale) });
        await sendMail({ to: user.email, ...mail, kind: "action-weekly-summary" }, { tx });
      });
      if (result.ran) sent++;
    }
  }
  return { sent };
}
