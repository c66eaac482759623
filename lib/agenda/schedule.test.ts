import { describe, expect, it } from "vitest";
import { computeRunningTimes, dropInOrder, moveInOrder, overrunMinutes } from "@/lib/agenda/schedule";

// 10:00 Warsaw on a winter day.
const start = new Date("2026-01-13T09:00:00Z");

describe("computeRunningTimes", () => {
  it("chains items from the meeting start", () => {
    const slots = computeRunningTimes(start, [{ durationMinutes: 15 }, { durationMinutes: 30 }]);
    expect(slots.map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
      ["2026-01-13T09:00:00.000Z", "2026-01-13T09:15:00.000Z"],
      ["2026-01-13T09:15:00.000Z", "2026-01-13T09:45:00.000Z"],
    ]);
  });

  it("keeps real elapsed time across the autumn DST change", () => {
    // 02:30 Warsaw on 25 Oct 2026 (CEST) + 60 min is 02:30 CET: one hour later in UTC.
    const dst = new Date("2026-10-25T00:30:00Z");
    const [slot] = computeRunningTimes(dst, [{ durationMinutes: 60 }]);
    expect(slot?.endsAt.toISOString()).toBe("2026-10-25T01:30:00.000Z");
  });
});

describe("overrunMinutes", () => {
  const end = new Date("2026-01-13T10:00:00Z");
  it("is 0 when the agenda fits exactly", () => {
    expect(overrunMinutes(start, end, [{ durationMinutes: 30 }, { durationMinutes: 30 }])).toBe(0);
  });
  it("counts the minutes past the end", () => {
    expect(overrunMinutes(start, end, [{ durationMinutes: 45 }, { durationMinutes: 30 }])).toBe(15);
  });
});

describe("moveInOrder / dropInOrder", () => {
  it("swaps with the neighbour and stops at the edges", () => {
    expect(moveInOrder(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(moveInOrder(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
    expect(moveInOrder(["a", "b", "c"], "a", "up")).toEqual(["a", "b", "c"]);
    expect(moveInOrder(["a", "b", "c"], "c", "down")).toEqual(["a", "b", "c"]);
  });
  it("drops an item onto another's place", () => {
    expect(dropInOrder(["a", "b", "c", "d"], "a", "c")).toEqual(["b", "c", "a", "d"]);
    expect(dropInOrder(["a", "b", "c", "d"], "d", "b")).toEqual(["a", "d", "b", "c"]);
  });
});
