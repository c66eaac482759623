// Output is checked with ical.js, an independent parser, including its own VTIMEZONE
// arithmetic: if our VTIMEZONE were wrong, ical.js would compute wrong UTC instants.
import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { buildCalendar, buildMeetingInvite, buildVtimezone, type IcsEvent } from "@/lib/meetings/ics";
import { expandAllOccurrences, toRRuleString, type SeriesRule } from "@/lib/meetings/recurrence";
import { zonedWallTimeToUtc } from "@/lib/meetings/time";

const WARSAW = "Europe/Warsaw";

function meeting(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: "cm123@quorum",
    sequence: 0,
    title: "Posiedzenie plenarne",
    start: zonedWallTimeToUtc("2026-03-28", "10:00", WARSAW).utc,
    end: zonedWallTimeToUtc("2026-03-28", "12:00", WARSAW).utc,
    timeZone: WARSAW,
    url: "https://quorum.example/pl/meetings/cm123",
    organizer: { name: "Anna Nowak", email: "anna.nowak@example.pl" },
    status: "CONFIRMED",
    lastModified: new Date("2026-02-01T10:00:00Z"),
    ...overrides,
  };
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  // Resolve TZIDs through the VTIMEZONEs in the file itself, not through ical.js' defaults.
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));
  return { calendar, events };
}

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

afterEach(() => {
  ICAL.TimezoneService.reset();
});

