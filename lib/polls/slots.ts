// Turns the wall-clock slots a coordinator typed (in their own zone) into UTC instants and
// refuses what the schema cannot know without the zone and the clock: slots in the past,
// the same slot twice, a deadline already gone. Pure: "now" and the zone are arguments.
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { utcToZonedParts, zonedWallTimeToUtc } from "@/lib/meetings/time";
import type { PollSlotInput } from "@/lib/polls/schema";

export type ResolvedSlot = { startsAt: Date; endsAt: Date };

/** Deadlines given without a time close at the end of that day in the coordinator's zone. */
export const DEFAULT_DEADLINE_TIME = "23:59";

export function resolvePollSlots(
  input: { slots: PollSlotInput[]; deadlineDate: string | null; deadlineTime: string | null },
  timeZone: string,
  now: Date,
): { slots: ResolvedSlot[]; deadline: Date | null } {
  const fieldErrors: FieldErrors = {};
  // The most specific refusal names the form-level message; field messages say which row.
  let messageKey: string | undefined;
  const refuse = (field: string, key: string, formKey?: string) => {
    (fieldErrors[field] ??= []).push({ key });
    messageKey ??= formKey;
  };

  const seen = new Set<string>();
  const slots = input.slots.map((slot, index) => {
    const startsAt = zonedWallTimeToUtc(slot.date, slot.start, timeZone).utc;
    const endsAt = zonedWallTimeToUtc(slot.date, slot.end, timeZone).utc;
    // Wall times can be in order and the instants not (a DST fall-back hour).
    if (endsAt.getTime() <= startsAt.getTime()) refuse(`slots.${index}.end`, "endBeforeStart", "POLL_END_BEFORE_START");
    else if (startsAt.getTime() <= now.getTime()) refuse(`slots.${index}.date`, "startInPast", "POLL_SLOT_IN_PAST");
    else {
      const key = `${startsAt.getTime()}-${endsAt.getTime()}`;
      if (seen.has(key)) refuse(`slots.${index}.date`, "duplicateSlot", "POLL_DUPLICATE_SLOT");
      seen.add(key);
    }
    return { startsAt, endsAt };
  });

  let deadline: Date | null = null;
  if (input.deadlineDate) {
    deadline = zonedWallTimeToUtc(input.deadlineDate, input.deadlineTime ?? DEFAULT_DEADLINE_TIME, timeZone).utc;
    if (deadline.getTime() <= now.getTime()) refuse("deadlineDate", "deadlineInPast", "POLL_DEADLINE_IN_PAST");
  } else if (input.deadlineTime) {
    refuse("deadlineDate", "required");
  }

  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", { fieldErrors, messageKey });
  return { slots: slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()), deadline };
}

/** Today's calendar date in `timeZone` ("YYYY-MM-DD"), for date inputs' `min`. */
export function todayInZone(timeZone: string, now = new Date()): string {
  return utcToZonedParts(now, timeZone).date;
}
