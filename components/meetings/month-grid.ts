// Calendar arithmetic for the month view: pure, on YYYY-MM-DD strings in the viewer's zone.
import { utcToZonedParts } from "@/lib/meetings/time";

export type Month = { year: number; month: number };

export function parseMonth(value: string | undefined, fallback: Month): Month {
  const m = value ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value) : null;
  if (!m) return fallback;
  const year = Number(m[1]);
  return year >= 1970 && year <= 2200 ? { year, month: Number(m[2]) } : fallback;
}

export function monthKey({ year, month }: Month): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function shiftMonth({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** Weeks (Monday first) covering the month; days outside it are null. */
export function monthWeeks({ year, month }: Month): (string | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: daysInMonth }, (_, i) => isoDate(year, month, i + 1)),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Every local day (YYYY-MM-DD) a meeting touches, so multi-day meetings show on each day. */
export function meetingDays(start: Date, end: Date, timeZone: string): string[] {
  const from = utcToZonedParts(start, timeZone).date;
  // A meeting ending exactly at midnight does not occupy the next day.
  const to = utcToZonedParts(new Date(end.getTime() - 1), timeZone).date;
  const days: string[] = [];
  const [y, m, d] = from.split("-").map(Number) as [number, number, number];
  for (let i = 0; i < 62; i++) {
    const day = isoDate(y, m, d + i);
    if (day > to && i > 0) break;
    days.push(day);
  }
  return days;
}
