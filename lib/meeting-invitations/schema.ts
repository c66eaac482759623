// Input schemas for meeting invitations: the coordinator's invite form, removing an invitee,
// and each invitee's own answer (with an optional substitute from their institution).
import { z } from "zod";

export const INVITEE_COMMENT_MAX = 500;
export const inviteeAnswers = ["ATTENDING", "NOT_ATTENDING", "MAYBE"] as const;
export type InviteeAnswer = (typeof inviteeAnswers)[number];

const id = z.string().trim().min(1).max(64);

/** Forms send "" for untouched optional fields; the database holds null for "not given". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value),
    schema.nullable(),
  );
}

/** A multi-select posts one value, several, or none. */
const idList = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(id).max(500),
);

export const inviteToMeetingSchema = z
  .object({ meetingId: id, institutionIds: idList, userIds: idList })
  .refine((v) => v.institutionIds.length + v.userIds.length > 0, { message: "required", path: ["userIds"] });
export type InviteToMeetingInput = z.infer<typeof inviteToMeetingSchema>;

export const removeInviteeSchema = z.object({ meetingId: id, inviteeId: id });
export type RemoveInviteeInput = z.infer<typeof removeInviteeSchema>;

export const respondToMeetingSchema = z.object({
  meetingId: id,
  response: z.enum(inviteeAnswers),
  comment: optional(z.string().trim().max(INVITEE_COMMENT_MAX)),
  substituteUserId: optional(id),
});
export type RespondToMeetingInput = z.infer<typeof respondToMeetingSchema>;
