import { describe, expect, it } from "vitest";
import { meetingDays, monthWeeks, parseMonth, shiftMonth } from "@/components/meetings/month-grid";

describe("month grid", () => {
  it("starts weeks on Monday: November 2026 begins on a Sunday", () => {
    const weeks = monthWeeks({ year: 2026, month: 11 });
    expect(weeks[0]).toEqual([null, null, null, null, null, null, "2026-11-01"]);
    expect(weeks.at(-1)?.[0]).toBe("2026-11-30");
    expect(weeks).toHaveLength(6);
  });

  it("parses ?month= and falls back on nonsense; shifts across years", () => {
    expect(parseMonth("2026-11", { year: 2000, month: 1 })).toEqual({ year: 2026, month: 11 });
    expect(parseMonth("2026-13", { year: 2000, month: 1 })).toEqual({ year: 2000, month: 1 });
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
  });

  it("puts a meeting on every local day it touches", () => {
    // 23:30 Warsaw on 28.10 to 01:00 on 29.10 (UTC+1 in winter).
    expect(meetingDays(new Date("2026-10-28T22:30:00Z"), new Date("2026-10-29T00:00:00Z"), "Europe/Warsaw")).toEqual(["2026-10-28", "2026-10-29"]);
    expect(meetingDays(new Date("2026-11-03T09:00:00Z"), new Date("2026-11-03T11:00:00Z"), "Europe/Warsaw")).toEqual(["2026-11-03"]);
  });
});
