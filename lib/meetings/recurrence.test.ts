import { describe, expect, it } from "vitest";
import {
  applyOverrides,
  describeRule,
  expandAllOccurrences,
  expandOccurrences,
  parseSeriesRule,
  serializeSeriesRule,
  toRRuleString,
  validateSeriesRule,
  type SeriesRule,
} from "@/lib/meetings/recurrence";
import { utcToZonedParts } from "@/lib/meetings/time";

const WARSAW = "Europe/Warsaw";

/** "Every first Tuesday of the quarter, 10:00–12:30 Warsaw". */
const quarterly: SeriesRule = {
  freq: "monthly",
  interval: 3,
  byWeekday: "TU",
  bySetPos: 1,
  count: 8,
  startDate: "2026-01-06",
  time: "10:00",
  durationMinutes: 150,
  timeZone: WARSAW,
};

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe("expandOccurrences", () => {
  it("expands every first Tuesday of the quarter, keeping 10:00 Warsaw in winter and summer", () => {
    const occurrences = expandAllOccurrences(quarterly);
    expect(iso(occurrences.map((o) => o.startsAt))).toEqual([
      "2026-01-06T09:00:00.000Z",
      "2026-04-07T08:00:00.000Z",
      "2026-07-07T08:00:00.000Z",
      "2026-10-06T08:00:00.000Z",
      "2027-01-05T09:00:00.000Z",
      "2027-04-06T08:00:00.000Z",
      "2027-07-06T08:00:00.000Z",
      "2027-10-05T08:00:00.000Z",
    ]);
    for (const occurrence of occurrences) {
      expect(utcToZonedParts(occurrence.startsAt, WARSAW).time).toBe("10:00");
      expect(utcToZonedParts(occurrence.endsAt, WARSAW).time).toBe("12:30");
      expect(occurrence.originalStart).toEqual(occurrence.startsAt);
      expect(occurrence.adjusted).toBeUndefined();
    }
  });

  it("treats quarterly as monthly × 3", () => {
    const asQuarterly: SeriesRule = { ...quarterly, freq: "quarterly", interval: 1 };
    expect(expandAllOccurrences(asQuarterly)).toEqual(expandAllOccurrences(quarterly));
    expect(toRRuleString(asQuarterly)).toBe(toRRuleString(quarterly));
  });

  it("keeps a weekly Saturday meeting at 10:00 across the spring change", () => {
    const weekly: SeriesRule = {
      freq: "weekly",
      interval: 1,
      byWeekday: "SA",
      startDate: "2026-03-21",
      time: "10:00",
      durationMinutes: 60,
      timeZone: WARSAW,
    };
    const occurrences = expandOccurrences(weekly, new Date("2026-03-01T00:00:00Z"), new Date("2026-04-05T00:00:00Z"));
    expect(iso(occurrences.map((o) => o.startsAt))).toEqual([
      "2026-03-21T09:00:00.000Z",
      "2026-03-28T09:00:00.000Z",
      "2026-04-04T08:00:00.000Z",
    ]);
  });

  it("keeps 10:00 across the autumn change and in another zone", () => {
    const weekly: SeriesRule = {
      freq: "weekly",
      interval: 1,
      startDate: "2026-10-19",
      time: "10:00",
      durationMinutes: 60,
      timeZone: "America/New_York",
    };
    // New York falls back on 1 November 2026.
    const occurrences = expandOccurrences(weekly, new Date("2026-10-19T00:00:00Z"), new Date("2026-11-10T00:00:00Z"));
    expect(iso(occurrences.map((o) => o.startsAt))).toEqual([
      "2026-10-19T14:00:00.000Z",
      "2026-10-26T14:00:00.000Z",
      "2026-11-02T15:00:00.000Z",
      "2026-11-09T15:00:00.000Z",
    ]);
  });

  it("moves an occurrence in the spring-forward gap to 03:30 and flags it", () => {
    const night: SeriesRule = {
      freq: "weekly",
      interval: 1,
      byWeekday: "SU",
      startDate: "2026-03-22",
      time: "02:30",
      durationMinutes: 30,
      timeZone: WARSAW,
      count: 3,
    };
    const [before, gap, after] = expandAllOccurrences(night);
    expect(before).toEqual({
      originalStart: new Date("2026-03-22T01:30:00Z"),
      startsAt: new Date("2026-03-22T01:30:00Z"),
      endsAt: new Date("2026-03-22T02:00:00Z"),
    });
    expect(gap?.startsAt.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(gap?.adjusted).toBe("skipped");
    expect(utcToZonedParts(gap!.startsAt, WARSAW)).toEqual({ date: "2026-03-29", time: "03:30" });
    expect(after?.startsAt.toISOString()).toBe("2026-04-05T00:30:00.000Z");
  });

  it("finds the last Friday of each month", () => {
    const lastFriday: SeriesRule = {
      freq: "monthly",
      interval: 1,
      byWeekday: "FR",
      bySetPos: -1,
      startDate: "2026-01-30",
      time: "09:00",
      durationMinutes: 60,
      timeZone: WARSAW,
      count: 4,
    };
    expect(expandAllOccurrences(lastFriday).map((o) => utcToZonedParts(o.startsAt, WARSAW).date)).toEqual([
      "2026-01-30",
      "2026-02-27",
      "2026-03-27",
      "2026-04-24",
    ]);
  });

  it("includes an occurrence on the until date and stops after it", () => {
    const biweekly: SeriesRule = {
      freq: "weekly",
      interval: 2,
      byWeekday: "WE",
      startDate: "2026-05-06",
      time: "23:30",
      durationMinutes: 60,
      timeZone: WARSAW,
      until: "2026-06-03",
    };
    expect(expandAllOccurrences(biweekly).map((o) => utcToZonedParts(o.startsAt, WARSAW).date)).toEqual([
      "2026-05-06",
      "2026-05-20",
      "2026-06-03",
    ]);
  });

  it("returns only occurrences starting inside the window", () => {
    const window = expandOccurrences(quarterly, new Date("2026-04-07T08:00:00Z"), new Date("2026-10-06T08:00:00Z"));
    expect(iso(window.map((o) => o.startsAt))).toEqual(["2026-04-07T08:00:00.000Z", "2026-07-07T08:00:00.000Z"]);
  });

  it("expands an endless series only within the window", () => {
    const endless: SeriesRule = { ...quarterly, count: undefined };
    delete endless.count;
    const window = expandOccurrences(endless, new Date("2030-01-01T00:00:00Z"), new Date("2031-01-01T00:00:00Z"));
    expect(window.map((o) => utcToZonedParts(o.startsAt, WARSAW).date)).toEqual([
      "2030-01-01",
      "2030-04-02",
      "2030-07-02",
      "2030-10-01",
    ]);
    expect(() => expandAllOccurrences(endless)).toThrow(RangeError);
  });
});

describe("RRULE strings", () => {
  it("writes the RFC 5545 rule with n-th weekday as BYDAY=1TU and UNTIL in UTC", () => {
    expect(toRRuleString(quarterly)).toBe("FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU;COUNT=8;WKST=MO");
    const { count: _count, ...rest } = quarterly;
    // End of 31 Dec 2026 in Warsaw (CET) is 22:59:59Z.
    expect(toRRuleString({ ...rest, until: "2026-12-31" })).toBe(
      "FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU;UNTIL=20261231T225959Z;WKST=MO",
    );
    expect(toRRuleString({ ...rest, until: "2026-07-31", bySetPos: -1, byWeekday: "SU", startDate: "2026-01-25" })).toBe(
      "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1SU;UNTIL=20260731T215959Z;WKST=MO",
    );
  });

  it("stores start, zone and duration with the rule and parses them back", () => {
    const stored = serializeSeriesRule(quarterly);
    expect(stored).toBe(
      "DTSTART;TZID=Europe/Warsaw:20260106T100000\nRRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU;COUNT=8;WKST=MO\nDURATION:PT150M",
    );
    expect(parseSeriesRule(stored)).toEqual(quarterly);

    const { count: _count, ...rest } = quarterly;
    const withUntil: SeriesRule = { ...rest, until: "2027-07-06" };
    expect(parseSeriesRule(serializeSeriesRule(withUntil))).toEqual(withUntil);

    const weekly: SeriesRule = {
      freq: "weekly",
      interval: 2,
      byWeekday: "TH",
      startDate: "2026-03-05",
      time: "13:15",
      durationMinutes: 90,
      timeZone: "America/New_York",
    };
    expect(parseSeriesRule(serializeSeriesRule(weekly))).toEqual(weekly);
  });

  it("also reads the BYDAY=TU;BYSETPOS=1 spelling and rejects rules it cannot represent", () => {
    const other = "DTSTART;TZID=Europe/Warsaw:20260106T100000\nRRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=TU;BYSETPOS=1;COUNT=8\nDURATION:PT150M";
    expect(parseSeriesRule(other)).toEqual(quarterly);
    expect(() => parseSeriesRule(other.replace("MONTHLY", "DAILY"))).toThrow(RangeError);
    expect(() => parseSeriesRule(other.replace("BYDAY=TU", "BYDAY=TU,TH"))).toThrow(RangeError);
    expect(() => parseSeriesRule("RRULE:FREQ=WEEKLY")).toThrow(RangeError);
  });
});

describe("validateSeriesRule", () => {
  it("accepts a sound rule", () => {
    expect(validateSeriesRule(quarterly)).toEqual([]);
  });

  it("reports each problem with an error code", () => {
    expect(validateSeriesRule({ ...quarterly, interval: 0 })).toEqual(["invalidInterval"]);
    expect(validateSeriesRule({ ...quarterly, interval: 1.5 })).toEqual(["invalidInterval"]);
    expect(validateSeriesRule({ ...quarterly, startDate: "2026-02-30" })).toEqual(["invalidStartDate"]);
    expect(validateSeriesRule({ ...quarterly, time: "25:00" })).toEqual(["invalidTime"]);
    expect(validateSeriesRule({ ...quarterly, timeZone: "Nowhere/Else" })).toEqual(["invalidTimeZone"]);
    expect(validateSeriesRule({ ...quarterly, durationMinutes: 0 })).toEqual(["invalidDuration"]);
    expect(validateSeriesRule({ ...quarterly, count: 0 })).toEqual(["invalidCount"]);
    expect(validateSeriesRule({ ...quarterly, until: "2027-01-01" })).toEqual(["countAndUntil"]);
    const { count: _count, ...rest } = quarterly;
    expect(validateSeriesRule({ ...rest, until: "2025-12-31" })).toEqual(["untilBeforeStart"]);
    expect(validateSeriesRule({ ...rest, until: "31.12.2026" })).toEqual(["invalidUntil"]);
    expect(validateSeriesRule({ ...quarterly, freq: "weekly" })).toEqual(["setPosNotWeekly"]);
    const { byWeekday: _day, ...noWeekday } = quarterly;
    expect(validateSeriesRule(noWeekday)).toEqual(["setPosNeedsWeekday"]);
    const { bySetPos: _pos, ...noPosition } = quarterly;
    expect(validateSeriesRule(noPosition)).toEqual(["weekdayNeedsSetPos"]);
  });

  it("requires the start date to be an occurrence of the rule", () => {
    // 7 January 2026 is a Wednesday, not the first Tuesday.
    expect(validateSeriesRule({ ...quarterly, startDate: "2026-01-07" })).toEqual(["startDateNotInRule"]);
    expect(() => expandAllOccurrences({ ...quarterly, startDate: "2026-01-07" })).toThrow(RangeError);
  });
});

describe("applyOverrides", () => {
  const occurrences = expandAllOccurrences({ ...quarterly, count: 4 });
  const [jan, apr, jul, oct] = occurrences;

  it("leaves occurrences without overrides untouched", () => {
    const result = applyOverrides(occurrences, []);
    expect(result).toHaveLength(4);
    expect(result.every((o) => !o.cancelled && !o.overridden && o.title === undefined)).toBe(true);
  });

  it("cancels, retitles and moves single occurrences, keeping the length when only the start moves", () => {
    const result = applyOverrides(occurrences, [
      { originalStart: apr!.originalStart, cancelled: true },
      { originalStart: jul!.originalStart, title: "Posiedzenie wyjazdowe", startsAt: new Date("2026-07-08T07:00:00Z") },
      { originalStart: new Date("2031-01-01T09:00:00Z"), cancelled: true },
    ]);
    expect(result.map((o) => [o.startsAt.toISOString(), o.endsAt.toISOString(), o.cancelled, o.title ?? null])).toEqual([
      [jan!.startsAt.toISOString(), jan!.endsAt.toISOString(), false, null],
      [apr!.startsAt.toISOString(), apr!.endsAt.toISOString(), true, null],
      ["2026-07-08T07:00:00.000Z", "2026-07-08T09:30:00.000Z", false, "Posiedzenie wyjazdowe"],
      [oct!.startsAt.toISOString(), oct!.endsAt.toISOString(), false, null],
    ]);
    expect(result[2]?.originalStart).toEqual(jul!.originalStart);
  });

  it("re-sorts an occurrence moved past the next one and honours an explicit end", () => {
    const result = applyOverrides(occurrences, [
      { originalStart: apr!.originalStart, startsAt: new Date("2026-07-20T08:00:00Z"), endsAt: new Date("2026-07-20T14:00:00Z") },
    ]);
    expect(result.map((o) => o.originalStart)).toEqual([jan!.originalStart, jul!.originalStart, apr!.originalStart, oct!.originalStart]);
    expect(result[2]?.endsAt.toISOString()).toBe("2026-07-20T14:00:00.000Z");
  });

  it("rejects an override that ends before it starts", () => {
    expect(() =>
      applyOverrides(occurrences, [{ originalStart: jan!.originalStart, endsAt: new Date("2026-01-06T08:00:00Z") }]),
    ).toThrow(RangeError);
  });
});

describe("describeRule", () => {
  it("describes the quarterly rule from the issue", () => {
    const { count: _count, ...endless } = quarterly;
    expect(describeRule(endless, "pl")).toBe("co 3 miesiące, w pierwszy wtorek");
    expect(describeRule(endless, "en")).toBe("every 3 months on the first Tuesday");
    expect(describeRule(quarterly, "pl")).toBe("co 3 miesiące, w pierwszy wtorek, 8 razy");
    expect(describeRule(quarterly, "en")).toBe("every 3 months on the first Tuesday, 8 times");
  });

  it("uses Polish plural forms and feminine ordinals", () => {
    const base: SeriesRule = { ...quarterly, count: undefined, startDate: "2026-01-25", byWeekday: "SU", bySetPos: -1 };
    delete base.count;
    expect(describeRule({ ...base, interval: 1 }, "pl")).toBe("co miesiąc, w ostatnią niedzielę");
    expect(describeRule({ ...base, interval: 5 }, "pl")).toBe("co 5 miesięcy, w ostatnią niedzielę");
    expect(describeRule({ ...base, interval: 22 }, "pl")).toBe("co 22 miesiące, w ostatnią niedzielę");
    expect(describeRule({ ...base, freq: "quarterly", interval: 1, byWeekday: "WE", bySetPos: 2 }, "pl")).toBe(
      "co kwartał, w drugą środę",
    );
    expect(describeRule({ ...base, freq: "quarterly", interval: 2, byWeekday: "TH", bySetPos: 3 }, "en")).toBe(
      "every 2 quarters on the third Thursday",
    );
    expect(describeRule({ ...base, byWeekday: "FR", bySetPos: 4, count: 1 }, "pl")).toBe(
      "co 3 miesiące, w czwarty piątek, 1 raz",
    );
    expect(describeRule({ ...base, byWeekday: "FR", bySetPos: 4, count: 1 }, "en")).toBe(
      "every 3 months on the fourth Friday, once",
    );
  });

  it("describes weekly rules, month days and end dates", () => {
    const weekly: SeriesRule = {
      freq: "weekly",
      interval: 2,
      byWeekday: "TU",
      startDate: "2026-03-03",
      time: "10:00",
      durationMinutes: 60,
      timeZone: WARSAW,
      until: "2026-12-31",
    };
    expect(describeRule(weekly, "pl")).toBe("co 2 tygodnie, we wtorek, do 31 grudnia 2026");
    expect(describeRule(weekly, "en")).toBe("every 2 weeks on Tuesday, until 31 December 2026");
    expect(describeRule({ ...weekly, interval: 1, byWeekday: "WE", startDate: "2026-03-04" }, "pl")).toBe(
      "co tydzień, w środę, do 31 grudnia 2026",
    );
    const monthDay: SeriesRule = { freq: "monthly", interval: 1, startDate: "2026-03-15", time: "10:00", durationMinutes: 60, timeZone: WARSAW };
    expect(describeRule(monthDay, "pl")).toBe("co miesiąc, 15. dnia miesiąca");
    expect(describeRule(monthDay, "en")).toBe("every month on day 15");
  });
});
