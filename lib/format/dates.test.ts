import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDateTime } from "@/lib/format/dates";

describe("dates shown in Europe/Warsaw", () => {
  it("uses CET in winter and CEST in summer, whatever the machine's zone", () => {
    expect(formatDateTime(new Date("2026-01-15T09:00:00Z"), "pl")).toBe("15 stycznia 2026, 10:00");
    expect(formatDateTime(new Date("2026-07-15T09:00:00Z"), "en")).toBe("15 July 2026, 11:00");
  });

  it("crosses the spring and autumn DST changes correctly", () => {
    // 29 March 2026: 02:00 CET jumps to 03:00 CEST at 01:00 UTC.
    expect(formatDateTime(new Date("2026-03-29T00:59:00Z"), "pl")).toBe("29 marca 2026, 01:59");
    expect(formatDateTime(new Date("2026-03-29T01:00:00Z"), "pl")).toBe("29 marca 2026, 03:00");
    // 25 October 2026: 03:00 CEST falls back to 02:00 CET at 01:00 UTC.
    expect(formatDateTime(new Date("2026-10-25T00:30:00Z"), "pl")).toBe("25 października 2026, 02:30");
    expect(formatDateTime(new Date("2026-10-25T01:30:00Z"), "pl")).toBe("25 października 2026, 02:30");
  });

  it("honours a personal time zone and keeps calendar dates on their day", () => {
    expect(formatDateTime(new Date("2026-01-15T09:00:00Z"), "en", "America/New_York")).toBe("15 January 2026, 04:00");
    expect(formatCalendarDate(new Date("2012-05-09T00:00:00Z"), "pl")).toBe("9 maja 2012");
  });
});
