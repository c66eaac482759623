import { describe, expect, it } from "vitest";
import { addDaysToDate, classifyDue, dateFromDb, dateToDb, daysBetween, hourIn, isCalendarDate, mondayOf, nextWeeklySummaryAt, todayIn } from "@/lib/actions/due";

describe("calendar dates", () => {
  it("accepts real days only", () => {
    expect(isCalendarDate("2026-03-12")).toBe(true);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("2026-3-1")).toBe(false);
    expect(isCalendarDate("1999-12-31")).toBe(false);
    expect(isCalendarDate("")).toBe(false);
  });

  it("stores a day as UTC midnight and reads it back unchanged", () => {
    expect(dateToDb("2026-03-29").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(dateFromDb(dateToDb("2026-10-25"))).toBe("2026-10-25");
  });

  it("adds and counts days across DST changes", () => {
    expect(addDaysToDate("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDaysToDate("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-10-26", "2026-10-24")).toBe(-2);
  });
});

describe("today in Warsaw", () => {
  it("is already the next day at 23:30 UTC in summer and winter", () => {
    expect(todayIn(new Date("2026-07-14T22:30:00Z"))).toBe("2026-07-15");
    expect(todayIn(new Date("2026-01-14T23:30:00Z"))).toBe("2026-01-15");
    expect(todayIn(new Date("2026-01-14T22:30:00Z"))).toBe("2026-01-14");
  });
});

describe("classifyDue", () => {
  const today = todayIn(new Date("2026-03-12T10:00:00Z"));

  it("marks open actions past their day as overdue, on the day as today", () => {
    expect(classifyDue("2026-03-11", "OPEN", today)).toBe("overdue");
    expect(classifyDue("2026-03-11", "BLOCKED", today)).toBe("overdue");
    expect(classifyDue("2026-03-12", "IN_PROGRESS", today)).toBe("today");
  });

  it("treats the next seven days as due soon", () => {
    expect(classifyDue("2026-03-19", "OPEN", today)).toBe("soon");
    expect(classifyDue("2026-03-20", "OPEN", today)).toBe("later");
    expect(classifyDue("2026-03-14", "OPEN", today, 1)).toBe("later");
  });

  it("never calls done or cancelled actions overdue, nor those without a date", () => {
    expect(classifyDue("2020-01-01", "DONE", today)).toBe("closed");
    expect(classifyDue("2020-01-01", "CANCELLED", today)).toBe("closed");
    expect(classifyDue(null, "OPEN", today)).toBe("none");
  });

  it("follows the Warsaw day at midnight, not the UTC one", () => {
    // 00:30 on 13 March in Warsaw is still 12 March in UTC: the action due on the 12th is overdue.
    const justAfterMidnight = todayIn(new Date("2026-03-12T23:30:00Z"));
    expect(classifyDue("2026-03-12", "OPEN", justAfterMidnight)).toBe("overdue");
    // 23:30 on 12 March in Warsaw (22:30 UTC): still due today.
    expect(classifyDue("2026-03-12", "OPEN", todayIn(new Date("2026-03-12T22:30:00Z")))).toBe("today");
  });
});

describe("weekly summary time", () => {
  it("finds the Monday of a week", () => {
    expect(mondayOf("2026-03-12")).toBe("2026-03-09");
    expect(mondayOf("2026-03-09")).toBe("2026-03-09");
    expect(mondayOf("2026-03-15")).toBe("2026-03-09");
  });

  it("is Monday 08:00 Warsaw, in winter and in summer time", () => {
    // Thursday 12 March 2026 → Monday 16 March, 08:00 CET = 07:00 UTC.
    expect(nextWeeklySummaryAt(new Date("2026-03-12T10:00:00Z")).toISOString()).toBe("2026-03-16T07:00:00.000Z");
    // Across the spring change: Monday 30 March, 08:00 CEST = 06:00 UTC.
    expect(nextWeeklySummaryAt(new Date("2026-03-27T10:00:00Z")).toISOString()).toBe("2026-03-30T06:00:00.000Z");
  });

  it("is later the same Monday before 08:00 and next week after it", () => {
    expect(nextWeeklySummaryAt(new Date("2026-03-16T06:59:00Z")).toISOString()).toBe("2026-03-16T07:00:00.000Z");
    expect(nextWeeklySummaryAt(new Date("2026-03-16T07:00:00Z")).toISOString()).toBe("2026-03-23T07:00:00.000Z");
  });

  it("reads the Warsaw hour", () => {
    expect(hourIn(new Date("2026-07-01T05:30:00Z"))).toBe(7);
    expect(hourIn(new Date("2026-01-01T05:30:00Z"))).toBe(6);
  });
});
