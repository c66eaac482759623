import { describe, expect, it } from "vitest";
import {
  indicatorStart,
  lastCompletedQuarter,
  parseQuarterKey,
  periodsOverlap,
  quarterKey,
  quarterOfDay,
  quarterPeriod,
  quartersBetween,
  reportingQuarter,
  todayIn,
} from "@/lib/indicators/periods";

describe("quarters", () => {
  it("maps days to quarters and back", () => {
    expect(quarterOfDay("2023-01-01")).toEqual({ year: 2023, quarter: 1 });
    expect(quarterOfDay("2023-06-30")).toEqual({ year: 2023, quarter: 2 });
    expect(quarterOfDay("2023-12-31")).toEqual({ year: 2023, quarter: 4 });
    expect(quarterPeriod({ year: 2024, quarter: 1 })).toEqual({ start: "2024-01-01", end: "2024-03-31" });
    expect(quarterPeriod({ year: 2023, quarter: 3 })).toEqual({ start: "2023-07-01", end: "2023-09-30" });
    expect(quarterPeriod({ year: 2023, quarter: 4 })).toEqual({ start: "2023-10-01", end: "2023-12-31" });
  });

  it("round-trips keys and refuses junk", () => {
    expect(quarterKey({ year: 2022, quarter: 3 })).toBe("2022-Q3");
    expect(parseQuarterKey("2022-Q3")).toEqual({ year: 2022, quarter: 3 });
    expect(parseQuarterKey("2022-Q5")).toBeNull();
    expect(parseQuarterKey("Q3")).toBeNull();
  });

  it("lists the quarters of the demo project (1 Jul 2022 – 31 Dec 2023)", () => {
    expect(quartersBetween("2022-07-01", "2023-12-31").map(quarterKey)).toEqual(["2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]);
    expect(quartersBetween("2023-01-01", "2022-12-31")).toEqual([]);
  });

  it("tells overlapping periods", () => {
    expect(periodsOverlap({ start: "2023-01-01", end: "2023-12-31" }, quarterPeriod({ year: 2023, quarter: 2 }))).toBe(true);
    expect(periodsOverlap({ start: "2023-03-31", end: "2023-03-31" }, quarterPeriod({ year: 2023, quarter: 2 }))).toBe(false);
  });
});

describe("the Warsaw calendar decides which quarter has ended", () => {
  it("counts Q1 as completed at 00:30 on 1 April in Warsaw (still 31 March in UTC)", () => {
    const now = new Date("2024-03-31T22:30:00Z");
    expect(todayIn(now)).toBe("2024-04-01");
    expect(lastCompletedQuarter(now)).toEqual({ year: 2024, quarter: 1 });
    // New York is still in March: Q4 of the year before is the last completed there.
    expect(lastCompletedQuarter(now, "America/New_York")).toEqual({ year: 2023, quarter: 4 });
  });

  it("rolls over the year at midnight in Warsaw in winter (UTC+1)", () => {
    expect(lastCompletedQuarter(new Date("2023-12-31T22:59:00Z"))).toEqual({ year: 2023, quarter: 3 });
    expect(lastCompletedQuarter(new Date("2023-12-31T23:00:00Z"))).toEqual({ year: 2023, quarter: 4 });
  });

  it("asks for the final quarter once the deadline has passed, and for nothing before tracking starts", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    expect(reportingQuarter(now, { start: "2022-07-01", deadline: "2023-12-31" })).toEqual({ year: 2023, quarter: 4 });
    expect(reportingQuarter(now, { start: "2025-01-01", deadline: "2027-12-31" })).toEqual({ year: 2026, quarter: 3 });
    expect(reportingQuarter(now, { start: "2026-10-05", deadline: null })).toBeNull();
  });

  it("starts tracking at definition or first report, never before the group", () => {
    const createdAt = new Date("2023-03-01T10:00:00Z");
    expect(indicatorStart({ createdAt, firstPeriodStart: "2022-07-01", groupStart: "2022-07-01" })).toBe("2022-07-01");
    expect(indicatorStart({ createdAt, firstPeriodStart: null, groupStart: "2012-05-09" })).toBe("2023-03-01");
    expect(indicatorStart({ createdAt, firstPeriodStart: "2021-01-01", groupStart: "2022-07-01" })).toBe("2022-07-01");
    // 23:30 UTC on 28 February is already 1 March in Warsaw.
    expect(indicatorStart({ createdAt: new Date("2023-02-28T23:30:00Z"), firstPeriodStart: null, groupStart: null })).toBe("2023-03-01");
  });
});
