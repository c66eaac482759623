import { z } from "zod";
import { MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";

export const meetingKinds = Object.values(MeetingKind) as [MeetingKind, ...MeetingKind[]];
export const meetingStatuses = Object.values(MeetingStatus) as [MeetingStatus, ...MeetingStatus[]];

export const MEETING_TITLE_MAX = 200;
export const MEETING_PLACE_MAX = 500;
export const MEETING_URL_MAX = 2000;
export const MEETING_DESCRIPTION_MAX = 5000;
export const CANCEL_REASON_MAX = 500;
export const SERIES_COUNT_MAX = 60;

/** Forms send "" for untouched optional fields; the database should hold null for "not given". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value),
    schema.nullable(),
  );
}

const idSchema = z.string().trim().min(1).max(64);
const dateSchema = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalidDate" });
const timeSchema = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "invalidTime" });

// https only: the link is rendered to every invitee and put into calendar files.
const httpsUrl = z
  .string()
  .trim()
  .max(MEETING_URL_MAX)
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain }));

export const weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof weekdays)[number];
/** 1st..4th or -1 for "last" weekday of the month. */
export const ordinals = ["1", "2", "3", "4", "-1"] as const;
export const repeatKinds = ["none", "weekly", "monthly", "quarterly"] as const;
export type RepeatKind = (typeof repeatKinds)[number];

const meetingFields = {
  title: z.string().trim().min(1).max(MEETING_TITLE_MAX),
  kind: z.enum(meetingKinds),
  startDate: dateSchema,
  startTime: timeSchema,
  /** Only for multi-day meetings; empty means the same day as the start. */
  endDate: optional(dateSchema),
  endTime: timeSchema,
  place: optional(z.string().trim().max(MEETING_PLACE_MAX)),
  onlineUrl: optional(httpsUrl),
  description: optional(z.string().trim().max(MEETING_DESCRIPTION_MAX)),
  organiserInstitutionId: optional(idSchema),
};

/** Wall-clock comparison in the entry zone; the UTC check after conversion repeats it. */
function endsAfterStart(v: { startDate: string; startTime: string; endDate: string | null; endTime: string }) {
  return `${v.endDate ?? v.startDate}T${v.endTime}` > `${v.startDate}T${v.startTime}`;
}

const repeatFields = {
  repeat: z.enum(repeatKinds).default("none"),
  /** Weeks between weekly occurrences. */
  interval: z.coerce.number().int().min(1).max(52).default(1),
  weekday: z.enum(weekdays).default("MO"),
  ordinal: z.enum(ordinals).default("1"),
  repeatEnd: z.enum(["until", "count"]).default("count"),
  untilDate: optional(dateSchema),
  count: z.coerce.number().int().min(2).max(SERIES_COUNT_MAX).default(4),
};

export const createMeetingSchema = z
  .object({ groupId: idSchema, ...meetingFields, ...repeatFields })
  .refine(endsAfterStart, { message: "endBeforeStart", path: ["endTime"] })
  .refine((v) => v.repeat === "none" || v.repeatEnd !== "until" || v.untilDate !== null, { message: "required", path: ["untilDate"] })
  .refine((v) => v.repeat === "none" || v.repeatEnd !== "until" || !v.untilDate || v.untilDate > v.startDate, {
    message: "endBeforeStart",
    path: ["untilDate"],
  });
export type CreateMeetingInput = z.infer<typeof createMeetingSchema>;

export const updateMeetingSchema = z
  .object({ id: idSchema, ...meetingFields })
  .refine(endsAfterStart, { message: "endBeforeStart", path: ["endTime"] });
export type UpdateMeetingInput = z.infer<typeof updateMeetingSchema>;
export type MeetingFieldsInput = Omit<UpdateMeetingInput, "id">;

export const meetingIdSchema = z.object({ id: idSchema });

export const lifecycleTargets = ["SCHEDULED", "IN_PROGRESS", "HELD", "MINUTES_APPROVED"] as const;
export const transitionMeetingSchema = z.object({ id: idSchema, to: z.enum(lifecycleTargets) });

export const cancelMeetingSchema = z.object({ id: idSchema, reason: z.string().trim().min(1).max(CANCEL_REASON_MAX) });

/** The repeat part of the form, as the rule builder and the preview use it. */
export type RepeatInput = Pick<CreateMeetingInput, "repeat" | "interval" | "weekday" | "ordinal" | "repeatEnd" | "untilDate" | "count">;

/** List filters from the URL; unknown values fall back to "no filter" instead of erroring. */
export const meetingListQuerySchema = z.object({
  tab: z.enum(["upcoming", "past"]).catch("upcoming"),
  kind: z.enum(meetingKinds).optional().catch(undefined),
  status: z.enum(meetingStatuses).optional().catch(undefined),
  institution: z.string().trim().max(64).optional().catch(undefined),
  group: z.string().trim().max(64).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
});
export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;
