// Meeting lifecycle: DRAFT → SCHEDULED → IN_PROGRESS → HELD → MINUTES_APPROVED, and
// DRAFT or SCHEDULED → CANCELLED (with a reason). Pure rules; the mutations apply them.
import type { IcsStatus } from "@/lib/meetings/ics";

export const MEETING_STATUSES = ["DRAFT", "SCHEDULED", "IN_PROGRESS", "HELD", "MINUTES_APPROVED", "CANCELLED"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const CANCEL_REASON_MAX_LENGTH = 500;

const TRANSITIONS: Record<MeetingStatus, readonly MeetingStatus[]> = {
  DRAFT: ["SCHEDULED", "CANCELLED"],
  SCHEDULED: ["IN_PROGRESS", "CANCELLED"],
  IN_PROGRESS: ["HELD"],
  HELD: ["MINUTES_APPROVED"],
  MINUTES_APPROVED: [],
  CANCELLED: [],
};

export function nextStatuses(from: MeetingStatus): readonly MeetingStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: MeetingStatus, to: MeetingStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isFinalStatus(status: MeetingStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

/** Whether the meeting's date, place and details may still be edited. */
export function isEditableStatus(status: MeetingStatus): boolean {
  return status === "DRAFT" || status === "SCHEDULED";
}

/**
 * Calendar STATUS for a meeting; null for drafts, which stay out of invitees' feeds and
 * invitations. Once published a meeting stays CONFIRMED while it runs and after it is held:
 * those steps change nothing a calendar shows.
 */
export function icsStatusFor(status: MeetingStatus): IcsStatus | null {
  if (status === "DRAFT") return null;
  if (status === "CANCELLED") return "CANCELLED";
  return "CONFIRMED";
}

/**
 * Whether a status change must bump the iCalendar SEQUENCE: exactly when the calendar data
 * changes, i.e. the calendar STATUS differs (publishing a draft, cancelling). Starting,
 * closing and approving minutes do not touch calendars, so no bump (and no re-sync).
 */
export function transitionBumpsSequence(from: MeetingStatus, to: MeetingStatus): boolean {
  return canTransition(from, to) && icsStatusFor(from) !== icsStatusFor(to);
}

/** Meeting fields that end up in iCalendar output: editing any of them bumps SEQUENCE. */
export const CALENDAR_FIELDS = [
  "title",
  "startsAt",
  "endsAt",
  "timeZone",
  "place",
  "onlineUrl",
  "description",
  "organiserInstitutionId",
  "status",
] as const;
export type CalendarField = (typeof CALENDAR_FIELDS)[number];
export type CalendarData = { [K in CalendarField]?: string | Date | null };

function sameValue(a: string | Date | null | undefined, b: string | Date | null | undefined): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? null) === (b ?? null);
}

/** Whether an edit changes anything calendars show (compare before/after of the same fields). */
export function changesCalendarData(before: CalendarData, after: CalendarData): boolean {
  return CALENDAR_FIELDS.some((field) => field in after && !sameValue(before[field], after[field]));
}

export type CancelReasonResult = { ok: true; reason: string } | { ok: false; error: "cancelReasonRequired" | "cancelReasonTooLong" };

/** The reason is trimmed; it must be non-empty and at most 500 characters. */
export function validateCancelReason(reason: string | null | undefined): CancelReasonResult {
  const trimmed = (reason ?? "").trim();
  if (trimmed === "") return { ok: false, error: "cancelReasonRequired" };
  if ([...trimmed].length > CANCEL_REASON_MAX_LENGTH) return { ok: false, error: "cancelReasonTooLong" };
  return { ok: true, reason: trimmed };
}

export type TransitionPlan =
  | { ok: true; to: MeetingStatus; bumpSequence: boolean; cancelReason?: string }
  | { ok: false; error: "invalidTransition" | "cancelReasonRequired" | "cancelReasonTooLong" };

/** One check for a mutation: is the move allowed, is the reason valid, does SEQUENCE go up. */
export function planTransition(from: MeetingStatus, to: MeetingStatus, input: { reason?: string | null } = {}): TransitionPlan {
  if (!canTransition(from, to)) return { ok: false, error: "invalidTransition" };
  const bumpSequence = transitionBumpsSequence(from, to);
  if (to !== "CANCELLED") return { ok: true, to, bumpSequence };
  const reason = validateCancelReason(input.reason);
  if (!reason.ok) return { ok: false, error: reason.error };
  return { ok: true, to, bumpSequence, cancelReason: reason.reason };
}
