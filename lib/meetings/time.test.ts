import { describe, expect, it } from "vitest";
import {
  formatMeetingRange,
  isValidTimeZone,
  utcToZonedParts,
  validateMeetingTimes,
  zonedWallTimeToUtc,
} from "@/lib/meetings/time";

const WARSAW = "Europe/Warsaw";

describe("zonedWallTimeToUtc", () => {
  it("uses CET in winter and CEST in summer", () => {
    expect(zonedWallTimeToUtc("2026-01-15", "10:00", WARSAW)).toEqual({ utc: new Date("2026-01-15T09:00:00Z") });
    expect(zonedWallTimeToUtc("2026-07-15", "10:00", WARSAW)).toEqual({ utc: new Date("2026-07-15T08:00:00Z") });
  });

  it("keeps 10:00 on either side of the spring change (28 and 30 March 2026)", () => {
    expect(zonedWallTimeToUtc("2026-03-28", "10:00", WARSAW).utc.toISOString()).toBe("2026-03-28T09:00:00.000Z");
    expect(zonedWallTimeToUtc("2026-03-30", "10:00", WARSAW).utc.toISOString()).toBe("2026-03-30T08:00:00.000Z");
  });

  it("moves a time in the spring-forward gap forward and says so", () => {
    const result = zonedWallTimeToUtc("2026-03-29", "02:30", WARSAW);
    expect(result.adjusted).toBe("skipped");
    expect(result.utc.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(utcToZonedParts(result.utc, WARSAW)).toEqual({ date: "2026-03-29", time: "03:30" });
    // The edges of the gap: 01:59 is still CET, 02:00 does not exist, 03:00 is CEST.
    expect(zonedWallTimeToUtc("2026-03-29", "01:59", WARSAW)).toEqual({ utc: new Date("2026-03-29T00:59:00Z") });
    expect(zonedWallTimeToUtc("2026-03-29", "02:00", WARSAW)).toEqual({
      utc: new Date("2026-03-29T01:00:00Z"),
      adjusted: "skipped",
    });
    expect(zonedWallTimeToUtc("2026-03-29", "03:00", WARSAW)).toEqual({ utc: new Date("2026-03-29T01:00:00Z") });
  });

  it("picks the first (summer-time) instant in the autumn fold and says so", () => {
    const result = zonedWallTimeToUtc("2026-10-25", "02:30", WARSAW);
    expect(result).toEqual({ utc: new Date("2026-10-25T00:30:00Z"), adjusted: "ambiguous" });
    expect(zonedWallTimeToUtc("2026-10-25", "01:59", WARSAW)).toEqual({ utc: new Date("2026-10-24T23:59:00Z") });
    expect(zonedWallTimeToUtc("2026-10-25", "03:00", WARSAW)).toEqual({ utc: new Date("2026-10-25T02:00:00Z") });
  });

  it("handles other zones, including southern-hemisphere DST and zones without DST", () => {
    // New York springs forward on 8 March 2026 at 02:00.
    expect(zonedWallTimeToUtc("2026-03-08", "02:30", "America/New_York")).toEqual({
      utc: new Date("2026-03-08T07:30:00Z"),
      adjusted: "skipped",
    });
    // Sydney falls back on 5 April 2026 at 03:00 AEDT → 02:00 AEST.
    expect(zonedWallTimeToUtc("2026-04-05", "02:30", "Australia/Sydney")).toEqual({
      utc: new Date("2026-04-04T15:30:00Z"),
      adjusted: "ambiguous",
    });
    expect(zonedWallTimeToUtc("2026-06-01", "09:00", "Asia/Tokyo")).toEqual({ utc: new Date("2026-06-01T00:00:00Z") });
    expect(zonedWallTimeToUtc("2026-06-01", "09:00", "UTC")).toEqual({ utc: new Date("2026-06-01T09:00:00Z") });
  });

  it("rejects impossible input", () => {
    expect(() => zonedWallTimeToUtc("2026-02-30", "10:00", WARSAW)).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc("2026-02-10", "24:00", WARSAW)).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc("2026-02-10", "9:00", WARSAW)).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc("2026-02-10", "10:00", "Mars/Olympus")).toThrow(RangeError);
    expect(isValidTimeZone("Europe/Warsaw")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("utcToZonedParts", () => {
  it("gives the wall time on both sides of the autumn fold", () => {
    expect(utcToZonedParts(new Date("2026-10-25T00:30:00Z"), WARSAW)).toEqual({ date: "2026-10-25", time: "02:30" });
    expect(utcToZonedParts(new Date("2026-10-25T01:30:00Z"), WARSAW)).toEqual({ date: "2026-10-25", time: "02:30" });
  });

  it("puts late-evening UTC instants on the next Warsaw day", () => {
    expect(utcToZonedParts(new Date("2026-12-31T23:30:00Z"), WARSAW)).toEqual({ date: "2027-01-01", time: "00:30" });
    expect(utcToZonedParts(new Date("2026-12-31T23:30:00Z"), "UTC")).toEqual({ date: "2026-12-31", time: "23:30" });
  });

  it("round-trips every quarter hour of the DST-change days except the gap", () => {
    for (const date of ["2026-03-29", "2026-10-25"]) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        const { utc, adjusted } = zonedWallTimeToUtc(date, time, WARSAW);
        if (adjusted === "skipped") continue;
        expect(utcToZonedParts(utc, WARSAW)).toEqual({ date, time });
      }
    }
  });
});

describe("formatMeetingRange", () => {
  const start = new Date("2026-03-03T09:00:00Z");
  const end = new Date("2026-03-03T11:30:00Z");

  it("formats a one-day meeting in Polish and English", () => {
    expect(formatMeetingRange(start, end, "pl", WARSAW)).toBe("wtorek, 3 marca 2026, 10:00–12:30");
    expect(formatMeetingRange(start, end, "en", WARSAW)).toBe("Tuesday, 3 March 2026, 10:00–12:30");
  });

  it("formats a multi-day meeting with both days", () => {
    const visitEnd = new Date("2026-03-05T15:00:00Z");
    expect(formatMeetingRange(start, visitEnd, "pl", WARSAW)).toBe(
      "wtorek, 3 marca 2026, 10:00 – czwartek, 5 marca 2026, 16:00",
    );
    expect(formatMeetingRange(start, visitEnd, "en", WARSAW)).toBe(
      "Tuesday, 3 March 2026, 10:00 – Thursday, 5 March 2026, 16:00",
    );
  });

  it("decides one day or several in the viewer's zone, across a DST change", () => {
    // 22:00–23:30 UTC on 24 Oct is 00:00–00:30 in Warsaw on 25 Oct: one Warsaw day.
    expect(formatMeetingRange(new Date("2026-10-24T22:00:00Z"), new Date("2026-10-24T22:30:00Z"), "en", WARSAW)).toBe(
      "Sunday, 25 October 2026, 00:00–00:30",
    );
    // A study visit from summer into winter time keeps 09:00 local on both ends.
    expect(formatMeetingRange(new Date("2026-10-22T07:00:00Z"), new Date("2026-10-26T08:00:00Z"), "pl", WARSAW)).toBe(
      "czwartek, 22 października 2026, 09:00 – poniedziałek, 26 października 2026, 09:00",
    );
    expect(formatMeetingRange(start, end, "en", "America/New_York")).toBe("Tuesday, 3 March 2026, 04:00–06:30");
  });
});

describe("validateMeetingTimes", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  const start = new Date("2026-03-03T09:00:00Z");

  it("accepts a future meeting that ends after it starts", () => {
    expect(validateMeetingTimes({ start, end: new Date("2026-03-03T11:00:00Z"), now, kind: "PLENARY" })).toEqual([]);
  });

  it("rejects an end at or before the start", () => {
    expect(validateMeetingTimes({ start, end: start, now })).toEqual(["endNotAfterStart"]);
    expect(validateMeetingTimes({ start, end: new Date("2026-03-03T08:00:00Z"), now })).toEqual(["endNotAfterStart"]);
  });

  it("rejects a start in the past unless recording after the fact", () => {
    const past = new Date("2026-03-01T11:59:00Z");
    const end = new Date("2026-03-01T13:00:00Z");
    expect(validateMeetingTimes({ start: past, end, now })).toEqual(["startInPast"]);
    expect(validateMeetingTimes({ start: past, end, now, allowPast: true })).toEqual([]);
  });

  it("allows a week for study visits and two days for other kinds", () => {
    const weekLater = new Date(start.getTime() + 7 * 24 * 3600_000);
    const threeDays = new Date(start.getTime() + 3 * 24 * 3600_000);
    expect(validateMeetingTimes({ start, end: weekLater, now, kind: "STUDY_VISIT" })).toEqual([]);
    expect(validateMeetingTimes({ start, end: new Date(weekLater.getTime() + 60_000), now, kind: "STUDY_VISIT" })).toEqual([
      "tooLong",
    ]);
    expect(validateMeetingTimes({ start, end: threeDays, now, kind: "PLENARY" })).toEqual(["tooLong"]);
    expect(validateMeetingTimes({ start, end: threeDays, now, maxDurationMinutes: 4 * 24 * 60 })).toEqual([]);
  });
});
