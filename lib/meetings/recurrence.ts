// Recurring meeting series as a small typed rule the UI can build, its RFC 5545 form (for
// storage in MeetingSeries.rule and for iCalendar) and its occurrences.
//
// rrule.js has no real time zones: it works on "floating" dates held in UTC fields. So we
// expand with naive wall times (10:00 encoded as 10:00Z) and convert each occurrence with
// naiveToUtc, which keeps 10:00 Warsaw at 10:00 in both summer and winter.
import * as rruleModule from "rrule";
import { createTranslator } from "next-intl";
import { formatCalendarDate } from "@/lib/format/dates";
import type { AppLocale } from "@/lib/i18n/config";
import {
  isValidDateString,
  isValidTimeString,
  isValidTimeZone,
  naiveToUtc,
  naiveWallTimeMs,
  parseDateString,
  utcToNaiveMs,
  utcToZonedParts,
  zonedWallTimeToUtc,
  type WallTimeAdjustment,
} from "@/lib/meetings/time";
import enMessages from "@/messages/en/meetings-recurrence.json";
import plMessages from "@/messages/pl/meetings-recurrence.json";

// rrule 2.8 ships an ESM build that bundlers (Next, Vitest) pick, but plain Node ESM (tsx,
// the custom server, jobs) loads its UMD build where the named exports sit on `default`.
type RRuleModule = typeof import("rrule");
const { RRule } = ("RRule" in rruleModule && rruleModule.RRule
  ? rruleModule
  : (rruleModule as unknown as { default: RRuleModule }).default) as RRuleModule;

export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const SET_POSITIONS = [1, 2, 3, 4, -1] as const;
export type SetPosition = (typeof SET_POSITIONS)[number];
export const SERIES_FREQUENCIES = ["weekly", "monthly", "quarterly"] as const;
export type SeriesFrequency = (typeof SERIES_FREQUENCIES)[number];

export type SeriesRule = {
  /** "quarterly" is shorthand for monthly × 3; it is stored (and parsed back) as monthly. */
  freq: SeriesFrequency;
  /** Every `interval` weeks / months / quarters (1–99). */
  interval: number;
  /** Weekly: the day of the week (default: the start date's). Monthly: with bySetPos, "the n-th <day>". */
  byWeekday?: Weekday;
  /** 1–4 or -1 (last) <byWeekday> of the month; monthly/quarterly only. */
  bySetPos?: SetPosition;
  /** Number of occurrences; exclusive with `until`. Neither = no end. */
  count?: number;
  /** Last possible date (YYYY-MM-DD, inclusive, in the series' zone); exclusive with `count`. */
  until?: string;
  /** First occurrence (YYYY-MM-DD); it must match the rule. */
  startDate: string;
  /** Wall-clock start (HH:mm) in `timeZone`, kept across DST changes. */
  time: string;
  durationMinutes: number;
  timeZone: string;
};

export type SeriesRuleError =
  | "invalidInterval"
  | "invalidStartDate"
  | "invalidTime"
  | "invalidTimeZone"
  | "invalidDuration"
  | "invalidCount"
  | "invalidUntil"
  | "countAndUntil"
  | "untilBeforeStart"
  | "setPosNeedsWeekday"
  | "setPosNotWeekly"
  | "weekdayNeedsSetPos"
  | "startDateNotInRule";

export const MAX_SERIES_INTERVAL = 99;
export const MAX_SERIES_COUNT = 200;
export const MAX_SERIES_DURATION_MINUTES = 7 * 24 * 60;
/** Guards against runaway expansion of an endless weekly series over a wide window. */
export const MAX_EXPANDED_OCCURRENCES = 1000;

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const RRULE_DAYS = { MO: RRule.MO, TU: RRule.TU, WE: RRule.WE, TH: RRule.TH, FR: RRule.FR, SA: RRule.SA, SU: RRule.SU };

/** Weekday of a YYYY-MM-DD date (calendar arithmetic, no zone involved). */
export function weekdayOf(date: string): Weekday {
  const { year, month, day } = parseDateString(date);
  // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7] as Weekday;
}

function monthInterval(rule: SeriesRule): number {
  return rule.freq === "quarterly" ? rule.interval * 3 : rule.interval;
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, "0");
}

/** Naive end of the `until` day: 23:59:59 wall time. */
function naiveUntilMs(until: string): number {
  return naiveWallTimeMs(until, "23:59") + 59_000;
}

