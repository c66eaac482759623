// iCalendar output for meetings: the personal feed, the per-meeting .ics download and the
// METHOD:REQUEST / METHOD:CANCEL attachments of invitation e-mails. Built with ical-generator.
//
// Times are written as local time with TZID plus a VTIMEZONE, not as UTC:
// - a recurring series must be expanded in local time, otherwise "10:00 Warsaw every first
//   Tuesday" drifts by an hour across DST in every client (RRULE on UTC times keeps UTC);
// - Outlook shows the meeting's own zone and handles TZID+VTIMEZONE best.
// The VTIMEZONE is derived from the tz database (Intl) and checked against it for every
// year the calendar's events span; if a zone's rules cannot be expressed as one yearly rule
// pair over that span (or the zone is unknown), that zone's events fall back to UTC times,
// which are always correct for single events.
//
// ical-generator pitfalls handled here (checked in ical-generator 10.2.0 sources):
// - with a TZID it formats plain Dates in the *machine's* zone; only TZDate values are
//   formatted in the event's zone, so every date passed with a zone is a TZDate;
// - a calendar-level zone name would make DTSTAMP/LAST-MODIFIED local times without "Z",
//   so the calendar gets only the VTIMEZONE generator, never a zone name.
import { TZDate } from "@date-fns/tz";
import {
  ICalCalendar,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  type ICalEventData,
} from "ical-generator";
import { isValidTimeZone, utcToNaiveMs, zoneOffsetMinutes } from "@/lib/meetings/time";

export type IcsStatus = "CONFIRMED" | "TENTATIVE" | "CANCELLED";

export type IcsPerson = { name: string; email: string };

export type IcsEvent = {
  /** Stable across edits, e.g. `${meetingId}@quorum`. */
  uid: string;
  /** Meeting.sequence: bumped on every change clients must pick up. */
  sequence: number;
  title: string;
  description?: string;
  start: Date;
  end: Date;
  /** The zone the meeting was entered in (TZID). */
  timeZone: string;
  location?: string;
  onlineUrl?: string;
  /** The meeting's page in Quorum. */
  url: string;
  organizer: IcsPerson;
  status: IcsStatus;
  lastModified: Date;
  created?: Date;
  /** A recurring series as one event: RRULE value (see toRRuleString) and removed occurrences. */
  recurrence?: { rrule: string; exdates?: Date[] };
  /** For a changed occurrence of a series sent as its own VEVENT (same UID as the series). */
  recurrenceId?: Date;
};

export type IcsAttendee = IcsPerson & { rsvp?: boolean; optional?: boolean };

const PRODUCT_ID = { company: "Quorum", product: "Meetings", language: "EN" };
/** Recurring events are checked this many years past their start (series rarely run longer). */
const RECURRENCE_HORIZON_YEARS = 10;

// ---------------------------------------------------------------------------------------
// VTIMEZONE from the tz database

type Transition = { atMs: number; from: number; to: number };
type YearlyRule = { month: number; weekday: number; nth: number; localMinutes: number; from: number; to: number };

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const WEEKDAY_CODES = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

// The tz database does not change while the process runs, so scans are memoised.
const transitionCache = new Map<string, Transition[]>();

function transitionsIn(timeZone: string, year: number): Transition[] {
  const key = `${timeZone}|${year}`;
  const cached = transitionCache.get(key);
  if (cached) return cached;
  const transitions = scanTransitions(timeZone, year);
  transitionCache.set(key, transitions);
  return transitions;
}

function scanTransitions(timeZone: string, year: number): Transition[] {
  const transitions: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let previous = zoneOffsetMinutes(timeZone, Date.UTC(year, 0, 1));
  for (let t = Date.UTC(year, 0, 1) + DAY_MS / 4; t <= end; t += DAY_MS / 4) {
    const offset = zoneOffsetMinutes(timeZone, t);
    if (offset === previous) continue;
    // Binary search for the first minute with the new offset.
    let lo = t - DAY_MS / 4;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (zoneOffsetMinutes(timeZone, mid) === previous) lo = mid;
      else hi = mid;
    }
    transitions.push({ atMs: hi, from: previous, to: offset });
    previous = offset;
  }
  return transitions;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** The day of month of the nth (or last, nth = -1) weekday of a month. */
function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
    return 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
  }
  const lastDay = daysInMonth(year, month);
  const last = new Date(Date.UTC(year, month, lastDay)).getUTCDay();
  return lastDay - ((last - weekday + 7) % 7);
}

