import { describe, expect, it } from "vitest";
import { formatGroupDate, formatGroupPeriod } from "@/lib/groups/format";

const words = { from: (d: string) => `od ${d}`, until: (d: string) => `do ${d}` };

describe("group dates", () => {
  it("shows the stored calendar day in Polish and English", () => {
    const start = new Date("2012-05-09T00:00:00Z");
    expect(formatGroupDate(start, "pl")).toBe("9 maja 2012");
    expect(formatGroupDate(start, "en")).toBe("9 May 2012");
  });

  it("describes a period with one or both ends known", () => {
    const start = new Date("2022-07-01T00:00:00Z");
    const end = new Date("2023-12-31T00:00:00Z");
    expect(formatGroupPeriod(start, end, "pl", words)).toBe("1 lipca 2022 – 31 grudnia 2023");
    expect(formatGroupPeriod(start, null, "pl", words)).toBe("od 1 lipca 2022");
    expect(formatGroupPeriod(null, end, "en", words)).toBe("do 31 December 2023");
    expect(formatGroupPeriod(null, null, "pl", words)).toBeNull();
  });
});
