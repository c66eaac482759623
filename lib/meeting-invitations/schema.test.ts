import { describe, expect, it } from "vitest";
import { inviteToMeetingSchema, respondToMeetingSchema } from "@/lib/meeting-invitations/schema";

describe("meeting invitation schemas", () => {
  it("accepts single or repeated form values as id lists and needs at least one", () => {
    expect(inviteToMeetingSchema.parse({ meetingId: "m", institutionIds: "i1", userIds: ["u1", "u2"] })).toEqual({
      meetingId: "m",
      institutionIds: ["i1"],
      userIds: ["u1", "u2"],
    });
    expect(inviteToMeetingSchema.safeParse({ meetingId: "m", institutionIds: "", userIds: [] }).success).toBe(false);
  });

  it("turns empty optional answer fields into null and limits the comment", () => {
    expect(respondToMeetingSchema.parse({ meetingId: "m", response: "MAYBE", comment: "  ", substituteUserId: "" })).toEqual({
      meetingId: "m",
      response: "MAYBE",
      comment: null,
      substituteUserId: null,
    });
    expect(respondToMeetingSchema.safeParse({ meetingId: "m", response: "MAYBE", comment: "x".repeat(501) }).success).toBe(false);
    expect(respondToMeetingSchema.safeParse({ meetingId: "m", response: "PENDING" }).success).toBe(false);
  });
});