describe("buildCalendar", () => {
  it("keeps 10:00 Warsaw across the spring DST change: 09:00Z on 28 March, 08:00Z on 30 March", () => {
    const ics = buildCalendar({
      name: "Quorum",
      events: [
        meeting({ uid: "a@quorum" }),
        meeting({
          uid: "b@quorum",
          start: zonedWallTimeToUtc("2026-03-30", "10:00", WARSAW).utc,
          end: zonedWallTimeToUtc("2026-03-30", "11:30", WARSAW).utc,
        }),
      ],
    });
    const { events } = parse(ics);
    expect(events.map(({ event }) => [event.uid, event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString()])).toEqual([
      ["a@quorum", "2026-03-28T09:00:00.000Z", "2026-03-28T11:00:00.000Z"],
      ["b@quorum", "2026-03-30T08:00:00.000Z", "2026-03-30T09:30:00.000Z"],
    ]);
    // Written as Warsaw wall time with a TZID, backed by a VTIMEZONE.
    expect(ics).toContain("DTSTART;TZID=Europe/Warsaw:20260328T100000");
    expect(ics).toContain("DTSTART;TZID=Europe/Warsaw:20260330T100000");
    expect(events.every(({ event }) => event.startDate.zone?.tzid === WARSAW)).toBe(true);
    expect(ics.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
  });

  it("carries UID, SEQUENCE, URL, ORGANIZER, LOCATION, STATUS and timestamps", () => {
    const ics = buildCalendar({
      name: "Quorum",
      events: [meeting({ sequence: 3, location: "Urząd Marszałkowski, sala 101", onlineUrl: "https://meet.example/abc" })],
    });
    const { vevent, event } = only(parse(ics).events);
    expect(event.uid).toBe("cm123@quorum");
    expect(event.sequence).toBe(3);
    expect(vevent.getFirstPropertyValue("url")).toBe("https://quorum.example/pl/meetings/cm123");
    expect(event.location).toBe("Urząd Marszałkowski, sala 101 (https://meet.example/abc)");
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    const organizer = vevent.getFirstProperty("organizer");
    expect(organizer?.getFirstValue()).toBe("mailto:anna.nowak@example.pl");
    expect(organizer?.getParameter("cn")).toBe("Anna Nowak");
    const stamp = vevent.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(stamp.toJSDate().toISOString()).toBe("2026-02-01T10:00:00.000Z");
    expect((vevent.getFirstPropertyValue("last-modified") as ICAL.Time).toJSDate().toISOString()).toBe("2026-02-01T10:00:00.000Z");
  });

  it("uses only the online link as LOCATION when there is no place", () => {
    const { event } = only(parse(buildCalendar({ name: "Q", events: [meeting({ onlineUrl: "https://meet.example/x" })] })).events);
    expect(event.location).toBe("https://meet.example/x");
  });

  it("keeps the UID stable and bumps SEQUENCE when the meeting changes, and marks cancellation", () => {
    const before = only(parse(buildCalendar({ name: "Q", events: [meeting({ sequence: 1 })] })).events);
    const moved = meeting({
      sequence: 2,
      start: zonedWallTimeToUtc("2026-03-30", "10:00", WARSAW).utc,
      end: zonedWallTimeToUtc("2026-03-30", "12:00", WARSAW).utc,
      lastModified: new Date("2026-02-02T10:00:00Z"),
    });
    const after = only(parse(buildCalendar({ name: "Q", events: [moved] })).events);
    const cancelled = only(
      parse(buildCalendar({ name: "Q", events: [{ ...moved, sequence: 3, status: "CANCELLED" }] })).events,
    );
    expect([before.event.uid, after.event.uid, cancelled.event.uid]).toEqual(["cm123@quorum", "cm123@quorum", "cm123@quorum"]);
    expect([before.event.sequence, after.event.sequence, cancelled.event.sequence]).toEqual([1, 2, 3]);
    expect(cancelled.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("produces identical output for an unchanged meeting (no churn in subscribed calendars)", () => {
    const input = { name: "Q", events: [meeting()] };
    expect(buildCalendar(input)).toBe(buildCalendar(input));
  });

  it("escapes commas, semicolons and newlines in Polish text and folds long lines", () => {
    const title = "Grupa robocza ds. gospodarki wodnej; posiedzenie nr 7, część II – zażółć gęślą jaźń";
    const description = "Porządek obrad:\n1. Otwarcie, przyjęcie porządku;\n2. Sprawozdanie z działalności Łódzkiego Oddziału\n\nUwagi: \\ brak";
    const ics = buildCalendar({ name: "Posiedzenia – Kraków", events: [meeting({ title, description, location: "Kraków, ul. Basztowa 22; sala 3" })] });
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("SUMMARY:Grupa robocza ds. gospodarki wodnej\\; posiedzenie nr 7\\, część II");
    expect(unfolded).toContain("\\n\\nUwagi: \\\\ brak");
    const lines = ics.split("\r\n");
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    expect(ics.endsWith("END:VCALENDAR")).toBe(true);
    const { event } = only(parse(ics).events);
    expect(event.summary).toBe(title);
    expect(event.description).toBe(description);
    expect(event.location).toBe("Kraków, ul. Basztowa 22; sala 3");
  });

  it("expands a recurring series in ical.js exactly as our own expansion does, across DST", () => {
    const rule: SeriesRule = {
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
    const ours = expandAllOccurrences(rule);
    const cancelledOccurrence = ours[2]!.startsAt;
    const ics = buildCalendar({
      name: "Q",
      events: [
        meeting({
          uid: "series-1@quorum",
          start: ours[0]!.startsAt,
          end: ours[0]!.endsAt,
          recurrence: { rrule: toRRuleString(rule), exdates: [cancelledOccurrence] },
        }),
      ],
    });
    expect(ics).toContain("RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU;COUNT=8;WKST=MO");
    expect(ics).toContain("EXDATE;TZID=Europe/Warsaw:20260707T100000");
    const { event } = only(parse(ics).events);
    const iterator = event.iterator();
    const theirs: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) theirs.push(next.toJSDate().toISOString());
    expect(theirs).toEqual(ours.filter((o) => o.startsAt !== cancelledOccurrence).map((o) => o.startsAt.toISOString()));
  });

  it("writes a changed occurrence with RECURRENCE-ID in the series' zone", () => {
    const original = zonedWallTimeToUtc("2026-04-07", "10:00", WARSAW).utc;
    const ics = buildCalendar({
      name: "Q",
      events: [
        meeting({
          uid: "series-1@quorum",
          recurrenceId: original,
          start: zonedWallTimeToUtc("2026-04-08", "09:00", WARSAW).utc,
          end: zonedWallTimeToUtc("2026-04-08", "11:00", WARSAW).utc,
        }),
      ],
    });
    expect(ics).toContain("RECURRENCE-ID;TZID=Europe/Warsaw:20260407T100000");
    const { event } = only(parse(ics).events);
    expect(event.recurrenceId.toJSDate().toISOString()).toBe("2026-04-07T08:00:00.000Z");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-04-08T07:00:00.000Z");
  });

  it("gives each zone its own VTIMEZONE and times in other zones come out right", () => {
    const ny = meeting({
      uid: "ny@quorum",
      timeZone: "America/New_York",
      start: zonedWallTimeToUtc("2026-03-09", "10:00", "America/New_York").utc,
      end: zonedWallTimeToUtc("2026-03-09", "11:00", "America/New_York").utc,
    });
    const ics = buildCalendar({ name: "Q", events: [meeting(), ny] });
    expect(ics.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
    const { events } = parse(ics);
    expect(events.map(({ event }) => event.startDate.toJSDate().toISOString())).toEqual([
      "2026-03-28T09:00:00.000Z",
      "2026-03-09T14:00:00.000Z",
    ]);
  });

  it("falls back to UTC times for a zone without a faithful VTIMEZONE", () => {
    const utc = meeting({ timeZone: "UTC" });
    const ics = buildCalendar({ name: "Q", events: [utc] });
    expect(ics).toContain("DTSTART:20260328T090000Z");
    expect(ics).not.toContain("BEGIN:VTIMEZONE");
    expect(only(parse(ics).events).event.startDate.toJSDate().toISOString()).toBe("2026-03-28T09:00:00.000Z");
  });
});

describe("buildVtimezone", () => {
  it("describes Europe/Warsaw with the EU rules (last Sunday of March and October)", () => {
    const vtimezone = buildVtimezone(WARSAW, 2020, 2036);
    expect(vtimezone?.split("\r\n")).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:Europe/Warsaw",
      "X-LIC-LOCATION:Europe/Warsaw",
      "BEGIN:DAYLIGHT",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0200",
      "DTSTART:19700329T020000",
      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
      "END:DAYLIGHT",
      "BEGIN:STANDARD",
      "TZOFFSETFROM:+0200",
      "TZOFFSETTO:+0100",
      "DTSTART:19701025T030000",
      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
      "END:STANDARD",
      "END:VTIMEZONE",
    ]);
  });

  it("handles n-th weekday rules, the southern hemisphere and zones without DST", () => {
    const ny = buildVtimezone("America/New_York", 2026, 2030);
    expect(ny).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
    expect(ny).toContain("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
    const sydney = buildVtimezone("Australia/Sydney", 2026, 2030);
    expect(sydney).toContain("RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU");
    expect(sydney).toContain("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU");
    expect(buildVtimezone("Asia/Tokyo", 2026, 2030)).toContain("TZOFFSETTO:+0900");
    expect(buildVtimezone("Asia/Kolkata", 2026, 2030)).toContain("TZOFFSETTO:+0530");
  });

  it("refuses spans where the rules changed, and unknown zones", () => {
    // Warsaw had no DST in 1950–1956 and irregular dates later; one rule pair cannot cover 1950–2026.
    expect(buildVtimezone(WARSAW, 1950, 2026)).toBeNull();
    expect(buildVtimezone("Nowhere/Else", 2026, 2027)).toBeNull();
  });
});

describe("buildMeetingInvite", () => {
  it("writes METHOD:REQUEST with attendees", () => {
    const ics = buildMeetingInvite(meeting({ sequence: 1 }), "REQUEST", {
      attendees: [{ name: "Piotr Wiśniewski", email: "piotr@example.pl" }, { name: "Ewa Zając", email: "ewa@example.pl", optional: true }],
      stamp: new Date("2026-02-03T08:00:00Z"),
    });
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const { vevent, event } = only(events);
    expect(event.sequence).toBe(1);
    expect(event.attendees.map((a) => [String(a.getFirstValue()).toLowerCase(), a.getParameter("cn"), a.getParameter("role"), a.getParameter("rsvp")])).toEqual([
      ["mailto:piotr@example.pl", "Piotr Wiśniewski", "REQ-PARTICIPANT", "TRUE"],
      ["mailto:ewa@example.pl", "Ewa Zając", "OPT-PARTICIPANT", "TRUE"],
    ]);
    expect((vevent.getFirstPropertyValue("dtstamp") as ICAL.Time).toJSDate().toISOString()).toBe("2026-02-03T08:00:00.000Z");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-03-28T09:00:00.000Z");
  });

  it("writes METHOD:CANCEL with STATUS:CANCELLED even if the event says otherwise", () => {
    const ics = buildMeetingInvite(meeting({ sequence: 4 }), "CANCEL");
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    const { vevent, event } = only(events);
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.uid).toBe("cm123@quorum");
    expect(event.sequence).toBe(4);
  });
});
