// Meeting times: stored as UTC instants, entered and shown as wall-clock time in a zone
// (Europe/Warsaw by default). Everything here is computed from the tz database through
// `tzOffset` (Intl under the hood), never from the machine's own zone, so the server's TZ
// cannot shift a meeting.
//
// We deliberately do not rely on `new TZDate(y, m, d, h, min, zone)` for wall-time input:
// it resolves the autumn fold (02:30 happening twice) differently depending on the
// machine's zone (checked on @date-fns/tz 1.5.0: first occurrence under TZ=Europe/Warsaw,
// second under TZ=UTC), and it cannot tell the caller that the time was adjusted.
import { TZDate, tzOffset } from "@date-fns/tz";
import { format } from "date-fns";
import { enGB, pl } from "date-fns/locale";
import { DEFAULT_TIME_ZONE, type AppLocale } from "@/lib/i18n/config";

export type WallTimeAdjustment = "skipped" | "ambiguous";

export type ZonedWallTime = { date: string; time: string };

export type ZonedToUtcResult = {
  utc: Date;
  /**
   * "skipped": the wall time does not exist (spring-forward gap); it was moved forward by
   * the length of the gap (02:30 → 03:30), as RFC 5545 §3.3.5 prescribes for DTSTART.
   * "ambiguous": the wall time happens twice (autumn fold); the first (summer-time) instant
   * was chosen.
   */
  adjusted?: WallTimeAdjustment;
};

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
}

/** Offset of `timeZone` from UTC at `instantMs`, in minutes (Warsaw: 60 in winter, 120 in summer). */
export function zoneOffsetMinutes(timeZone: string, instantMs: number): number {
  const offset = tzOffset(timeZone, new Date(instantMs));
  if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return offset;
}

/** Parses "YYYY-MM-DD" into numbers, rejecting impossible dates such as 2026-02-30. */
export function parseDateString(date: string): { year: number; month: number; day: number } {
  const match = DATE_RE.exec(date);
  if (!match) throw new RangeError(`Invalid date: ${date}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Invalid date: ${date}`);
  }
  return { year, month, day };
}

/** Parses "HH:mm" (00:00–23:59). */
export function parseTimeString(time: string): { hour: number; minute: number } {
  const match = TIME_RE.exec(time);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (!match || hour > 23 || minute > 59) throw new RangeError(`Invalid time: ${time}`);
  return { hour, minute };
}

export function isValidDateString(date: string): boolean {
  try {
    parseDateString(date);
    return true;
  } catch {
    return false;
  }
}

export function isValidTimeString(time: string): boolean {
  try {
    parseTimeString(time);
    return true;
  } catch {
    return false;
  }
}

/** The wall time read as if it were UTC: the "naive" timestamp used for zone arithmetic. */
export function naiveWallTimeMs(date: string, time: string): number {
  const { year, month, day } = parseDateString(date);
  const { hour, minute } = parseTimeString(time);
  return Date.UTC(year, month - 1, day, hour, minute);
}

/**
 * Converts a wall-clock date and time in `timeZone` to the UTC instant.
 * Gap (spring forward): moved forward by the gap, `adjusted: "skipped"`.
 * Fold (autumn back): the first occurrence, `adjusted: "ambiguous"`.
 */
export function zonedWallTimeToUtc(date: string, time: string, timeZone: string = DEFAULT_TIME_ZONE): ZonedToUtcResult {
  assertTimeZone(timeZone);
  return naiveToUtc(naiveWallTimeMs(date, time), timeZone);
}

/** Same as zonedWallTimeToUtc, for a naive timestamp (wall time encoded as if UTC). */
export function naiveToUtc(naiveMs: number, timeZone: string): ZonedToUtcResult {
  // Offsets in force a day either side cover any real transition (zones change offset at
  // most once within 48 hours), so the correct offset is among these candidates.
  const before = zoneOffsetMinutes(timeZone, naiveMs - DAY_MS);
  const after = zoneOffsetMinutes(timeZone, naiveMs + DAY_MS);
  const candidates = [...new Set([before, zoneOffsetMinutes(timeZone, naiveMs), after])];
  const valid = candidates
    .map((offset) => naiveMs - offset * MINUTE_MS)
    .filter((utcMs) => zoneOffsetMinutes(timeZone, utcMs) * MINUTE_MS === naiveMs - utcMs)
    .sort((a, b) => a - b);

  const first = valid[0];
  if (first === undefined) {
    // No instant shows this wall time: read it with the offset before the gap, which lands
    // after the transition, i.e. the wall time moved forward by the gap's length.
    return { utc: new Date(naiveMs - before * MINUTE_MS), adjusted: "skipped" };
  }
  if (valid.length > 1) return { utc: new Date(first), adjusted: "ambiguous" };
  return { utc: new Date(first) };
}

