import { describe, expect, it } from "vitest";
import { canResendInvitation, canRevokeInvitation, invitationStatus } from "@/lib/invitations/status";

const now = new Date("2024-05-09T10:00:00Z");
const later = new Date("2024-05-10T10:00:00Z");
const earlier = new Date("2024-05-08T10:00:00Z");

describe("invitation status", () => {
  it("is pending until it expires", () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe("pending");
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: earlier }, now)).toBe("expired");
  });

  it("stays accepted after its expiry date, and accepted wins over revoked", () => {
    expect(invitationStatus({ acceptedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe("accepted");
    expect(invitationStatus({ acceptedAt: earlier, revokedAt: earlier, expiresAt: later }, now)).toBe("accepted");
  });

  it("is revoked even when it would also have expired", () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: earlier, expiresAt: earlier }, now)).toBe("revoked");
  });

  it("can be resent until accepted and revoked only while pending", () => {
    expect(["pending", "expired", "revoked", "accepted"].map((s) => canResendInvitation(s as never))).toEqual([true, true, true, false]);
    expect(["pending", "expired", "revoked", "accepted"].map((s) => canRevokeInvitation(s as never))).toEqual([true, false, false, false]);
  });
});
