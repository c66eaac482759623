import { describe, expect, it } from "vitest";
import { decisionYear, formatDecisionNumber, nextDecisionNumber, parseDecisionNumber } from "@/lib/decisions/numbering";

describe("decision numbers", () => {
  it("formats as number/year", () => {
    expect(formatDecisionNumber({ number: 3, year: 2026 })).toBe("3/2026");
    expect(formatDecisionNumber({ number: 12, year: 2023 })).toBe("12/2023");
  });

  it("parses what people type into the search box", () => {
    expect(parseDecisionNumber("3/2026")).toEqual({ number: 3, year: 2026 });
    expect(parseDecisionNumber(" 3 / 2026 ")).toEqual({ number: 3, year: 2026 });
    expect(parseDecisionNumber("nr 3/2026")).toEqual({ number: 3, year: 2026 });
    expect(parseDecisionNumber("No. 14/2023")).toEqual({ number: 14, year: 2023 });
  });

  it("leaves anything else to the text search", () => {
    for (const q of ["", "3", "2026", "0/2026", "3/26", "ankieta 3/2026", "3-2026", "1/2/2026"]) expect(parseDecisionNumber(q)).toBeNull();
  });

  it("numbers per calendar year of the decision date", () => {
    expect(decisionYear("2026-01-01")).toBe(2026);
    expect(decisionYear("2025-12-31")).toBe(2025);
  });

  it("takes the next number after the highest in the year, starting at 1", () => {
    expect(nextDecisionNumber(null)).toBe(1);
    expect(nextDecisionNumber(2)).toBe(3);
  });
});
