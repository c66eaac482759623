import { describe, expect, it } from "vitest";
import {
  generateInvitationToken,
  hashInvitationToken,
  INVITATION_TTL_MS,
  invitationExpiry,
  isWellFormedInvitationToken,
} from "@/lib/invitations/token";

describe("invitation tokens", () => {
  it("are 32 random bytes in base64url and are stored only as their sha256", () => {
    const { token, tokenHash } = generateInvitationToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(isWellFormedInvitationToken(token)).toBe(true);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashInvitationToken(token));
    expect(tokenHash).not.toContain(token);
  });

  it("differ every time", () => {
    const tokens = new Set(Array.from({ length: 20 }, () => generateInvitationToken().token));
    expect(tokens.size).toBe(20);
  });

  it("reject strings that cannot be one of ours", () => {
    expect(isWellFormedInvitationToken("")).toBe(false);
    expect(isWellFormedInvitationToken("a".repeat(42))).toBe(false);
    expect(isWellFormedInvitationToken("a".repeat(42) + "=")).toBe(false);
  });

  it("expire seven days after they are made", () => {
    const now = new Date("2024-03-30T12:00:00Z");
    expect(invitationExpiry(now).getTime() - now.getTime()).toBe(INVITATION_TTL_MS);
    expect(invitationExpiry(now).toISOString()).toBe("2024-04-06T12:00:00.000Z");
  });
});
