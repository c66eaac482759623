import { describe, expect, it } from "vitest";
import { zodToFieldErrors } from "@/lib/errors/zod-issues";
import { acceptInvitationSchema, createInvitationSchema, parseInvitationListQuery } from "@/lib/invitations/schema";

const validAccept = {
  token: "t".repeat(43),
  name: "Ołena Kowalenko",
  password: "correct horse battery",
  repeatPassword: "correct horse battery",
  consent: true,
};

function fieldErrors(result: { success: boolean; error?: unknown }) {
  if (result.success) throw new Error("expected a validation failure");
  return zodToFieldErrors(result.error as Parameters<typeof zodToFieldErrors>[0]);
}

describe("invitation input", () => {
  it("defaults the role to MEMBER and normalises the e-mail", () => {
    const parsed = createInvitationSchema.parse({ groupId: "g1", name: " Jan Nowak ", email: " Jan.Nowak@Kielce.example", institutionId: "i1" });
    expect(parsed).toEqual({ groupId: "g1", name: "Jan Nowak", email: "jan.nowak@kielce.example", institutionId: "i1", role: "MEMBER" });
  });

  it("refuses an unknown role and a malformed e-mail", () => {
    const errors = fieldErrors(createInvitationSchema.safeParse({ groupId: "g1", name: "Jan", email: "jan@", institutionId: "i1", role: "ADMIN" }));
    expect(errors.email?.[0]?.key).toBe("invalidEmail");
    expect(errors.role?.[0]?.key).toBe("invalidOption");
  });
});

describe("accepting an invitation", () => {
  it("accepts matching passwords of at least 10 characters with consent (boolean or checkbox 'on')", () => {
    expect(acceptInvitationSchema.safeParse(validAccept).success).toBe(true);
    expect(acceptInvitationSchema.safeParse({ ...validAccept, consent: "on" }).success).toBe(true);
  });

  it("reports differing passwords on the repeat field", () => {
    const errors = fieldErrors(acceptInvitationSchema.safeParse({ ...validAccept, repeatPassword: "something else!" }));
    expect(errors.repeatPassword?.[0]?.key).toBe("passwordsDiffer");
  });

  it("requires 10 characters", () => {
    const errors = fieldErrors(acceptInvitationSchema.safeParse({ ...validAccept, password: "short-pw1", repeatPassword: "short-pw1" }));
    expect(errors.password?.[0]).toEqual({ key: "tooShort", values: { min: 10 } });
  });

  it("requires the consent tick", () => {
    expect(fieldErrors(acceptInvitationSchema.safeParse({ ...validAccept, consent: false })).consent?.[0]?.key).toBe("required");
    expect(fieldErrors(acceptInvitationSchema.safeParse({ ...validAccept, consent: undefined })).consent).toBeDefined();
  });
});

describe("invitation list query", () => {
  it("defaults to all statuses, newest first, and ignores unknown values", () => {
    expect(parseInvitationListQuery({})).toEqual({ q: "", status: "all", sort: "createdAt", dir: "desc" });
    expect(parseInvitationListQuery({ status: "lost", sort: "x" })).toMatchObject({ status: "all", sort: "createdAt" });
    expect(parseInvitationListQuery({ status: "expired", sort: "name", dir: "asc" })).toMatchObject({ status: "expired", sort: "name", dir: "asc" });
  });
});
