import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { createPollSchema } from "@/lib/polls/schema";
import { resolvePollSlots } from "@/lib/polls/slots";

const now = new Date("2027-03-01T08:00:00Z");

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("resolvePollSlots", () => {
  it("converts Warsaw wall time to UTC across the DST change and sorts the slots", () => {
    const { slots, deadline } = resolvePollSlots(
      {
        slots: [
          { date: "2027-04-06", start: "10:00", end: "12:00" },
          { date: "2027-03-16", start: "10:00", end: "12:00" },
        ],
        deadlineDate: "2027-03-10",
        deadlineTime: null,
      },
      "Europe/Warsaw",
      now,
    );
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual(["2027-03-16T09:00:00.000Z", "2027-04-06T08:00:00.000Z"]);
    expect(deadline?.toISOString()).toBe("2027-03-10T22:59:00.000Z");
  });

  it("refuses past slots, duplicates and a past deadline with field keys", () => {
    const error = refusal(() =>
      resolvePollSlots(
        {
          slots: [
            { date: "2027-02-28", start: "10:00", end: "12:00" },
            { date: "2027-03-16", start: "10:00", end: "12:00" },
            { date: "2027-03-16", start: "10:00", end: "12:00" },
          ],
          deadlineDate: "2027-02-01",
          deadlineTime: "12:00",
        },
        "Europe/Warsaw",
        now,
      ),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.messageKey).toBe("POLL_SLOT_IN_PAST");
    expect(error.fieldErrors).toEqual({
      "slots.0.date": [{ key: "startInPast" }],
      "slots.2.date": [{ key: "duplicateSlot" }],
      deadlineDate: [{ key: "deadlineInPast" }],
    });
  });
});

describe("createPollSchema", () => {
  const base = {
    groupId: "g1",
    title: "  Posiedzenie  ",
    kind: "PLENARY",
    description: "",
    place: " ",
    onlineUrl: "",
    deadlineDate: "",
    deadlineTime: "",
    slots: [
      { date: "2027-03-16", start: "10:00", end: "12:00" },
      { date: "2027-03-17", start: "10:00", end: "12:00" },
    ],
  };

  it("trims and turns empty optional fields into null", () => {
    const parsed = createPollSchema.parse(base);
    expect(parsed).toMatchObject({ title: "Posiedzenie", description: null, place: null, onlineUrl: null, deadlineDate: null });
  });

  it("refuses an end before the start, one slot, 21 slots and a long title", () => {
    const issues = (input: object) => createPollSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ ...base, slots: [base.slots[0], { date: "2027-03-17", start: "12:00", end: "11:00" }] })).toEqual([
      ["slots.1.end", "endBeforeStart"],
    ]);
    expect(createPollSchema.safeParse({ ...base, slots: [base.slots[0]] }).success).toBe(false);
    expect(createPollSchema.safeParse({ ...base, slots: Array.from({ length: 21 }, () => base.slots[0]) }).success).toBe(false);
    expect(createPollSchema.safeParse({ ...base, title: "x".repeat(201) }).success).toBe(false);
  });
});
