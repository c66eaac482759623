// Recurring series: the form's "repeat" fields → a SeriesRule (lib/meetings/recurrence.ts),
// its preview, and the rows a new series creates. Pure except createMeetingSeries, which
// writes through the transaction it is given (no server-only import: the form previews
// with the same functions the server uses to create the rows).
import type { Tx } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import type { Meeting } from "@/lib/generated/prisma/client";
import {
  expandOccurrences,
  serializeSeriesRule,
  validateSeriesRule,
  type Occurrence,
  type SeriesRule,
  type SeriesRuleError,
  type SetPosition,
} from "@/lib/meetings/recurrence";
import type { CreateMeetingInput, RepeatInput } from "@/lib/meetings/schema";

/** Rows are created this far ahead; later occurrences of a long series are not stored yet. */
export const SERIES_HORIZON_MONTHS = 12;

export function seriesHorizon(now: Date): Date {
  const end = new Date(now.getTime());
  end.setUTCMonth(end.getUTCMonth() + SERIES_HORIZON_MONTHS);
  return end;
}

/** The rule the form describes, or null for "does not repeat". */
export function repeatToRule(
  repeat: RepeatInput,
  first: { startDate: string; startTime: string; durationMinutes: number },
  timeZone: string,
): SeriesRule | null {
  if (repeat.repeat === "none") return null;
  const end = repeat.repeatEnd === "until" && repeat.untilDate ? { until: repeat.untilDate } : { count: repeat.count };
  const base = { startDate: first.startDate, time: first.startTime, durationMinutes: first.durationMinutes, timeZone, ...end };
  if (repeat.repeat === "weekly") return { ...base, freq: "weekly", interval: repeat.interval, byWeekday: repeat.weekday };
  return {
    ...base,
    freq: repeat.repeat,
    interval: 1,
    byWeekday: repeat.weekday,
    bySetPos: Number(repeat.ordinal) as SetPosition,
  };
}

const fieldByError: Partial<Record<SeriesRuleError, [field: string, key: string]>> = {
  startDateNotInRule: ["startDate", "startDateNotInRule"],
  untilBeforeStart: ["untilDate", "endBeforeStart"],
  invalidUntil: ["untilDate", "invalidDate"],
  invalidCount: ["count", "invalid"],
  invalidInterval: ["interval", "invalid"],
  invalidDuration: ["endTime", "meetingTooLong"],
};

/** The rule's problems as form field errors (keys of the validation namespace). */
export function seriesRuleFieldErrors(rule: SeriesRule): FieldErrors {
  const out: FieldErrors = {};
  for (const error of validateSeriesRule(rule)) {
    const [field, key] = fieldByError[error] ?? ["repeat", "invalid"];
    (out[field] ??= []).push({ key });
  }
  return out;
}

/** Occurrences that get rows: from the first start up to the horizon. */
export function occurrencesToCreate(rule: SeriesRule, firstStart: Date, now: Date): Occurrence[] {
  return expandOccurrences(rule, firstStart, seriesHorizon(now));
}

type SeriesContext = { timeZone: string; createdById: string; now: Date; startsAt: Date; endsAt: Date };

/**
 * Stores the series (its RRULE with start, zone and duration) and one Meeting per occurrence
 * in the next 12 months. Each row keeps `seriesOriginalStart`, so editing one occurrence
 * later changes only that row and it stays identifiable in the series.
 */
export async function createMeetingSeries(
  input: CreateMeetingInput,
  ctx: SeriesContext,
  tx: Tx,
): Promise<{ seriesId: string; first: Meeting; count: number }> {
  const durationMinutes = Math.round((ctx.endsAt.getTime() - ctx.startsAt.getTime()) / 60_000);
  const rule = repeatToRule(input, { startDate: input.startDate, startTime: input.startTime, durationMinutes }, ctx.timeZone);
  if (!rule) throw new RangeError("createMeetingSeries needs a repeating input");
  const errors = seriesRuleFieldErrors(rule);
  if (Object.keys(errors).length) throw new AppError("VALIDATION", { fieldErrors: errors });
  const occurrences = occurrencesToCreate(rule, ctx.startsAt, ctx.now);
  const series = await tx.meetingSeries.create({
    data: { groupId: input.groupId, rule: serializeSeriesRule(rule), timeZone: ctx.timeZone, title: input.title },
  });
  const shared = {
    groupId: input.groupId,
    seriesId: series.id,
    title: input.title,
    kind: input.kind,
    place: input.place,
    onlineUrl: input.onlineUrl,
    description: input.description,
    organiserInstitutionId: input.organiserInstitutionId,
    timeZone: ctx.timeZone,
    createdById: ctx.createdById,
  };
  await tx.meeting.createMany({
    data: occurrences.map((o) => ({ ...shared, seriesOriginalStart: o.originalStart, startsAt: o.startsAt, endsAt: o.endsAt })),
  });
  const first = await tx.meeting.findFirstOrThrow({ where: { seriesId: series.id }, orderBy: { startsAt: "asc" } });
  return { seriesId: series.id, first, count: occurrences.length };
}

/** The first day on or after the rule's start date that the rule allows (to suggest in the form). */
export function firstMatchingDate(rule: SeriesRule): string | null {
  const [y, m, d] = rule.startDate.split("-").map(Number) as [number, number, number];
  for (let offset = 0; offset < 130; offset++) {
    const date = new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
    const candidate = { ...rule, startDate: date, ...(rule.until !== undefined && rule.until < date ? { until: date } : {}) };
    if (!validateSeriesRule(candidate).includes("startDateNotInRule")) return date;
  }
  return null;
}
