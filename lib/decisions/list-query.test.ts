import { describe, expect, it } from "vitest";
import { decisionListHref, matchesDecisionSearch, parseDecisionListQuery } from "@/lib/decisions/list-query";

const row = { number: 3, year: 2026, text: "Punkt kontaktowy dla migrantów powracających działa w WUP w Kielcach.", meetingTitle: "Posiedzenie plenarne — Świętokrzyskie" };

describe("register search", () => {
  it("ignores case and Polish diacritics, including ł", () => {
    expect(matchesDecisionSearch(row, "MIGRANTOW powracajacych")).toBe(true);
    expect(matchesDecisionSearch(row, "swietokrzyskie")).toBe(true);
    expect(matchesDecisionSearch({ ...row, text: "Wzór ankiety został przyjęty" }, "zostal")).toBe(true);
  });

  it("needs every word", () => {
    expect(matchesDecisionSearch(row, "punkt Radom")).toBe(false);
  });

  it("finds a decision by its number and only that one", () => {
    expect(matchesDecisionSearch(row, "3/2026")).toBe(true);
    expect(matchesDecisionSearch(row, "3/2025")).toBe(false);
    expect(matchesDecisionSearch({ ...row, number: 13 }, "3/2026")).toBe(false);
  });
});

describe("register query", () => {
  it("falls back to no filter on malformed values", () => {
    expect(parseDecisionListQuery({ year: "abc", status: "LOST", page: "-2", meeting: "", q: ["ankieta", "x"] })).toEqual({
      q: "ankieta",
      year: null,
      status: null,
      meeting: null,
      group: null,
      page: 1,
    });
  });

  it("keeps valid filters and writes short URLs", () => {
    const query = parseDecisionListQuery({ year: "2026", status: "REVOKED", q: "ankieta", page: "2" });
    expect(query).toMatchObject({ year: 2026, status: "REVOKED", q: "ankieta", page: 2 });
    expect(decisionListHref(query, { status: null })).toBe("/decisions?q=ankieta&year=2026");
    expect(decisionListHref(query, { page: 3 })).toBe("/decisions?q=ankieta&year=2026&status=REVOKED&page=3");
    expect(decisionListHref(parseDecisionListQuery({}))).toBe("/decisions");
  });
});