/** Candidate yearly rules for a transition: "n-th weekday" and, near the end, "last weekday". */
function rulesFor(transition: Transition): YearlyRule[] {
  // The transition's wall time in the offset before it, as RFC 5545 DTSTART expects.
  const local = new Date(transition.atMs + transition.from * 60_000);
  const day = local.getUTCDate();
  const base = {
    month: local.getUTCMonth(),
    weekday: local.getUTCDay(),
    localMinutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
    from: transition.from,
    to: transition.to,
  };
  const rules: YearlyRule[] = [];
  if (day + 7 > daysInMonth(local.getUTCFullYear(), local.getUTCMonth())) rules.push({ ...base, nth: -1 });
  if (day <= 28) rules.push({ ...base, nth: Math.ceil(day / 7) });
  return rules;
}

function ruleInstantMs(rule: YearlyRule, year: number): number {
  const day = nthWeekdayOfMonth(year, rule.month, rule.weekday, rule.nth);
  return Date.UTC(year, rule.month, day) + rule.localMinutes * 60_000 - rule.from * 60_000;
}

function ruleHolds(timeZone: string, rule: YearlyRule, years: number[]): boolean {
  return years.every((year) => {
    const at = ruleInstantMs(rule, year);
    return zoneOffsetMinutes(timeZone, at - 60_000) === rule.from && zoneOffsetMinutes(timeZone, at) === rule.to;
  });
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

function observance(rule: YearlyRule): string[] {
  // Observances start in 1970 on the rule's own date so DTSTART matches the RRULE.
  const day = nthWeekdayOfMonth(1970, rule.month, rule.weekday, rule.nth);
  const kind = rule.to > rule.from ? "DAYLIGHT" : "STANDARD";
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${formatOffset(rule.from)}`,
    `TZOFFSETTO:${formatOffset(rule.to)}`,
    `DTSTART:1970${pad2(rule.month + 1)}${pad2(day)}T${pad2(Math.floor(rule.localMinutes / 60))}${pad2(rule.localMinutes % 60)}00`,
    `RRULE:FREQ=YEARLY;BYMONTH=${rule.month + 1};BYDAY=${rule.nth}${WEEKDAY_CODES[rule.weekday]}`,
    `END:${kind}`,
  ];
}

/**
 * A VTIMEZONE for `timeZone` that matches the tz database in every year from `fromYear` to
 * `toYear`, or null when the zone is unknown or its rules are not a stable yearly pair.
 */
export function buildVtimezone(timeZone: string, fromYear: number, toYear: number): string | null {
  if (!isValidTimeZone(timeZone) || timeZone === "UTC") return null;
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`, `X-LIC-LOCATION:${timeZone}`];
  const transitions = transitionsIn(timeZone, fromYear);
  if (transitions.length === 0) {
    const offset = zoneOffsetMinutes(timeZone, Date.UTC(fromYear, 6, 1));
    const constant = years.every(
      (year) => transitionsIn(timeZone, year).length === 0 && zoneOffsetMinutes(timeZone, Date.UTC(year, 6, 1)) === offset,
    );
    if (!constant) return null;
    lines.push(
      "BEGIN:STANDARD",
      `TZOFFSETFROM:${formatOffset(offset)}`,
      `TZOFFSETTO:${formatOffset(offset)}`,
      "DTSTART:19700101T000000",
      "END:STANDARD",
    );
  } else {
    if (transitions.length !== 2) return null;
    for (const transition of transitions) {
      const rule = rulesFor(transition).find((candidate) => ruleHolds(timeZone, candidate, years));
      if (!rule) return null;
      lines.push(...observance(rule));
    }
    // Exactly these two transitions each year: nothing else changes the offset.
    if (!years.every((year) => transitionsIn(timeZone, year).length === 2)) return null;
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}

// ---------------------------------------------------------------------------------------
// Calendar building

function yearOf(date: Date, timeZone: string): number {
  return new Date(utcToNaiveMs(date, isValidTimeZone(timeZone) ? timeZone : "UTC")).getUTCFullYear();
}

/** Per zone: its VTIMEZONE if one is faithful for all the events in that zone, else null. */
function vtimezonesFor(events: IcsEvent[]): Map<string, string | null> {
  const spans = new Map<string, { from: number; to: number }>();
  for (const event of events) {
    const from = yearOf(event.start, event.timeZone);
    const to = yearOf(event.end, event.timeZone) + (event.recurrence ? RECURRENCE_HORIZON_YEARS : 0);
    const span = spans.get(event.timeZone);
    spans.set(event.timeZone, { from: Math.min(from, span?.from ?? from), to: Math.max(to, span?.to ?? to) });
  }
  return new Map([...spans].map(([zone, span]) => [zone, buildVtimezone(zone, span.from, span.to)]));
}

/** Local "YYYYMMDDTHHMMSS" of an instant in a zone (EXDATE with TZID). */
function formatLocal(date: Date, timeZone: string): string {
  const local = new Date(utcToNaiveMs(date, timeZone));
  return (
    `${local.getUTCFullYear()}${pad2(local.getUTCMonth() + 1)}${pad2(local.getUTCDate())}` +
    `T${pad2(local.getUTCHours())}${pad2(local.getUTCMinutes())}${pad2(local.getUTCSeconds())}`
  );
}

function formatUtc(date: Date): string {
  return `${date.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
}

/** LOCATION: the place, or the online link, or both ("Sala 1 (https://…)"). */
function locationOf(event: IcsEvent): string | undefined {
  if (event.location && event.onlineUrl) return `${event.location} (${event.onlineUrl})`;
  return event.location || event.onlineUrl || undefined;
}

/** CN is a quoted parameter: a double quote cannot be escaped there, so it is replaced. */
function safeName(name: string): string {
  return name.replace(/"/g, "'").replace(/[\r\n]+/g, " ");
}

const STATUS = {
  CONFIRMED: ICalEventStatus.CONFIRMED,
  TENTATIVE: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
} as const;

function eventData(event: IcsEvent, zoned: boolean, stamp: Date, attendees: IcsAttendee[]): ICalEventData {
  const at = (date: Date) => (zoned ? new TZDate(date.getTime(), event.timeZone) : date);
  const repeating = event.recurrence
    ? [
        `RRULE:${event.recurrence.rrule.replace(/^RRULE:/, "")}`,
        ...(event.recurrence.exdates?.length
          ? [
              zoned
                ? `EXDATE;TZID=${event.timeZone}:${event.recurrence.exdates.map((d) => formatLocal(d, event.timeZone)).join(",")}`
                : `EXDATE:${event.recurrence.exdates.map(formatUtc).join(",")}`,
            ]
          : []),
      ].join("\n")
    : null;
  const location = locationOf(event);
  return {
    id: event.uid,
    sequence: event.sequence,
    stamp,
    start: at(event.start),
    end: at(event.end),
    timezone: zoned ? event.timeZone : null,
    summary: event.title,
    description: event.description ?? null,
    location: location ?? null,
    url: event.url,
    organizer: { name: safeName(event.organizer.name), email: event.organizer.email },
    status: STATUS[event.status],
    lastModified: event.lastModified,
    created: event.created ?? null,
    repeating,
    recurrenceId: event.recurrenceId ? at(event.recurrenceId) : null,
    attendees: attendees.map((attendee) => ({
      name: safeName(attendee.name),
      email: attendee.email,
      rsvp: attendee.rsvp ?? true,
      role: attendee.optional ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
    })),
  };
}

function createCalendar(events: IcsEvent[], name?: string): { calendar: ICalCalendar; zones: Map<string, string | null> } {
  const zones = vtimezonesFor(events);
  const calendar = new ICalCalendar({ prodId: PRODUCT_ID, ...(name ? { name } : {}) });
  calendar.timezone({ name: null, generator: (zone) => zones.get(zone) ?? null });
  return { calendar, zones };
}

export type BuildCalendarInput = {
  name: string;
  events: IcsEvent[];
  /** The reader's zone, as a display hint (X-WR-TIMEZONE); each event keeps its own TZID. */
  timeZone?: string;
  /** How often subscribed clients should refresh (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
  refreshIntervalSeconds?: number;
};

/**
 * A calendar feed or download. DTSTAMP is the event's lastModified (RFC 5545: without METHOD,
 * DTSTAMP is the last revision), so an unchanged meeting produces byte-identical output.
 */
export function buildCalendar(input: BuildCalendarInput): string {
  const { calendar, zones } = createCalendar(input.events, input.name);
  if (input.refreshIntervalSeconds) calendar.ttl(input.refreshIntervalSeconds);
  if (input.timeZone && isValidTimeZone(input.timeZone)) calendar.x([["X-WR-TIMEZONE", input.timeZone]]);
  for (const event of input.events) {
    calendar.createEvent(eventData(event, Boolean(zones.get(event.timeZone)), event.lastModified, []));
  }
  return calendar.toString();
}

export type InviteMethod = "REQUEST" | "CANCEL";

/**
 * An iTIP message (RFC 5546) for an e-mail attachment (Content-Type:
 * text/calendar; method=REQUEST|CANCEL). CANCEL always carries STATUS:CANCELLED; the caller
 * bumps the SEQUENCE before sending either. `stamp` is when the message is created.
 */
export function buildMeetingInvite(
  event: IcsEvent,
  method: InviteMethod,
  options: { attendees?: IcsAttendee[]; stamp?: Date } = {},
): string {
  const { calendar, zones } = createCalendar([event]);
  calendar.method(method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  const data = eventData(
    method === "CANCEL" ? { ...event, status: "CANCELLED" } : event,
    Boolean(zones.get(event.timeZone)),
    options.stamp ?? event.lastModified,
    options.attendees ?? [],
  );
  calendar.createEvent(data);
  return calendar.toString();
}
