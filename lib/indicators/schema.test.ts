import { describe, expect, it } from "vitest";
import { looksLikePersonalData, parseQuantity, reportContributionSchema } from "@/lib/indicators/schema";

describe("quantities as people type them", () => {
  it.each([
    ["1200", 1200],
    ["1 200", 1200],
    ["1\u00a0200,5", 1200.5],
    ["1.200,50", 1200.5],
    ["1,200.50", 1200.5],
    ["12,25", 12.25],
    ["0", 0],
    [42, 42],
    // Three digits after a separator can only be thousands: values have two decimals at most.
    ["1.234", 1234],
    ["1,234", 1234],
    ["12.345,6", 12345.6],
  ])("%s → %s", (raw, value) => expect(parseQuantity(raw)).toBe(value));

  it.each(["", "abc", "1,2,3", "1e3", "0.001", "1.5.5", "12,3456", 0.001, Number.NaN])("refuses %s", (raw) => {
    expect(parseQuantity(raw)).toBeNull();
  });
});

describe("personal data in notes", () => {
  it("catches a PESEL number, an e-mail address and a phone number", () => {
    expect(looksLikePersonalData("Uczestniczka 85010112345 ukończyła kurs")).toBe(true);
    expect(looksLikePersonalData("kontakt: olena@example.com")).toBe(true);
    expect(looksLikePersonalData("tel. 601 234 567")).toBe(true);
  });

  it("lets aggregate notes through", () => {
    expect(looksLikePersonalData("3 kursy A1, 2 kursy A2; łącznie 64 osoby, w tym 41 kobiet")).toBe(false);
  });
});

describe("contribution form", () => {
  const valid = { indicatorId: "i1", institutionId: "x1", periodStart: "2023-01-01", periodEnd: "2023-03-31", value: "1 200", note: "", evidenceUrl: "" };

  it("normalises the value and empties", () => {
    expect(reportContributionSchema.parse(valid)).toMatchObject({ value: 1200, note: null, evidenceUrl: null });
  });

  it("refuses a period ending before it starts, http links, negative values and personal data", () => {
    const result = reportContributionSchema.safeParse({ ...valid, periodEnd: "2022-12-31", evidenceUrl: "http://wup.example/x", value: "-5", note: "jan@example.com" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => `${i.path.join(".")}:${i.code === "custom" ? i.message : i.code}`);
    expect(paths).toEqual(expect.arrayContaining(["value:too_small", "evidenceUrl:invalid_format", "note:personalData"]));
  });
});
