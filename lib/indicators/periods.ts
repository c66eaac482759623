// Reporting periods for indicators. Partners report per calendar quarter; "which quarter is
// it" is decided on the Warsaw calendar (the working language and zone of the groups), so a
// report filed at 00:30 on 1 April in Kielce already counts the first quarter as completed.
// Calendar dates travel as "YYYY-MM-DD" strings and are stored as UTC midnight (@db.Date).
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/config";
import { utcToZonedParts } from "@/lib/meetings/time";

export type QuarterNumber = 1 | 2 | 3 | 4;
export type Quarter = { year: number; quarter: QuarterNumber };
/** Inclusive calendar dates. */
export type Period = { start: string; end: string };

const pad = (n: number) => String(n).padStart(2, "0");

/** The calendar day of a @db.Date value (stored as UTC midnight). */
export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar day as the UTC midnight Prisma stores for @db.Date. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** Today on the Warsaw calendar (or another zone's). */
export function todayIn(now: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return utcToZonedParts(now, timeZone).date;
}

export function quarterOfDay(day: string): Quarter {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as QuarterNumber };
}

export function quarterPeriod(q: Quarter): Period {
  const firstMonth = (q.quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(q.year, lastMonth, 0)).getUTCDate();
  return { start: `${q.year}-${pad(firstMonth)}-01`, end: `${q.year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

export function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1 ? { year: q.year - 1, quarter: 4 } : { year: q.year, quarter: (q.quarter - 1) as QuarterNumber };
}

export function nextQuarter(q: Quarter): Quarter {
  return q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: (q.quarter + 1) as QuarterNumber };
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year - b.year || a.quarter - b.quarter;
}

/** "2023-Q4": stable key for URLs, form values and React keys. */
export function quarterKey(q: Quarter): string {
  return `${q.year}-Q${q.quarter}`;
}

export function parseQuarterKey(key: string): Quarter | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(key.trim());
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as QuarterNumber } : null;
}

/** The last quarter that has fully ended on the Warsaw calendar at `now`. */
export function lastCompletedQuarter(now: Date, timeZone: string = DEFAULT_TIME_ZONE): Quarter {
  return previousQuarter(quarterOfDay(todayIn(now, timeZone)));
}

/** Every quarter touching [from, to], oldest first; empty when `to` is before `from`. */
export function quartersBetween(from: string, to: string): Quarter[] {
  if (to < from) return [];
  const out: Quarter[] = [];
  const last = quarterOfDay(to);
  for (let q = quarterOfDay(from); compareQuarters(q, last) <= 0; q = nextQuarter(q)) out.push(q);
  return out;
}

export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / 86_400_000);
}

/**
 * The quarter a partner should have reported for at `now`: the last completed quarter, or,
 * once the indicator's deadline has passed, the quarter of the deadline (its final report).
 * Null when tracking starts only after that quarter (nothing is due yet).
 */
export function reportingQuarter(now: Date, window: { start: string; deadline: string | null }, timeZone: string = DEFAULT_TIME_ZONE): Quarter | null {
  let q = lastCompletedQuarter(now, timeZone);
  if (window.deadline) {
    const final = quarterOfDay(window.deadline);
    if (compareQuarters(final, q) < 0) q = final;
  }
  return quarterPeriod(q).end < window.start ? null : q;
}

/**
 * When tracking an indicator starts: when it was defined or at its first reported period,
 * whichever is earlier (partners may enter history), never before the group began.
 */
export function indicatorStart(input: { createdAt: Date; firstPeriodStart: string | null; groupStart: string | null }, timeZone: string = DEFAULT_TIME_ZONE): string {
  const created = todayIn(input.createdAt, timeZone);
  const earliest = input.firstPeriodStart && input.firstPeriodStart < created ? input.firstPeriodStart : created;
  return input.groupStart && input.groupStart > earliest ? input.groupStart : earliest;
}
