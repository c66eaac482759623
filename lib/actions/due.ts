// Due dates are calendar days (no time of day), stored as UTC midnight in a DATE column.
// "Today" is the calendar day in Warsaw: an action due on 12 March is overdue from
// 13 March 00:00 Warsaw time, whatever the server's TZ is.
import { TZDate } from "@date-fns/tz";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { zonedWallTimeToUtc } from "@/lib/meetings/time";

export const ACTIONS_TIME_ZONE = "Europe/Warsaw";
/** An open action due within this many days (today included) is "due soon". */
export const DUE_SOON_DAYS = 7;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day of the calendar, between the years 2000 and 2100. */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The stored DATE value ("2026-03-12" ↔ 2026-03-12T00:00:00Z). */
export function dateToDb(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

export function dateFromDb(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** The calendar day `now` falls on in `timeZone`, as YYYY-MM-DD. */
export function todayIn(now: Date, timeZone = ACTIONS_TIME_ZONE): string {
  const z = new TZDate(now.getTime(), timeZone);
  return `${z.getFullYear()}-${String(z.getMonth() + 1).padStart(2, "0")}-${String(z.getDate()).padStart(2, "0")}`;
}

export function addDaysToDate(value: string, days: number): string {
  const d = dateToDb(value);
  d.setUTCDate(d.getUTCDate() + days);
  return dateFromDb(d);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToDb(to).getTime() - dateToDb(from).getTime()) / 86_400_000);
}

export type DueState = "none" | "closed" | "overdue" | "today" | "soon" | "later";

/**
 * How urgent an action is on `today` (Warsaw): done and cancelled actions are never overdue;
 * open ones are overdue from the day after their due date, "today" on it, "soon" within
 * DUE_SOON_DAYS.
 */
export function classifyDue(dueDate: string | null, status: ActionStatus, today: string, soonDays = DUE_SOON_DAYS): DueState {
  if (status === "DONE" || status === "CANCELLED") return "closed";
  if (!dueDate) return "none";
  const days = daysBetween(today, dueDate);
  if (days < 0) return "overdue";
  if (days === 0) return "today";
  if (days <= soonDays) return "soon";
  return "later";
}

/** The Monday of the week `day` falls in (weeks start on Monday in Poland). */
export function mondayOf(day: string): string {
  const weekday = dateToDb(day).getUTCDay(); // 0 = Sunday
  return addDaysToDate(day, -((weekday + 6) % 7));
}

/** The weekly summary goes out on Mondays at this Warsaw wall time. */
export const WEEKLY_SUMMARY_TIME = "08:00";

/** The next Monday 08:00 in Warsaw strictly after `now`, as a UTC instant (DST-safe). */
export function nextWeeklySummaryAt(now: Date): Date {
  const today = todayIn(now);
  const thisMonday = zonedWallTimeToUtc(mondayOf(today), WEEKLY_SUMMARY_TIME, ACTIONS_TIME_ZONE).utc;
  if (thisMonday > now) return thisMonday;
  return zonedWallTimeToUtc(addDaysToDate(mondayOf(today), 7), WEEKLY_SUMMARY_TIME, ACTIONS_TIME_ZONE).utc;
}

/** The hour of the day in Warsaw (0–23). */
export function hourIn(now: Date, timeZone = ACTIONS_TIME_ZONE): number {
  return new TZDate(now.getTime(), timeZone).getHours();
}
