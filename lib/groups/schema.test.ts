import { describe, expect, it } from "vitest";
import { zodToFieldErrors } from "@/lib/errors/zod-issues";
import { createGroupSchema, parseGroupListQuery, parseGroupTab, toDateInputValue, toDbDate, updateGroupSchema } from "@/lib/groups/schema";

const valid = { name: "  Grupa robocza ds. migrantów  ", kind: "WORKING_GROUP", description: "", programme: " Central Europe ", funding: "", startDate: "2012-05-09", endDate: "" };

describe("group form input", () => {
  it("trims text and turns empty optional fields into null", () => {
    expect(createGroupSchema.parse(valid)).toEqual({
      name: "Grupa robocza ds. migrantów",
      kind: "WORKING_GROUP",
      description: null,
      programme: "Central Europe",
      funding: null,
      startDate: "2012-05-09",
      endDate: null,
    });
  });

  it("accepts an end on the start day and refuses one before it, on the end field", () => {
    expect(createGroupSchema.safeParse({ ...valid, endDate: "2012-05-09" }).success).toBe(true);
    const result = updateGroupSchema.safeParse({ ...valid, groupId: "g1", startDate: "2014-04-30", endDate: "2012-05-09" });
    expect(result.success).toBe(false);
    expect(zodToFieldErrors(result.error!)).toEqual({ endDate: [{ key: "endBeforeStart" }] });
  });

  it("limits lengths and refuses unknown kinds and malformed dates", () => {
    const result = createGroupSchema.safeParse({
      ...valid,
      name: "x".repeat(201),
      description: "x".repeat(5001),
      programme: "x".repeat(301),
      funding: "x".repeat(301),
      kind: "CLUB",
      startDate: "09.05.2012",
    });
    expect(zodToFieldErrors(result.error!)).toEqual({
      name: [{ key: "tooLong", values: { max: 200 } }],
      description: [{ key: "tooLong", values: { max: 5000 } }],
      programme: [{ key: "tooLong", values: { max: 300 } }],
      funding: [{ key: "tooLong", values: { max: 300 } }],
      kind: [{ key: "invalidOption" }],
      startDate: [{ key: "invalidDate" }],
    });
  });

  it("requires a name", () => {
    const result = createGroupSchema.safeParse({ ...valid, name: "   " });
    expect(zodToFieldErrors(result.error!)).toEqual({ name: [{ key: "required" }] });
  });
});

describe("date-only values", () => {
  it("round-trip through the DATE column as UTC midnight whatever the process zone", () => {
    const stored = toDbDate("2014-04-30");
    expect(stored?.toISOString()).toBe("2014-04-30T00:00:00.000Z");
    expect(toDateInputValue(stored)).toBe("2014-04-30");
    expect(toDbDate(null)).toBeNull();
    expect(toDateInputValue(null)).toBe("");
  });
});

describe("list query from the URL", () => {
  it("uses defaults for missing values", () => {
    expect(parseGroupListQuery({})).toEqual({ q: "", sort: "name", dir: "asc", archived: "active", view: "cards", page: 1 });
  });

  it("keeps valid values and falls back on garbage instead of failing", () => {
    expect(parseGroupListQuery({ q: [" re-turn ", "x"], sort: "people", dir: "desc", archived: "all", view: "table", page: "3" })).toEqual({
      q: "re-turn",
      sort: "people",
      dir: "desc",
      archived: "all",
      view: "table",
      page: 3,
    });
    expect(parseGroupListQuery({ sort: "drop table", dir: "up", archived: "yes", view: "grid", page: "-2", q: "x".repeat(500) })).toEqual({
      q: "",
      sort: "name",
      dir: "asc",
      archived: "active",
      view: "cards",
      page: 1,
    });
  });
});

describe("group page tab from the URL", () => {
  it("opens a known tab and falls back to the details", () => {
    expect(parseGroupTab("people")).toBe("people");
    expect(parseGroupTab(["institutions", "people"])).toBe("institutions");
    expect(parseGroupTab("settings")).toBe("details");
    expect(parseGroupTab(undefined)).toBe("details");
  });
});
