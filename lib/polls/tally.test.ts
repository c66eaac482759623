import { describe, expect, it } from "vitest";
import { isPollAnswerable, pollReminderKey, tallyPoll, type TallyAnswer } from "@/lib/polls/tally";

const slots = [
  { id: "a", startsAt: new Date("2027-03-02T09:00:00Z") },
  { id: "b", startsAt: new Date("2027-03-03T09:00:00Z") },
  { id: "c", startsAt: new Date("2027-03-04T09:00:00Z") },
];
const institutions: Record<string, string | null> = { u1: "i1", u2: "i1", u3: "i2", u4: null };
const of = (userId: string) => institutions[userId] ?? null;

describe("tallyPoll", () => {
  it("counts answers per slot and institutions with at least one yes", () => {
    const answers: TallyAnswer[] = [
      { slotId: "a", userId: "u1", value: "YES" },
      { slotId: "a", userId: "u2", value: "YES" },
      { slotId: "a", userId: "u4", value: "YES" },
      { slotId: "b", userId: "u3", value: "YES" },
      { slotId: "b", userId: "u1", value: "IF_NEED_BE" },
      { slotId: "c", userId: "u1", value: "NO" },
    ];
    const { totals } = tallyPoll(slots, answers, of);
    // Same institution twice counts once; a person without an institution adds no institution.
    expect(totals.a).toEqual({ yes: 3, ifNeedBe: 0, no: 0, institutionsWithYes: 1 });
    expect(totals.b).toEqual({ yes: 1, ifNeedBe: 1, no: 0, institutionsWithYes: 1 });
    expect(totals.c).toEqual({ yes: 0, ifNeedBe: 0, no: 1, institutionsWithYes: 0 });
  });

  it("picks the most yes, then the most if-need-be, then the earliest", () => {
    const tie: TallyAnswer[] = [
      { slotId: "a", userId: "u1", value: "YES" },
      { slotId: "b", userId: "u2", value: "YES" },
      { slotId: "b", userId: "u3", value: "IF_NEED_BE" },
      { slotId: "c", userId: "u3", value: "YES" },
    ];
    expect(tallyPoll(slots, tie, of).bestSlotId).toBe("b");
    const even: TallyAnswer[] = [
      { slotId: "c", userId: "u1", value: "YES" },
      { slotId: "b", userId: "u2", value: "YES" },
    ];
    expect(tallyPoll(slots, even, of).bestSlotId).toBe("b");
  });

  it("has no best slot when nobody can come", () => {
    expect(tallyPoll(slots, [{ slotId: "a", userId: "u1", value: "NO" }], of).bestSlotId).toBeNull();
  });
});

describe("isPollAnswerable", () => {
  const now = new Date("2027-01-10T12:00:00Z");
  it("accepts answers only while open and before the deadline", () => {
    expect(isPollAnswerable({ status: "OPEN", deadline: null }, now)).toBe(true);
    expect(isPollAnswerable({ status: "OPEN", deadline: new Date("2027-01-10T12:00:01Z") }, now)).toBe(true);
    expect(isPollAnswerable({ status: "OPEN", deadline: now }, now)).toBe(false);
    expect(isPollAnswerable({ status: "CLOSED", deadline: null }, now)).toBe(false);
    expect(isPollAnswerable({ status: "SCHEDULED", deadline: null }, now)).toBe(false);
  });
});

describe("pollReminderKey", () => {
  it("is per Warsaw calendar day", () => {
    // 23:30 UTC on 9 January is already 10 January in Warsaw.
    expect(pollReminderKey("p", "u", new Date("2027-01-09T23:30:00Z"))).toBe("poll-reminder:p:u:2027-01-10");
    expect(pollReminderKey("p", "u", new Date("2027-01-09T22:30:00Z"))).toBe("poll-reminder:p:u:2027-01-09");
  });
});
