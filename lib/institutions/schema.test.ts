import { describe, expect, it } from "vitest";
import { zodToFieldErrors } from "@/lib/errors/zod-issues";
import { institutionInputSchema, updateInstitutionSchema } from "@/lib/institutions/schema";

const valid = {
  name: "  Wojewódzki Urząd Pracy w Kielcach ",
  shortName: " WUP Kielce ",
  kind: "LABOUR_OFFICE",
  address: "ul. Witosa 86\n25-561 Kielce",
  contactEmail: " WUP@WUP.Kielce.PL ",
  contactPhone: "+48 41 364 16 00",
  website: "https://wup.kielce.pl",
  logoUrl: "",
};

function errorsOf(input: unknown) {
  const result = institutionInputSchema.safeParse(input);
  return result.success ? {} : zodToFieldErrors(result.error);
}

describe("institution input", () => {
  it("trims text, lower-cases the e-mail and turns blank optional fields into null", () => {
    const parsed = institutionInputSchema.parse({ ...valid, address: "   ", contactPhone: "" });
    expect(parsed).toEqual({
      name: "Wojewódzki Urząd Pracy w Kielcach",
      shortName: "WUP Kielce",
      kind: "LABOUR_OFFICE",
      address: null,
      contactEmail: "wup@wup.kielce.pl",
      contactPhone: null,
      website: "https://wup.kielce.pl",
      logoUrl: null,
    });
  });

  it("accepts a form that leaves out every optional field", () => {
    expect(institutionInputSchema.parse({ name: "Politechnika Świętokrzyska", shortName: "PŚk", kind: "UNIVERSITY" })).toMatchObject({
      address: null,
      contactEmail: null,
      contactPhone: null,
      website: null,
      logoUrl: null,
    });
  });

  it("requires a name, a short name and a kind", () => {
    expect(errorsOf({ name: "  ", shortName: "", kind: "" })).toEqual({
      name: [{ key: "required" }],
      shortName: [{ key: "required" }],
      kind: [{ key: "invalidOption" }],
    });
  });

  it("limits the name to 200 and the short name to 40 characters, counting after trimming", () => {
    expect(errorsOf({ ...valid, name: "x".repeat(201), shortName: "y".repeat(41) })).toEqual({
      name: [{ key: "tooLong", values: { max: 200 } }],
      shortName: [{ key: "tooLong", values: { max: 40 } }],
    });
    expect(errorsOf({ ...valid, name: ` ${"x".repeat(200)} `, shortName: "y".repeat(40) })).toEqual({});
  });

  it("refuses a malformed e-mail and a kind that does not exist", () => {
    expect(errorsOf({ ...valid, contactEmail: "sekretariat@", kind: "CHURCH" })).toEqual({
      contactEmail: [{ key: "invalidEmail" }],
      kind: [{ key: "invalidOption" }],
    });
  });

  it("accepts only https addresses with a real host for the website and the logo", () => {
    for (const bad of ["http://wup.kielce.pl", "wup.kielce.pl", "javascript:alert(1)", "https://localhost/logo.png", "ftp://wup.kielce.pl"]) {
      const errors = errorsOf({ ...valid, website: bad, logoUrl: bad });
      // The first issue of a field is the one shown.
      expect([errors.website?.[0], errors.logoUrl?.[0]], bad).toEqual([{ key: "invalidUrl" }, { key: "invalidUrl" }]);
    }
    expect(errorsOf({ ...valid, logoUrl: "https://wup.kielce.pl/images/logo.svg?v=2" })).toEqual({});
  });

  it("accepts common Polish phone notations and refuses text", () => {
    for (const ok of ["41 364 16 00", "+48 41 364-16-00", "(41) 364 16 00 wew. 12", "+48413641600"]) {
      expect(errorsOf({ ...valid, contactPhone: ok }), ok).toEqual({});
    }
    expect(errorsOf({ ...valid, contactPhone: "call the secretary" })).toEqual({ contactPhone: [{ key: "invalidFormat" }] });
    expect(errorsOf({ ...valid, contactPhone: "1".repeat(41) })).toEqual({ contactPhone: [{ key: "tooLong", values: { max: 40 } }] });
  });

  it("needs the id of the institution for an update", () => {
    const result = updateInstitutionSchema.safeParse(valid);
    expect(result.success).toBe(false);
    expect(zodToFieldErrors(result.error!)).toEqual({ id: [{ key: "required" }] });
  });
});
