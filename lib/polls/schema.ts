// Input schemas for "find a date" polls. Wall-clock slots (date + times in the user's zone)
// are checked for shape here; the zone-dependent checks (in the past, duplicates after
// conversion to UTC) happen in slots.ts, which knows the user's zone and "now".
import { z } from "zod";
import { MeetingKind, PollAnswerValue } from "@/lib/generated/prisma/enums";

export const meetingKinds = Object.values(MeetingKind) as [MeetingKind, ...MeetingKind[]];
export const pollAnswerValues = Object.values(PollAnswerValue) as [PollAnswerValue, ...PollAnswerValue[]];

export const POLL_TITLE_MAX = 200;
export const POLL_DESCRIPTION_MAX = 2000;
export const POLL_PLACE_MAX = 500;
export const POLL_URL_MAX = 2000;
export const POLL_SLOTS_MIN = 2;
export const POLL_SLOTS_MAX = 20;

/** Forms send "" for untouched optional fields; the database holds null for "not given". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value),
    schema.nullable(),
  );
}

const id = z.string().trim().min(1).max(64);
const wallDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalidDate" });
const wallTime = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "invalidTime" });

export const pollSlotInputSchema = z
  .object({ date: wallDate, start: wallTime, end: wallTime })
  // Same day, so "HH:mm" strings compare in order; a meeting over midnight is not a poll slot.
  .refine((slot) => slot.end > slot.start, { message: "endBeforeStart", path: ["end"] });
export type PollSlotInput = z.infer<typeof pollSlotInputSchema>;

export const createPollSchema = z.object({
  groupId: id,
  title: z.string().trim().min(1).max(POLL_TITLE_MAX),
  description: optional(z.string().trim().max(POLL_DESCRIPTION_MAX)),
  kind: z.enum(meetingKinds),
  place: optional(z.string().trim().max(POLL_PLACE_MAX)),
  onlineUrl: optional(
    z.string().trim().max(POLL_URL_MAX).pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain })),
  ),
  deadlineDate: optional(wallDate),
  deadlineTime: optional(wallTime),
  slots: z.array(pollSlotInputSchema).min(POLL_SLOTS_MIN).max(POLL_SLOTS_MAX),
});
export type CreatePollInput = z.infer<typeof createPollSchema>;

export const pollIdSchema = z.object({ pollId: id });

export const answerPollSchema = z.object({
  pollId: id,
  answers: z
    .array(z.object({ slotId: id, value: z.enum(pollAnswerValues) }))
    .min(1)
    .max(POLL_SLOTS_MAX),
});
export type AnswerPollInput = z.infer<typeof answerPollSchema>;

export const schedulePollSchema = z.object({ pollId: id, slotId: id });