function formatUtcStamp(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

function buildRRule(rule: SeriesRule): InstanceType<typeof RRule> {
  const weekday = rule.byWeekday ?? (rule.freq === "weekly" ? weekdayOf(rule.startDate) : undefined);
  const byweekday = weekday
    ? [rule.bySetPos ? RRULE_DAYS[weekday].nth(rule.bySetPos) : RRULE_DAYS[weekday]]
    : null;
  return new RRule({
    freq: rule.freq === "weekly" ? RRule.WEEKLY : RRule.MONTHLY,
    interval: monthIntervalOrWeeks(rule),
    byweekday,
    dtstart: new Date(naiveWallTimeMs(rule.startDate, rule.time)),
    count: rule.count ?? null,
    until: rule.until ? new Date(naiveUntilMs(rule.until)) : null,
    wkst: RRule.MO,
  });
}

function monthIntervalOrWeeks(rule: SeriesRule): number {
  return rule.freq === "weekly" ? rule.interval : monthInterval(rule);
}

/** Validation error codes (translated by the caller); empty when the rule is usable. */
export function validateSeriesRule(rule: SeriesRule): SeriesRuleError[] {
  const errors: SeriesRuleError[] = [];
  if (!Number.isInteger(rule.interval) || rule.interval < 1 || rule.interval > MAX_SERIES_INTERVAL) {
    errors.push("invalidInterval");
  }
  const startOk = isValidDateString(rule.startDate);
  if (!startOk) errors.push("invalidStartDate");
  const timeOk = isValidTimeString(rule.time);
  if (!timeOk) errors.push("invalidTime");
  const zoneOk = isValidTimeZone(rule.timeZone);
  if (!zoneOk) errors.push("invalidTimeZone");
  if (
    !Number.isInteger(rule.durationMinutes) ||
    rule.durationMinutes < 1 ||
    rule.durationMinutes > MAX_SERIES_DURATION_MINUTES
  ) {
    errors.push("invalidDuration");
  }
  if (rule.count !== undefined && rule.until !== undefined) errors.push("countAndUntil");
  if (rule.count !== undefined && (!Number.isInteger(rule.count) || rule.count < 1 || rule.count > MAX_SERIES_COUNT)) {
    errors.push("invalidCount");
  }
  const untilOk = rule.until === undefined || isValidDateString(rule.until);
  if (!untilOk) errors.push("invalidUntil");
  else if (startOk && rule.until !== undefined && rule.until < rule.startDate) errors.push("untilBeforeStart");
  if (rule.bySetPos !== undefined) {
    if (rule.freq === "weekly") errors.push("setPosNotWeekly");
    else if (rule.byWeekday === undefined) errors.push("setPosNeedsWeekday");
  } else if (rule.freq !== "weekly" && rule.byWeekday !== undefined) {
    // BYDAY=TU alone in a monthly rule means every Tuesday of the month: not what a
    // "monthly on Tuesday" form means, so the position is required.
    errors.push("weekdayNeedsSetPos");
  }
  if (errors.length === 0) {
    // RFC 5545 counts DTSTART as the first occurrence even when it does not match the rule;
    // rrule.js does not. Requiring a matching start keeps both readings identical.
    const dtstart = naiveWallTimeMs(rule.startDate, rule.time);
    const first = buildRRule(rule).after(new Date(dtstart), true);
    if (!first || first.getTime() !== dtstart) errors.push("startDateNotInRule");
  }
  return errors;
}

function assertValid(rule: SeriesRule): void {
  const errors = validateSeriesRule(rule);
  if (errors.length > 0) throw new RangeError(`Invalid series rule: ${errors.join(", ")}`);
}

/**
 * The RRULE value for iCalendar, e.g. "FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU".
 * "n-th weekday" is written as BYDAY=1TU rather than BYDAY=TU;BYSETPOS=1: same meaning for
 * a single weekday, and the form Google Calendar and Outlook themselves emit. UNTIL is in
 * UTC (end of the `until` day in the series' zone), as RFC 5545 requires with a TZID DTSTART.
 */
export function toRRuleString(rule: SeriesRule): string {
  assertValid(rule);
  const parts = [`FREQ=${rule.freq === "weekly" ? "WEEKLY" : "MONTHLY"}`, `INTERVAL=${monthIntervalOrWeeks(rule)}`];
  const weekday = rule.byWeekday ?? (rule.freq === "weekly" ? weekdayOf(rule.startDate) : undefined);
  if (weekday) parts.push(`BYDAY=${rule.bySetPos ? `${rule.bySetPos}${weekday}` : weekday}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until !== undefined) {
    parts.push(`UNTIL=${formatUtcStamp(naiveToUtc(naiveUntilMs(rule.until), rule.timeZone).utc)}`);
  }
  parts.push("WKST=MO");
  return parts.join(";");
}

/**
 * The stored form (MeetingSeries.rule): iCalendar content lines, so the series' first start,
 * its zone and its duration travel with the rule:
 *   DTSTART;TZID=Europe/Warsaw:20260106T100000
 *   RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU;COUNT=8;WKST=MO
 *   DURATION:PT150M
 */
export function serializeSeriesRule(rule: SeriesRule): string {
  const rrule = toRRuleString(rule);
  const start = `${rule.startDate.replaceAll("-", "")}T${rule.time.replace(":", "")}00`;
  return [`DTSTART;TZID=${rule.timeZone}:${start}`, `RRULE:${rrule}`, `DURATION:PT${rule.durationMinutes}M`].join("\n");
}

/** Parses serializeSeriesRule's output (and the equivalent BYDAY=TU;BYSETPOS=1 spelling). */
export function parseSeriesRule(stored: string): SeriesRule {
  const lines = stored.split(/\r?\n/).filter((line) => line.trim() !== "");
  const dtstart = lines.find((line) => line.startsWith("DTSTART"));
  const rruleLine = lines.find((line) => line.startsWith("RRULE:"));
  const durationLine = lines.find((line) => line.startsWith("DURATION:"));
  const startMatch = dtstart ? /^DTSTART;TZID=([^:]+):(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})\d{2}$/.exec(dtstart) : null;
  const durationMatch = durationLine ? /^DURATION:PT(\d+)M$/.exec(durationLine) : null;
  if (!startMatch || !rruleLine || !durationMatch) throw new RangeError("Unsupported series rule");
  const [, timeZone = "", year, month, day, hour, minute] = startMatch;

  const parts = new Map(
    rruleLine
      .slice("RRULE:".length)
      .split(";")
      .map((part) => part.split("=") as [string, string | undefined]),
  );
  const freq = parts.get("FREQ");
  if (freq !== "WEEKLY" && freq !== "MONTHLY") throw new RangeError(`Unsupported FREQ: ${freq}`);
  const rule: SeriesRule = {
    freq: freq === "WEEKLY" ? "weekly" : "monthly",
    interval: Number(parts.get("INTERVAL") ?? "1"),
    startDate: `${year}-${month}-${day}`,
    time: `${hour}:${minute}`,
    durationMinutes: Number(durationMatch[1]),
    timeZone,
  };
  const byDay = parts.get("BYDAY");
  if (byDay) {
    const match = /^(-1|[1-4])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay);
    if (!match) throw new RangeError(`Unsupported BYDAY: ${byDay}`);
    rule.byWeekday = match[2] as Weekday;
    if (match[1]) rule.bySetPos = Number(match[1]) as SetPosition;
  }
  const bySetPos = parts.get("BYSETPOS");
  if (bySetPos) {
    const position = Number(bySetPos);
    if (!(SET_POSITIONS as readonly number[]).includes(position)) throw new RangeError(`Unsupported BYSETPOS: ${bySetPos}`);
    rule.bySetPos = position as SetPosition;
  }
  const count = parts.get("COUNT");
  if (count) rule.count = Number(count);
  const until = parts.get("UNTIL");
  if (until) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(until);
    if (!m) throw new RangeError(`Unsupported UNTIL: ${until}`);
    const utc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
    rule.until = utcToZonedParts(utc, timeZone).date;
  }
  assertValid(rule);
  return rule;
}

export type Occurrence = {
  /** The start the rule gives: identifies the occurrence (Meeting.seriesOriginalStart). */
  originalStart: Date;
  startsAt: Date;
  endsAt: Date;
  /** Set when the wall time fell into a DST gap or fold on that day (see zonedWallTimeToUtc). */
  adjusted?: WallTimeAdjustment;
};

/**
 * Occurrences starting in [from, to), in UTC, with the wall-clock time kept in the
 * series' zone. End = start + duration (elapsed time).
 */
export function expandOccurrences(rule: SeriesRule, from: Date, to: Date): Occurrence[] {
  assertValid(rule);
  // Widen the naive window by a day: offsets are at most ±14 h, so no occurrence is lost.
  const naiveFrom = new Date(utcToNaiveMs(from, rule.timeZone) - DAY_MS);
  const naiveTo = new Date(utcToNaiveMs(to, rule.timeZone) + DAY_MS);
  const occurrences: Occurrence[] = [];
  buildRRule(rule).between(naiveFrom, naiveTo, true, (naive) => {
    const { utc, adjusted } = naiveToUtc(naive.getTime(), rule.timeZone);
    if (utc.getTime() >= from.getTime() && utc.getTime() < to.getTime()) {
      occurrences.push({
        originalStart: utc,
        startsAt: utc,
        endsAt: new Date(utc.getTime() + rule.durationMinutes * MINUTE_MS),
        ...(adjusted ? { adjusted } : {}),
      });
    }
    return occurrences.length < MAX_EXPANDED_OCCURRENCES;
  });
  return occurrences;
}

/** All occurrences of a series that ends (count or until); throws for an endless one. */
export function expandAllOccurrences(rule: SeriesRule): Occurrence[] {
  if (rule.count === undefined && rule.until === undefined) throw new RangeError("The series has no end");
  const from = zonedWallTimeToUtc(rule.startDate, rule.time, rule.timeZone).utc;
  const last = buildRRule(rule).all((_, index) => index < MAX_EXPANDED_OCCURRENCES).at(-1);
  if (!last) return [];
  return expandOccurrences(rule, from, new Date(naiveToUtc(last.getTime(), rule.timeZone).utc.getTime() + 1));
}

export type OccurrenceOverride = {
  originalStart: Date;
  cancelled?: boolean;
  startsAt?: Date;
  endsAt?: Date;
  title?: string;
};

export type SeriesOccurrence = Occurrence & {
  cancelled: boolean;
  /** Only when changed for this occurrence; otherwise the series' title applies. */
  title?: string;
  overridden: boolean;
};

/**
 * Applies per-occurrence changes, matched on `originalStart`. A moved occurrence keeps its
 * length unless `endsAt` is given; cancelled ones stay in the list (flagged) so calendars
 * and the UI can show them as cancelled. Overrides for occurrences not in the list (outside
 * the expanded window) are ignored, so expand with a margin when occurrences can move far.
 * The result is sorted by (possibly moved) start.
 */
export function applyOverrides(occurrences: Occurrence[], overrides: OccurrenceOverride[]): SeriesOccurrence[] {
  const byStart = new Map(overrides.map((o) => [o.originalStart.getTime(), o]));
  return occurrences
    .map((occurrence): SeriesOccurrence => {
      const override = byStart.get(occurrence.originalStart.getTime());
      if (!override) return { ...occurrence, cancelled: false, overridden: false };
      const startsAt = override.startsAt ?? occurrence.startsAt;
      const length = occurrence.endsAt.getTime() - occurrence.startsAt.getTime();
      const endsAt = override.endsAt ?? new Date(startsAt.getTime() + length);
      if (endsAt.getTime() <= startsAt.getTime()) {
        throw new RangeError(`Override for ${occurrence.originalStart.toISOString()} ends before it starts`);
      }
      const moved = startsAt.getTime() !== occurrence.startsAt.getTime();
      return {
        originalStart: occurrence.originalStart,
        startsAt,
        endsAt,
        // A moved occurrence was placed explicitly; the original DST note no longer applies.
        ...(occurrence.adjusted && !moved ? { adjusted: occurrence.adjusted } : {}),
        cancelled: override.cancelled ?? false,
        ...(override.title !== undefined ? { title: override.title } : {}),
        overridden: true,
      };
    })
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.originalStart.getTime() - b.originalStart.getTime());
}

const messagesByLocale = { pl: plMessages, en: enMessages } as const;
const POSITION_KEYS = { 1: "first", 2: "second", 3: "third", 4: "fourth", [-1]: "last" } as const;

function translatorFor(locale: AppLocale) {
  return createTranslator({
    locale,
    messages: { "meetings-recurrence": messagesByLocale[locale] },
    namespace: "meetings-recurrence",
  });
}

/** "co 3 miesiące, w pierwszy wtorek, 8 razy" / "every 3 months on the first Tuesday, 8 times". */
export function describeRule(rule: SeriesRule, locale: AppLocale): string {
  const t = translatorFor(locale);
  const frequency = t(rule.freq, { interval: rule.interval });
  let day: string;
  if (rule.bySetPos !== undefined && rule.byWeekday !== undefined) {
    const gender = t("dayGender", { day: rule.byWeekday });
    day = t("onNthWeekday", {
      ordinal: t("ordinal", { pos: POSITION_KEYS[rule.bySetPos], gender }),
      weekday: t("weekdayName", { day: rule.byWeekday }),
    });
  } else if (rule.freq === "weekly" || rule.byWeekday !== undefined) {
    day = t("onWeekday", { day: rule.byWeekday ?? weekdayOf(rule.startDate) });
  } else {
    day = t("onMonthDay", { day: parseDateString(rule.startDate).day });
  }
  const text = t("rule", { frequency, day });
  if (rule.count !== undefined) return t("withEnd", { rule: text, end: t("count", { count: rule.count }) });
  if (rule.until !== undefined) {
    const { year, month, day: d } = parseDateString(rule.until);
    const date = formatCalendarDate(new Date(Date.UTC(year, month - 1, d)), locale);
    return t("withEnd", { rule: text, end: t("until", { date }) });
  }
  return text;
}
