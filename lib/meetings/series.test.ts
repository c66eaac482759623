import { describe, expect, it } from "vitest";
import { firstMatchingDate, occurrencesToCreate, repeatToRule, seriesRuleFieldErrors } from "@/lib/meetings/series";
import type { RepeatInput } from "@/lib/meetings/schema";

const repeat = (patch: Partial<RepeatInput>): RepeatInput => ({
  repeat: "quarterly",
  interval: 1,
  weekday: "TU",
  ordinal: "1",
  repeatEnd: "count",
  untilDate: null,
  count: 8,
  ...patch,
});

describe("series rules from the form", () => {
  it("builds 'first Tuesday of the quarter' and keeps 10:00 Warsaw across DST", () => {
    const rule = repeatToRule(repeat({}), { startDate: "2026-01-06", startTime: "10:00", durationMinutes: 120 }, "Europe/Warsaw");
    expect(rule).toMatchObject({ freq: "quarterly", byWeekday: "TU", bySetPos: 1, count: 8 });
    const dates = occurrencesToCreate(rule!, new Date("2026-01-06T09:00:00Z"), new Date("2025-12-01T00:00:00Z"));
    expect(dates.map((o) => o.startsAt.toISOString())).toEqual([
      "2026-01-06T09:00:00.000Z",
      "2026-04-07T08:00:00.000Z",
      "2026-07-07T08:00:00.000Z",
      "2026-10-06T08:00:00.000Z",
    ]);
  });

  it("returns null for no repeat and an until end when chosen", () => {
    expect(repeatToRule(repeat({ repeat: "none" }), { startDate: "2026-01-06", startTime: "10:00", durationMinutes: 60 }, "Europe/Warsaw")).toBeNull();
    const rule = repeatToRule(repeat({ repeat: "weekly", interval: 2, repeatEnd: "until", untilDate: "2026-03-01" }), { startDate: "2026-01-06", startTime: "10:00", durationMinutes: 60 }, "Europe/Warsaw");
    expect(rule).toMatchObject({ freq: "weekly", interval: 2, until: "2026-03-01" });
    expect(rule).not.toHaveProperty("count");
  });

  it("maps a start date outside the rule to the start date field and suggests the first match", () => {
    const rule = repeatToRule(repeat({ repeat: "monthly", ordinal: "-1", weekday: "FR" }), { startDate: "2026-01-06", startTime: "10:00", durationMinutes: 60 }, "Europe/Warsaw");
    expect(seriesRuleFieldErrors(rule!)).toEqual({ startDate: [{ key: "startDateNotInRule" }] });
    expect(firstMatchingDate(rule!)).toBe("2026-01-30");
  });
});
