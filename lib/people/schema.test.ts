import { describe, expect, it } from "vitest";
import { zodToFieldErrors } from "@/lib/errors/zod-issues";
import { parsePersonListQuery, personListHref, updatePersonSchema } from "@/lib/people/schema";

describe("people list query", () => {
  it("uses defaults for a bare URL", () => {
    expect(parsePersonListQuery({})).toEqual({
      q: "",
      institutionId: undefined,
      role: undefined,
      archived: "active",
      sort: "name",
      dir: "asc",
      page: 1,
    });
  });

  it("keeps valid values and trims the search", () => {
    expect(
      parsePersonListQuery({ q: "  Kowal ", institutionId: "inst1", role: "REVIEWER", archived: "all", sort: "lastLogin", dir: "desc", page: "3" }),
    ).toEqual({ q: "Kowal", institutionId: "inst1", role: "REVIEWER", archived: "all", sort: "lastLogin", dir: "desc", page: 3 });
  });

  it("falls back to defaults for malformed or hand-edited values instead of failing the page", () => {
    const q = parsePersonListQuery({ role: "KING", archived: "maybe", sort: "salary", dir: "up", page: "-2", institutionId: "" });
    expect(q).toMatchObject({ role: undefined, archived: "active", sort: "name", dir: "asc", page: 1, institutionId: undefined });
  });

  it("takes the first value of a repeated parameter", () => {
    expect(parsePersonListQuery({ sort: ["institution", "name"] }).sort).toBe("institution");
  });
});

describe("person update input", () => {
  it("trims the name, lower-cases the e-mail and stores an empty institution as null", () => {
    const parsed = updatePersonSchema.parse({ id: "u1", name: "  Ewa Dąbrowska ", institutionId: "", email: " Ewa.Dabrowska@PSK.example " });
    expect(parsed).toEqual({ id: "u1", name: "Ewa Dąbrowska", institutionId: null, email: "ewa.dabrowska@psk.example" });
  });

  it("leaves the e-mail out when the form does not send it", () => {
    expect(updatePersonSchema.parse({ id: "u1", name: "Ewa", institutionId: "i1" })).toEqual({ id: "u1", name: "Ewa", institutionId: "i1" });
  });

  it("reports an empty name and a malformed e-mail as translated field keys", () => {
    const result = updatePersonSchema.safeParse({ id: "u1", name: "   ", email: "not-an-email" });
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = zodToFieldErrors(result.error);
    expect(errors.name?.[0]?.key).toBe("required");
    expect(errors.email?.[0]?.key).toBe("invalidEmail");
  });

  it("limits the name to 200 characters", () => {
    const result = updatePersonSchema.safeParse({ id: "u1", name: "x".repeat(201) });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(zodToFieldErrors(result.error).name?.[0]).toEqual({ key: "tooLong", values: { max: 200 } });
  });
});

describe("people list links", () => {
  it("leave defaults out and keep filters when sorting", () => {
    const base = parsePersonListQuery({});
    expect(personListHref(base)).toBe("/people");
    const filtered = parsePersonListQuery({ q: "ewa", role: "MEMBER", page: "4" });
    expect(personListHref(filtered, { sort: "lastLogin", dir: "desc" })).toBe("/people?q=ewa&role=MEMBER&sort=lastLogin&dir=desc");
    expect(personListHref(filtered, { page: 2 })).toBe("/people?q=ewa&role=MEMBER&page=2");
  });

  it("round-trips through the parser", () => {
    const query = parsePersonListQuery({ q: "Zieliński", institutionId: "i1", archived: "all", sort: "institution", dir: "desc", page: "2" });
    const url = new URL(personListHref(query, { page: 2 }), "http://localhost");
    expect(parsePersonListQuery(Object.fromEntries(url.searchParams))).toEqual(query);
  });
});