/** The wall time of `utc` in `timeZone` as a naive timestamp (wall time encoded as if UTC). */
export function utcToNaiveMs(utc: Date, timeZone: string): number {
  return utc.getTime() + zoneOffsetMinutes(timeZone, utc.getTime()) * MINUTE_MS;
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, "0");
}

export function naiveMsToParts(naiveMs: number): ZonedWallTime {
  const d = new Date(naiveMs);
  return {
    date: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

/** Date and time fields for a form, as the user in `timeZone` reads the instant. */
export function utcToZonedParts(utc: Date, timeZone: string = DEFAULT_TIME_ZONE): ZonedWallTime {
  assertTimeZone(timeZone);
  return naiveMsToParts(utcToNaiveMs(utc, timeZone));
}

const dateLocales = { pl, en: enGB } as const;

/**
 * "wtorek, 3 marca 2026, 10:00–12:30" / "Tuesday, 3 March 2026, 10:00–12:30";
 * across days: "wtorek, 3 marca 2026, 10:00 – czwartek, 5 marca 2026, 16:00".
 * Whether it is one day or several is decided in `timeZone`, not in UTC.
 */
export function formatMeetingRange(
  start: Date,
  end: Date,
  locale: AppLocale,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  assertTimeZone(timeZone);
  const options = { locale: dateLocales[locale] };
  const zonedStart = new TZDate(start.getTime(), timeZone);
  const zonedEnd = new TZDate(end.getTime(), timeZone);
  const startDay = format(zonedStart, "EEEE, d MMMM yyyy", options);
  const endDay = format(zonedEnd, "EEEE, d MMMM yyyy", options);
  const startTime = format(zonedStart, "HH:mm", options);
  const endTime = format(zonedEnd, "HH:mm", options);
  if (utcToZonedParts(start, timeZone).date === utcToZonedParts(end, timeZone).date) {
    return `${startDay}, ${startTime}–${endTime}`;
  }
  return `${startDay}, ${startTime} – ${endDay}, ${endTime}`;
}

export type MeetingKindForTime = "PLENARY" | "THEMATIC" | "WORKSHOP" | "STUDY_VISIT" | "OTHER";

/** Longest allowed meeting per kind: study visits may take a week, other meetings two days. */
export const MAX_DURATION_MINUTES: Record<MeetingKindForTime, number> = {
  PLENARY: 2 * 24 * 60,
  THEMATIC: 2 * 24 * 60,
  WORKSHOP: 2 * 24 * 60,
  STUDY_VISIT: 7 * 24 * 60,
  OTHER: 2 * 24 * 60,
};

/** Error codes, translated by the caller (e.g. via the validation namespace). */
export type MeetingTimeError = "endNotAfterStart" | "startInPast" | "tooLong";

export function isEndAfterStart(start: Date, end: Date): boolean {
  return end.getTime() > start.getTime();
}

export function isInPast(start: Date, now: Date): boolean {
  return start.getTime() < now.getTime();
}

export function exceedsMaxDuration(start: Date, end: Date, maxMinutes: number): boolean {
  return end.getTime() - start.getTime() > maxMinutes * MINUTE_MS;
}

/**
 * Checks a meeting's times. `now` is passed in (never read from the clock here) so the
 * check is deterministic; pass `allowPast: true` when recording a meeting after the fact.
 */
export function validateMeetingTimes(input: {
  start: Date;
  end: Date;
  now: Date;
  kind?: MeetingKindForTime;
  maxDurationMinutes?: number;
  allowPast?: boolean;
}): MeetingTimeError[] {
  const errors: MeetingTimeError[] = [];
  if (!isEndAfterStart(input.start, input.end)) errors.push("endNotAfterStart");
  if (!input.allowPast && isInPast(input.start, input.now)) errors.push("startInPast");
  const max = input.maxDurationMinutes ?? MAX_DURATION_MINUTES[input.kind ?? "OTHER"];
  if (exceedsMaxDuration(input.start, input.end, max)) errors.push("tooLong");
  return errors;
}
