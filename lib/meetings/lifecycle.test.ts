import { describe, expect, it } from "vitest";
import {
  MEETING_STATUSES,
  canTransition,
  changesCalendarData,
  icsStatusFor,
  isEditableStatus,
  isFinalStatus,
  nextStatuses,
  planTransition,
  transitionBumpsSequence,
  validateCancelReason,
  type MeetingStatus,
} from "@/lib/meetings/lifecycle";

// The full table: every allowed move, and whether calendars must see it (SEQUENCE bump).
const ALLOWED: [MeetingStatus, MeetingStatus, boolean][] = [
  ["DRAFT", "SCHEDULED", true],
  ["DRAFT", "CANCELLED", true],
  ["SCHEDULED", "IN_PROGRESS", false],
  ["SCHEDULED", "CANCELLED", true],
  ["IN_PROGRESS", "HELD", false],
  ["HELD", "MINUTES_APPROVED", false],
];

describe("meeting lifecycle", () => {
  it("allows exactly the transitions in the table, for all 36 pairs", () => {
    for (const from of MEETING_STATUSES) {
      for (const to of MEETING_STATUSES) {
        const row = ALLOWED.find(([f, t]) => f === from && t === to);
        expect(canTransition(from, to), `${from} → ${to}`).toBe(Boolean(row));
        expect(transitionBumpsSequence(from, to), `${from} → ${to} bumps`).toBe(row?.[2] ?? false);
      }
    }
  });

  it("lists next statuses in lifecycle order", () => {
    expect(nextStatuses("DRAFT")).toEqual(["SCHEDULED", "CANCELLED"]);
    expect(nextStatuses("SCHEDULED")).toEqual(["IN_PROGRESS", "CANCELLED"]);
    expect(nextStatuses("IN_PROGRESS")).toEqual(["HELD"]);
    expect(nextStatuses("HELD")).toEqual(["MINUTES_APPROVED"]);
    expect(nextStatuses("MINUTES_APPROVED")).toEqual([]);
    expect(nextStatuses("CANCELLED")).toEqual([]);
  });

  it("knows final and editable statuses", () => {
    expect(MEETING_STATUSES.filter(isFinalStatus)).toEqual(["MINUTES_APPROVED", "CANCELLED"]);
    expect(MEETING_STATUSES.filter(isEditableStatus)).toEqual(["DRAFT", "SCHEDULED"]);
  });

  it("maps statuses to calendar STATUS, keeping drafts out of calendars", () => {
    expect(MEETING_STATUSES.map(icsStatusFor)).toEqual([null, "CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CANCELLED"]);
  });
});

describe("cancellation reason", () => {
  it("is required, trimmed and at most 500 characters (counted as characters, not UTF-16 units)", () => {
    expect(validateCancelReason(undefined)).toEqual({ ok: false, error: "cancelReasonRequired" });
    expect(validateCancelReason("   \n")).toEqual({ ok: false, error: "cancelReasonRequired" });
    expect(validateCancelReason("  Brak kworum.  ")).toEqual({ ok: true, reason: "Brak kworum." });
    expect(validateCancelReason("ż".repeat(500))).toEqual({ ok: true, reason: "ż".repeat(500) });
    expect(validateCancelReason("😀".repeat(500)).ok).toBe(true);
    expect(validateCancelReason("a".repeat(501))).toEqual({ ok: false, error: "cancelReasonTooLong" });
  });

  it("is checked by planTransition only when cancelling", () => {
    expect(planTransition("SCHEDULED", "CANCELLED", {})).toEqual({ ok: false, error: "cancelReasonRequired" });
    expect(planTransition("SCHEDULED", "CANCELLED", { reason: " Choroba prowadzącego " })).toEqual({
      ok: true,
      to: "CANCELLED",
      bumpSequence: true,
      cancelReason: "Choroba prowadzącego",
    });
    expect(planTransition("HELD", "CANCELLED", { reason: "za późno" })).toEqual({ ok: false, error: "invalidTransition" });
    expect(planTransition("SCHEDULED", "IN_PROGRESS")).toEqual({ ok: true, to: "IN_PROGRESS", bumpSequence: false });
    expect(planTransition("DRAFT", "SCHEDULED")).toEqual({ ok: true, to: "SCHEDULED", bumpSequence: true });
    expect(planTransition("DRAFT", "HELD")).toEqual({ ok: false, error: "invalidTransition" });
  });
});

describe("changesCalendarData", () => {
  const before = {
    title: "Posiedzenie",
    startsAt: new Date("2026-03-28T09:00:00Z"),
    endsAt: new Date("2026-03-28T11:00:00Z"),
    place: "Sala 1",
    onlineUrl: null,
  };

  it("is false for an edit that changes nothing calendars show", () => {
    expect(changesCalendarData(before, { ...before, startsAt: new Date("2026-03-28T09:00:00Z") })).toBe(false);
    expect(changesCalendarData(before, { onlineUrl: undefined })).toBe(false);
    expect(changesCalendarData(before, {})).toBe(false);
  });

  it("is true when the time, place, link or text changes", () => {
    expect(changesCalendarData(before, { startsAt: new Date("2026-03-28T10:00:00Z") })).toBe(true);
    expect(changesCalendarData(before, { place: "Sala 2" })).toBe(true);
    expect(changesCalendarData(before, { onlineUrl: "https://meet.example/x" })).toBe(true);
    expect(changesCalendarData(before, { description: "Nowy opis" })).toBe(true);
    expect(changesCalendarData({ ...before, description: "Opis" }, { description: null })).toBe(true);
  });
});
