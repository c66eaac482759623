import { describe, expect, it } from "vitest";
import { cancelMeetingSchema, createMeetingSchema, meetingListQuerySchema } from "@/lib/meetings/schema";

const base = { groupId: "g1", title: " Posiedzenie ", kind: "PLENARY", startDate: "2027-03-02", startTime: "10:00", endTime: "12:00" };

describe("meeting schemas", () => {
  it("trims, turns empty optionals into null and defaults to no repeat", () => {
    const parsed = createMeetingSchema.parse({ ...base, place: "  ", onlineUrl: "", endDate: "" });
    expect(parsed).toMatchObject({ title: "Posiedzenie", place: null, onlineUrl: null, endDate: null, repeat: "none" });
  });

  it("refuses an end before the start, with the validation key on the end time", () => {
    const result = createMeetingSchema.safeParse({ ...base, endTime: "09:59" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["endTime"], message: "endBeforeStart" });
    // A later end date makes an earlier clock time fine (multi-day meeting).
    expect(createMeetingSchema.safeParse({ ...base, endDate: "2027-03-03", endTime: "09:00" }).success).toBe(true);
  });

  it("accepts only https links and well-formed times", () => {
    expect(createMeetingSchema.safeParse({ ...base, onlineUrl: "http://meet.example/x" }).success).toBe(false);
    expect(createMeetingSchema.safeParse({ ...base, onlineUrl: "https://meet.example/x" }).success).toBe(true);
    expect(createMeetingSchema.safeParse({ ...base, startTime: "24:00" }).success).toBe(false);
  });

  it("needs an until date when the series ends on a date", () => {
    const result = createMeetingSchema.safeParse({ ...base, repeat: "monthly", repeatEnd: "until" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["untilDate"], message: "required" });
  });

  it("requires a cancel reason of at most 500 characters", () => {
    expect(cancelMeetingSchema.safeParse({ id: "m", reason: "  " }).success).toBe(false);
    expect(cancelMeetingSchema.safeParse({ id: "m", reason: "x".repeat(501) }).success).toBe(false);
    expect(cancelMeetingSchema.safeParse({ id: "m", reason: "Brak kworum" }).success).toBe(true);
  });

  it("falls back to defaults for unknown list filters", () => {
    expect(meetingListQuerySchema.parse({ tab: "x", kind: "NOPE", page: "-3" })).toMatchObject({ tab: "upcoming", kind: undefined, page: 1 });
  });
});
