import { z } from "zod";
import { DecisionStatus } from "@/lib/generated/prisma/enums";

export const decisionStatuses = Object.values(DecisionStatus) as [DecisionStatus, ...DecisionStatus[]];

export const DECISION_TEXT_MAX = 5000;
/** Indicators one decision may concern: far above any real decision, low enough to bound the write. */
export const DECISION_LINKS_MAX = 50;

/** Forms send "" for untouched optional fields; the database should hold null for "not given". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value),
    schema.nullable(),
  );
}

const idSchema = z.string().trim().min(1).max(64);
/** A calendar day "YYYY-MM-DD" that exists (no 30 February). A custom issue, so it reads "invalidDate". */
export const dayString = z
  .string()
  .trim()
  .refine((v) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "1990-01-01" && v <= "2999-12-31";
  }, { message: "invalidDate" });

/** A checkbox list arrives as one string, several strings, or nothing at all. */
const idList = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(idSchema).max(DECISION_LINKS_MAX),
).transform((ids) => [...new Set(ids)]);

const decisionText = z.string().trim().min(1).max(DECISION_TEXT_MAX);

/**
 * What "record a decision" takes, from the register form and from the editor's "record as
 * decision" (which sends only groupId, text, meetingId and documentId). Without a date the
 * decision is dated on its meeting's day, or today.
 */
export const recordDecisionSchema = z.object({
  groupId: idSchema,
  text: decisionText,
  decidedOn: optional(dayString).default(null),
  meetingId: optional(idSchema).default(null),
  documentId: optional(idSchema).default(null),
  indicatorIds: idList.default([]),
  /** A decision in force that this one replaces (coordinators only). */
  supersedesId: optional(idSchema).default(null),
});
export type RecordDecisionInput = z.input<typeof recordDecisionSchema>;
export type RecordDecisionData = z.infer<typeof recordDecisionSchema>;

/** A coordinator's correction. The number stays, so the date must stay in the same year. */
export const updateDecisionSchema = z.object({
  id: idSchema,
  text: decisionText,
  decidedOn: dayString,
  meetingId: optional(idSchema).default(null),
  indicatorIds: idList.default([]),
});
export type UpdateDecisionInput = z.input<typeof updateDecisionSchema>;

export const decisionIdSchema = z.object({ id: idSchema });

export const supersedeDecisionSchema = z.object({ id: idSchema, supersededById: idSchema });
export type SupersedeDecisionInput = z.infer<typeof supersedeDecisionSchema>;
